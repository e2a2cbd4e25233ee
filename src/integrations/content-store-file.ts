import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** Astro's module holding the content store, as its code begins. */
const STORE_MODULE = '\0astro:data-layer-content';
const INLINE = 'export default JSON.parse(';
/** The Vite environment of the bundle that prerenders the pages, in this process. */
const PRERENDER = 'prerender';

/**
 * Astro puts the whole content store in the site's bundle as one string literal (`JSON.parse("…")`), and V8
 * compiles a string literal in time quadratic in its length: the 70 MB store of 5 000 entries took 27 s to
 * load (a 10 MB one 1 s), the largest single cost of such a build. In the bundle that prerenders the pages,
 * which runs in this very process, the module reads the same text from a file instead. A server bundle,
 * run elsewhere, would keep it inline: this applies to prerendering only.
 */
export function contentStoreFile(): AstroIntegration {
	let file: string | undefined;
	return {
		name: 'ess:content-store-file',
		hooks: {
			'astro:config:setup': ({ command, config, logger, updateConfig }) => {
				if (command !== 'build') return;
				// One file per build process: two builds of the same content at once (tests) may store different HTML.
				const store = (file = join(fileURLToPath(config.cacheDir), 'ess-build', `content-store-${process.pid}.json`));
				updateConfig({
					vite: {
						plugins: [
							{
								name: 'ess:content-store-file',
								applyToEnvironment: (environment) => environment.name === PRERENDER,
								transform(code, id) {
									if (id !== STORE_MODULE || !code.startsWith(INLINE) || !code.endsWith(')')) return null;
									// The literal was written by JSON.stringify: it reads back as JSON.
									const text = JSON.parse(code.slice(INLINE.length, -1)) as string;
									mkdirSync(dirname(store), { recursive: true });
									writeFileSync(store, text);
									logger.info(`magasin de contenu (${(Buffer.byteLength(text) / 1e6).toLocaleString('fr-FR', { maximumFractionDigits: 1 })} Mo) lu depuis un fichier au prérendu`);
									return { code: `import { readFileSync } from 'node:fs';\nexport default JSON.parse(readFileSync(${JSON.stringify(store)}, 'utf8'));`, map: null };
								},
							},
						],
					},
				});
			},
			'astro:build:done': () => {
				if (file) rmSync(file, { force: true });
			},
		},
	};
}
