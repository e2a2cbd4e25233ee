import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from '../helpers/browser.ts';
import { serveSite } from '../helpers/serve.ts';

/**
 * The dossier a reader composes for the council (/pour/<profil>/dossier/?theme=…&lieu=…), in real
 * Chromium on a phone: reached in three taps, restored from its address in a new page and offline,
 * examples nearest the reader's place first, and the static theme pages without JavaScript.
 */
const site = inject('siteUrl');
const PHONE = { width: 390, height: 844 };
const DOSSIER = 'pour/commune/dossier/?theme=commerces-de-proximite&lieu=Vend%C3%B4me';

let browser: Browser;
let phone: BrowserContext;
beforeAll(async () => {
	browser = await launchChromium();
	phone = await browser.newContext({ viewport: PHONE, isMobile: true, hasTouch: true });
});
afterAll(async () => browser?.close());

const composed = (page: Page) => page.waitForSelector('[data-dossier][data-ready]');

/** What a composed dossier shows: title, theme sections, visible items per part, funding lines with their date, acronyms. */
async function shown(page: Page) {
	return page.evaluate(() => {
		const visible = (section: Element, part: string) => [...section.querySelectorAll(`h3[id$="-${part}"] + ul > li`)].filter((li) => !(li as HTMLElement).hidden);
		const sections = [...document.querySelectorAll('[data-dossier-sections] .theme-section')];
		return {
			title: document.querySelector('h1')?.textContent,
			themes: sections.map((s) => s.querySelector('h2')?.id),
			levers: sections.map((s) => visible(s, 'faire').length),
			examples: sections.map((s) => visible(s, 'exemples').map((li) => li.querySelector('a')?.textContent)),
			funding: sections.map((s) => visible(s, 'financer').map((li) => li.querySelector('.when') !== null)),
			contents: [...document.querySelectorAll('.dossier-contents a')].map((a) => a.getAttribute('href')),
			dangling: [...document.querySelectorAll<HTMLAnchorElement>('.dossier-contents a')].filter((a) => !document.getElementById(a.hash.slice(1))).length,
			terms: document.querySelectorAll('[data-dossier-terms] dt').length,
			status: document.querySelector('[data-dossier-status]')?.textContent,
			address: document.getElementById('adresse-dossier')?.textContent,
		};
	});
}

describe('a dossier for the council', () => {
	it('takes a commune from the home page to a dossier on « commerces de proximité » in three taps on a phone', async () => {
		const page = await phone.newPage();
		await page.goto(site);
		let taps = 0;
		await page.getByRole('link', { name: 'Je représente une commune' }).tap();
		taps++;
		await page.getByRole('checkbox', { name: 'Commerces de proximité' }).tap();
		taps++;
		await page.getByRole('button', { name: 'Composer le dossier' }).tap();
		taps++;
		await composed(page);
		expect(taps).toBeLessThanOrEqual(3);
		expect(new URL(page.url()).pathname).toBe('/pour/commune/dossier/');
		const dossier = await shown(page);
		expect(dossier.title).toBe('Commerces de proximité\u00a0: dossier pour une commune');
		expect(dossier.themes).toEqual(['theme-commerces-de-proximite']);
		expect(dossier.levers[0]).toBeGreaterThanOrEqual(3);
		expect(dossier.examples[0]!.length).toBeGreaterThanOrEqual(3);
		expect(dossier.funding[0]!.length).toBeGreaterThan(0);
		// Each funding scheme says when it dates from.
		expect(dossier.funding[0]!.every(Boolean)).toBe(true);
				expect(dossier.dangling).toBe(0);
		// The address printed and copied is this one.
		expect(dossier.address).toBe(page.url());
		await page.close();
	});

	it('restores the same selection from its address in a new page, with the examples nearest the reader first', async () => {
		const first = await phone.newPage();
		await first.goto(`${site}pour/commune/dossier/?theme=tiers-lieux&theme=commerces-de-proximite&lieu=Vend%C3%B4me`);
		await composed(first);
		const original = await shown(first);
		const again = await phone.newPage();
		await again.goto(original.address!);
		await composed(again);
		expect(await shown(again)).toEqual(original);
		// Several themes: one section each, in the site's theme order, one contents list for all.
		expect(original.themes.length).toBe(2);
		expect(original.themes).toEqual(['theme-commerces-de-proximite', 'theme-tiers-lieux']);
		// The acronyms of every theme, once each.
		expect(original.contents.filter((h) => h === '#sigles')).toEqual(['#sigles']);
		expect(original.terms).toBeGreaterThanOrEqual(2);
		// The form shows the choice, ready to change it.
		expect(await again.locator('[data-dossier-form] input:checked').evaluateAll((boxes) => boxes.map((b) => (b as HTMLInputElement).value))).toEqual([
			'commerces-de-proximite',
			'tiers-lieux',
		]);
		expect(await again.locator('[data-dossier-form] input[name="lieu"]').inputValue()).toBe('Vendôme');
		// Vendôme is in the Loir-et-Cher (41): an example of that département comes before any other.
		expect(original.status).toMatch(/dans le Loir-et-Cher \(41\)/);
		const firstExample = again.locator('#theme-commerces-de-proximite-exemples + ul > li:not([hidden])').first();
		expect(await firstExample.getAttribute('data-near')).toMatch(/\bd:41\b/);
		const ranks = await again.locator('#theme-commerces-de-proximite-exemples + ul > li:not([hidden])').evaluateAll((lis) =>
			lis.map((li) => ((li as HTMLElement).dataset.near ?? '').includes('d:41')),
		);
		expect(ranks).toEqual([...ranks].sort((a, b) => Number(b) - Number(a)));
		await first.close();
		await again.close();
	});

	it('says so when the place is not one it knows, and keeps the usual order', async () => {
		const page = await phone.newPage();
		await page.goto(`${site}pour/commune/dossier/?theme=commerces-de-proximite&lieu=Atlantide`);
		await composed(page);
		expect((await shown(page)).status).toMatch(/«\u202fAtlantide\u202f» n’est ni une commune/);
		await page.close();
	});

	it('copies its address with « Copier le lien »', async () => {
		const context = await browser.newContext({ viewport: PHONE, permissions: ['clipboard-read', 'clipboard-write'] });
		const page = await context.newPage();
		await page.goto(`${site}${DOSSIER}`);
		await composed(page);
		await page.getByRole('button', { name: 'Copier le lien' }).click();
		await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
		expect(await page.getByRole('button', { name: 'Imprimer / PDF' }).isVisible()).toBe(true);
		await context.close();
	});

	it('opens again offline from its address, once read', { timeout: 180_000 }, async () => {
		const served = await serveSite(inject('siteDir'), '/');
		const context = await browser.newContext({ viewport: PHONE });
		try {
			const page = await context.newPage();
			const url = `${served.url}${DOSSIER}`;
			await page.goto(url);
			await composed(page);
			const online = await shown(page);
			// The worker keeps the dossier page, the theme page it gathers and the commune lookup it read.
			const wanted = [`${served.url}pour/commune/dossier/`, `${served.url}pour/commune/commerces-de-proximite/`, `${served.url}recherche/lieux/ve.json`];
			await expect
				.poll(
					() =>
						page.evaluate(async () => {
							const urls: string[] = [];
							for (const name of await caches.keys()) for (const request of await (await caches.open(name)).keys()) urls.push(request.url);
							return urls;
						}),
					{ timeout: 120_000, interval: 500 },
				)
				.toEqual(expect.arrayContaining(wanted));
			served.down = true;
			await context.setOffline(true);
			const offline = await context.newPage();
			await offline.goto(url);
			await composed(offline);
			expect(await shown(offline)).toEqual(online);
		} finally {
			await context.close();
			await served.close();
		}
	});

	it('without JavaScript, lists a dossier per theme, each a static page', async () => {
		const context = await browser.newContext({ viewport: PHONE, javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(`${site}${DOSSIER}`);
		const links = page.locator('[data-dossier-index] a');
		expect(await links.count()).toBeGreaterThan(5);
		const target = await page.locator('[data-dossier-index] a', { hasText: 'Commerces de proximité' }).getAttribute('href');
		const response = await page.goto(new URL(target!, site).href);
		expect(response?.status()).toBe(200);
		expect(await page.locator('h1').textContent()).toBe('Commerces de proximité\u00a0: dossier pour une commune');
		await context.close();
	});
});
