import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { AstroIntegrationLogger } from 'astro';
import { describe, expect, it } from 'vitest';
import { offline } from '../../src/integrations/offline.ts';
import { checkPrecache, fileForUrl, MAX_FILE_BYTES, precacheList, sizeAhead, sizeAsBuilt } from '../../src/offline/precache.ts';
import { precacheSize } from '../../scripts/bench/precache.ts';
import { writeServiceWorker } from '../../src/offline/write-worker.ts';
import { tempDir } from '../helpers/temp.ts';

/** A small built site: the files the offline mode requires, plus a page, a hashed asset and Pagefind chunks. */
function smallSite(base = '/'): string {
	const dir = tempDir('precache');
	// Pagefind's chunks are gzip streams, as Pagefind writes them.
	const files: Record<string, string | Buffer> = {
		'index.html': '<!doctype html><title>Accueil</title>',
		'404.html': '<!doctype html><title>Introuvable</title>',
		'hors-ligne/index.html': '<!doctype html><title>Hors ligne</title>',
		'fiches/une-fiche/index.html': '<!doctype html><title>Une fiche</title>',
		'_astro/Base.abc123.css': 'body{margin:0}',
		'manifest.webmanifest': JSON.stringify({ icons: [{ src: `${base}icons/icon-192.png` }] }),
		'icons/icon-192.png': 'png',
		'donnees/entrees.csv': 'id\n',
		'pagefind/pagefind.js': 'export {}',
		'pagefind/pagefind-worker.js': '',
		'pagefind/pagefind-ui.js': '',
		'pagefind/pagefind-entry.json': JSON.stringify({ version: '1.6.0', languages: { fr: { hash: 'fr_abc', wasm: 'fr', page_count: 2 } } }),
		'pagefind/pagefind.fr_abc.pf_meta': 'meta',
		'pagefind/wasm.fr.pagefind': 'wasm',
		'pagefind/index/fr_1.pf_index': gzipSync('index'),
		'pagefind/fragment/fr_2.pf_fragment': gzipSync('fragment'),
		'pagefind/filter/fr_3.pf_filter': gzipSync('filter'),
	};
	for (const [file, content] of Object.entries(files)) {
		mkdirSync(dirname(join(dir, file)), { recursive: true });
		writeFileSync(join(dir, file), content);
	}
	return dir;
}

const sri = (text: string) => `sha256-${createHash('sha256').update(text).digest('base64')}`;

describe('the precache list', () => {
	it('gives each file its gzip size, computed or taken from the sizes kept by an earlier build', async () => {
		const dir = smallSite();
		/** Compressed already (a picture, a gzip stream): sent as it is. */
		const asIs = (url: string) => url.endsWith('.png') || /\.pf_(?:index|fragment|filter)$/.test(url);
		const gzipOf = (url: string) => {
			const content = readFileSync(join(dir, fileForUrl(url.split('?')[0]!, '/')));
			return asIs(url) ? content.length : gzipSync(content, { level: 6 }).length;
		};
		const fresh = (await precacheList(dir, '/', 'b1')).entries;
		expect(fresh.filter((entry) => asIs(entry.url))).toHaveLength(4);
		for (const entry of fresh) expect(entry.gzip, entry.url).toBe(gzipOf(entry.url));
		const kept = new Map<string, number>();
		const sizes = { get: (key: string) => kept.get(key), set: (key: string, value: number) => void kept.set(key, value) };
		await precacheList(dir, '/', 'b1', sizes);
		expect(kept.size).toBe(new Set(fresh.filter((e) => !asIs(e.url)).map((e) => e.integrity)).size);
		expect((await precacheList(dir, '/', 'b1', sizes)).entries).toEqual(fresh);
	});

	it('lists every page, asset and search file under the base, with revisions and integrity hashes', async () => {
		const dir = smallSite('/ess/');
		const { entries, bytes } = await precacheList(dir, '/ess/', 'b1');
		const byUrl = new Map(entries.map((e) => [e.url, e]));
		expect([...byUrl.keys()].sort()).toEqual(
			[
				'/ess/',
				'/ess/_astro/Base.abc123.css',
				'/ess/fiches/une-fiche/',
				'/ess/hors-ligne/',
				'/ess/icons/icon-192.png',
				'/ess/manifest.webmanifest',
				'/ess/pagefind/filter/fr_3.pf_filter',
				'/ess/pagefind/fragment/fr_2.pf_fragment',
				'/ess/pagefind/index/fr_1.pf_index',
				'/ess/pagefind/pagefind-entry.json?ts=b1',
				'/ess/pagefind/pagefind-worker.js',
				'/ess/pagefind/pagefind.fr_abc.pf_meta',
				'/ess/pagefind/pagefind.js',
				'/ess/pagefind/wasm.fr.pagefind',
			].sort(),
		);
		expect(byUrl.get('/ess/fiches/une-fiche/')!.integrity).toBe(sri('<!doctype html><title>Une fiche</title>'));
		expect(byUrl.get('/ess/fiches/une-fiche/')!.revision).toMatch(/^[0-9a-f]{16}$/);
		// Names that carry their own hash need no revision.
		expect(byUrl.get('/ess/_astro/Base.abc123.css')!.revision).toBeNull();
		expect(byUrl.get('/ess/pagefind/fragment/fr_2.pf_fragment')!.revision).toBeNull();
		expect(byUrl.get('/ess/pagefind/wasm.fr.pagefind')!.revision).not.toBeNull();
		expect(bytes).toBe(entries.reduce((sum, e) => sum + readFileSync(join(dir, fileForUrl(e.url, '/ess/'))).length, 0));
	});

	it('changes the revision of a page whose content changes, and only that one', async () => {
		const dir = smallSite();
		const before = await precacheList(dir, '/', 'b1');
		writeFileSync(join(dir, 'fiches/une-fiche/index.html'), '<!doctype html><title>Une fiche revue</title>');
		const after = await precacheList(dir, '/', 'b1');
		const changed = after.entries.filter((e, i) => e.revision !== before.entries[i]!.revision).map((e) => e.url);
		expect(changed).toEqual(['/fiches/une-fiche/']);
	});

	it('fails when a file the list requires is missing from dist/, naming it', async () => {
		const dir = smallSite();
		rmSync(join(dir, 'icons/icon-192.png'));
		await expect(precacheList(dir, '/', 'b1')).rejects.toThrow(/icons\/icon-192\.png : absent de dist\//);
		const other = smallSite();
		rmSync(join(other, 'pagefind/pagefind.fr_abc.pf_meta'));
		await expect(precacheList(other, '/', 'b1')).rejects.toThrow(/pagefind\/pagefind\.fr_abc\.pf_meta : absent de dist\//);
	});

	it('fails when the search index has not been written yet, pointing at the integrations’ order', async () => {
		const dir = smallSite();
		rmSync(join(dir, 'pagefind'), { recursive: true });
		await expect(precacheList(dir, '/', 'b1')).rejects.toThrow(/Pagefind absent.*astro\.config\.mjs/s);
	});

	it('fails on a file too large to push to phones instead of leaving it out silently', async () => {
		const dir = smallSite();
		writeFileSync(join(dir, 'icons/huge.png'), Buffer.alloc(MAX_FILE_BYTES + 1));
		await expect(precacheList(dir, '/', 'b1')).rejects.toThrow(/icons\/huge\.png/);
	});

	it('fails when a listed file is deleted or rewritten after the list was made', async () => {
		const dir = smallSite();
		const { entries } = await precacheList(dir, '/', 'b1');
		rmSync(join(dir, 'fiches/une-fiche/index.html'));
		writeFileSync(join(dir, '_astro/Base.abc123.css'), 'body{margin:1px}');
		expect(() => checkPrecache(dir, '/', entries)).toThrow(/fiches\/une-fiche\/index\.html : dans la liste, absent de dist\/[\s\S]*_astro\/Base\.abc123\.css : modifié/);
	});
});

describe('the offline integration at the end of the build', () => {
	const logger = { info: () => {} } as unknown as AstroIntegrationLogger;
	/** The integration's hooks in Astro's order, from the start of the build to its end. */
	const buildDone = async (dir: string) => {
		const { hooks } = offline({ base: '/' });
		(hooks['astro:build:start'] as () => void)();
		await (hooks['astro:build:done'] as (o: { dir: URL; logger: AstroIntegrationLogger }) => Promise<void>)({ dir: pathToFileURL(`${dir}/`), logger });
	};

	it('writes sw.js with the shell of this build; the search chunks and the pages in lists beside it, whose hashes it carries', async () => {
		const dir = smallSite();
		await buildDone(dir);
		const worker = readFileSync(join(dir, 'sw.js'), 'utf8');
		expect(worker).toContain('"/hors-ligne/"');
		expect(worker).toContain(sri('<!doctype html><title>Hors ligne</title>'));
		expect(worker).toContain('"/_astro/Base.abc123.css"');
		expect(worker).not.toContain('"/fiches/une-fiche/"');
		expect(worker).not.toContain('fr_2.pf_fragment');
		expect(worker).not.toContain('pagefind-ui.js');
		expect(worker).not.toContain('entrees.csv');
		const pages = readFileSync(join(dir, 'sw-pages.json'), 'utf8');
		expect(JSON.parse(pages).entries.map((e: { url: string }) => e.url).sort()).toEqual(['/', '/fiches/une-fiche/']);
		expect(worker).toContain(sri(pages));
		const search = readFileSync(join(dir, 'sw-search.json'), 'utf8');
		expect(JSON.parse(search).entries.map((e: { url: string }) => e.url).sort()).toEqual([
			'/pagefind/filter/fr_3.pf_filter',
			'/pagefind/fragment/fr_2.pf_fragment',
			'/pagefind/index/fr_1.pf_index',
		]);
		expect(worker).toContain(sri(search));
	});

	it('fails the build, writing no worker, when a file of the list is missing from dist/', async () => {
		const dir = smallSite();
		rmSync(join(dir, 'hors-ligne/index.html'));
		await expect(buildDone(dir)).rejects.toThrow(/hors-ligne\/index\.html : absent de dist\//);
		expect(existsSync(join(dir, 'sw.js'))).toBe(false);
	});
});

describe('precacheSize (npm run bench:precache)', () => {
	it('counts the files and bytes a reader’s device stores, and what the first visit and the whole site transfer', async () => {
		const dir = smallSite();
		const { entries, bytes } = await precacheList(dir, '/', 'x');
		await writeServiceWorker(dir, '/', 'x');
		const figures = await precacheSize(dir);
		expect(figures).toMatchObject({ files: entries.length, bytes });
		const gzip = (file: string) => gzipSync(readFileSync(join(dir, file)), { level: 6 }).length;
		expect(figures.workerGzip).toBe(gzip('sw.js'));
		// The first visit: worker, search list, shell (not the pages but one), and the heaviest page as the page read.
		const shell = entries.filter((e) => !['/', '/fiches/une-fiche/'].includes(e.url));
		const pages = entries.filter((e) => ['/', '/fiches/une-fiche/'].includes(e.url));
		expect(figures.firstVisitGzip).toBe(gzip('sw.js') + gzip('sw-search.json') + shell.reduce((n, e) => n + e.gzip, 0) + Math.max(...pages.map((e) => e.gzip)));
		expect(figures.fullSiteGzip).toBe(gzip('sw-pages.json') + pages.reduce((n, e) => n + e.gzip, 0));
	});
});

describe('gzip sizes made ahead of the list (while Pagefind writes the index)', () => {
	it('sizes every file the list takes outside pagefind/ (not the open-data exports), and the list then takes those sizes instead of compressing again', async () => {
		const dir = smallSite();
		const sizes = new Map<string, number>();
		sizeAhead(dir, { get: (key) => sizes.get(key), set: (key, size) => void sizes.set(key, size) });
		const page = readFileSync(join(dir, 'fiches/une-fiche/index.html'));
		const key = createHash('sha256').update(page).digest('base64url');
		expect(sizes.get(key)).toBe(gzipSync(page, { level: 6 }).length);
		expect(sizes.has(createHash('sha256').update('fragment').digest('base64url'))).toBe(false);
		expect(sizes.has(createHash('sha256').update('id\n').digest('base64url'))).toBe(false);
		// The list asks for each file's size first: the pages it finds, it does not size again.
		const setAfter: string[] = [];
		const { entries } = await precacheList(dir, '/', 'b1', { get: (k) => sizes.get(k), set: (k) => void setAfter.push(k) });
		expect(entries.find((e) => e.url === '/fiches/une-fiche/')?.gzip).toBe(sizes.get(key));
		expect(setAfter).not.toContain(key);
		expect(setAfter.length).toBeGreaterThan(0);
	});

	it('sizes pages as Astro renders them, in a thread of its own; sizeAhead then leaves them alone', async () => {
		const dir = smallSite();
		const sizes = new Map<string, number>();
		const store = { get: (key: string) => sizes.get(key), set: (key: string, size: number) => void sizes.set(key, size) };
		const sizing = sizeAsBuilt(store);
		const html = readFileSync(join(dir, 'fiches/une-fiche/index.html'), 'utf8');
		const key = createHash('sha256').update(html).digest('base64url');
		sizing.page('fiches/une-fiche/index.html', html);
		const sized = await sizing.settled();
		expect([...sized]).toEqual(['fiches/une-fiche/index.html']);
		expect(sizes.get(key)).toBe(gzipSync(html, { level: 6 }).length);
		sizes.delete(key);
		sizeAhead(dir, store, sized);
		expect(sizes.has(key)).toBe(false);
		expect(sizes.has(createHash('sha256').update(readFileSync(join(dir, 'index.html'))).digest('base64url'))).toBe(true);
	});
});
