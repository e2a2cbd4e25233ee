import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { SiteFiles } from '../../scripts/bench/measure.ts';
import { tempDir } from '../helpers/temp.ts';

const dist = tempDir('bench-dist');
const files: Record<string, string> = {
	'_astro/Base.css': 'body{margin:0}'.repeat(20),
	'_astro/search.js': 'import"./chunk.js";const p=import("/pagefind/pagefind.js");',
	'_astro/chunk.js': 'export const x=1;',
	'_astro/tracker.js': 'fetch("https://tiers.example/t")',
	'_astro/site.js': 'navigator.serviceWorker.register("/sw.js");document.querySelector("[data-print]").onclick=()=>window.print()',
	'ressources/guide/index.html': '<html><head><link rel="stylesheet" href="/_astro/Base.css"><script type="module" src="/_astro/site.js"></script></head><body><script type="module">window.print()</script></body></html>',
	'ressources/annee/2020/index.html': '<html><body>facette</body></html>',
	'fiches/une-fiche/index.html': '<html><head><link rel="stylesheet" href="/_astro/Base.css"><script type="module" src="/_astro/search.js"></script></head><body><script type="application/ld+json">{"@type":"Article"}</script></body></html>',
	'initiatives/pistee/index.html': '<html><head><script src="/_astro/tracker.js"></script></head></html>',
	'pagefind/pagefind.js': 'export {}'.repeat(1000),
};
for (const [path, text] of Object.entries(files)) {
	mkdirSync(dirname(join(dist, path)), { recursive: true });
	writeFileSync(join(dist, path), text);
}
const site = new SiteFiles(dist);
const gz = (path: string) => gzipSync(Buffer.from(files[path]!)).length;

describe('bench measurements of a built site', () => {
	it('finds entry pages, not facet pages', () => {
		expect(site.entryPages().sort()).toEqual(['fiches/une-fiche/index.html', 'initiatives/pistee/index.html', 'ressources/guide/index.html']);
	});

	it('weighs a page with the stylesheets and scripts it loads, static imports included, the search index excluded', () => {
		const weight = site.weight('fiches/une-fiche/index.html');
		expect(weight.requests).toBe(4);
		expect(weight.css.raw).toBe(files['_astro/Base.css']!.length);
		expect(weight.js.raw).toBe(files['_astro/search.js']!.length + files['_astro/chunk.js']!.length);
		expect(weight.gzip).toBe(gz('fiches/une-fiche/index.html') + gz('_astro/Base.css') + gz('_astro/search.js') + gz('_astro/chunk.js'));
	});

	it('accepts the search and site scripts, ignores JSON data, and reports any other script, inline ones included', () => {
		const report = site.scripts(site.entryPages());
		expect(report.allowed).toEqual({ recherche: 1, 'service worker': 1 });
		expect(report.unexpected).toBe(2);
		expect(report.examples.map((e) => e.page).sort()).toEqual(['initiatives/pistee/index.html', 'ressources/guide/index.html']);
	});
});
