import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { handOver, inTakersOrder, inTurn, pageTypeset, setPageStage } from '../lib/built-pages.ts';
import { BuildCache, codeVersion, textKey } from '../lib/build-cache.ts';
import { EditsThread } from '../lib/typography/edits-thread.ts';
import { applyEdits, type Edit, htmlEdits, typesetXml } from '../lib/typography/html.ts';

/** Pages whose edits are kept between builds: a few full sites, each page twice (as rendered, and as typeset). */
const KEEP = 40_000;

/**
 * The file Astro writes for a page address, with this site's settings (`build.format: 'directory'`,
 * `trailingSlash: 'always'`): `/ess/fiches/x/` → `fiches/x/index.html`, `/404/` → `404.html`.
 */
export function pageFile(pathname: string, base: string): string {
	const path = decodeURI(pathname.startsWith(base) ? pathname.slice(base.length) : pathname.replace(/^\//, '')).replace(/\/$/, '');
	// Astro writes its status pages beside the home page; every other page is the index.html of its folder.
	if (path === '404' || path === '500') return `${path}.html`;
	return path ? `${path}/index.html` : 'index.html';
}

/**
 * French typography on every page and feed, once, on the final HTML: whatever wrote a text (MDX body,
 * front matter, component label, generated page), it is typeset the same way. A page is typeset as Astro
 * renders it (the page stage, src/middleware.ts) and handed at once to the search index
 * (src/lib/built-pages.ts), which indexes it in Pagefind's process while the next pages render; so
 * excerpts show the same text as the pages. Pages written outside the rendering are typeset on the built
 * files once all pages are generated (before the search index is written), feeds and sitemaps at the end.
 * A page already typeset by an earlier build (same HTML, same typography code) takes its edits from the
 * cache (src/lib/build-cache.ts) instead of being parsed again.
 */
export function typography(): AstroIntegration {
	let root = '';
	let base = '/';
	let cache: BuildCache<Edit[]> | undefined;
	/** Files already typeset (during rendering or after), under `dist/`. */
	const done = new Set<string>();
	let rendered = 0;
	let changed = 0;
	/** Where pages Astro renders are typeset, beside the main thread. */
	const thread = new EditsThread();
	const applied = (html: string, edits: Edit[]) => {
		if (!edits.length) return html;
		const result = applyEdits(html, edits);
		// Typesetting is stable: the page as typeset needs no edit. A page the next build copies from this one
		// (Astro's incremental build, which bypasses the page stage) is then not parsed again.
		cache!.set(textKey(result), []);
		return result;
	};
	const typeset = (html: string) => {
		const key = textKey(html);
		let edits = cache!.get(key);
		if (!edits) cache!.set(key, (edits = htmlEdits(html)));
		return applied(html, edits);
	};
	/** `typeset`, with the edits made in the thread. */
	const typesetRendered = async (html: string) => {
		const key = textKey(html);
		let edits = cache!.get(key);
		if (!edits) cache!.set(key, (edits = await thread.edits(html)));
		return applied(html, edits);
	};
	/** A feed or sitemap: typeset unless an earlier build wrote it as it is (feeds copied from it, unchanged sitemaps). */
	const typesetFeed = (xml: string) => {
		if (cache!.get(textKey(xml))?.length === 0) return xml;
		const result = typesetXml(xml);
		cache!.set(textKey(result), []);
		return result;
	};
	/** Typesets the pages and feeds among `files` (under `site`) not done yet, and hands the pages on. */
	const typesetFiles = async (site: string, files: string[]) => {
		let edited = 0;
		for (const file of files) {
			if (done.has(file)) continue;
			const html = file.endsWith('.html');
			done.add(file);
			const path = join(site, file);
			const source = readFileSync(path, 'utf8');
			const result = html ? typeset(source) : typesetFeed(source);
			if (result !== source) {
				writeFileSync(path, result);
				edited++;
			}
			if (html) await handOver(file, result);
		}
		return edited;
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
				done.clear();
				rendered = 0;
				changed = 0;
				const toIndex = inTurn<[string, string]>(([file, html]) => handOver(file, html));
				setPageStage(() => {
					const turn = toIndex.announce();
					return async (pathname, html) => {
						if (html === undefined) {
							await toIndex.arrive(turn, undefined);
							return undefined;
						}
						const file = pageFile(pathname, base);
						const result = await typesetRendered(html);
						pageTypeset(file, result);
						done.add(file);
						rendered++;
						await toIndex.arrive(turn, [file, result]);
						return result;
					};
				});
			},
			'astro:build:generated': async ({ dir }) => {
				setPageStage(undefined);
				await thread.close();
				const site = fileURLToPath(dir);
				const files = readdirSync(site, { recursive: true }) as string[];
				const written = new Set(files);
				// A page typeset under a file name Astro did not write would be indexed at a wrong address.
				const missing = [...done].filter((file) => !written.has(file));
				if (missing.length) throw new Error(`Typographie : ${missing.slice(0, 5).join(', ')} composée(s) au rendu mais absente(s) de dist/ → pageFile() (src/integrations/typography.ts) ne suit plus les réglages build.format / trailingSlash d’astro.config.mjs`);
				// Pages written outside rendering, before the search index starts writing (src/integrations/search-index.ts).
				// In the search index's order: the pages Astro copied from the previous build then reach it as they are read.
				changed += await typesetFiles(site, inTakersOrder(files.filter((file) => file.endsWith('.html'))));
			},
			'astro:build:done': async ({ dir, logger }) => {
				const site = fileURLToPath(dir);
				const files = (readdirSync(site, { recursive: true }) as string[]).filter((file) => file.endsWith('.html') || file.endsWith('.xml'));
				// Feeds, sitemaps, and anything an integration wrote since.
				changed += await typesetFiles(site, files);
				cache!.save();
				logger.info(`typographie française : ${rendered} pages composées au rendu, ${changed} autres fichiers corrigés sur ${files.length - rendered}`);
			},
		},
	};
}
