/**
 * `npm run bench:search`: for the built site (`dist/`, built first if missing), prints the size
 * of the Pagefind index and the time from the last keystroke to the first result shown (its kind,
 * title and link), cold (fresh browser profile: nothing cached, Pagefind not yet loaded) and warm
 * (same page, next query), and to the first page of results with their excerpts, measured in
 * headless Chromium on localhost. Figures, not a pass/fail test.
 * `npm run bench` calls `measureSearch()` for each site it builds.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium } from '../../tests/helpers/browser.ts';
import { buildSite, ROOT } from '../../tests/helpers/build.ts';
import { serveSite } from '../../tests/helpers/serve.ts';
import { results, waitForResults } from '../../tests/helpers/search.ts';
import { folderSize, median } from './measure.ts';
import { QUALITY_QUERIES, type QualityQuery } from './search-queries.ts';

/** Words of the real catalogue; the synthetic text uses them too, so both find results. */
export const QUERIES = ['PTCE', 'épicerie', 'Creuse', 'marché réservé', 'tiers-lieu', 'mobilité', 'SCIC', 'fonds européens'];

export interface SearchFigures {
	pagefindIndex: { files: number; bytes: number };
	firstResultMs: { cold: { median: number; max: number }; warm: { median: number; max: number } };
	/** Until the excerpts of the first page of results are in too. */
	excerptsMs: { cold: { median: number; max: number }; warm: { median: number; max: number } };
	queries: string[];
}

/**
 * Types `query` into the search box and returns ms from the last keystroke to its first result, and to its
 * excerpts. The last keystroke is the last `input` event: a final « é » is typed without a `keyup`.
 */
async function timeQuery(page: import('playwright-core').Page, query: string): Promise<{ first: number; excerpts: number }> {
	await page.evaluate((q) => {
		const list = document.querySelector<HTMLElement>('[data-results]')!;
		list.replaceChildren();
		const w = window as any;
		w.__firstResult = undefined;
		// Awaited once the query is typed, rather than polled: polling would run on the page's thread every frame.
		w.__shown = new Promise((resolve, reject) => {
			setTimeout(() => reject(new Error(`no results for « ${q} » in 15 s`)), 15_000);
			// The first result of the final query, not of a prefix typed on the way.
			new MutationObserver((_, observer) => {
				if (list.children.length === 0 || list.dataset.query !== q) return;
				w.__firstResult ??= performance.now();
				if (list.getAttribute('aria-busy') === 'true') return;
				observer.disconnect();
				resolve({ first: w.__firstResult - w.__lastKey, excerpts: performance.now() - w.__lastKey });
			}).observe(list, { childList: true, attributes: true });
		});
		document.querySelector<HTMLInputElement>('#recherche-page')!.addEventListener('input', (event) => (w.__lastKey = event.timeStamp));
	}, query);
	const input = page.locator('#recherche-page');
	await input.fill('');
	await input.pressSequentially(query, { delay: 30 });
	return page.evaluate(() => (window as any).__shown);
}

/** Index size and first-result times of the site built in `dist` (served at `/`). */
export async function measureSearch(dist: string, queries = QUERIES): Promise<SearchFigures> {
	const server = await serveSite(dist, '/');
	const browser = await launchChromium();
	const cold: { first: number; excerpts: number }[] = [];
	const warm: { first: number; excerpts: number }[] = [];
	try {
		for (const [i, query] of queries.entries()) {
			const context = await browser.newContext();
			const page = await context.newPage();
			await page.goto(`${server.url}recherche/`, { waitUntil: 'domcontentloaded' });
			cold.push(await timeQuery(page, query));
			await page.waitForSelector('[data-search][data-ready]');
			warm.push(await timeQuery(page, queries[(i + 1) % queries.length]!));
			await context.close();
		}
	} finally {
		await browser.close();
		await server.close();
	}
	const summary = (values: number[]) => ({ median: Math.round(median(values)), max: Math.round(Math.max(...values)) });
	const of = (key: 'first' | 'excerpts') => ({ cold: summary(cold.map((t) => t[key])), warm: summary(warm.map((t) => t[key])) });
	return { pagefindIndex: folderSize(join(dist, 'pagefind')), firstResultMs: of('first'), excerptsMs: of('excerpts'), queries };
}

/**
 * How well the search answers `queries` on the site built in `dist`: the share whose first answer
 * is in the top 3, and the mean reciprocal rank over the top 10 (0 when no answer is there).
 */
export async function measureQuality(dist: string, queries: QualityQuery[] = QUALITY_QUERIES) {
	const server = await serveSite(dist, '/');
	const browser = await launchChromium();
	const ranks: { query: string; rank: number | undefined }[] = [];
	try {
		const page = await browser.newPage();
		for (const { query, answers } of queries) {
			await page.goto(`${server.url}recherche/?q=${encodeURIComponent(query)}`);
			// Results (or « aucun résultat ») shown, not merely the search ready: reading earlier finds none.
			await waitForResults(page);
			const hrefs = (await results(page)).slice(0, 10).map((r) => r.href);
			const index = hrefs.findIndex((href) => answers.includes(href ?? ''));
			ranks.push({ query, rank: index >= 0 ? index + 1 : undefined });
		}
	} finally {
		await browser.close();
		await server.close();
	}
	const top3 = ranks.filter((r) => r.rank !== undefined && r.rank <= 3).length / ranks.length;
	const mrr = ranks.reduce((sum, r) => sum + (r.rank ? 1 / r.rank : 0), 0) / ranks.length;
	return { queries: ranks.length, top3, mrr, missed: ranks.filter((r) => !r.rank || r.rank > 3) };
}

if (import.meta.main) {
	const dist = join(ROOT, process.env.OUT_DIR ?? 'dist');
	if (!existsSync(join(dist, 'pagefind', 'pagefind.js'))) buildSite(process.env.OUT_DIR ?? 'dist');
	const figures = await measureSearch(dist);
	const { cold, warm } = figures.firstResultMs;
	console.log(`Index Pagefind : ${figures.pagefindIndex.files} fichiers, ${(figures.pagefindIndex.bytes / 1024).toFixed(0)} Kio`);
	console.log(`Premier résultat après la dernière frappe — à froid : médiane ${cold.median} ms (max ${cold.max} ms)`);
	console.log(`Premier résultat après la dernière frappe — à chaud : médiane ${warm.median} ms (max ${warm.max} ms)`);
	const excerpts = figures.excerptsMs;
	console.log(`Extraits de la première page de résultats — à froid : médiane ${excerpts.cold.median} ms ; à chaud : médiane ${excerpts.warm.median} ms`);
	const quality = await measureQuality(dist);
	console.log(`Qualité (${quality.queries} requêtes) : ${(quality.top3 * 100).toFixed(0)} % dans les 3 premiers, MRR@10 ${quality.mrr.toFixed(2)}`);
	for (const { query, rank } of quality.missed) console.log(`  hors des 3 premiers : « ${query} » (${rank ? `rang ${rank}` : 'absent des 10 premiers'})`);
	console.log(JSON.stringify({ ...figures, quality }));
}
