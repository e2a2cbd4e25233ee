import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { SECTIONS } from '../../src/lib/routes.ts';
import { COLLECTION_NAMES } from '../../src/schemas/names.ts';
import { launchChromium } from '../helpers/browser.ts';
import { contentIds } from '../helpers/content-files.ts';
import { readListing } from '../helpers/listing.ts';

const ids = contentIds(join(import.meta.dirname, '..', '..', 'src', 'content'));
/** Listings long enough to be split into pages of 50 at the real content. */
const long = COLLECTION_NAMES.filter((c) => ids[c].length > 50);

let browser: Browser;
let page: Page;

beforeAll(async () => {
	browser = await launchChromium();
	page = await browser.newPage({ viewport: { width: 390, height: 844 } });
});
afterAll(async () => {
	await browser?.close();
});

describe('listings split into pages', () => {
	it('covers the long listings of the real content', () => {
		expect(long).toEqual(expect.arrayContaining(['organisations', 'glossary', 'figures', 'resources', 'funding']));
	});

	it.each([
		['root', inject('siteUrl')],
		['base path', inject('baseSiteUrl')],
	])('lists every entry exactly once across the pages, reached by « Suivante » (%s)', async (_, site) => {
		for (const collection of long) {
			const prefix = `${new URL(site).pathname}${SECTIONS[collection].slug}/`;
			const entryPath = new RegExp(`^${prefix}([^/]+)/$`);
			const pages = await readListing(page, `${site}${SECTIONS[collection].slug}/`, 'a[href]');
			const entries = pages.map((links) => new Set(links.flatMap((l) => entryPath.exec(new URL(l, site).pathname)?.[1] ?? []).filter((id) => id !== 'page')));
			expect(pages.length, collection).toBe(Math.ceil(ids[collection].length / 50));
			expect(Math.max(...entries.map((e) => e.size)), collection).toBeLessThanOrEqual(50);
			expect(entries.reduce((n, e) => n + e.size, 0), collection).toBe(ids[collection].length);
			expect([...new Set(entries.flatMap((e) => [...e]))].sort(), collection).toEqual(ids[collection]);
			// The last page says which it is, and its count is the whole listing's.
			expect(await page.locator('nav.pagination [aria-current="page"]').textContent(), collection).toBe(String(pages.length));
			expect(Number(await page.getByTestId('count').textContent()), collection).toBe(ids[collection].length);
		}
	});

	it('gives page links a 44 px target on a phone, and goes back with « Précédente »', async () => {
		const site = inject('siteUrl');
		await page.goto(`${site}organisations/page/2/`);
		const sizes = await page.locator('nav.pagination a').evaluateAll((as) => as.map((a) => a.getBoundingClientRect()).map((r) => Math.min(r.width, r.height)));
		expect(Math.min(...sizes)).toBeGreaterThanOrEqual(44);
		await page.getByRole('link', { name: 'Page précédente' }).click();
		await page.waitForURL(`${site}organisations/`);
		expect(await page.locator('h1').textContent()).toBe('Organisations');
	});

	it('takes a glossary letter to the page and the place where it starts', async () => {
		const site = inject('siteUrl');
		await page.goto(`${site}glossaire/`);
		const letters = page.getByRole('navigation', { name: 'Sur cette page' }).getByRole('link');
		const last = letters.last();
		const letter = await last.textContent();
		await last.click();
		await page.waitForURL(new RegExp(`/glossaire/page/\\d+/#lettre-${letter}$`));
		expect(await page.locator(`[id="lettre-${letter}"]`).count()).toBe(1);
		const top = await page.locator(`[id="lettre-${letter}"]`).evaluate((el) => el.closest('dt')!.getBoundingClientRect().top);
		expect(top).toBeGreaterThanOrEqual(0);
		expect(top).toBeLessThan(844);
	});
});

describe('theme pages that gather many entries', () => {
	it('show the first ones and lead, by « Voir les N … du thème », to a filter of the listing that holds all N, those shown included', async () => {
		const site = inject('siteUrl');
		await page.goto(`${site}themes/`);
		const themes = await page.locator('main a[href*="/themes/"]').evaluateAll((as) => [...new Set(as.map((a) => (a as HTMLAnchorElement).href))]);
		let followed = 0;
		for (const theme of themes) {
			await page.goto(theme);
			const rests = await page.locator('main a', { hasText: /^Voir les\s\d+\s.+\sdu\sthème$/ }).evaluateAll((as) =>
				as.map((a) => ({ href: (a as HTMLAnchorElement).href, total: Number(a.textContent!.match(/\d+/)![0]), shown: [...a.closest('p')!.previousElementSibling!.querySelectorAll(':scope > li > a')].map((l) => l.getAttribute('href')!) })),
			);
			for (const rest of rests) {
				expect(rest.shown.length, rest.href).toBeLessThan(rest.total);
				const listed = (await readListing(page, rest.href)).flat();
				expect(listed, rest.href).toHaveLength(rest.total);
				expect(listed, rest.href).toEqual(expect.arrayContaining(rest.shown));
				followed++;
			}
		}
		// The real content has themes with more than 30 funding schemes or resources.
		expect(followed).toBeGreaterThan(0);
	});
});
