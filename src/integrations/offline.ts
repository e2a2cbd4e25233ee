import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { BuildCache } from '../lib/build-cache.ts';
import { buildId as idOf } from '../offline/build-id.ts';
import { watchBuiltPages } from '../lib/built-pages.ts';
import { sizeAhead, sizeAsBuilt } from '../offline/precache.ts';
import { writeServiceWorker } from '../offline/write-worker.ts';

/** Files whose gzip size is kept between builds: a few full sites. */
const KEEP = 50_000;

/**
 * Makes the built site work offline: at the end of `astro build`, writes the service worker that
 * precaches every file of `dist/`. Must come last in `integrations` (after the search index, and
 * after anything else that writes or rewrites files), since the list is made from `dist/` as it is
 * and the integrity of each file is checked against it.
 *
 * The build id is Pagefind's `metaCacheTag` (the search page passes it on): Pagefind asks for
 * `pagefind-entry.json?ts=<id>`, the URL the worker precaches, so a search works offline and two
 * versions of the entry file never share a URL. It is `BUILD_ID` when set, else a hash of the sources
 * (see build-id.ts): two builds of the same sources are one version for readers.
 */
export function offline({ base }: { base: string }): AstroIntegration {
	let buildId = '';
	let root = '';
	let gzipSizes: BuildCache<number> | undefined;
	let sizing: ReturnType<typeof sizeAsBuilt> | undefined;
	let unwatch: (() => void) | undefined;
	return {
		name: 'ess:offline',
		hooks: {
			'astro:config:setup': ({ command, config, updateConfig }) => {
				root = fileURLToPath(config.root);
				buildId = idOf(root);
				updateConfig({
					vite: {
						define: {
							// `astro dev` writes no worker; NODE_ENV (hence import.meta.env.PROD) cannot tell, vitest sets it to « test ».
							'import.meta.env.OFFLINE': JSON.stringify(command === 'build'),
						},
						// Through a plugin, not Astro's `vite.define`: Astro's incremental build keeps no page of the previous
						// build once its configuration changed, and the id changes with every edit of the content.
						plugins: [{ name: 'ess:build-id', config: () => ({ define: { 'import.meta.env.BUILD_ID': JSON.stringify(buildId) } }) }],
					},
				});
			},
			'astro:build:start': () => {
				// Gzip sizes of unchanged files from the previous builds (zlib level 6 depends only on Node's zlib).
				gzipSizes = new BuildCache<number>(root, 'gzip-sizes', process.versions.zlib, KEEP);
				sizing = sizeAsBuilt(gzipSizes);
				unwatch = watchBuiltPages(sizing.page);
			},
			// The rest while Pagefind writes the index (src/integrations/search-index.ts), on the other core.
			'astro:build:generated': async ({ dir }) => {
				unwatch?.();
				sizeAhead(fileURLToPath(dir), gzipSizes!, await sizing!.settled());
			},
			'astro:build:done': async ({ dir, logger }) => {
				const { files, bytes } = await writeServiceWorker(fileURLToPath(dir), base, buildId, gzipSizes!);
				gzipSizes!.save();
				logger.info(`hors ligne : ${files} fichiers, ${(bytes / 1024 / 1024).toFixed(1)} Mio (version ${buildId})`);
			},
		},
	};
}
