/**
 * The precache list: every file of the built site that a reader needs offline, read from the real
 * `dist/` by workbox-build's `getManifest` (never a hand-kept list), each entry carrying a content
 * revision and a Subresource Integrity hash.
 *
 * The integrity hash is what keeps one cache = one build. The service worker fetches every file
 * with it, so a file that is not byte for byte the one this build wrote fails the install instead
 * of being cached: a deploy landing while a reader's worker installs (new files, old list), or a
 * CDN answering a missing asset with an HTML page and status 200. The worker then stays on the
 * version it had, and the next check picks up the new `sw.js` with a list that matches.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, matchesGlob } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BuildCache } from '../lib/build-cache.ts';
import { BuildThread } from '../lib/build-thread.ts';
// Only `getManifest`: the package's index also loads Babel and Rollup for its other tools (0.65 s against 0.1 s at every build start).
import { getManifest } from 'workbox-build/build/get-manifest.js';

/** One file to precache, as the service worker receives it. */
export interface PrecacheEntry {
	/** URL under the site's base: `/ess/fiches/x/`, `/ess/_astro/Base.abc.css`. */
	url: string;
	/** Content hash, or `null` when the URL already changes with the content (hashed names). */
	revision: string | null;
	/** `sha256-…` of the file: the worker refuses a response with other bytes. */
	integrity: string;
	/** Size in bytes: the worker checks that the files it lacks fit on the device before fetching any. */
	bytes: number;
	/** Size gzip-compressed, as a CDN sends it: what a download costs a reader on a metered connection. */
	gzip: number;
}

/**
 * The precache list in two parts. `shell` is saved on the first visit, without asking: layout,
 * styles, scripts, icons, the offline page and the search index. `pages` (every other page, and the
 * citation files) is saved only page by page as the reader opens them, or all at once on their
 * choice: on a metered phone, one page read must not cost the whole catalogue.
 */
export interface SplitPrecache {
	shell: PrecacheEntry[];
	pages: PrecacheEntry[];
}

export interface Precache {
	entries: PrecacheEntry[];
	/** Sum of the files' sizes in bytes: what a reader's device stores for this build. */
	bytes: number;
}

/** Files the site serves to readers: pages, styles, scripts, pictures, fonts, manifest, the search index, and citations. */
const GLOB_PATTERNS = [
	'**/*.{html,css,js,svg,png,jpg,jpeg,webp,avif,gif,ico,woff2,webmanifest}',
	// With each resource's citation files, linked from its page (a few hundred bytes each; not the whole-catalogue
	// exports of donnees/), in one pattern: Workbox refuses a pattern that matches nothing, as in a site without resources.
	// The search page's commune lookup (recherche/lieux/, ~0.6 MB): kept as the reader's searches fetch it, all of it with the whole site.
	// And its vocabulary for misspelt words (recherche/vocabulaire.json) and its result cards (recherche/pages.json),
	// saved with the shell as part of the search.
	'{pagefind/**/*,ressources/*/citation.{bib,ris,csl.json},recherche/lieux/*.json,recherche/{vocabulaire,pages}.json}',
];
/** The service worker's file, at the root of `dist/` (its scope is the whole site). */
export const WORKER_FILE = 'sw.js';
/** The list of pages (and their sizes) saved on the reader's choice, written beside the worker. */
export const PAGES_FILE = 'sw-pages.json';
/** The list of the search index's chunks, saved on install with the shell. */
export const SEARCH_FILE = 'sw-search.json';
/** Pagefind's chunks: one per few pages, so their list grows with the catalogue. Content-hashed names. */
export const SEARCH_CHUNKS = /\/pagefind\/(?:index|fragment|filter)\//;

const GLOB_IGNORES = [
	// The worker is never precached by itself: the browser fetches it to look for updates.
	WORKER_FILE,
	PAGES_FILE,
	SEARCH_FILE,
	// Served by the host for unknown URLs, never requested by its own URL.
	'404.html',
	// Pagefind's ready-made interfaces: the search page uses its own island and only the JS API.
	'pagefind/pagefind-ui.*',
	'pagefind/pagefind-modular-ui.*',
	'pagefind/pagefind-component-ui.*',
	'pagefind/pagefind-highlight.js',
	'**/*.map',
];
/** Names that change with their content (Vite's `_astro/` assets, Pagefind chunks), so need no revision. */
const HASHED_NAMES = /\/_astro\/|\/pagefind\/(?:index|fragment|filter)\/|\.pf_meta$/;
/** A file this large in the list is a mistake (a video dropped in public/?), not something to push to phones. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;
/** The page (src/pages/hors-ligne.astro) shown for a navigation that is neither saved nor reachable. */
export const OFFLINE_PAGE = 'hors-ligne/';
/** Pagefind asks for its entry file with `?ts=<metaCacheTag>`; the list holds that exact URL. */
export const PAGEFIND_ENTRY = 'pagefind/pagefind-entry.json';

const digest = (file: string) => createHash('sha256').update(readFileSync(file)).digest();
const integrityOf = (hash: Buffer) => `sha256-${hash.toString('base64')}`;

/** The file of `dist/` that serves `url` (`/ess/fiches/x/` → `fiches/x/index.html`). */
export function fileForUrl(url: string, base: string): string {
	const path = decodeURIComponent(url.slice(base.length).split('?')[0]!);
	return path === '' || path.endsWith('/') ? `${path}index.html` : path;
}

/** Gzip sizes by content hash, kept between builds (see src/lib/build-cache.ts); a file's size is only computed once. */
export type GzipSizes = Pick<BuildCache<number>, 'get' | 'set'>;

/** Pictures and fonts in formats that are compressed already: a host sends them as they are. */
const COMPRESSED_NAMES = /\.(?:png|jpe?g|webp|avif|gif|woff2)$/;
/** The first bytes of a gzip stream (Pagefind writes its index, fragments and filters so). */
const isGzip = (content: Buffer) => content[0] === 0x1f && content[1] === 0x8b;

/**
 * A file's gzip size, from `sizes` when a file with the same bytes was sized before (the key is its SHA-256).
 * A file compressed already travels as it is: its size is its length (no second compression, which at
 * 5 000 documents spent seconds on Pagefind's thousands of fragments for a figure a few bytes off).
 */
function gzipSize(path: string, content: Buffer, hash: Buffer, sizes?: GzipSizes): number {
	if (isGzip(content) || COMPRESSED_NAMES.test(path)) return content.length;
	const key = sizeKey(hash);
	let size = sizes?.get(key);
	if (size === undefined) {
		size = gzipSync(content, GZIP).length;
		sizes?.set(key, size);
	}
	return size;
}

/** zlib's default level, the one most hosts compress with. */
const GZIP = { level: 6 };
const sizeKey = (hash: Buffer) => hash.toString('base64url');

/**
 * The thread that sizes pages as they are built: [id, html] in, [id, [key, gzip size]] out. Given as source,
 * so that its key and level are `gzipSize`'s, from the same constants.
 */
const SIZING_THREAD = `
const { parentPort } = require('node:worker_threads');
const { createHash } = require('node:crypto');
const { gzipSync } = require('node:zlib');
parentPort.on('message', ([id, html]) => {
	const content = Buffer.from(html);
	parentPort.postMessage([id, [createHash('sha256').update(content).digest('base64url'), gzipSync(content, ${JSON.stringify(GZIP)}).length]]);
});
`;

/** Pages waiting for the sizing thread at most: when both cores are busy it falls behind, and each waiting page holds memory. */
const SIZING_QUEUE = 32;

/**
 * Sizes each page as it is built (`page`, called with its HTML as written to `dist/`) in a thread of its
 * own: while Astro renders on the main thread, the other core is mostly idle (at 5 000 documents this took
 * 8 s off the end of the build), and the main thread only passes the page on. `settled()` waits for every
 * page, ends the thread and gives the files sized, which `sizeAhead` then skips. A page written with other
 * bytes than those seen here has another key: the list sizes it again.
 */
export function sizeAsBuilt(sizes: GzipSizes) {
	const thread = new BuildThread<[html: string], [key: string, size: number]>(SIZING_THREAD);
	const sized = new Set<string>();
	const pending = new Set<Promise<void>>();
	let failed = false;
	return {
		page(file: string, html: string): void {
			// A page the thread has no time for now is sized at the end (sizeAhead): pages never pile up in memory.
			if (failed || pending.size >= SIZING_QUEUE) return;
			const sizing: Promise<void> = thread
				.ask(html)
				.then(
					([key, size]) => {
						sizes.set(key, size);
						sized.add(file);
					},
					// A size not made here is made with the list.
					() => void (failed = true),
				)
				.finally(() => pending.delete(sizing));
			pending.add(sizing);
		},
		async settled(): Promise<Set<string>> {
			await Promise.all(pending);
			await thread.close();
			return sized;
		},
	};
}

/** Whether the list takes `file` (under `dist/`): the open-data exports of donnees/, feeds and sitemaps are not saved offline. */
const precached = (file: string) => GLOB_PATTERNS.some((pattern) => matchesGlob(file, pattern)) && !GLOB_IGNORES.some((pattern) => matchesGlob(file, pattern));

/**
 * Sizes, ahead of the list, the files of `dist` outside `pagefind/` (which Pagefind may still be writing):
 * called while the search index is written, in Pagefind's process, so that the list finds most sizes made.
 * A file that changes afterwards has other bytes, hence another key: it is sized again, never given a stale size.
 */
export function sizeAhead(dist: string, sizes: GzipSizes, sized = new Set<string>()): void {
	for (const file of readdirSync(dist, { recursive: true }) as string[]) {
		if (file.startsWith('pagefind') || sized.has(file) || !precached(file)) continue;
		const path = join(dist, file);
		if (!statSync(path).isFile()) continue;
		const content = readFileSync(path);
		gzipSize(path, content, createHash('sha256').update(content).digest(), sizes);
	}
}

/**
 * Lists the files of `dist` to precache for a site served under `base`, whose Pagefind
 * `metaCacheTag` is `buildId`. Throws, with the fix, when the list cannot be complete.
 */
export async function precacheList(dist: string, base: string, buildId: string, gzipSizes?: GzipSizes): Promise<Precache> {
	const { manifestEntries, size, warnings } = await getManifest({
		globDirectory: dist,
		globPatterns: GLOB_PATTERNS,
		globIgnores: GLOB_IGNORES,
		maximumFileSizeToCacheInBytes: MAX_FILE_BYTES,
		modifyURLPrefix: { '': base },
		dontCacheBustURLsMatching: HASHED_NAMES,
		manifestTransforms: [
			(manifest) => ({
				manifest: manifest.map((entry) => {
					const path = entry.url.slice(base.length);
					// Readers ask for `fiches/x/`, not `fiches/x/index.html` (some hosts redirect the latter).
					const url =
						path === PAGEFIND_ENTRY ? `${entry.url}?ts=${encodeURIComponent(buildId)}` : entry.url.replace(/(^|\/)index\.html$/, '$1');
					const content = readFileSync(join(dist, path));
					const hash = createHash('sha256').update(content).digest();
					// 64 bits of the content hash are plenty to tell two versions apart, in half the bytes of Workbox's md5.
					const revision = entry.revision && hash.toString('hex').slice(0, 16);
					// `bytes`, not Workbox's `size`, which getManifest drops once it has added it up.
					return { ...entry, url, revision, integrity: integrityOf(hash), bytes: entry.size, gzip: gzipSize(path, content, hash, gzipSizes) };
				}),
			}),
		],
	});
	if (warnings.length) {
		throw new Error(
			`Liste de mise hors ligne incomplète :\n${warnings.join('\n')}\n→ un fichier de plus de ${MAX_FILE_BYTES / 1024 / 1024} Mio ne peut pas être ` +
				'enregistré sur les téléphones : réduisez-le, ou sortez-le du site ; un motif sans fichier signale un index Pagefind absent ' +
				'(l’intégration de recherche doit passer avant celle du mode hors ligne dans astro.config.mjs).',
		);
	}
	const entries = (manifestEntries as (typeof manifestEntries[number] & { bytes: number; gzip: number })[]).map(({ url, revision, integrity, bytes, gzip }) => ({
		url,
		revision,
		integrity: integrity!,
		bytes,
		gzip,
	}));
	// The entries were just read from dist/: only a required file the glob left out can be wrong here.
	failWith(unlisted(dist, new Set(entries.map((e) => fileForUrl(e.url, base))), requiredFiles(dist, base)));
	return { entries, bytes: size };
}

/** The search page: part of the shell, since offline search is what makes unsaved pages findable. */
export const SEARCH_PAGE = 'recherche/';
/** A page (or a citation file) rather than a part of the shell: saved as read, or on the reader's choice. */
const isPage = (file: string) =>
	(file.endsWith('.html') && file !== `${OFFLINE_PAGE}index.html` && file !== `${SEARCH_PAGE}index.html`) ||
	/^ressources\/[^/]+\/citation\./.test(file) ||
	file.startsWith(`${SEARCH_PAGE}lieux/`);

/** Splits the list into what the first visit saves (`shell`) and what is saved on demand (`pages`). */
export function splitPrecache(entries: PrecacheEntry[], base: string): SplitPrecache {
	const shell: PrecacheEntry[] = [];
	const pages: PrecacheEntry[] = [];
	for (const entry of entries) (isPage(fileForUrl(entry.url, base)) ? pages : shell).push(entry);
	return { shell, pages };
}

/** Sums a list's sizes: stored (`bytes`) and transferred (`gzip`). */
export const sizeOf = (entries: PrecacheEntry[]) => ({
	files: entries.length,
	bytes: entries.reduce((sum, e) => sum + e.bytes, 0),
	gzip: entries.reduce((sum, e) => sum + e.gzip, 0),
});

/**
 * Files the site cannot work offline without, beyond what the glob found: the offline page, the
 * web app manifest and its icons, and the Pagefind files its entry names (metadata, WebAssembly).
 */
export function requiredFiles(dist: string, base: string): string[] {
	const required = ['index.html', `${OFFLINE_PAGE}index.html`, 'manifest.webmanifest', 'pagefind/pagefind.js', 'pagefind/pagefind-worker.js', PAGEFIND_ENTRY];
	const entryFile = join(dist, PAGEFIND_ENTRY);
	if (existsSync(entryFile)) {
		const entry = JSON.parse(readFileSync(entryFile, 'utf8')) as { languages: Record<string, { hash: string; wasm?: string }> };
		for (const { hash, wasm } of Object.values(entry.languages)) {
			required.push(`pagefind/pagefind.${hash}.pf_meta`);
			if (wasm) required.push(`pagefind/wasm.${wasm}.pagefind`);
		}
	}
	const manifestFile = join(dist, 'manifest.webmanifest');
	if (existsSync(manifestFile)) {
		const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as { icons?: { src: string }[] };
		for (const icon of manifest.icons ?? []) required.push(fileForUrl(icon.src, base));
	}
	return required;
}

/** Required files the list lacks, each with whether it is in `dist/` at all. */
function unlisted(dist: string, listed: Set<string>, required: string[]): string[] {
	return required.filter((file) => !listed.has(file)).map((file) => `${file} : ${existsSync(join(dist, file)) ? 'exclu de la liste' : 'absent de dist/'}`);
}

function failWith(problems: string[]): void {
	if (!problems.length) return;
	throw new Error(
		`Mise hors ligne impossible, ${problems.length} fichier(s) en cause :\n  ${problems.join('\n  ')}\n` +
			'→ le service worker doit être écrit en dernier, après l’index Pagefind et toute retouche des fichiers ' +
			'(ordre des intégrations dans astro.config.mjs) ; un fichier requis manquant vient de src/pages/ ou de public/.',
	);
}

/**
 * Fails when the precache list and `dist/` disagree: a listed file missing from `dist/`, a file
 * whose bytes no longer match the integrity hash (something rewrote it after the list was made),
 * or a required file absent from the list. Any of these would make every reader's install fail.
 */
export function checkPrecache(dist: string, base: string, entries: PrecacheEntry[], required: string[] = []): void {
	const problems: string[] = [];
	const listed = new Set<string>();
	for (const entry of entries) {
		const file = fileForUrl(entry.url, base);
		listed.add(file);
		const path = join(dist, file);
		if (!existsSync(path) || !statSync(path).isFile()) problems.push(`${file} : dans la liste, absent de dist/`);
		else if (integrityOf(digest(path)) !== entry.integrity) problems.push(`${file} : modifié après la création de la liste (empreinte différente)`);
	}
	failWith([...problems, ...unlisted(dist, listed, required)]);
}
