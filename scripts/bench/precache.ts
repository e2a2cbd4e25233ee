/**
 * `npm run bench:precache`: for the built site (`dist/`, or `OUT_DIR`; built first if missing),
 * prints what a reader's device downloads and stores to have the whole site offline: the number
 * of files in the service worker's precache list and their total size. Figures, not a test.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { buildSite, ROOT } from '../../tests/helpers/build.ts';
import { precacheList } from '../../src/offline/precache.ts';

/** Files and bytes precached for the built site in `distDir` (the same list as its `sw.js`). */
export async function precacheSize(distDir: string): Promise<{ files: number; bytes: number }> {
	// The base path and the build id change URLs, not sizes.
	const { entries, bytes } = await precacheList(distDir, '/', 'bench');
	return { files: entries.length, bytes };
}

if (import.meta.main) {
	const outDir = process.env.OUT_DIR ?? 'dist';
	const dist = join(ROOT, outDir);
	if (!existsSync(join(dist, 'sw.js'))) buildSite(outDir);
	const { files, bytes } = await precacheSize(dist);
	console.log(`Précache hors ligne : ${files} fichiers, ${(bytes / 1024 / 1024).toFixed(2)} Mio (${bytes} octets)`);
	console.log(JSON.stringify({ precache: { files, bytes } }));
}
