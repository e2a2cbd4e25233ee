import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { SECTIONS } from '../../src/lib/routes.ts';
import { COLLECTION_NAMES } from '../../src/schemas/names.ts';
import { launchChromium } from '../helpers/browser.ts';
import { contentIds } from '../helpers/content-files.ts';
import { ROOT } from '../helpers/build.ts';
import { typeQuery, waitForResults } from '../helpers/search.ts';
import { serveSite } from '../helpers/serve.ts';
import { htmlFiles } from '../helpers/site-files.ts';

const dir = inject('siteDir');
const ids = contentIds(join(ROOT, 'src/content'));

/** One page of every template: home, listings, each collection's entries, facets, profiles, search, about, data, 404. */
const PAGES = [
	'',
	'a-propos/',
	'limites-des-sources/',
	'donnees/',
	'pour/commune/',
	'pour/porteur-de-projet/',
	'ressources/anct-ess-chance-territoires-fragiles/cite-par/',
	htmlFiles(dir).find((f) => /^ressources\/[a-z]+\/[^/]+\/index\.html$/.test(f))!.replace(/index\.html$/, ''),
	htmlFiles(dir).find((f) => /^initiatives\/departement\/[^/]+\/index\.html$/.test(f))!.replace(/index\.html$/, ''),
	...COLLECTION_NAMES.flatMap((c) => [`${SECTIONS[c].slug}/`, `${SECTIONS[c].slug}/${ids[c][0]}/`]),
];
const MISSING = 'cette-page-n-existe-pas/';

/** The `_headers` file as a host applies it to a page: its headers for `/*` (the first block). */
function headersOf(siteDir: string): Record<string, string> {
	const lines = readFileSync(join(siteDir, '_headers'), 'utf8').split('\n\n')[0]!.split('\n');
	expect(lines[0]).toBe('/*');
	return Object.fromEntries(lines.slice(1).filter(Boolean).map((l) => l.trim().split(/:\s(.*)/s).slice(0, 2) as [string, string]));
}

interface Report {
	violations: string[];
	errors: string[];
}

let browser: Browser;
beforeAll(async () => {
	browser = await launchChromium();
});
afterAll(async () => browser?.close());

/** A page that records every CSP violation, console error or warning and uncaught error, the search worker's included. */
async function watchedPage(): Promise<{ page: Page; report: Report }> {
	const report: Report = { violations: [], errors: [] };
	const page = await browser.newPage();
	await page.exposeFunction('reportViolation', (v: string) => report.violations.push(v));
	await page.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (e) =>
			(window as unknown as { reportViolation(v: string): void }).reportViolation(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`),
		);
	});
	const onConsole = (m: { type(): string; text(): string }) => {
		if (m.type() === 'error' || m.type() === 'warning') report.errors.push(`${m.type()}: ${m.text()}`);
	};
	page.on('console', onConsole);
	page.on('worker', (worker) => worker.on('console', onConsole));
	page.on('pageerror', (e) => report.errors.push(`pageerror: ${e.message}`));
	return { page, report };
}

describe.each([
	{ policy: 'the <meta> policy', serve: async () => ({ url: inject('siteUrl'), close: async () => {} }) },
	{ policy: 'the <meta> policy and the _headers file', serve: () => serveSite(dir, '/', { headers: headersOf(dir) }) },
])('under $policy', ({ serve }) => {
	let site: { url: string; close(): Promise<void> };
	beforeAll(async () => {
		site = await serve();
	});
	afterAll(async () => site?.close());

	it('every template loads with no CSP violation and no console error', async () => {
		const { page, report } = await watchedPage();
		for (const path of PAGES) {
			const response = await page.goto(`${site.url}${path}`, { waitUntil: 'load' });
			expect(response?.status(), path).toBe(200);
			expect(await page.locator('meta[http-equiv="content-security-policy"]').count(), path).toBe(1);
		}
		await page.goto(`${site.url}${MISSING}`);
		// The only error allowed: the browser's note that the missing page answered 404.
		report.errors = report.errors.filter((e) => !/status of 404/.test(e));
		expect(report).toEqual({ violations: [], errors: [] });
		await page.close();
	});

	it('the search runs (Pagefind, its WebAssembly and its worker) with no violation', async () => {
		const { page, report } = await watchedPage();
		const results = await typeQuery(page, site.url, 'épicerie');
		expect(results.length).toBeGreaterThan(0);
		await page.goto(`${site.url}recherche/?q=PTCE`);
		await waitForResults(page);
		expect(await page.locator('[data-results] > li').count()).toBeGreaterThan(0);
		expect(report).toEqual({ violations: [], errors: [] });
		await page.close();
	});

	it('the print button is shown by the site script, under the CSP', async () => {
		const { page, report } = await watchedPage();
		await page.goto(`${site.url}fiches/${ids.fiches[0]}/`);
		expect(await page.getByRole('button', { name: 'Imprimer / PDF' }).isVisible()).toBe(true);
		expect(report).toEqual({ violations: [], errors: [] });
		await page.close();
	});

	it('blocks what it must: an injected inline script and inline style attribute are refused and reported', async () => {
		const { page, report } = await watchedPage();
		await page.goto(site.url);
		const ran = await page.evaluate(() => {
			const script = document.createElement('script');
			script.textContent = 'window.injected = true';
			document.head.append(script);
			document.body.setAttribute('style', 'background: red');
			return (window as unknown as { injected?: boolean }).injected ?? false;
		});
		expect(ran).toBe(false);
		// Each policy (meta and header) may report the script before the style arrives: wait for both kinds.
		await expect.poll(() => report.violations.join('\n')).toMatch(/style-src/);
		await expect.poll(() => report.violations.join('\n')).toMatch(/script-src/);
		await page.close();
	});
});

describe('the _headers file', () => {
	it('repeats the pages’ policy, forbids framing and sets the other security headers', async () => {
		const headers = headersOf(dir);
		const meta = readFileSync(join(dir, 'index.html'), 'utf8').match(/http-equiv="content-security-policy" content="([^"]+)"/)![1]!.replace(/&#39;/g, "'");
		expect(headers['Content-Security-Policy']).toContain(meta.replace(/;\s*$/, ''));
		expect(headers['Content-Security-Policy']).toMatch(/frame-ancestors 'none'/);
		expect(headers['Content-Security-Policy']).toMatch(/script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
		expect(headers).toMatchObject({ 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': expect.any(String), 'Permissions-Policy': expect.any(String) });
		const site = await serveSite(dir, '/', { headers });
		const page = await browser.newPage();
		const response = await page.goto(site.url);
		expect(response?.headers()['content-security-policy']).toBe(headers['Content-Security-Policy']);
		await page.close();
		await site.close();
	});
});
