import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { searchIndex } from '../../src/integrations/search-index.ts';
import { handOver } from '../../src/lib/built-pages.ts';
import { tempDir } from '../helpers/temp.ts';

const page = (title: string) => `<!doctype html><html lang="fr"><head><title>${title}</title></head><body><main data-pagefind-body><h1>${title}</h1><p>Texte de ${title}.</p></main></body></html>`;

describe('search index (written while the build finishes)', () => {
	it('indexes every page: handed over while rendering, left on disk, and handed over after the index was first written', async () => {
		const dist = tempDir('search');
		const write = (file: string, html: string) => {
			mkdirSync(join(dist, file, '..'), { recursive: true });
			writeFileSync(join(dist, file), html);
		};
		mkdirSync(join(dist, 'recherche'));
		const hooks = searchIndex().hooks as Record<string, (options: object) => void | Promise<void>>;
		const root = tempDir('root');
		await hooks['astro:config:done']!({ config: { root: pathToFileURL(`${root}/`), cacheDir: pathToFileURL(`${root}/node_modules/.astro/`) } });
		await hooks['astro:build:start']!({});
		write('rendue/index.html', page('Rendue'));
		await handOver('rendue/index.html', page('Rendue'));
		write('disque/index.html', page('Disque'));
		await hooks['astro:build:generated']!({ dir: pathToFileURL(`${dist}/`) });
		// As the typography stage does at the end with a page an integration wrote after the pages were generated.
		write('tardive/index.html', page('Tardive'));
		await handOver('tardive/index.html', page('Tardive'));
		await hooks['astro:build:done']!({ dir: pathToFileURL(`${dist}/`), logger: { info() {} } });
		const cards = Object.values(JSON.parse(readFileSync(join(dist, 'recherche', 'pages.json'), 'utf8')) as string[][]);
		expect(cards.map(([url]) => url).sort()).toEqual(['/disque/', '/rendue/', '/tardive/']);
	}, 30_000);

	it('indexes pages in the previous build’s order: the same pages, come in another order or copied from the previous build, give the same index', async () => {
		const root = tempDir('root');
		const config = { root: pathToFileURL(`${root}/`), cacheDir: pathToFileURL(`${root}/node_modules/.astro/`) };
		const names = Array.from({ length: 12 }, (_, i) => `Page ${String.fromCharCode(97 + i)}`);
		const build = async (handed: string[], onDisk: string[]) => {
			const dist = tempDir('search');
			mkdirSync(join(dist, 'recherche'));
			for (const name of [...handed, ...onDisk]) {
				mkdirSync(join(dist, name), { recursive: true });
				writeFileSync(join(dist, name, 'index.html'), page(name));
			}
			const hooks = searchIndex().hooks as Record<string, (options: object) => void | Promise<void>>;
			await hooks['astro:config:done']!({ config });
			await hooks['astro:build:start']!({});
			for (const name of handed) await handOver(`${name}/index.html`, page(name));
			await hooks['astro:build:generated']!({ dir: pathToFileURL(`${dist}/`) });
			await hooks['astro:build:done']!({ dir: pathToFileURL(`${dist}/`), logger: { info() {} } });
			const files = (readdirSync(join(dist, 'pagefind'), { recursive: true }) as string[]).filter((file) => /\.pf_(index|filter|meta)$/.test(file)).sort();
			const index = files.map((file) => [file, readFileSync(join(dist, 'pagefind', file)).toString('base64')]);
			// Result cards in the fragments' name order, whatever order the file system lists them in.
			const cards = Object.keys(JSON.parse(readFileSync(join(dist, 'recherche', 'pages.json'), 'utf8')) as object);
			expect(cards).toHaveLength(names.length);
			expect(cards).toEqual([...cards].sort());
			return index;
		};
		const first = await build(names, []);
		// Rendered in another order, or copied by Astro from the previous build and read from dist/.
		expect(await build([...names].reverse(), [])).toEqual(first);
		expect(await build([names[5]!, names[0]!], names.filter((_, i) => i !== 5 && i !== 0))).toEqual(first);
	}, 60_000);
});
