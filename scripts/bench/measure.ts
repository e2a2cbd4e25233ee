/**
 * What a built site weighs: folder sizes, the first-load weight of every entry page (its HTML
 * and the CSS and JS it loads, raw and gzip) and which client scripts the pages carry.
 * Read from the files in `dist/`, as a browser with an empty cache would fetch them.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { SECTIONS } from '../../src/lib/routes.ts';

export function folderSize(dir: string): { files: number; bytes: number } {
	let bytes = 0;
	let files = 0;
	for (const name of readdirSync(dir, { recursive: true }) as string[]) {
		const stat = statSync(join(dir, name));
		if (stat.isFile()) {
			bytes += stat.size;
			files++;
		}
	}
	return { bytes, files };
}

/** Value at quantile `q` (0.5 = median) of a list, by nearest rank. */
export function quantile(values: number[], q: number): number {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))]!;
}
export const median = (values: number[]) => quantile(values, 0.5);

export interface Weight {
	raw: number;
	gzip: number;
}

export interface PageWeight extends Weight {
	/** Path of the page inside `dist/` (`ressources/x/index.html`). */
	page: string;
	/** HTML, stylesheets and scripts fetched on first load (not the search index, loaded on demand). */
	requests: number;
	html: Weight;
	css: Weight;
	js: Weight;
}

/** Client scripts the budget allows, recognised by what they do. */
const ALLOWED_SCRIPTS: { name: string; test: RegExp }[] = [
	{ name: 'recherche', test: /pagefind/ },
	// The dossier page's island (src/scripts/dossier.ts): gathers the theme pages a reader chose.
	{ name: 'dossier', test: /\[data-dossier\]/ },
	// The site-wide script (src/scripts/site.ts): the service worker's status, and the print buttons.
	{ name: 'service worker', test: /serviceWorker/ },
];

export interface ScriptReport {
	/** Pages carrying each allowed script. */
	allowed: Record<string, number>;
	/** Number of scripts matching none of the allowed ones. */
	unexpected: number;
	/** The first few of them: page and the script's first characters. */
	examples: { page: string; script: string }[];
}

const weigh = (content: Buffer): Weight => ({ raw: content.length, gzip: gzipSync(content).length });
const add = (a: Weight, b: Weight): Weight => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip });
const NONE: Weight = { raw: 0, gzip: 0 };

/** Reads the files of one built site, each asset once however many pages load it. */
export class SiteFiles {
	private readonly assets = new Map<string, { content: string; weight: Weight; imports: string[] }>();

	readonly dist: string;

	constructor(dist: string) {
		this.dist = dist;
	}

	/** Pages of single entries: `<section>/<id>/index.html` (facet pages are one level deeper). */
	entryPages(): string[] {
		return Object.values(SECTIONS).flatMap(({ slug }) => {
			const dir = join(this.dist, slug);
			if (!existsSync(dir)) return [];
			return readdirSync(dir, { withFileTypes: true })
				.filter((d) => d.isDirectory() && existsSync(join(dir, d.name, 'index.html')))
				.map((d) => `${slug}/${d.name}/index.html`);
		});
	}

	/** A site-absolute asset (`/_astro/x.js`) with the scripts it statically imports. */
	private asset(url: string) {
		let asset = this.assets.get(url);
		if (!asset) {
			const content = readFileSync(join(this.dist, url));
			const text = content.toString('utf8');
			// Static imports only: `import("…")` loads later, on demand (e.g. the search index).
			const imports = url.endsWith('.js')
				? [...text.matchAll(/(?:\bimport|\bfrom)\s*["']([^"']+\.js)["']/g)].map((m) => posix.join(posix.dirname(url), m[1]!))
				: [];
			asset = { content: text, weight: weigh(content), imports };
			this.assets.set(url, asset);
		}
		return asset;
	}

	/** Stylesheets a page loads, and its scripts each with the scripts it statically imports, as site-absolute URLs. */
	private assetsOf(html: string): { css: string[]; scripts: string[][] } {
		const css = [...html.matchAll(/<link\b[^>]*>/g)]
			.map((m) => m[0])
			.filter((tag) => /\brel=["']?stylesheet/.test(tag))
			.map((tag) => tag.match(/\bhref=["']?([^"' >]+)/)?.[1])
			.filter((href): href is string => Boolean(href?.startsWith('/')));
		const scripts: string[][] = [];
		for (const m of html.matchAll(/<(?:script|link)\b[^>]*>/g)) {
			const tag = m[0];
			const src = tag.startsWith('<script') ? tag.match(/\bsrc=["']?([^"' >]+)/)?.[1] : /\brel=["']?modulepreload/.test(tag) ? tag.match(/\bhref=["']?([^"' >]+)/)?.[1] : undefined;
			if (!src?.startsWith('/')) continue;
			const closure = new Set<string>();
			const visit = (url: string) => {
				if (closure.has(url)) return;
				closure.add(url);
				this.asset(url).imports.forEach(visit);
			};
			visit(src);
			scripts.push([...closure]);
		}
		return { css, scripts };
	}

	/** First-load weight of a page. */
	weight(page: string): PageWeight {
		const html = readFileSync(join(this.dist, page));
		const { css, scripts } = this.assetsOf(html.toString('utf8'));
		const js = [...new Set(scripts.flat())];
		const sum = (urls: string[]) => urls.reduce((total, url) => add(total, this.asset(url).weight), NONE);
		const parts = { html: weigh(html), css: sum(css), js: sum(js) };
		return { page, requests: 1 + css.length + js.length, ...add(add(parts.html, parts.css), parts.js), ...parts };
	}

	/** Every client script of `pages`, inline or loaded, sorted into allowed and unexpected. */
	scripts(pages: string[]): ScriptReport {
		const report: ScriptReport = { allowed: {}, unexpected: 0, examples: [] };
		for (const page of pages) {
			const html = readFileSync(join(this.dist, page), 'utf8');
			const bodies = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)]
				// JSON data blocks (e.g. JSON-LD) are not code.
				.filter((m) => !/\btype=["']?application\/(ld\+)?json/.test(m[1]!))
				.map((m) => m[2]!);
			// A loaded script is judged with what it imports: the chunks of the search island, say.
			const loaded = this.assetsOf(html).scripts.map((closure) => closure.map((url) => this.asset(url).content).join('\n'));
			for (const script of [...bodies.filter((b) => b.trim()), ...loaded]) {
				const allowed = ALLOWED_SCRIPTS.find((a) => a.test.test(script));
				if (allowed) report.allowed[allowed.name] = (report.allowed[allowed.name] ?? 0) + 1;
				else if (report.unexpected++ < 5) report.examples.push({ page, script: script.slice(0, 80) });
			}
		}
		return report;
	}
}
