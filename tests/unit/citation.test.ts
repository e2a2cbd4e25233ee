import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Cite } from '@citation-js/core';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { type CitableResource, resourceCsl } from '../../src/lib/citation/csl.ts';
import { citationFile, frenchReference } from '../../src/lib/citation/formats.ts';
import { citationMetaTags, coins } from '../../src/lib/citation/meta.ts';
import { organisationSchema } from '../../src/schemas/data.ts';
import { resourceSchema } from '../../src/schemas/resources.ts';
import { frenchTypography } from '../../src/lib/typography/french.ts';
import { ROOT } from '../helpers/build.ts';

const CONTENT = join(ROOT, 'src/content');
const organisations = new Map(
	(parse(readFileSync(join(CONTENT, 'data/organisations.yaml'), 'utf8')) as unknown[]).map((raw) => {
		const o = organisationSchema.parse(raw);
		return [o.id, o];
	}),
);
const ctx = { organisation: (id: string) => organisations.get(id) };

/** A resource of the real catalogue, parsed by the content schema as the build does. */
function realResource(id: string): CitableResource {
	const frontMatter = readFileSync(join(CONTENT, 'resources', `${id}.mdx`), 'utf8').split(/^---\s*$/m)[1]!;
	return { id, data: resourceSchema.parse(parse(frontMatter)) };
}

const fixture = (data: Partial<CitableResource['data']>): CitableResource => ({ id: 'r', data: { title: 'Titre', kind: 'etude', ...data } });
const orgs = new Map([
	['avise', { name: 'Avise' }],
	['rtes', { name: 'Réseau des collectivités territoriales pour l’économie solidaire', acronym: 'RTES' }],
]);
const fixtureCtx = { organisation: (id: string) => orgs.get(id) };

describe('a resource as a CSL-JSON item', () => {
	it('names organisations as institutions (CSL literal), never as first and last names', () => {
		const item = resourceCsl(fixture({ authors: [{ id: 'avise' }, { id: 'rtes' }], year: 2020 }), fixtureCtx);
		expect(item.author).toEqual([{ literal: 'Avise' }, { literal: 'Réseau des collectivités territoriales pour l’économie solidaire' }]);
		// Typeset as every text the reader sees: a narrow no-break space before « ; ».
		expect(item.publisher).toBe('Avise\u202f; RTES');
		expect(item.issued).toEqual({ 'date-parts': [[2020]] });
	});

	it('names people as persons and their organisations as publisher', () => {
		const item = resourceCsl(fixture({ people: ['Oriane LOUVEAU', 'Sophie Mignon'], authors: [{ id: 'avise' }] }), fixtureCtx);
		expect(item.author).toEqual([
			{ family: 'LOUVEAU', given: 'Oriane' },
			{ family: 'Mignon', given: 'Sophie' },
		]);
		expect(item.publisher).toBe('Avise');
	});

	it('gives the day seen only for an address found outside the sources', () => {
		const seen = { page: 'https://www.avise.org/', seen: new Date('2026-12-02') };
		expect(resourceCsl(fixture({ url: 'https://www.avise.org/a.pdf', urlFoundAt: seen }), fixtureCtx).accessed).toEqual({ 'date-parts': [[2026, 12, 2]] });
		expect(resourceCsl(fixture({ url: 'https://www.avise.org/a.pdf' }), fixtureCtx).accessed).toBeUndefined();
		const none = resourceCsl(fixture({}), fixtureCtx);
		expect(none.URL).toBeUndefined();
		expect(none.issued).toBeUndefined();
	});

	it('prefers the exact date of an event or a law to its year', () => {
		expect(resourceCsl(fixture({ kind: 'texte-juridique', year: 2014, date: new Date('2014-07-31') }), fixtureCtx).issued).toEqual({ 'date-parts': [[2014, 7, 31]] });
	});
});

// citeproc applies French spacing: a narrow no-break space (U+202F) inside « » and before ; and :.
describe('the French reference of known resources', () => {
	it.each([
		[
			'anct-ess-chance-territoires-fragiles',
			'Agence nationale de la cohésion des territoires, Les Petites Rivières, Les Beaux Jours et Intersticiel, 2021. «\u202fL’ESS, une chance pour les territoires fragiles\u202f» [en ligne]. Étude. ANCT\u202f; Les Petites Rivières\u202f; Les Beaux Jours\u202f; Intersticiel. Disponible à l’adresse\u202f: https://agence-cohesion-territoires.gouv.fr/leconomie-sociale-et-solidaire-ess-une-chance-pour-les-territoires-fragiles-447.',
		],
		[
			'ami-fabrique-des-territoires-2019',
			'2019. AMI «\u202fFabrique des Territoires\u202f» [en ligne]. Publication. [Consulté le 2 décembre 2026]. Disponible à l’adresse\u202f: https://societenumerique.gouv.fr/tierslieux/.',
		],
		[
			'mignon-perennite-organisationnelle-2009',
			'Mignon, Sophie, 2009. La pérennité organisationnelle. Un cadre d’analyse\u202f: introduction [en ligne]. Publication. Revue française de gestion. Disponible à l’adresse\u202f: https://www.cairn.info/revue-francaise-de-gestion-2009-2-page-73.htm.',
		],
		[
			'tressons-webinaire-acces-au-foncier',
			'Avise et Réseau des collectivités territoriales pour l’économie solidaire, 2020. Le rôle des collectivités territoriales dans l’accès au foncier. Webinaire. Avise\u202f; RTES.',
		],
	])('%s', (id, expected) => {
		// The expected references are written with plain spaces; the site typesets every text (tests/unit/typography.test.ts).
		expect(frenchReference(resourceCsl(realResource(id), ctx))).toBe(frenchTypography(expected));
	});
});

describe('citation files', () => {
	const items = ['anct-ess-chance-territoires-fragiles', 'ami-fabrique-des-territoires-2019', 'mignon-perennite-organisationnelle-2009', 'loi-ess-2014'].map((id) =>
		resourceCsl(realResource(id), ctx),
	);

	it.each(['bib', 'ris', 'csl.json'] as const)('%s reads back with the same library: titles, years, authors, addresses', (format) => {
		const back = new Cite(citationFile(items, format)).data as Record<string, any>[];
		expect(back).toHaveLength(items.length);
		const names = (list?: Record<string, string>[]) => (list ?? []).map((n) => n.literal ?? [n.given, n.family].filter(Boolean).join(' '));
		for (const [i, item] of items.entries()) {
			// BibTeX has no narrow no-break space (LaTeX sets French spacing itself): compare titles space for space.
			const spaced = (title: string) => (format === 'bib' ? title.replace(/[\u00a0\u202f]/g, ' ') : title);
			expect(spaced(back[i]!.title)).toBe(spaced(item.title));
			expect(back[i]!.issued?.['date-parts'][0][0]).toBe(item.issued?.['date-parts'][0][0]);
			expect(names(back[i]!.author)).toEqual(names(item.author as Record<string, string>[]));
			expect(back[i]!.URL).toBe(item.URL);
		}
	});

	it('gives every item its whole id (RIS ID; BibTeX key without hyphens), unique in the file', () => {
		const ris = citationFile(items, 'ris');
		expect([...ris.matchAll(/^ID {2}- (.+)$/gm)].map((m) => m[1])).toEqual(items.map((i) => i.id));
		expect([...citationFile(items, 'bib').matchAll(/^@\w+\{(.+),$/gm)].map((m) => m[1])).toEqual(items.map((i) => i.id.replace(/-/g, '')));
	});

	it('keeps institutions whole in BibTeX, between braces', () => {
		expect(citationFile(items.slice(0, 1), 'bib')).toContain('author = {{Agence nationale de la cohésion des territoires} and {Les Petites Rivières}');
	});
});

describe('citation_* meta tags', () => {
	it('give what a reference manager needs, from the same item', () => {
		const item = resourceCsl(realResource('anct-etude-volume-1-consommation-production-responsables'), ctx);
		const tags = citationMetaTags(item, 'https://site.test/ressources/x/');
		const one = (name: string) => tags.filter(([n]) => n === name).map(([, v]) => v);
		expect(one('citation_title')).toEqual([item.title]);
		expect(one('citation_author')).toContain('Agence nationale de la cohésion des territoires');
		expect(one('citation_publication_date')).toEqual(['2021']);
		expect(one('citation_publisher')).toEqual([item.publisher]);
		expect(one('citation_public_url')).toEqual(['https://site.test/ressources/x/']);
		expect(one('citation_pdf_url')).toEqual([item.URL]);
	});
});

describe('COinS', () => {
	it('names institutions as such (rft.aucorp), people by their parts, with date, publisher and address', () => {
		const item = resourceCsl(realResource('anct-etude-volume-1-consommation-production-responsables'), ctx);
		const kev = new URLSearchParams(coins(item));
		expect(kev.get('ctx_ver')).toBe('Z39.88-2004');
		expect(kev.get('rft.genre')).toBe('report');
		expect(kev.get('rft.title')).toBe(item.title);
		expect(kev.getAll('rft.aucorp')).toEqual(['Agence nationale de la cohésion des territoires', 'Les Petites Rivières', 'Les Beaux Jours', 'Intersticiel']);
		expect(kev.get('rft.date')).toBe('2021');
		expect(kev.get('rft.pub')).toBe(item.publisher);
		expect(kev.get('rft_id')).toBe(item.URL);
		expect(coins(item)).not.toContain('+');
		const people = new URLSearchParams(coins(resourceCsl(fixture({ people: ['Oriane LOUVEAU', 'Sophie Mignon'] }), fixtureCtx)));
		expect([people.get('rft.aulast'), people.get('rft.aufirst'), people.getAll('rft.au')]).toEqual(['LOUVEAU', 'Oriane', ['Mignon, Sophie']]);
		expect(people.getAll('rft.aucorp')).toEqual([]);
	});
});
