import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BuildCache } from '../../src/lib/build-cache.ts';
import { typography } from '../../src/integrations/typography.ts';
import { typesetHtml } from '../../src/lib/typography/html.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const cacheFiles = (root: string) => readdirSync(join(root, 'node_modules', '.astro', 'ess-build'));

describe('build cache', () => {
	it('gives back, in the next build, what an earlier one saved for the same version', () => {
		const root = mkdtempSync(join(tmpdir(), 'ess-cache-'));
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
		const root = mkdtempSync(join(tmpdir(), 'ess-cache-'));
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
		const root = mkdtempSync(join(tmpdir(), 'ess-cache-'));
		const cache = new BuildCache<number>(root, 'sizes', 'v1', 10, false);
		cache.set('a', 1);
		cache.save();
		expect(() => cacheFiles(root)).toThrow();
	});
});

describe('typography stage between builds', () => {
	/** Runs the typography stage on a built site holding `pages`, as Astro calls it at the end of a build. */
	function typesetSite(pages: Record<string, string>): Record<string, string> {
		const dist = mkdtempSync(join(tmpdir(), 'ess-dist-'));
		for (const [file, html] of Object.entries(pages)) {
			mkdirSync(join(dist, file, '..'), { recursive: true });
			writeFileSync(join(dist, file), html);
		}
		const integration = typography();
		const hooks = integration.hooks as Record<string, (options: object) => void>;
		hooks['astro:config:done']!({ config: { root: pathToFileURL(`${ROOT}/`) } });
		hooks['astro:build:done']!({ dir: pathToFileURL(`${dist}/`), logger: { info() {} } });
		return Object.fromEntries(Object.keys(pages).map((file) => [file, readFileSync(join(dist, file), 'utf8')]));
	}

	it('typesets a page already seen by an earlier build exactly as a fresh pass would', () => {
		// A page unique to this run, so that its first pass cannot come from an earlier test run.
		const page = `<!doctype html><html><body><p>Essai ${Date.now()} : l'État ! « ok »</p><code>a : b</code></body></html>`;
		const first = typesetSite({ 'a/index.html': page });
		const second = typesetSite({ 'a/index.html': page, 'b/index.html': page });
		expect(first['a/index.html']).toBe(typesetHtml(page));
		expect(first['a/index.html']).not.toBe(page);
		expect(second).toEqual({ 'a/index.html': typesetHtml(page), 'b/index.html': typesetHtml(page) });
	});
});
