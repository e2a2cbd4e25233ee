import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { XMLParser } from 'fast-xml-parser';
import { parse } from 'node-html-parser';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from '../helpers/browser.ts';
import { typeQuery } from '../helpers/search.ts';

const HOSTILE = '</script><img src=x onerror=alert(1)> Étude piégée';
let browser: Browser;
let page: Page;
const dialogs: string[] = [];

beforeAll(async () => {
	browser = await launchChromium();
	page = await browser.newPage();
	page.on('dialog', async (dialog) => {
		dialogs.push(dialog.message());
		await dialog.dismiss();
	});
});
afterAll(async () => browser?.close());

describe('a title that tries to inject HTML', () => {
	it('shows as text on its page and in its <title>', async () => {
		await page.goto(`${inject('hostileSiteUrl')}ressources/titre-hostile/`);
		expect(await page.locator('h1').textContent()).toBe(HOSTILE);
		expect(await page.title()).toContain(HOSTILE);
		expect(await page.locator('main img').count()).toBe(0);
		// Parsed as a browser would: no element came out of the title, which stays text in the link-preview tags too.
		const html = parse(readFileSync(join(inject('hostileSiteDir'), 'ressources/titre-hostile/index.html'), 'utf8'));
		expect(html.querySelectorAll('img')).toHaveLength(0);
		expect(html.querySelectorAll('script:not([type])')).toHaveLength(0);
		for (const tag of ['meta[property="og:title"]', 'meta[name="twitter:title"]']) expect(html.querySelector(tag)!.getAttribute('content')).toBe(HOSTILE);
	});

	it('shows as text in its JSON-LD, which stays one <script> element', async () => {
		await page.goto(`${inject('hostileSiteUrl')}ressources/titre-hostile/`);
		const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
		expect(blocks).toHaveLength(1);
		expect(JSON.parse(blocks[0]!).name).toBe(HOSTILE);
		const html = readFileSync(join(inject('hostileSiteDir'), 'ressources/titre-hostile/index.html'), 'utf8');
		const jsonLd = html.match(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/)![1]!;
		expect(jsonLd).not.toMatch(/<\/script|<!--|<img/i);
	});

	it('shows as text in the feeds and the open-data files', () => {
		const dir = inject('hostileSiteDir');
		const feed = new XMLParser({ isArray: (name) => name === 'item' }).parse(readFileSync(join(dir, 'flux/ressources.xml'), 'utf8'));
		expect(feed.rss.channel.item.map((i: { title: string }) => i.title)).toContain(HOSTILE);
		const json = JSON.parse(readFileSync(join(dir, 'donnees/ressources.json'), 'utf8'));
		expect(json.items.map((i: { title: string }) => i.title)).toContain(HOSTILE);
		const rows = parseCsv(readFileSync(join(dir, 'donnees/ressources.csv')), { bom: true, columns: true }) as { title: string }[];
		expect(rows.map((r) => r.title)).toContain(HOSTILE);
	});

	it('shows as text in search results', async () => {
		const results = await typeQuery(page, inject('hostileSiteUrl'), 'piégée');
		expect(results.map((r) => r.title)).toContain(HOSTILE);
		expect(await page.locator('[data-results] img').count()).toBe(0);
		expect(dialogs).toEqual([]);
	});
});
