/**
 * Writes `dist/sw.js`: the service worker source bundled with the precache list of this build.
 * Called by the offline integration once every other file of `dist/` is final.
 *
 * Workbox's `generateSW` writes a worker that deletes replaced files at activation and fetches one
 * file at a time; `injectManifest` only pastes the list into a worker already bundled. So the list
 * comes from `getManifest` (src/offline/precache.ts) and esbuild bundles our worker with it, its
 * total size and the build id in one step.
 */
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { offlinePacks } from './packs.ts';
import { type GzipSizes, OFFLINE_PAGE, PAGES_FILE, type PrecacheEntry, precacheList, SEARCH_CHUNKS, SEARCH_FILE, sizeOf, splitPrecache, WORKER_FILE } from './precache.ts';

/**
 * What the first visit may save without asking, compressed: leaves room, under the 5 MiB budget of a
 * 5 000-entry catalogue, for the worker, its list and the page read.
 */
export const AUTOMATIC_BUDGET_GZIP = 4 * 1024 * 1024;
const FRAGMENTS = /\/pagefind\/fragment\//;

/** A list of files written beside the worker, as the worker knows it: address, integrity hash, sizes. */
export interface ListFile {
	url: string;
	integrity: string;
	files: number;
	bytes: number;
	gzip: number;
}

function writeList(dist: string, base: string, file: string, entries: PrecacheEntry[], buildId: string, extra: object = {}): ListFile {
	const json = JSON.stringify({ buildId, entries, ...extra });
	writeFileSync(join(dist, file), json);
	return { url: `${base}${file}`, integrity: `sha256-${createHash('sha256').update(json).digest('base64')}`, ...sizeOf(entries) };
}

/**
 * The shell's list goes into the worker (saved on install), the search index's chunks into
 * `SEARCH_FILE` (fetched and saved on install too), the pages' list into `PAGES_FILE`, fetched only
 * when the reader chooses to save the whole site or a profile's pack; each list file is checked against the integrity
 * hash the worker carries (so a list from another build is refused). The worker knows the pages'
 * total size, to show it on the button before anything is downloaded.
 */
export async function writeServiceWorker(dist: string, base: string, buildId: string, gzipSizes?: GzipSizes): Promise<{ files: number; bytes: number }> {
	const { entries: all, bytes } = await precacheList(dist, base, buildId, gzipSizes);
	const split = splitPrecache(all, base);
	// Excerpts (Pagefind's fragments) hold each page's text: saved on the first visit while they fit the budget, else with the pages.
	const fragmentsFit = sizeOf(split.shell).gzip <= AUTOMATIC_BUDGET_GZIP;
	const shell = fragmentsFit ? split.shell : split.shell.filter((e) => !FRAGMENTS.test(e.url));
	const pages = fragmentsFit ? split.pages : [...split.pages, ...split.shell.filter((e) => FRAGMENTS.test(e.url))];
	// Pagefind's chunks grow with the catalogue: listed beside the worker, so that sw.js does not.
	const search = shell.filter((e) => SEARCH_CHUNKS.test(e.url));
	const entries = shell.filter((e) => !SEARCH_CHUNKS.test(e.url));
	// The packs' contents go with the pages' list (fetched when one is chosen), their sizes in the worker (shown on the buttons).
	const packs = offlinePacks(dist, base, pages);
	const pagesList = writeList(dist, base, PAGES_FILE, pages, buildId, { packs: packs.lists });
	const searchList = writeList(dist, base, SEARCH_FILE, search, buildId);
	const bundled = await build({
		entryPoints: [fileURLToPath(new URL('./service-worker.ts', import.meta.url))],
		bundle: true,
		format: 'iife',
		target: 'es2020',
		minify: true,
		write: false,
		legalComments: 'none',
		define: {
			'process.env.NODE_ENV': '"production"',
			__PRECACHE__: JSON.stringify({ entries, bytes: sizeOf(entries).bytes, buildId, offlinePage: `${base}${OFFLINE_PAGE}`, pagesList, searchList, packs: packs.info }),
		},
	});
	writeFileSync(join(dist, WORKER_FILE), bundled.outputFiles[0]!.text);
	return { files: all.length, bytes };
}
