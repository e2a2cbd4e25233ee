import { satteri } from '@astrojs/markdown-satteri';
import { describe, expect, it } from 'vitest';
import { glossary } from '../../src/lib/markdown/glossary.ts';
import { MDX_OPTIONS } from '../../src/lib/markdown/processor.ts';
import { staticBody } from '../../src/lib/markdown/static-body.ts';

const terms = [{ id: 'ptce', acronym: 'PTCE', term: 'pôle territorial de coopération économique' }];

/** A body compiled as Astro's MDX integration compiles it (same renderer, same options), then read back. */
async function compile(body: string) {
	const processor = satteri({ features: { gfm: true, smartPunctuation: false }, mdastPlugins: [glossary({ terms, hrefOf: (id) => `/glossaire/${id}/` })] });
	const renderer = await processor.createMdxRenderer!({ syntaxHighlight: 'prism', gfm: true, smartypants: false }, MDX_OPTIONS);
	const { code } = await renderer.process(body, '/site/src/content/fiches/exemple.mdx', {});
	return staticBody(code);
}

describe('a body kept as HTML', () => {
	it('is the whole body, with heading ids, tables and the glossary’s terms', async () => {
		const body = await compile('## Le PTCE en bref\n\nUn **PTCE** associe des acteurs.\n\n| Année | Montant |\n| --- | --- |\n| 2021 | 10 000 € |\n');
		expect(body).toBeDefined();
		expect(body!.html).toContain('<h2 id="le-ptce-en-bref">');
		expect(body!.html).toContain('<abbr title="pôle territorial de coopération économique">PTCE</abbr>');
		expect(body!.html).toContain('<td>10 000 €</td>');
		expect(body!.headings).toEqual([{ depth: 2, slug: 'le-ptce-en-bref', text: 'Le PTCE en bref' }]);
		expect(body!.frontmatter).toEqual({ glossaryTerms: ['ptce'] });
	});

	it('keeps characters that are special in HTML or in JavaScript strings', async () => {
		const body = await compile('Des guillemets "droits", une barre \\\\ et `<b>` en code ; \\{ accolades \\}.');
		expect(body!.html).toBe('<p>Des guillemets "droits", une barre \\ et <code>&lt;b&gt;</code> en code ; { accolades }.</p>');
	});

	it('is refused when the body is more than HTML: a component, an expression, an export', async () => {
		expect(await compile('<Encadre titre="À retenir">\n\nUn texte.\n\n</Encadre>')).toBeUndefined();
		expect(await compile('Un texte et {1 + 1}.')).toBeUndefined();
		expect(await compile('export const année = 2024;\n\nUn texte.')).toBeUndefined();
		expect(await compile('import Carte from "../Carte.astro";\n\nUn texte.')).toBeUndefined();
	});

	it('is refused for an image, which Astro turns into a component', async () => {
		expect(await compile('![Une carte](./carte.png)')).toBeUndefined();
	});
});
