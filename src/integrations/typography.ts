import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { handOver, inTurn, setPageStage } from '../lib/built-pages.ts';
import { BuildCache, codeVersion, textKey } from '../lib/build-cache.ts';
import { applyEdits, type Edit, htmlEdits, typesetXml } from '../lib/typography/html.ts';

/** Pages whose edits are kept between builds: a few full sites. */
const KEEP = 20_000;

/**
 * The file Astro writes for a page address, with this site's settings (`build.format: 'directory'`,
 * `trailingSlash: 'always'`): `/ess/fiches/x/` → `fiches/x/index.html`, `/404/` → `404.html`.
 */
export function pageFile(pathname: string, base: string): string {
	const path = decodeURI(pathname.startsWith(base) ? pathname.slice(base.length) : pathname.replace(/^\//, ''));
	// Astro writes its status pages beside the home page, whatever the format.
	const status = /^(404|500)\/?$/.exec(path);
	if (status) return `${status[1]}.html`;
	if (path === '' || path.endsWith('/')) return `${path}index.html`;
	return path.endsWith('.html') ? path : `${path}.html`;
}

/**
 * French typography on every page and feed, once, on the final HTML: whatever wrote a text (MDX body,
 * front matter, component label, generated page), it is typeset the same way. A page is typeset as Astro
 * renders it (the page stage, src/middleware.ts) and handed at once to the search index
 * (src/lib/built-pages.ts), which indexes it in Pagefind's process while the next pages render; so
 * excerpts show the same text as the pages. Feeds, and anything else written outside the rendering, are
 * typeset on the built files at the end. A page already typeset by an earlier build (same HTML, same
 * typography code) takes its edits from the cache (src/lib/build-cache.ts) instead of being parsed again.
 */
export function typography(): AstroIntegration {
	let root = '';
	let base = '/';
	let cache: BuildCache<Edit[]> | undefined;
	/** Pages typeset during rendering, by file under `dist/`. */
	const staged = new Set<string>();
	const typeset = (html: string) => {
		const key = textKey(html);
		let edits = cache!.get(key);
		if (!edits) cache!.set(key, (edits = htmlEdits(html)));
		return edits.length ? applyEdits(html, edits) : html;
	};
	return {
		name: 'ess:typography',
		hooks: {
			'astro:config:done': ({ config }) => {
				root = fileURLToPath(config.root);
				base = config.base.endsWith('/') ? config.base : `${config.base}/`;
			},
			'astro:build:start': () => {
				cache = new BuildCache<Edit[]>(root, 'typography', codeVersion(root, [join(root, 'src', 'lib', 'typography')]), KEEP);
				staged.clear();
				const toIndex = inTurn<[string, string]>(([file, html]) => handOver(file, html));
				setPageStage(() => {
					const turn = toIndex.announce();
					return async (pathname, html) => {
						if (html === undefined) {
							await toIndex.arrive(turn, undefined);
							return undefined;
						}
						const file = pageFile(pathname, base);
						const result = typeset(html);
						staged.add(file);
						await toIndex.arrive(turn, [file, result]);
						return result;
					};
				});
			},
			'astro:build:done': async ({ dir, logger }) => {
				setPageStage(undefined);
				const site = fileURLToPath(dir);
				let changed = 0;
				let total = 0;
				const unseen = new Set(staged);
				for (const file of readdirSync(site, { recursive: true }) as string[]) {
					const html = file.endsWith('.html');
					if (!html && !file.endsWith('.xml')) continue;
					total++;
					if (unseen.delete(file)) continue;
					const path = join(site, file);
					const source = readFileSync(path, 'utf8');
					const result = html ? typeset(source) : typesetXml(source);
					if (result !== source) {
						writeFileSync(path, result);
						changed++;
					}
					if (html) await handOver(file, result);
				}
				// A page typeset under a file name Astro did not write would be indexed at a wrong address.
				if (unseen.size) throw new Error(`Typographie : ${[...unseen].slice(0, 5).join(', ')} composée(s) au rendu mais absente(s) de dist/ → pageFile() (src/integrations/typography.ts) ne suit plus les réglages build.format / trailingSlash d’astro.config.mjs`);
				cache!.save();
				logger.info(`typographie française : ${staged.size} pages composées au rendu, ${changed} autres fichiers corrigés sur ${total - staged.size}`);
			},
		},
	};
}
