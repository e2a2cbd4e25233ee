import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { AUDIT_TAGS, AUDIT_WIDTHS, AUDITED_PAGES } from '../../src/lib/accessibility.ts';
import { launchChromium } from '../helpers/browser.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const site = inject('siteUrl');

/** With and without JavaScript: the statement (/accessibilite/) promises both. */
const MODES = ['avec JavaScript', 'sans JavaScript'] as const;

let browser: Browser;
const contexts = new Map<(typeof MODES)[number], BrowserContext>();
beforeAll(async () => {
	browser = await launchChromium();
	// axe-core is evaluated by the test, not by the page, so the site's CSP (tests/e2e/csp.test.ts) and turning scripts off do not stop it.
	contexts.set('avec JavaScript', await browser.newContext({ bypassCSP: true }));
	contexts.set('sans JavaScript', await withoutPageScripts(await browser.newContext({ bypassCSP: true })));
});

/**
 * The page as a browser without JavaScript shows it: its scripts removed and its `<noscript>` shown.
 * (Turning JavaScript off in the context would also stop the test from running axe.)
 */
async function withoutPageScripts(context: BrowserContext): Promise<BrowserContext> {
	await context.route('**/*', async (route) => {
		const type = route.request().resourceType();
		if (type === 'script') return route.abort();
		if (type !== 'document') return route.continue();
		const response = await route.fetch();
		const body = (await response.text())
			.replace(/<script\b(?![^>]*application\/ld\+json)[^>]*>[\s\S]*?<\/script>/gi, '')
			.replace(/<(\/?)noscript>/gi, '<$1span>');
		return route.fulfill({ response, body });
	});
	return context;
}
afterAll(async () => browser?.close());

async function violations(page: Page): Promise<string[]> {
	await page.evaluate(axeSource);
	return page.evaluate(async (tags) => {
		const result = await (window as any).axe.run(document, { runOnly: { type: 'tag', values: tags } });
		return result.violations.map((v: any) => `${v.id}: ${v.help} — ${v.nodes.slice(0, 3).map((n: any) => n.target.join(' ')).join(' | ')}`);
	}, AUDIT_TAGS);
}

describe.each(MODES)(
	'accessibility (axe-core: WCAG 2.2 A/AA and best practices), %s',
	(mode) => {
		it.each(AUDITED_PAGES)('/%s has no violation at any audited width', { timeout: 120_000 }, async (path) => {
			const page = await contexts.get(mode)!.newPage();
			try {
				for (const width of AUDIT_WIDTHS) {
					await page.setViewportSize({ width, height: 800 });
					await page.goto(`${site}${path}`);
					if (mode === 'avec JavaScript' && path.startsWith('recherche')) await page.waitForSelector('[data-search][data-ready]');
					if (mode === 'avec JavaScript' && path.includes('/dossier/')) await page.waitForSelector('[data-dossier][data-ready]');
					expect(await violations(page), `${width} px`).toEqual([]);
				}
				// Usable from 320 px wide: nothing but wide pictures (which scroll in their own box) overflows.
				await page.setViewportSize({ width: 320, height: 640 });
				expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
				expect(await page.locator('h1').count()).toBe(1);
				expect(await page.getAttribute('html', 'lang')).toBe('fr');
			} finally {
				await page.close();
			}
		});
	},
);
