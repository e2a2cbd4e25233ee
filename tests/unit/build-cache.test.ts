import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BuildCache } from '../../src/lib/build-cache.ts';
import { handedOver, pageStage, takeBuiltPages } from '../../src/lib/built-pages.ts';
import { NBSP } from '../../src/lib/typography/french.ts';
import { typography } from '../../src/integrations/typography.ts';
import { typesetHtml } from '../../src/lib/typography/html.ts';
import { tempDir } from '../helpers/temp.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const cacheFiles = (root: string) => readdirSync(join(root, 'node_modules', '.astro', 'ess-build'));

describe('build cache', () => {
	it('gives back, in the next build, what an earlier one saved for the same version', () => {
		const root = tempDir('cache');
		const first = new BuildCache<number>(root, 'sizes', 'v1', 10);
		first.set('a', 1);
		first.save();
		expect(new BuildCache<number>(root, 'sizes', 'v1', 10).get('a')).toBe(1);
		// Another version of the code starts afresh and removes the older file.
		const next = new BuildCache<number>(root, 'sizes', 'v2', 10);
		expect(next.get('a')).toBeUndefined();
		next.set('b', 2);
		next.save();
		expect(cacheFiles(root)).toEqual(['sizes-v2.json']);
	});

	it('drops the entries no build has used for longest beyond its bound', () => {
		const root = tempDir('cache');
		const cache = new BuildCache<number>(root, 'sizes', 'v1', 2);
		cache.set('a', 1);
		cache.set('b', 2);
		cache.get('a');
		cache.set('c', 3);
		cache.save();
		const again = new BuildCache<number>(root, 'sizes', 'v1', 2);
		expect([again.get('a'), again.get('b'), again.get('c')]).toEqual([1, undefined, 3]);
	});

	it('writes nothing when turned off', () => {
		const root = tempDir('cache');
		const cache = new BuildCache<number>(root, 'sizes', 'v1', 10, false);
		cache.set('a', 1);
		cache.save();
		expect(() => cacheFiles(root)).toThrow();
	});
});

describe('typography stage between builds', () => {
	/**
	 * Runs the typography stage as Astro calls it in a build: the pages in `rendered` go through the page
	 * stage (src/middleware.ts) in that order, and are written as it returns them; those in `pages` are
	 * on disk when the build ends.
	 */
	async function typesetSite(pages: Record<string, string>, rendered: Record<string, string> = {}): Promise<Record<string, string>> {
		const dist = tempDir('dist');
		const write = (file: string, html: string) => {
			mkdirSync(join(dist, file, '..'), { recursive: true });
			writeFileSync(join(dist, file), html);
		};
		for (const [file, html] of Object.entries(pages)) write(file, html);
		const integration = typography();
		const hooks = integration.hooks as Record<string, (options: object) => void | Promise<void>>;
		await hooks['astro:config:done']!({ config: { root: pathToFileURL(`${ROOT}/`), base: '/' } });
		await hooks['astro:build:start']!({});
		// As Astro renders several pages at once: all start, then finish in reverse order.
		const finishes = Object.keys(rendered).map(() => pageStage()!());
		await Promise.all(
			Object.entries(rendered)
				.map(([file, html], i) => async () => write(file, (await finishes[i]!(`/${file.replace(/index\.html$/, '')}`, html))!))
				.reverse()
				.map((finish) => finish()),
		);
		await hooks['astro:build:generated']!({ dir: pathToFileURL(`${dist}/`) });
		await hooks['astro:build:done']!({ dir: pathToFileURL(`${dist}/`), logger: { info() {} } });
		return Object.fromEntries([...Object.keys(pages), ...Object.keys(rendered)].map((file) => [file, readFileSync(join(dist, file), 'utf8')]));
	}

	it('typesets a page already seen by an earlier build exactly as a fresh pass would', async () => {
		// A page unique to this run, so that its first pass cannot come from an earlier test run.
		const page = `<!doctype html><html><body><p>Essai ${Date.now()} : l'État ! « ok »</p><code>a : b</code></body></html>`;
		const first = await typesetSite({ 'a/index.html': page });
		const second = await typesetSite({ 'a/index.html': page, 'b/index.html': page });
		expect(first['a/index.html']).toBe(typesetHtml(page));
		expect(first['a/index.html']).not.toBe(page);
		expect(second).toEqual({ 'a/index.html': typesetHtml(page), 'b/index.html': typesetHtml(page) });
	});

	it('hands every page, typeset, to the stage that takes them (the search index), and reports its failure', async () => {
		const taken: Record<string, string> = {};
		takeBuiltPages(async (file, html) => {
			await new Promise((resolve) => setTimeout(resolve, 5));
			taken[file] = html;
		});
		const pages = Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`p${i}/index.html`, `<p>Page ${i} : fin</p>`]));
		const written = await typesetSite({ ...pages, 'flux.xml': '<rss><title>a : b</title></rss>' });
		await handedOver();
		expect(taken).toEqual(Object.fromEntries(Object.keys(pages).map((file) => [file, written[file]])));
		expect(taken['p0/index.html']).toBe(`<p>Page 0${NBSP}: fin</p>`);
		takeBuiltPages(async (file) => {
			if (file === 'p3/index.html') throw new Error('index plein');
		});
		await typesetSite(pages);
		await expect(handedOver()).rejects.toThrow('index plein');
		takeBuiltPages(undefined);
	});

	it('typesets the pages Astro renders as they come, and hands them on in the order they started', async () => {
		const taken: string[] = [];
		takeBuiltPages(async (file) => void taken.push(file));
		const rendered = Object.fromEntries(Array.from({ length: 6 }, (_, i) => [`r${i}/index.html`, `<p data-pagefind-body>Rendue ${i} : oui</p>`]));
		const written = await typesetSite({ 'disque/index.html': '<p>Sur le disque : oui</p>' }, rendered);
		await handedOver();
		expect(taken).toEqual([...Object.keys(rendered), 'disque/index.html']);
		expect(written['r5/index.html']).toBe(`<p data-pagefind-body>Rendue 5${NBSP}: oui</p>`);
		expect(written['disque/index.html']).toBe(`<p>Sur le disque${NBSP}: oui</p>`);
		takeBuiltPages(undefined);
	});
});
