import { satteri } from '@astrojs/markdown-satteri';
import { describe, expect, it } from 'vitest';
import { glossary } from '../../src/lib/markdown/glossary.ts';

const terms = [
	{ id: 'ess', acronym: 'ESS', term: 'économie sociale et solidaire' },
	{ id: 'cress', acronym: 'CRESS', term: 'chambre régionale de l’économie sociale et solidaire' },
	{ id: 'ptce', acronym: 'PTCE', term: 'pôle territorial de coopération économique' },
	{ id: 'tiers-lieu', term: 'tiers-lieu' },
	{ id: 'pat', acronym: 'PAT', term: 'projet alimentaire territorial' },
	{ id: 'pte', term: 'projet de territoire' },
];

async function render(markdown: string) {
	const renderer = await satteri({ mdastPlugins: [glossary({ terms, hrefOf: (id) => `/ess/glossaire/${id}/` })] }).createRenderer({});
	const result = await renderer.render(markdown, { frontmatter: {} });
	return { html: result.code, terms: (result.metadata.frontmatter as any).glossaryTerms as string[] };
}

describe('glossary plugin', () => {
	it('wraps acronyms in abbr with their expansion and links the first occurrence', async () => {
		const { html } = await render('Un PTCE associe des acteurs. Chaque PTCE est différent.');
		expect(html).toContain('<a href="/ess/glossaire/ptce/" class="glossary-link"><abbr title="pôle territorial de coopération économique">PTCE</abbr></a> associe');
		expect(html).toContain('Chaque <abbr title="pôle territorial de coopération économique">PTCE</abbr> est');
		expect(html.match(/<a /g)).toHaveLength(1);
	});

	it('prefers the longest acronym and respects word boundaries', async () => {
		const { html } = await render('La CRESS soutient l’ESS, pas la PRESSE ni ESSor.');
		expect(html).toContain('<abbr title="chambre régionale de l’économie sociale et solidaire">CRESS</abbr>');
		expect(html).toContain('<abbr title="économie sociale et solidaire">ESS</abbr>');
		expect(html).toContain('PRESSE');
		expect(html).toContain('ESSor');
		expect(html).not.toMatch(/<abbr[^>]*>ESS<\/abbr>or/);
	});

	it('leaves links, code and headings alone', async () => {
		const { html } = await render('## Le PTCE\n\n[un PTCE](https://example.org) et `PTCE`.');
		expect(html).toContain('<h2 id="le-ptce">Le PTCE</h2>');
		expect(html).toContain('<a href="https://example.org">un PTCE</a>');
		expect(html).toContain('<code>PTCE</code>');
		expect(html).not.toContain('<abbr');
	});

	it('records the terms used, by acronym or spelt out', async () => {
		const { terms: used } = await render('Un pôle territorial de coopération économique et un tiers-lieu, soutenus par la CRESS.');
		expect(used).toEqual(['cress', 'ptce']);
	});

	it('finds spelt-out terms that share a first word, with or without accents, but not inside another word', async () => {
		expect((await render('Le Projet alimentaire territorial rejoint le projet de territoire.')).terms).toEqual(['pat', 'pte']);
		expect((await render('Un avant-projet de territoire.')).terms).toEqual(['pte']);
		expect((await render('Un superprojet de territoire, un Pole territorial de cooperation economique.')).terms).toEqual(['ptce']);
	});
});
