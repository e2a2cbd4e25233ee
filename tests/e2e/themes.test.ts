import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from '../helpers/browser.ts';

const site = inject('siteUrl');

let browser: Browser;
let page: Page;
beforeAll(async () => {
	browser = await launchChromium();
	page = await browser.newPage({ viewport: { width: 390, height: 844 } });
});
afterAll(async () => browser?.close());

/** What a theme page shows, in page order. */
async function themePage(path: string) {
	await page.goto(`${site}${path}`);
	return page.evaluate(() => {
		const article = document.querySelector('article')!;
		const headings = [...article.querySelectorAll('h2')].map((h) => h.textContent!.trim());
		const intro = article.querySelector('.theme-intro');
		return {
			headings,
			intro: intro?.querySelector('.prose')?.textContent ?? '',
			introSource: intro?.querySelector('.intro-source')?.textContent ?? '',
			introSourceLinks: [...(intro?.querySelectorAll('.intro-source a') ?? [])].map((a) => a.getAttribute('href')),
			// The intro comes before every section of the page.
			introFirst: intro !== null && [...article.querySelectorAll('h2')].every((h) => intro.compareDocumentPosition(h) & Node.DOCUMENT_POSITION_FOLLOWING),
			figures: [...article.querySelectorAll('#chiffres-theme + ul > li')].map((li) => li.textContent!.replace(/\s+/g, ' ')),
		};
	});
}

describe('theme pages as a way in', () => {
	it.each(['themes/commerces-de-proximite/', 'themes/mobilite/', 'themes/tiers-lieux/'])(
		'/%s opens with a sourced introduction, then who did it and what to read',
		async (path) => {
			const shown = await themePage(path);
			expect(shown.intro.length).toBeGreaterThan(200);
			expect(shown.introFirst).toBe(true);
			// Names the document and the part it draws on: « D’après <document> (partie …) ».
			expect(shown.introSource).toMatch(/^D’après .+ \([^)]+\)\.$/);
			expect(shown.introSourceLinks.length).toBeGreaterThan(0);
			for (const href of shown.introSourceLinks) expect(href).toMatch(/\/ressources\/[a-z0-9-]+\/$/);
			expect(shown.headings).toContain('Qui l’a fait');
			expect(shown.headings).toContain('À lire');
		},
	);

	it('opens every theme page whose record has an introduction (open data export) with it, naming each document and part', async () => {
		const exported = (await (await fetch(`${site}donnees/themes.json`)).json()) as {
			items: { page: string; intro?: { text: string; from: { source: string; part: string }[] } }[];
		};
		const withIntro = exported.items.filter((t) => t.intro);
		// All 24 themes have an introduction since the last six were written from the sources.
		expect(withIntro.length).toBeGreaterThanOrEqual(24);
		const plain = (text: string) => text.replace(/[\s\u00a0\u202f]+/g, ' ').trim();
		for (const theme of withIntro) {
			const shown = await themePage(new URL(theme.page).pathname.slice(1));
			expect(plain(shown.intro), theme.page).toBe(plain(theme.intro!.text));
			expect(shown.introSourceLinks.length, theme.page).toBe(theme.intro!.from.length);
			for (const from of theme.intro!.from) expect(plain(shown.introSource)).toContain(plain(from.part));
		}
	});

	it('shows only key figures that say where they hold, national ones first', async () => {
		const shown = await themePage('themes/commerces-de-proximite/');
		expect(shown.figures.length).toBeGreaterThan(1);
		for (const figure of shown.figures) expect(figure).toMatch(/\((en France|lieu : [^,]+),/);
		expect(shown.figures[0]).toMatch(/59 % — Communes rurales.*\(en France,/);
		// A year reads as a year, not « 2018 année ».
		for (const figure of shown.figures) expect(figure).not.toMatch(/\d année/);
	});

	it('labels the Martinique figures of /themes/mobilite/ with their place', async () => {
		const shown = await themePage('themes/mobilite/');
		const martinique = shown.figures.filter((f) => f.includes('Martinique'));
		expect(martinique.length).toBeGreaterThan(0);
		for (const figure of martinique) expect(figure).toContain('lieu : Martinique');
	});
});
