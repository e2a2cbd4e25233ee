import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzip as gunzipCallback } from 'node:zlib';
import { promisify } from 'node:util';
import type { AstroIntegration } from 'astro';
import { BuildCache } from '../lib/build-cache.ts';
import { handedOver, handOver, PageOrder, takeBuiltPages } from '../lib/built-pages.ts';
import { PagefindThread } from './pagefind-thread.ts';

const gunzip = promisify(gunzipCallback);

/** The HTML pages under `dir`, as paths relative to it. */
function htmlFiles(dir: string, under = dir): string[] {
	return readdirSync(under, { withFileTypes: true }).flatMap((e) =>
		e.isDirectory() ? htmlFiles(dir, join(under, e.name)) : e.name.endsWith('.html') ? [relative(dir, join(under, e.name))] : [],
	);
}

/** Where the result cards are written, under `dist/` (the search page fetches them: src/scripts/result-cards.ts). */
const CARDS_FILE = 'recherche/pages.json';

/** Content folders whose index order is kept between builds (`PageOrder`): each has its own Astro cache folder. */
const KEEP_ORDERS = 20;

/** Fragments read and unzipped at once: enough to keep the threadpool busy, few enough to hold few files open. */
const FRAGMENTS_AT_ONCE = 64;

/**
 * Each indexed page's card, by Pagefind's id for it: [address, title, kind, place, year], from the
 * fragments Pagefind wrote (gzip, after its 12-byte signature). With them the search page orders and shows
 * its first results at once, and fetches a fragment only for a result's excerpt. Read and unzipped off the
 * main thread, several at a time; the cards come in the fragments' name order, so that the file is the same
 * from one build to the next.
 */
async function resultCards(pagefindDir: string): Promise<Record<string, string[]>> {
	const dir = join(pagefindDir, 'fragment');
	const files = (await readdir(dir)).sort();
	const cards: Record<string, string[]> = {};
	for (let at = 0; at < files.length; at += FRAGMENTS_AT_ONCE) {
		const batch = files.slice(at, at + FRAGMENTS_AT_ONCE);
		const fragments = await Promise.all(batch.map(async (file) => JSON.parse((await gunzip(await readFile(join(dir, file)))).subarray(12).toString('utf8'))));
		fragments.forEach((fragment, i) => {
			const { title = '', type = '', lieu = '', annee = '' } = fragment.meta as Record<string, string>;
			const card = [fragment.url as string, title, type, lieu, annee];
			while (card.at(-1) === '') card.pop();
			cards[batch[i]!.replace(/\.pf_fragment$/, '')] = card;
		});
	}
	return cards;
}

/**
 * Builds the Pagefind index at the end of `astro build`, so the site's one build command
 * yields a `dist/` that searches (no separate manual step). French stemming is forced:
 * every page is `lang="fr"`. Pagefind would read « d’employeurs » as one word « demployeurs »,
 * which « employeur » never finds: the pages are indexed with their elisions split
 * (`splitElisions`; the files on disk are unchanged, and the search page joins them back in what it shows).
 * Pages come from the typography stage as each is typeset (src/lib/built-pages.ts), so that Pagefind
 * works while the next ones are (driven from a thread of its own: pagefind-thread.ts); a page that stage did
 * not hand over is read from `dist/`. Pages are indexed
 * in the order of the previous build (`PageOrder`), so that the same sources give the same index. The index is
 * written as soon as every page is generated, in Pagefind's process, while Astro and the other
 * integrations finish (written again at the end if a page came after). Then writes every page's result
 * card beside the search page (`CARDS_FILE`).
 * With `SEARCH_INDEX_TIMINGS` set to a file path, also writes there how long indexing took once the
 * typography stage was over (what it adds to the build), for `npm run bench` (which builds with `--silent`).
 */
export function searchIndex(): AstroIntegration {
	const pagefind = new PagefindThread();
	let root = '';
	/** Astro's cache folder, which is the content folder's own (src/lib/content-dir.ts): the key of its order. */
	let cacheDir = '';
	let orders: BuildCache<string[]> | undefined;
	let order = new PageOrder<string>();
	let pageCount = 0;
	const taken = new Set<string>();
	/** Pages added since the index was last written. */
	let unwritten = 0;
	let writing: Promise<void> | undefined;
	const add = async (file: string, html: string) => {
		// As Pagefind does with a directory: once pages mark their body, the others are left out.
		if (!html.includes('data-pagefind-body')) return;
		unwritten++;
		const { added, errors } = await pagefind.add(file, html);
		if (errors.length) throw new Error(`Indexation de ${file} impossible : ${errors.join(' ; ')}`);
		if (added) pageCount += 1;
	};
	const take = async (file: string, html: string) => {
		taken.add(file);
		await Promise.all(order.take(file, html).map(([page, text]) => add(page, text)));
	};
	/** Adds every page handed over, and those of `files` (under `site`) not handed over, read from it. */
	const addAll = async (site: string, files: string[]) => {
		await handedOver();
		for (const file of order.arrange(files)) if (!taken.has(file)) await handOver(file, readFileSync(join(site, file), 'utf8'));
		await handedOver();
		await Promise.all(order.rest().map(([page, text]) => add(page, text)));
		unwritten = 0;
	};
	/** Writes the index of the pages added, and the result cards, under `site`. */
	const write = async (site: string) => {
		const errors = await pagefind.write(`${site}/pagefind`);
		if (errors.length) throw new Error(`Écriture de l’index impossible : ${errors.join(' ; ')}`);
		writeFileSync(join(site, CARDS_FILE), JSON.stringify(await resultCards(join(site, 'pagefind'))));
	};
	return {
		name: 'ess:search-index',
		hooks: {
			'astro:config:done': ({ config }) => {
				root = fileURLToPath(config.root);
				cacheDir = fileURLToPath(config.cacheDir);
			},
			'astro:build:start': () => {
				// None in a cold build: pages are then indexed as they come.
				orders = new BuildCache<string[]>(root, 'search-index-order', '1', KEEP_ORDERS);
				order = new PageOrder(orders.get(cacheDir));
				pageCount = 0;
				unwritten = 0;
				writing = undefined;
				taken.clear();
				takeBuiltPages(take, (files) => order.arrange(files));
			},
			'astro:build:generated': async ({ dir }) => {
				const site = fileURLToPath(dir);
				// Awaited here, not left to run: the next integrations' hooks would otherwise hold up the sending of the index.
				await addAll(site, htmlFiles(site));
				writing = write(site);
				// Its failure is reported when the build waits for it, at the end.
				writing.catch(() => undefined);
			},
			'astro:build:done': async ({ dir, logger }) => {
				const from = performance.now();
				const site = fileURLToPath(dir);
				// A page handed over, or written to dist/, after the index was sent off: looked for while Pagefind writes.
				const late = htmlFiles(site).filter((file) => !taken.has(file));
				await writing;
				if (!writing || unwritten || late.length) {
					await addAll(site, late);
					await write(site);
				}
				takeBuiltPages(undefined);
				orders!.set(cacheDir, order.passed);
				orders!.save();
				await pagefind.close();
				writing = undefined;
				const ms = Math.round(performance.now() - from);
				logger.info(`index de recherche : ${pageCount} pages, ${ms} ms après la typographie`);
				if (process.env.SEARCH_INDEX_TIMINGS) writeFileSync(process.env.SEARCH_INDEX_TIMINGS, JSON.stringify({ ms, pages: pageCount }));
			},
		},
	};
}
