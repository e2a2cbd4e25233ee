import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from '../helpers/browser.ts';
import { htmlFiles } from '../helpers/site-files.ts';

const site = inject('siteUrl');
const siteDir = inject('siteDir');
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const PHONE = { width: 390, height: 844 };

let browser: Browser;
let phone: BrowserContext;
let page: Page;
beforeAll(async () => {
	browser = await launchChromium();
	phone = await browser.newContext({ viewport: PHONE, isMobile: true, hasTouch: true });
	page = await phone.newPage();
});
afterAll(async () => browser?.close());

describe('profile pages organised around the reader’s problem', () => {
	it('takes a commune from the home page to a dossier on « commerces de proximité » in three taps, on a phone', async () => {
		await page.goto(site);
		await page.getByRole('link', { name: 'Je représente une commune' }).tap();
		await expect.poll(() => page.url()).toMatch(/\/pour\/commune\/$/);
		await page.locator('.toc').getByRole('link', { name: 'Commerces de proximité' }).tap();
		await expect.poll(() => page.url()).toMatch(/#theme-commerces-de-proximite$/);
		await page.locator('section[aria-labelledby="theme-commerces-de-proximite"]').getByRole('link', { name: 'Dossier à imprimer ou partager' }).tap();
		await expect.poll(() => page.url()).toMatch(/\/pour\/commune\/commerces-de-proximite\/$/);
		const section = page.locator('.theme-section');
		expect(await section.locator('h3:has-text("Que faire") + ul > li').count()).toBeGreaterThanOrEqual(3);
		expect(await section.locator('h3:has-text("Qui l’a fait") + ul > li').count()).toBeGreaterThanOrEqual(3);
		const funding = section.locator('h3:has-text("Comment le financer") + ul > li');
		expect(await funding.count()).toBeGreaterThan(0);
		// Each funding scheme says when it dates from.
		for (const item of await funding.all()) expect(await item.locator('.when').count()).toBe(1);
		expect(await section.textContent()).toMatch(/épicerie/i);
	});

	it('reaches every section of a profile page in one tap from the contents at the top of a phone screen', async () => {
		await page.goto(`${site}pour/commune/`);
		const links = page.locator('.toc a');
		expect(await links.count()).toBeGreaterThan(5);
		// The contents are open: the first link is visible without unfolding anything.
		expect(await links.first().isVisible()).toBe(true);
		const box = await page.locator('.toc').boundingBox();
		expect(box!.y).toBeLessThan(PHONE.height * 2);
		for (const link of await links.all()) {
			const target = (await link.getAttribute('href'))!.slice(1);
			expect(await page.locator(`[id="${target}"]`).count()).toBe(1);
		}
	});

	it('labels urban, QPV and overseas examples and lists rural ones first', async () => {
		await page.goto(`${site}pour/commune/`);
		const lists = page.locator('.theme-section h3:has-text("Qui l’a fait") + ul');
		const rank = { rural: 0, ville: 1, qpv: 2, 'outre-mer': 3 } as Record<string, number>;
		let labelled = 0;
		for (const list of await lists.all()) {
			const items = await list.locator(':scope > li').evaluateAll((lis) =>
				lis.map((li) => ({ setting: li.getAttribute('data-setting') ?? '', byLevel: li.hasAttribute('data-by-level'), badge: li.querySelector(':scope > .badge')?.textContent ?? '' })),
			);
			labelled += items.filter((i) => i.badge).length;
			for (const item of items) expect(Boolean(item.badge)).toBe(item.setting !== 'rural');
			// Examples where the level acted come first; within each group, rural cases before the others.
			for (const group of [items.filter((i) => i.byLevel), items.filter((i) => !i.byLevel)]) {
				const ranks = group.map((i) => rank[i.setting]);
				expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
			}
		}
		expect(labelled).toBeGreaterThan(0);
		expect(await page.locator('.theme-section li', { hasText: 'Poitiers' }).first().locator('.badge').textContent()).toBe('en ville');
	});

	it('keeps the dossier address and contents on its first printed page, without navigation or editorial notes', async () => {
		await page.goto(`${site}pour/commune/commerces-de-proximite/`);
		expect(await page.locator('#adresse-dossier').textContent()).toMatch(/^https?:\/\/.+\/pour\/commune\/commerces-de-proximite\/$/);
		await page.emulateMedia({ media: 'print' });
		expect(await page.locator('.site-header').isVisible()).toBe(false);
		expect(await page.locator('.no-print').first().isVisible()).toBe(false);
		expect(await page.getByRole('heading', { name: 'Sommaire' }).isVisible()).toBe(true);
		await page.emulateMedia({ media: 'screen' });
	});

	it.each(['pour/commune/', 'pour/porteur-de-projet/', 'pour/commune/commerces-de-proximite/'])('/%s has no axe violation on a phone', async (path) => {
		const context = await browser.newContext({ viewport: PHONE, bypassCSP: true });
		const axePage = await context.newPage();
		await axePage.goto(`${site}${path}`);
		await axePage.addScriptTag({ content: axeSource });
		const violations = await axePage.evaluate(async () => {
			const result = await (window as any).axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
			return result.violations.map((v: any) => `${v.id}: ${v.help} — ${v.nodes.slice(0, 3).map((n: any) => n.target.join(' ')).join(' | ')}`);
		});
		await context.close();
		expect(violations).toEqual([]);
	});

	it('gives every long entry or profile page (content over two phone screens) a « Sur cette page » whose links all land', { timeout: 600_000 }, async () => {
		const paths = htmlFiles(siteDir)
			.filter((f) => /^(fiches|leviers|initiatives|ressources|themes|besoins|financements)\/[^/]+\/index\.html$|^pour\//.test(f))
			.map((f) => f.replace(/index\.html$/, ''));
		expect(paths.length).toBeGreaterThan(100);
		const missing: string[] = [];
		for (const path of paths) {
			await page.goto(`${site}${path}`);
			const { height, toc, dangling } = await page.evaluate(() => ({
				height: document.querySelector('main')!.scrollHeight,
				toc: document.querySelector('.toc, .dossier-contents') !== null,
				dangling: [...document.querySelectorAll<HTMLAnchorElement>('.toc a, .dossier-contents a')].filter((a) => !document.getElementById(decodeURIComponent(a.hash.slice(1)))).map((a) => a.hash),
			}));
			expect(dangling, path).toEqual([]);
			if (height > 2 * PHONE.height && !toc) missing.push(`${path} (${height} px)`);
		}
		expect(missing).toEqual([]);
	});
});
