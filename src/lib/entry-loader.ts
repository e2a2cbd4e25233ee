/**
 * The loader of the entry collections (one MDX file per entry): Astro's `glob`, except that a body
 * written without components, expressions, imports or images is compiled while the content is synced,
 * by the very renderer of Astro's MDX integration, and kept as HTML in the content store. Such a body is
 * no Vite module: the build does not bundle it (7 to 8 ms a body), and the store keeps it from one
 * build to the next under its file's digest, so that an unchanged entry is not compiled again. A body
 * with a component stays a module, rendered as before.
 */
import { fileURLToPath } from 'node:url';
import type { AstroConfig } from 'astro';
import { glob, type Loader, type LoaderContext } from 'astro/loaders';
import { bodyVersion } from './markdown/body-version.ts';
import { MDX_OPTIONS } from './markdown/processor.ts';
import { staticBody } from './markdown/static-body.ts';

type GlobOptions = Parameters<typeof glob>[0];
type StoredEntry = Parameters<LoaderContext['store']['set']>[0];
type MdxRenderer = { process(content: string, filePath: string, frontmatter: Record<string, unknown>): Promise<{ code: string }> };

/** Bump when what is kept in the store changes shape. */
const FORMAT = 1;
/** The meta key under which a collection records the version its bodies were compiled with. */
const VERSION_KEY = 'ess:body-version';

const renderers = new WeakMap<AstroConfig, Promise<MdxRenderer | undefined>>();

/** The MDX renderer Astro's integration gets, with the same options (see @astrojs/mdx's `resolveMdxRenderer`). */
function rendererFor(config: AstroConfig): Promise<MdxRenderer | undefined> {
	let renderer = renderers.get(config);
	if (!renderer) {
		const { processor, syntaxHighlight, shikiConfig, gfm, smartypants } = config.markdown;
		renderer = Promise.resolve(processor.createMdxRenderer?.({ syntaxHighlight, shikiConfig, gfm, smartypants }, { ...MDX_OPTIONS, srcDir: config.srcDir }));
		renderers.set(config, renderer);
	}
	return renderer;
}

/** The entry with its body kept as HTML, or the entry as it came when its body is more than HTML (or fails to compile: the module reports it). */
async function compiled(entry: StoredEntry, renderer: MdxRenderer, root: URL): Promise<StoredEntry> {
	if (!entry.filePath || entry.body === undefined) return entry;
	try {
		const { code } = await renderer.process(entry.body, fileURLToPath(new URL(entry.filePath, root)), {});
		const body = staticBody(code);
		if (!body) return entry;
		const { deferredRender: _module, ...rest } = entry;
		return { ...rest, rendered: { html: body.html, metadata: { headings: body.headings, frontmatter: body.frontmatter } } };
	} catch {
		return entry;
	}
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
			const set = (entry: StoredEntry): boolean => {
				if (!entry.deferredRender || !entry.filePath?.endsWith('.mdx')) return context.store.set(entry);
				const done = compiled(entry, renderer, context.config.root);
				// While loading, entries are stored in the order glob found them; later (an edit in dev), as soon as compiled.
				if (loading) pending.push(done);
				else void done.then((e) => context.store.set(e));
				return true;
			};
			await inner.load({ ...context, store: { ...context.store, set } });
			loading = false;
			const entries = await Promise.all(pending);
			for (const entry of entries) context.store.set(entry);
			const modules = entries.filter((entry) => entry.deferredRender).length;
			// Unchanged entries are kept as they were: a rebuild names only what it compiled.
			if (entries.length > 0) context.logger.info(`${context.collection} : ${compiledSummary(entries.length - modules, modules)}`);
		},
	};
}
