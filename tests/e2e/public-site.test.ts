import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { FOOTER_PAGES } from '../../src/lib/site-pages.ts';
import { launchChromium } from '../helpers/browser.ts';
import { htmlFiles } from '../helpers/site-files.ts';

const site = inject('siteUrl');
const dir = inject('siteDir');

/** The pages French public sites owe their readers (LCEN, RGAA), which issue 18 asked for. */
const REQUIRED = ['mentions-legales/', 'accessibilite/', 'contact/', 'donnees-personnelles/', 'plan-du-site/'];

let browser: Browser;
let page: Page;
beforeAll(async () => {
	browser = await launchChromium();
	page = await browser.newPage({ viewport: { width: 390, height: 844 } });
});
afterAll(async () => browser?.close());

describe('who publishes the site, and how to reach them', () => {
	it('every page links, in its footer, to the five pages a French public site owes', () => {
		expect(FOOTER_PAGES.map((p) => p.path)).toEqual(expect.arrayContaining(REQUIRED));
		const missing: string[] = [];
		for (const file of htmlFiles(dir)) {
			const footer = parse(readFileSync(join(dir, file), 'utf8')).querySelector('footer.site-footer');
			const links = new Set(footer?.querySelectorAll('a').map((a) => a.getAttribute('href')) ?? []);
			for (const path of REQUIRED) if (!links.has(`/${path}`)) missing.push(`${file} → /${path}`);
		}
		expect(missing.slice(0, 10), `${missing.length} liens manquants`).toEqual([]);
	});

	it.each(REQUIRED)('/%s exists and has its title', async (path) => {
		const response = await page.goto(`${site}${path}`);
		expect(response?.status()).toBe(200);
		expect((await page.locator('h1').textContent())?.trim()).not.toBe('');
	});

	it('a build without publisher settings says it is a demonstration, on every page, and shows the placeholders', async () => {
		await page.goto(site);
		await expect.poll(() => page.locator('.demo-banner').isVisible()).toBe(true);
		expect(await page.locator('.demo-banner').textContent()).toContain('Site de démonstration');
		await page.goto(`${site}mentions-legales/`);
		const text = await page.locator('main').textContent();
		for (const heading of ['Éditeur', 'Direction de la publication', 'Hébergement']) expect(text).toContain(heading);
		expect(text).toContain('contact@example.org');
	});

	it('the accessibility statement has the sections of the official model and states the status in the footer link', async () => {
		await page.goto(`${site}accessibilite/`);
		const headings = await page.locator('main h2').allTextContents();
		for (const section of ['État de conformité', 'Résultats des tests', 'Contenus non accessibles', 'Établissement de cette déclaration', 'Retour d’information et contact', 'Voies de recours']) {
			expect(headings).toContain(section);
		}
		expect(await page.locator('main').textContent()).toContain('Défenseur des droits');
		expect(await page.locator('footer a[href$="/accessibilite/"]').textContent()).toMatch(/^Accessibilité\s*:\s*(non|partiellement|totalement) conforme$/);
	});
});

describe('readable on a 390 px phone', () => {
	it.each(['', 'chiffres/'])('chart text on /%s is at least 12 px high', async (path) => {
		await page.goto(`${site}${path}`);
		const sizes = await page.locator('.chart svg').evaluateAll((svgs) =>
			svgs.flatMap((svg) => {
				const ratio = svg.getBoundingClientRect().width / (svg as SVGSVGElement).viewBox.baseVal.width;
				return [...svg.querySelectorAll('text')].map((t) => parseFloat(getComputedStyle(t).fontSize) * ratio);
			}),
		);
		expect(sizes.length).toBeGreaterThan(0);
		expect(Math.min(...sizes)).toBeGreaterThanOrEqual(12);
	});

	it('a chart label stays inside its chart', async () => {
		await page.goto(site);
		const overflow = await page.locator('.chart svg').first().evaluate((svg) => {
			const box = svg.getBoundingClientRect();
			return [...svg.querySelectorAll('text')].filter((t) => t.getBoundingClientRect().right > box.right + 1).map((t) => t.textContent);
		});
		expect(overflow).toEqual([]);
	});
});
