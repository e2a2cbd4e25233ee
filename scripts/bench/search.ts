/**
 * `npm run bench:search`: for the built site (`dist/`, built first if missing), prints the size
 * of the Pagefind index and the time from the last keystroke to the first result shown, cold
 * (fresh browser profile: nothing cached, Pagefind not yet loaded) and warm (same page, next
 * query), measured in headless Chromium on localhost. Figures, not a pass/fail test.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium } from '../../tests/helpers/browser.ts';
import { buildSite, ROOT } from '../../tests/helpers/build.ts';
import { serveSite } from '../../tests/helpers/serve.ts';

const QUERIES = ['PTCE', 'épicerie', 'Creuse', 'marché réservé', 'tiers-lieu', 'mobilité', 'SCIC', 'fonds européens'];
const dist = join(ROOT, process.env.OUT_DIR ?? 'dist');
if (!existsSync(join(dist, 'pagefind', 'pagefind.js'))) buildSite(process.env.OUT_DIR ?? 'dist');

function folderSize(dir: string) {
	let bytes = 0;
	let files = 0;
	for (const name of readdirSync(dir, { recursive: true }) as string[]) {
		const stat = statSync(join(dir, name));
		if (stat.isFile()) {
			bytes += stat.size;
			files++;
		}
	}
	return { bytes, files };
}

const median = (values: number[]) => {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.floor(sorted.length / 2)]!;
};

const server = await serveSite(dist, '/');
const browser = await launchChromium();

/** Types `query` into the search box and returns ms from the last keystroke to its first result. */
async function timeQuery(page: import('playwright-core').Page, query: string): Promise<number> {
	await page.evaluate((q) => {
		const list = document.querySelector<HTMLElement>('[data-results]')!;
		list.replaceChildren();
		(window as any).__firstResult = undefined;
		// The first result of the final query, not of a prefix typed on the way.
		new MutationObserver((_, observer) => {
			if (list.children.length > 0 && list.dataset.query === q) {
				(window as any).__firstResult = performance.now();
				observer.disconnect();
			}
		}).observe(list, { childList: true, attributes: true });
		document.querySelector<HTMLInputElement>('#recherche-page')!.addEventListener('keyup', () => ((window as any).__lastKey = performance.now()));
	}, query);
	const input = page.locator('#recherche-page');
	await input.fill('');
	await input.pressSequentially(query, { delay: 30 });
	await page.waitForFunction(() => (window as any).__firstResult !== undefined, undefined, { timeout: 15_000 });
	return page.evaluate(() => (window as any).__firstResult - (window as any).__lastKey);
}

const cold: number[] = [];
const warm: number[] = [];
for (const query of QUERIES) {
	const context = await browser.newContext();
	const page = await context.newPage();
	await page.goto(`${server.url}recherche/`, { waitUntil: 'domcontentloaded' });
	cold.push(await timeQuery(page, query));
	await page.waitForSelector('[data-search][data-ready]');
	warm.push(await timeQuery(page, QUERIES[(QUERIES.indexOf(query) + 1) % QUERIES.length]!));
	await context.close();
}
await browser.close();
await server.close();

const index = folderSize(join(dist, 'pagefind'));
const figures = {
	pagefindIndex: { files: index.files, bytes: index.bytes },
	firstResultMs: {
		cold: { median: Math.round(median(cold)), max: Math.round(Math.max(...cold)) },
		warm: { median: Math.round(median(warm)), max: Math.round(Math.max(...warm)) },
	},
	queries: QUERIES,
};
console.log(`Index Pagefind : ${index.files} fichiers, ${(index.bytes / 1024).toFixed(0)} Kio`);
console.log(`Premier résultat après la dernière frappe — à froid : médiane ${figures.firstResultMs.cold.median} ms (max ${figures.firstResultMs.cold.max} ms)`);
console.log(`Premier résultat après la dernière frappe — à chaud : médiane ${figures.firstResultMs.warm.median} ms (max ${figures.firstResultMs.warm.max} ms)`);
console.log(JSON.stringify(figures));
