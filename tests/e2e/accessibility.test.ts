import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from '../helpers/browser.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const site = inject('siteUrl');

/** One page of every template. */
const PAGES = [
	'',
	'pour/departement/',
	'pour/porteur-de-projet/',
	'pour/commune/commerces-de-proximite/',
	'ressources/',
	'leviers/',
	'initiatives/',
	'ressources/type/webinaire/',
	'initiatives/region/76/',
	'ressources/tressons-etude-ess-territoires-ruraux/',
	'ressources/anct-ess-chance-territoires-fragiles/cite-par/',
	'fiches/departements-ess-ruralites/',
	'leviers/anct-3-commande-publique/',
	'initiatives/la-pioche/',
	'territoires/pays-terres-de-lorraine/',
	'organisations/avise/',
	'glossaire/',
	'glossaire/ptce/',
	'besoins/',
	'activites/epiceries-sociales-solidaires/',
	'financements/',
	'chiffres/',
	'themes/inclusion/',
	'programmes/tressons/',
	'a-propos/',
	'limites-des-sources/',
	'donnees/',
	'recherche/?q=epicerie',
	'page-qui-n-existe-pas/',
];

let browser: Browser;
let page: Page;
beforeAll(async () => {
	browser = await launchChromium();
	// axe-core is injected as an inline script, which the site's CSP rightly refuses (tests/e2e/csp.test.ts checks the policy).
	page = await browser.newPage({ bypassCSP: true });
});
afterAll(async () => browser?.close());

describe('accessibility (axe-core, WCAG 2.0/2.1 A and AA)', () => {
	it.each(PAGES)('/%s has no violation', async (path) => {
		await page.goto(`${site}${path}`);
		if (path.startsWith('recherche')) await page.waitForSelector('[data-search][data-ready]');
		await page.addScriptTag({ content: axeSource });
		const violations = await page.evaluate(async () => {
			const result = await (window as any).axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
			return result.violations.map((v: any) => `${v.id}: ${v.help} — ${v.nodes.slice(0, 3).map((n: any) => n.target.join(' ')).join(' | ')}`);
		});
		expect(violations).toEqual([]);
		// Usable from 320 px wide: nothing but wide pictures (which scroll in their own box) overflows.
		await page.setViewportSize({ width: 320, height: 640 });
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
		await page.setViewportSize({ width: 1280, height: 800 });
		expect(await page.locator('h1').count()).toBe(1);
		expect(await page.getAttribute('html', 'lang')).toBe('fr');
	});
});
