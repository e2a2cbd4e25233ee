import { satteri } from '@astrojs/markdown-satteri';
import { describe, expect, it } from 'vitest';
import { externalLinks } from '../../src/lib/markdown/external-links.ts';

async function render(markdown: string) {
	const renderer = await satteri({ hastPlugins: [externalLinks] }).createRenderer({});
	return (await renderer.render(markdown, { frontmatter: {} })).code;
}

describe('external-links plugin', () => {
	it('gives links to other sites no opener and no referrer, protocol-relative ones included', async () => {
		const html = await render('[a](https://exemple.org/) [b](http://exemple.org/x) [c](//exemple.org/) <https://auto.exemple.org/>');
		expect(html.match(/rel="noopener noreferrer"/g)).toHaveLength(4);
		expect(html).not.toContain('target=');
	});

	it('leaves the site’s own, relative, anchor and mail links alone', async () => {
		const html = await render('[a](/fiches/x/) [b](../y/) [c](#z) [d](mailto:contact@exemple.org)');
		expect(html).not.toContain('rel=');
	});
});
