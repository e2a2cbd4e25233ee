import { copyFileSync, existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** Astro's module holding the content store. */
const STORE_MODULE = '\0astro:data-layer-content';
/** The file Astro writes the content store to, in its cache folder, when a build syncs the content. */
const STORE_FILE = 'data-store.json';
/** The Vite environment of the bundle that prerenders the pages, in this process. */
const PRERENDER = 'prerender';
/**
 * What Astro marks its content store module with, so that its incremental build leaves the store out of
 * each page's dependencies (each page has its own content keys). Copied from Astro
 * (`createContentDataIncrementalMetadata`, not exported): should it change, every page would render again
 * on each rebuild, which tests/content/incremental-build.test.ts sees.
 */
const CONTENT_DATA_META = { astroIncremental: { kind: 'content-data' } };

/**
 * Astro loads the content store into the site's bundle as one string literal (`JSON.parse("…")`): it reads
 * the store file, parses it to check it, quotes it, and V8 compiles the literal in time quadratic in its
 * length (the 70 MB store of 5 000 entries took 27 s to load, a 10 MB one 1 s). In the bundle that
 * prerenders the pages, which runs in this very process, the module reads the store file at run time
 * instead: its own copy of it, one per build process (two builds of the same content at once, in tests, may
 * store different HTML). It is loaded before Astro's loader runs (`order: 'pre'`): the store is neither
 * quoted nor read back (4 to 6 s at 5 000 documents). A server bundle, run elsewhere, keeps Astro's module.
 */
export function contentStoreFile(): AstroIntegration {
	let copy: string | undefined;
	return {
		name: 'ess:content-store-file',
		hooks: {
			'astro:config:setup': ({ command, config, logger, updateConfig }) => {
				// Astro's other storage (chunked) has a module of its own.
				const storage = config.experimental.collectionStorage;
				if (command !== 'build' || (storage !== undefined && storage !== 'single-file')) return;
				const store = join(fileURLToPath(config.cacheDir), STORE_FILE);
				const file = (copy = join(fileURLToPath(config.cacheDir), 'ess-build', `content-store-${process.pid}.json`));
				updateConfig({
					vite: {
						plugins: [
							{
								name: 'ess:content-store-file',
								applyToEnvironment: (environment) => environment.name === PRERENDER,
								load: {
									order: 'pre',
									handler(id) {
										// No store yet (no content synced): Astro's module, an empty one.
										if (id !== STORE_MODULE || !existsSync(store)) return null;
										mkdirSync(dirname(file), { recursive: true });
										copyFileSync(store, file);
										const mb = (statSync(file).size / 1e6).toLocaleString('fr-FR', { maximumFractionDigits: 1 });
										logger.info(`magasin de contenu (${mb} Mo) lu depuis un fichier au prérendu`);
										return {
											code: `import { readFileSync } from 'node:fs';\nexport default JSON.parse(readFileSync(${JSON.stringify(file)}, 'utf8'));`,
											map: { mappings: '' },
											meta: CONTENT_DATA_META,
										};
									},
								},
							},
						],
					},
				});
			},
			'astro:build:done': () => {
				if (copy) rmSync(copy, { force: true });
			},
		},
	};
}
