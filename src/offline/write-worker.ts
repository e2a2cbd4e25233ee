/**
 * Writes `dist/sw.js`: the service worker source bundled with the precache list of this build.
 * Called by the offline integration once every other file of `dist/` is final.
 *
 * Workbox's `generateSW` writes a worker that deletes replaced files at activation and fetches one
 * file at a time; `injectManifest` only pastes the list into a worker already bundled. So the list
 * comes from `getManifest` (src/offline/precache.ts) and esbuild bundles our worker with it, its
 * total size and the build id in one step.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { OFFLINE_PAGE, precacheList, WORKER_FILE } from './precache.ts';

export async function writeServiceWorker(dist: string, base: string, buildId: string): Promise<{ files: number; bytes: number }> {
	const { entries, bytes } = await precacheList(dist, base, buildId);
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
			__PRECACHE__: JSON.stringify({ entries, bytes, buildId, offlinePage: `${base}${OFFLINE_PAGE}` }),
		},
	});
	writeFileSync(join(dist, WORKER_FILE), bundled.outputFiles[0]!.text);
	return { files: entries.length, bytes };
}
