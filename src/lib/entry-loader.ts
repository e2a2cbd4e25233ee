/**
 * The loader of the entry collections (one MDX file per entry): Astro's `glob`, except that a body
 * written without components, expressions, imports or images is compiled while the content is synced,
 * by the very renderer of Astro's MDX integration, and kept as HTML in the content store. Such a body is
 * no Vite module: the build does not bundle it (7 to 8 ms a body), and the store keeps it from one
 * build to the next under its file's digest, so that an unchanged entry is not compiled again. A body
 * with a component stays a module, rendered as before. Bodies are compiled on both cores
 * (src/lib/markdown/body-queue.ts).
 */
import { fileURLToPath } from 'node:url';
import type { AstroConfig } from 'astro';
import { glob, type Loader, type LoaderContext } from 'astro/loaders';
import { compileBody, type MdxRenderer, rendererFrom, rendererSettings } from './markdown/body-compile.ts';
import { BodyQueue } from './markdown/body-queue.ts';
import { bodyVersion } from './markdown/body-version.ts';
import type { StaticBody } from './markdown/static-body.ts';

type GlobOptions = Parameters<typeof glob>[0];
type StoredEntry = Parameters<LoaderContext['store']['set']>[0];

/** Bump when what is kept in the store changes shape. */
const FORMAT = 1;
/** The meta key under which a collection records the version its bodies were compiled with. */
const VERSION_KEY = 'ess:body-version';

const renderers = new WeakMap<AstroConfig, Promise<MdxRenderer | undefined>>();

/** The MDX renderer Astro's integration gets, with the same options (see body-compile.ts). */
function rendererFor(config: AstroConfig): Promise<MdxRenderer | undefined> {
	let renderer = renderers.get(config);
	if (!renderer) {
		renderer = rendererFrom(config.markdown.processor, rendererSettings(config));
		renderers.set(config, renderer);
	}
	return renderer;
}

/** The entry with its body kept as HTML (`body`), or the entry as it came when its body is more than HTML. */
function withBody(entry: StoredEntry, body: StaticBody | undefined): StoredEntry {
	if (!body) return entry;
	const { deferredRender: _module, ...rest } = entry;
	return { ...rest, rendered: { html: body.html, metadata: { headings: body.headings, frontmatter: body.frontmatter } } };
}

/** « 12 corps compilés en HTML, 1 gardé en module (composants) ». */
function compiledSummary(html: number, modules: number): string {
	const plural = (n: number) => (n > 1 ? 's' : '');
	const kept = modules > 0 ? `, ${modules} gardé${plural(modules)} en module (composants)` : '';
	return `${html} corps compilé${plural(html)} en HTML${kept}`;
}

export function entryLoader(options: GlobOptions): Loader {
	const inner = glob(options);
	return {
		name: 'ess:entries',
		async load(context) {
			const renderer = await rendererFor(context.config);
			if (!renderer) return inner.load(context);
			// Bodies kept from an older version of the plugins, glossary or settings are compiled again (read at each
			// load: the dev server reloads its configuration without restarting the process).
			const version = `${FORMAT}.${bodyVersion(fileURLToPath(context.config.root))}`;
			if (context.meta.get(VERSION_KEY) !== version) {
				context.store.clear();
				context.meta.set(VERSION_KEY, version);
			}
			const pending: Promise<StoredEntry>[] = [];
			let loading = true;
			// While loading, bodies are compiled on both cores and entries stored in the order glob found them;
			// later (an edit in dev), each as soon as it is compiled.
			const queue = new BodyQueue(renderer, rendererSettings(context.config));
			const set = (entry: StoredEntry): boolean => {
				if (!entry.deferredRender || !entry.filePath?.endsWith('.mdx') || entry.body === undefined) return context.store.set(entry);
				const file = fileURLToPath(new URL(entry.filePath, context.config.root));
				if (loading) pending.push(queue.compile(entry.body, file).then((body) => withBody(entry, body)));
				else void compileBody(renderer, entry.body, file).then((body) => context.store.set(withBody(entry, body)));
				return true;
			};
			try {
				await inner.load({ ...context, store: { ...context.store, set } });
			} finally {
				loading = false;
				await queue.finish();
			}
			const entries = await Promise.all(pending);
			for (const entry of entries) context.store.set(entry);
			const modules = entries.filter((entry) => entry.deferredRender).length;
			// Unchanged entries are kept as they were: a rebuild names only what it compiled.
			if (entries.length > 0) context.logger.info(`${context.collection} : ${compiledSummary(entries.length - modules, modules)}`);
		},
	};
}
