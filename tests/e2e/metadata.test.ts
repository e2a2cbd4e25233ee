import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, inject, it } from 'vitest';
import { SECTIONS } from '../../src/lib/routes.ts';
import { COLLECTION_NAMES, type CollectionName } from '../../src/schemas/names.ts';
import { contentIds } from '../helpers/content-files.ts';
import { ROOT } from '../helpers/build.ts';
import { htmlFiles } from '../helpers/site-files.ts';

const dir = inject('siteDir');
const SITE = 'https://ess-territoires.example.org/';
const ids = contentIds(join(ROOT, 'src/content'));
const pageOf = (siteDir: string, file: string) => parse(readFileSync(join(siteDir, file), 'utf8'));
const jsonLdOf = (root: ReturnType<typeof parse>) => root.querySelectorAll('script[type="application/ld+json"]').map((s) => JSON.parse(s.textContent));

/** The schema.org type each collection's pages declare. */
const TYPES: Record<CollectionName, string[]> = {
	resources: ['Report', 'Event', 'VideoObject', 'Legislation', 'WebSite', 'CreativeWork'],
	fiches: ['Article'],
	levers: ['HowTo'],
	initiatives: ['Organization', 'Project'],
	territories: ['AdministrativeArea'],
	organisations: ['Organization'],
	glossary: ['DefinedTerm'],
	needs: ['DefinedTerm'],
	activities: ['DefinedTerm'],
	funding: ['Grant', 'GovernmentPermit', 'GovernmentService'],
	themes: ['DefinedTerm'],
	programmes: ['Project'],
	figures: ['Observation'],
};

describe('page metadata', () => {
	it('every page has its canonical address, Open Graph and Twitter card tags and the resources feed', () => {
		for (const file of htmlFiles(dir).filter((f) => f !== '404.html')) {
			const root = pageOf(dir, file);
			const url = `${SITE}${file.replace(/index\.html$/, '')}`;
			expect(root.querySelector('link[rel="canonical"]')?.getAttribute('href'), file).toBe(url);
			expect(root.querySelector('meta[property="og:url"]')?.getAttribute('content'), file).toBe(url);
			expect(root.querySelector('meta[property="og:title"]')?.getAttribute('content'), file).toMatch(/\S/);
			expect(root.querySelector('meta[name="twitter:card"]')?.getAttribute('content'), file).toBe('summary');
			expect(root.querySelector('link[rel="alternate"][type="application/rss+xml"]')?.getAttribute('href'), file).toBe('/flux/ressources.xml');
		}
	});

	it('every entry page describes its entry in JSON-LD with the type of its kind', () => {
		for (const c of COLLECTION_NAMES) {
			for (const id of ids[c]) {
				const blocks = jsonLdOf(pageOf(dir, `${SECTIONS[c].slug}/${id}/index.html`));
				expect(blocks, `${c}/${id}`).toHaveLength(1);
				expect(TYPES[c], `${c}/${id}`).toContain(blocks[0]['@type']);
				expect(blocks[0]).toMatchObject({ '@context': 'https://schema.org', '@id': `${SITE}${SECTIONS[c].slug}/${id}/` });
			}
		}
	});

	it('webinars with a date are Events, the home page a WebSite with its search, /donnees/ a DataCatalog', () => {
		const json = JSON.parse(readFileSync(join(dir, 'donnees/ressources.json'), 'utf8'));
		const webinar = json.items.find((r: { kind: string; date?: string }) => r.kind === 'webinaire' && r.date);
		expect(webinar).toBeDefined();
		expect(jsonLdOf(pageOf(dir, `ressources/${webinar.id}/index.html`))[0]).toMatchObject({ '@type': 'Event', startDate: webinar.date });
		expect(jsonLdOf(pageOf(dir, 'index.html'))[0]).toMatchObject({ '@type': 'WebSite', potentialAction: { '@type': 'SearchAction' } });
		const catalog = jsonLdOf(pageOf(dir, 'donnees/index.html'))[0];
		expect(catalog['@type']).toBe('DataCatalog');
		// One dataset per collection, and the resources' references (BibTeX, RIS, CSL-JSON).
		expect(catalog.dataset).toHaveLength(COLLECTION_NAMES.length + 1);
	});

	it('a theme’s page and a level’s page offer their own feed', () => {
		const theme = ids.themes[0]!;
		const feeds = pageOf(dir, `themes/${theme}/index.html`).querySelectorAll('link[rel="alternate"]').map((l) => l.getAttribute('href'));
		expect(feeds).toContain(`/flux/theme/${theme}.xml`);
		const level = pageOf(dir, 'pour/departement/index.html').querySelectorAll('link[rel="alternate"]').map((l) => l.getAttribute('href'));
		expect(level).toContain('/flux/niveau/departement.xml');
	});
});

describe('links to other sites', () => {
	const external = (siteDir: string) =>
		htmlFiles(siteDir).flatMap((file) =>
			pageOf(siteDir, file)
				.querySelectorAll('a[href^="http"]')
				.filter((a) => !a.getAttribute('href')!.startsWith(SITE))
				.map((a) => ({ file, href: a.getAttribute('href'), rel: (a.getAttribute('rel') ?? '').split(/\s+/) })),
		);

	it('carry rel="noopener noreferrer", in components and in entry texts alike', () => {
		const links = [...external(dir), ...external(inject('hostileSiteDir'))];
		expect(links.some((l) => l.href === 'https://example.org/')).toBe(true);
		for (const link of links) expect(link.rel, `${link.file} → ${link.href}`).toEqual(expect.arrayContaining(['noopener', 'noreferrer']));
	});
});
