import { symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { satteri } from '@astrojs/markdown-satteri';
import { describe, expect, it } from 'vitest';
import { safeBodies } from '../../src/lib/markdown/safe-bodies.ts';
import { withoutRawHtml } from '../../src/lib/markdown/without-raw-html.ts';
import { tempDir } from '../helpers/temp.ts';

// An entry folder with a real image, a symlink named like one, and an SVG carrying a script.
const folder = tempDir('safe-bodies');
writeFileSync(join(folder, 'carte.png'), 'png');
writeFileSync(join(folder, 'carte.svg'), '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
symlinkSync('/etc/hostname', join(folder, 'lien.png'));
const entry = join(folder, 'entree.md');

async function render(markdown: string) {
	const renderer = await satteri({ mdastPlugins: [safeBodies] }).createRenderer({});
	const result = await renderer.render(markdown, { frontmatter: {}, fileURL: pathToFileURL(entry) });
	// localImagePaths is what Astro then imports through Vite: a refused address must not be in it.
	return { html: result.code, imported: result.metadata.localImagePaths };
}

describe('safe-bodies plugin (the build’s guard behind the content check)', () => {
	it('drops raw HTML of a .md body, also when it hides between two comments', async () => {
		const { html } = await render('Texte.\n\n<!-- a --><meta http-equiv="refresh" content="0;url=https://exemple.org/"><!-- b -->\n\nSuite <img src=x onerror=alert(1)> et <script>alert(1)</script>.');
		expect(html).not.toMatch(/<meta|<img|<script|onerror/i);
		expect(html).toContain('Texte.');
		expect(html).toContain('Suite');
	});

	it.each([
		['a query', './carte.png?raw'],
		['an SVG', './carte.svg'],
		['a path out of the entry folder', '../../../../etc/passwd.png'],
		['another extension', './entree.md'],
		['a symlink', './lien.png'],
	])('replaces an image with %s by its alternative text, so Astro never imports it', async (_, url) => {
		const { html, imported } = await render(`![Carte du pays](${url})\n\n![Autre][ref]\n\n[ref]: ${url}`);
		expect(imported).toEqual([]);
		expect(html).not.toContain('<img');
		expect(html).toContain('Carte du pays');
	});

	it('keeps a plain raster image beside the entry', async () => {
		const { html, imported } = await render('![Carte du pays](./carte.png)');
		expect(imported).toEqual(['./carte.png']);
		expect(html).toContain('Carte du pays');
	});

	it('gives the text of a .md body without its raw HTML, for the open-data files', () => {
		expect(withoutRawHtml('Texte.\n\n<!-- a --><meta http-equiv="refresh" content="0"><!-- b -->\n\nUne carte <img src=x onerror=alert(1)> ici.\n')).toBe('Texte.\n\n\n\nUne carte  ici.\n');
	});
});
