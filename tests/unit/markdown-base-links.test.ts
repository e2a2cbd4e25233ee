import { satteri } from '@astrojs/markdown-satteri';
import { describe, expect, it } from 'vitest';
import { baseLinks } from '../../src/lib/markdown/base-links.ts';

async function render(markdown: string, base: string, site?: string) {
	const renderer = await satteri({ mdastPlugins: [baseLinks(base, site)] }).createRenderer({});
	return (await renderer.render(markdown, { frontmatter: {} })).code;
}

const BODY = '[fiche](/fiches/x/#enjeux) [ref][r] ![carte](/carte.png) [ailleurs](https://exemple.org/) [relatif](../y/) [ancre](#a) [proto](//exemple.org/)\n\n[r]: /ressources/z/';

describe('base-links plugin', () => {
	it('prefixes site-absolute links, references and images with the base path', async () => {
		const html = await render(BODY, '/ess/');
		expect(html).toContain('href="/ess/fiches/x/#enjeux"');
		expect(html).toContain('href="/ess/ressources/z/"');
		expect(html).toContain('src="/ess/carte.png"');
	});

	it('leaves external, relative, anchor and protocol-relative addresses alone', async () => {
		const html = await render(BODY, '/ess/');
		for (const url of ['https://exemple.org/', '../y/', '#a', '//exemple.org/']) expect(html).toContain(`href="${url}"`);
	});

	it('changes nothing at the root', async () => {
		expect(await render(BODY, '/')).toContain('href="/fiches/x/#enjeux"');
	});
});

describe('base-links plugin, absolute addresses for print', () => {
	it('gives site links, references included, their address on the configured origin, and nothing else', async () => {
		const html = await render(BODY, '/ess/', 'https://ess.exemple.fr');
		expect(html).toContain('href="/ess/fiches/x/#enjeux" data-url="https://ess.exemple.fr/ess/fiches/x/#enjeux"');
		expect(html).toContain('href="/ess/ressources/z/" data-url="https://ess.exemple.fr/ess/ressources/z/"');
		expect(html.match(/data-url=/g)).toHaveLength(2);
	});
});
