import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { parse } from 'node-html-parser';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from '../helpers/browser.ts';
import { ROOT } from '../helpers/build.ts';
import { contentIds } from '../helpers/content-files.ts';

const dir = inject('siteDir');
const SITE = 'https://ess-territoires.example.org/';
const ids = contentIds(join(ROOT, 'src/content')).resources;
const read = (path: string) => readFileSync(join(dir, path), 'utf8');
/** French spacing may be applied to the built files (no-break spaces): compare texts with plain spaces. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' ').trim();

interface ExportedResource {
	id: string;
	title: string;
	year?: number;
	date?: string;
	authors: { id: string }[];
	people: string[];
	url?: string;
}
const resources = JSON.parse(read('donnees/ressources.json')).items as ExportedResource[];
const organisations = new Map<string, { name: string }>((JSON.parse(read('donnees/organisations.json')).items as { id: string; name: string }[]).map((o) => [o.id, o]));
/** Who the catalogue says wrote a resource: its named people, else its organisations. */
const authorsOf = (r: ExportedResource) => (r.people.length > 0 ? r.people : r.authors.map((a) => organisations.get(a.id)!.name)).map(plain);
const yearOf = (r: ExportedResource) => r.year ?? (r.date ? Number(r.date.slice(0, 4)) : undefined);
// A video read back from RIS names its makers as directors (MPCT).
const namesOf = (item: Record<string, any>) => ((item.author ?? item.director ?? []) as Record<string, string>[]).map((n) => plain(n.literal ?? [n.given, n.family].filter(Boolean).join(' ')));

describe('whole-catalogue citation files', () => {
	it.each(['bib', 'ris', 'csl.json'])('ressources.%s reads back with Citation.js: every resource once, same title, year and authors', (format) => {
		const items = new Cite(read(`donnees/ressources.${format}`)).data;
		expect(items).toHaveLength(ids.length);
		expect(resources).toHaveLength(ids.length);
		// Each reference has its own key (BibTeX key, RIS ID, CSL id): no two merge in a reference manager.
		expect(new Set(items.map((item) => item.id)).size).toBe(ids.length);
		const byTitle = new Map(items.map((item) => [plain(item.title), item]));
		for (const resource of resources) {
			const item = byTitle.get(plain(resource.title));
			expect(item, `${resource.id} absent de ressources.${format}`).toBeDefined();
			expect(item!.issued?.['date-parts']?.[0]?.[0], resource.id).toBe(yearOf(resource));
			expect(namesOf(item!), resource.id).toEqual(authorsOf(resource));
			expect(item!.URL, resource.id).toBe(resource.url);
		}
	});
});

describe('each resource page', () => {
	const pages = resources.map((r) => ({ resource: r, root: parse(read(`ressources/${r.id}/index.html`)) }));

	it('offers « Citer cette ressource »: a reference naming its authors, year and title, and the three files for it alone', () => {
		for (const { resource, root } of pages) {
			const section = root.querySelector('section.cite');
			expect(section?.querySelector('h2')?.textContent, resource.id).toBe('Citer cette ressource');
			const reference = plain(section!.querySelector('.reference')!.textContent);
			expect(reference, resource.id).toContain(plain(resource.title));
			for (const author of authorsOf(resource).map((a) => a.split(' ').at(-1)!)) expect(reference, resource.id).toContain(author);
			const year = yearOf(resource);
			if (year) expect(reference, resource.id).toContain(String(year));
			if (resource.url) expect(reference, resource.id).toContain(resource.url);
			// COinS, for Zotero: the same title, and each organisation as an institution.
			const kev = new URLSearchParams(section!.querySelector('span.Z3988')!.getAttribute('title')!);
			expect(plain(kev.get('rft.title')!), resource.id).toBe(plain(resource.title));
			if (resource.people.length === 0) expect(kev.getAll('rft.aucorp').map(plain), resource.id).toEqual(authorsOf(resource));
			const links = section!.querySelectorAll('a[download]').map((a) => a.getAttribute('href')!);
			expect(links, resource.id).toEqual(['bib', 'ris', 'csl.json'].map((f) => `/ressources/${resource.id}/citation.${f}`));
			for (const link of links) {
				const items = new Cite(read(link.slice(1))).data;
				expect(items.map((i) => plain(i.title)), link).toEqual([plain(resource.title)]);
			}
		}
	});

	it('carries citation_* meta tags for reference managers: title, authors, year, publisher, address', () => {
		for (const { resource, root } of pages) {
			const meta = (name: string) => root.querySelectorAll(`meta[name="${name}"]`).map((m) => plain(m.getAttribute('content')!));
			expect(meta('citation_title'), resource.id).toEqual([plain(resource.title)]);
			const authors = meta('citation_author').map((a) => a.replace(/^(.+), (.+)$/, '$2 $1'));
			expect(authors, resource.id).toEqual(authorsOf(resource));
			const year = yearOf(resource);
			expect(meta('citation_publication_date').map((d) => Number(d.slice(0, 4))), resource.id).toEqual(year ? [year] : []);
			expect(meta('citation_publisher').length, resource.id).toBe(resource.authors.length > 0 ? 1 : 0);
			expect(meta('citation_public_url'), resource.id).toEqual([`${SITE}ressources/${resource.id}/`]);
			if (resource.url) expect([...meta('citation_pdf_url'), ...meta('citation_fulltext_html_url')], resource.id).toEqual([resource.url]);
		}
	});

	it('agrees with its JSON-LD on title, authors and year', () => {
		for (const { resource, root } of pages) {
			const jsonLd = JSON.parse(root.querySelector('script[type="application/ld+json"]')!.textContent);
			const meta = (name: string) => root.querySelectorAll(`meta[name="${name}"]`).map((m) => plain(m.getAttribute('content')!));
			expect(plain(jsonLd.name), resource.id).toBe(meta('citation_title')[0]);
			expect((jsonLd.author ?? []).map((a: { name: string }) => plain(a.name)), resource.id).toEqual(authorsOf(resource));
			const when = jsonLd.datePublished ?? jsonLd.startDate ?? jsonLd.uploadDate;
			expect(when ? Number(String(when).slice(0, 4)) : undefined, resource.id).toBe(yearOf(resource));
		}
	});
});

describe('a hostile title', () => {
	const HOSTILE = '</script><img src=x onerror=alert(1)> Étude piégée';
	const root = parse(readFileSync(join(inject('hostileSiteDir'), 'ressources/titre-hostile/index.html'), 'utf8'));

	it('stays text in the meta tags and the reference', () => {
		expect(root.querySelector('meta[name="citation_title"]')!.getAttribute('content')).toBe(HOSTILE);
		expect(root.querySelector('section.cite .reference')!.textContent).toContain(HOSTILE);
		expect(new URLSearchParams(root.querySelector('span.Z3988')!.getAttribute('title')!).get('rft.title')).toBe(HOSTILE);
		expect(root.querySelectorAll('img')).toHaveLength(0);
		expect(root.querySelectorAll('script:not([type])')).toHaveLength(0);
	});

	it('stays text in its citation files', () => {
		const [item] = new Cite(readFileSync(join(inject('hostileSiteDir'), 'ressources/titre-hostile/citation.csl.json'), 'utf8')).data;
		expect(item!.title).toBe(HOSTILE);
		const [bib] = new Cite(readFileSync(join(inject('hostileSiteDir'), 'ressources/titre-hostile/citation.bib'), 'utf8')).data;
		expect(bib!.title).toBe(HOSTILE);
	});
});

describe('the open-data page', () => {
	it('lists the three whole-catalogue files with their count', () => {
		const root = parse(read('donnees/index.html'));
		expect(root.querySelector('[data-testid="count-references"]')?.textContent).toBe(String(ids.length));
		const links = root.querySelectorAll('#references ~ p a').map((a) => a.getAttribute('href'));
		for (const format of ['bib', 'ris', 'csl.json']) expect(links).toContain(`/donnees/ressources.${format}`);
	});
});

describe('« Copier la référence » in Chromium', () => {
	let browser: Browser;
	beforeAll(async () => {
		browser = await launchChromium();
	});
	afterAll(async () => browser?.close());
	const url = `${inject('siteUrl')}ressources/anct-ess-chance-territoires-fragiles/`;

	it('copies the reference shown, under the CSP', async () => {
		const context = await browser.newContext();
		await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(url).origin });
		const page = await context.newPage();
		const violations: string[] = [];
		page.on('console', (message) => message.type() === 'error' && violations.push(message.text()));
		await page.goto(url);
		const button = page.getByRole('button', { name: 'Copier la référence' });
		await button.click();
		await expect.poll(() => page.getByRole('status').filter({ hasText: 'Référence copiée' }).count()).toBe(1);
		const copied = await page.evaluate(() => navigator.clipboard.readText());
		expect(copied).toBe((await page.locator('#reference').textContent())?.trim());
		expect(copied).toContain('Agence nationale de la cohésion des territoires');
		expect(violations).toEqual([]);
		await context.close();
	});

	it('without JavaScript, hides the button and keeps the reference and the file links', async () => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(url);
		expect(await page.getByRole('button', { name: 'Copier la référence' }).isVisible()).toBe(false);
		expect(await page.locator('#reference').isVisible()).toBe(true);
		expect(await page.locator('section.cite a[download]').count()).toBe(3);
		await context.close();
	});
});
