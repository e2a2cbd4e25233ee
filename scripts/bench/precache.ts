/**
 * `npm run bench:precache`: for the built site (`dist/`, or `OUT_DIR`; built first if missing),
 * prints what the offline mode costs a reader: the first visit's automatic download (worker,
 * shell, search index and the page read, compressed as a CDN sends them), the whole site when
 * the reader chooses to save it, each profile's pack, and the size of `sw.js`. Figures, not a test; `npm run bench`
 * checks them against the budgets.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildSite, ROOT } from '../../tests/helpers/build.ts';
import { PAGES_FILE, type PrecacheEntry, precacheList, SEARCH_FILE, sizeOf, WORKER_FILE } from '../../src/offline/precache.ts';

export interface OfflineFigures {
	/** Every file saved once the whole site is chosen, and their stored size. */
	files: number;
	bytes: number;
	/** First visit, automatic part: sw.js, its search list, the shell and search index, and the heaviest page (as the page read). */
	firstVisitGzip: number;
	/** « Enregistrer tout le site »: the pages' list and every page, compressed. */
	fullSiteGzip: number;
	/** Each profile's pack (« Enregistrer les pages utiles pour… »): files and compressed transfer, the pages' list included. */
	packs: { id: string; files: number; gzip: number }[];
	workerGzip: number;
}

const gzipOf = (file: string) => (existsSync(file) ? gzipSync(readFileSync(file), { level: 6 }).length : 0);

/** The offline figures of the built site in `distDir` (the same lists as its `sw.js`; built with base `/`). */
export async function precacheSize(distDir: string): Promise<OfflineFigures> {
	// The base path and the build id change URLs, not sizes.
	const { entries, bytes } = await precacheList(distDir, '/', 'bench');
	// The lists the build wrote beside sw.js say what is saved on demand; the rest is saved on the first visit.
	const read = (file: string) => JSON.parse(readFileSync(join(distDir, file), 'utf8')) as { entries: PrecacheEntry[]; packs?: { id: string; entries: number[] }[] };
	const pagesList = read(PAGES_FILE);
	const onDemand = new Set(pagesList.entries.map((e) => e.url));
	const shell = entries.filter((e) => !onDemand.has(e.url));
	const pages = entries.filter((e) => onDemand.has(e.url));
	const workerGzip = gzipOf(join(distDir, WORKER_FILE));
	const pageRead = Math.max(0, ...pages.filter((p) => p.url.endsWith('/')).map((p) => p.gzip));
	return {
		files: entries.length,
		bytes,
		firstVisitGzip: workerGzip + gzipOf(join(distDir, SEARCH_FILE)) + sizeOf(shell).gzip + pageRead,
		fullSiteGzip: gzipOf(join(distDir, PAGES_FILE)) + sizeOf(pages).gzip,
		packs: (pagesList.packs ?? []).map(({ id, entries: positions }) => ({
			id,
			files: positions.length,
			gzip: gzipOf(join(distDir, PAGES_FILE)) + sizeOf(positions.map((i) => pagesList.entries[i]!)).gzip,
		})),
		workerGzip,
	};
}

if (import.meta.main) {
	const outDir = process.env.OUT_DIR ?? 'dist';
	const dist = resolve(ROOT, outDir);
	if (!existsSync(join(dist, 'sw.js'))) buildSite(outDir);
	const f = await precacheSize(dist);
	const mib = (n: number) => `${(n / 1024 / 1024).toFixed(2)} Mio`;
	console.log(`Hors ligne, 1re visite (automatique, gzip) : ${mib(f.firstVisitGzip)}`);
	console.log(`Hors ligne, tout le site en plus (gzip) : ${mib(f.fullSiteGzip)} ; stocké en tout : ${f.files} fichiers, ${mib(f.bytes)}`);
	for (const pack of f.packs) console.log(`Hors ligne, pages utiles (${pack.id}) : ${mib(pack.gzip)}, ${pack.files} fichiers`);
	console.log(`sw.js (gzip) : ${(f.workerGzip / 1024).toFixed(1)} Kio`);
	console.log(JSON.stringify({ precache: f }));
}
