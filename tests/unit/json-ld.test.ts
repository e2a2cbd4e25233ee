import { describe, expect, it } from 'vitest';
import type { NodeKey } from '../../src/lib/graph.ts';
import { entryJsonLd, type JsonLdContext, serializeJsonLd } from '../../src/lib/json-ld.ts';

const ctx: JsonLdContext = {
	urlOf: (key: NodeKey) => `https://site.test/${key.collection}/${key.id}/`,
	titleOf: (key: NodeKey) => `Titre de ${key.id}`,
	sectionOf: (collection) => ({ url: `https://site.test/${collection}/`, name: `Liste ${collection}` }),
};
const link = (collection: string, id: string) => ({ collection, id }) as NodeKey;
const resource = (kind: string, extra: Record<string, unknown> = {}) =>
	entryJsonLd(
		{
			collection: 'resources',
			id: 'r',
			data: { title: 'R', summary: 'S', kind, sources: [link('resources', 'src')], reviewed: new Date('2026-01-02'), authors: [link('organisations', 'avise')], audiences: ['commune'], themes: [], ...extra },
		},
		ctx,
	);

describe('JSON-LD serialisation', () => {
	const hostile = { name: '</script><img src=x onerror=alert(1)> <!-- & \u2028 </SCRIPT >' };

	it('cannot close its <script> element, open a comment or form an entity', () => {
		const text = serializeJsonLd(hostile);
		expect(text).not.toMatch(/[<>&\u2028\u2029]/);
		expect(text).not.toMatch(/<\/script|<!--/i);
	});

	it('still parses back to the same data', () => {
		expect(JSON.parse(serializeJsonLd(hostile))).toEqual(hostile);
	});
});

describe('schema.org types by kind of entry', () => {
	it('a study is a Report, published the year the source gives', () => {
		expect(resource('etude', { year: 2021 })).toMatchObject({
			'@context': 'https://schema.org',
			'@type': 'Report',
			'@id': 'https://site.test/resources/r/',
			name: 'Titre de r',
			datePublished: '2021',
			dateModified: '2026-01-02',
			author: [{ '@type': 'Organization', '@id': 'https://site.test/organisations/avise/', name: 'Titre de avise' }],
			isBasedOn: [{ '@type': 'CreativeWork', '@id': 'https://site.test/resources/src/' }],
			audience: [{ '@type': 'Audience', audienceType: 'Commune' }],
		});
	});

	it('a webinar is an Event on its date, a video a VideoObject, a law Legislation, a guide a CreativeWork', () => {
		expect(resource('webinaire', { date: new Date('2021-03-31') })).toMatchObject({ '@type': 'Event', startDate: '2021-03-31', organizer: [{ '@type': 'Organization' }] });
		expect(resource('video', { year: 2020 })).toMatchObject({ '@type': 'VideoObject', uploadDate: '2020' });
		expect(resource('texte-juridique')).toMatchObject({ '@type': 'Legislation' });
		expect(resource('guide')).toMatchObject({ '@type': 'CreativeWork' });
	});

	it('leaves out what the source does not give', () => {
		const ld = resource('guide');
		expect(ld).not.toHaveProperty('datePublished');
		expect(ld).not.toHaveProperty('keywords');
		expect(ld).not.toHaveProperty('sameAs');
	});

	it('an ESS enterprise is an Organization located by its commune’s official name', () => {
		const ld = entryJsonLd({ collection: 'initiatives', id: 'i', data: { title: 'I', kind: 'entreprise-ess', places: [{ commune: '23096' }], partners: [], sources: [] } }, ctx);
		expect(ld).toMatchObject({ '@type': 'Organization', location: [{ '@type': 'Place', address: { '@type': 'PostalAddress', addressLocality: 'Guéret', addressRegion: 'Creuse', addressCountry: 'FR' } }] });
	});

	it('a glossary entry is a DefinedTerm of the glossary, an organisation an Organization, a lever a HowTo', () => {
		expect(entryJsonLd({ collection: 'glossary', id: 'ptce', data: { acronym: 'PTCE', name: 'pôle territorial de coopération économique', definition: 'D', sources: [] } }, ctx)).toMatchObject({
			'@type': 'DefinedTerm',
			name: 'pôle territorial de coopération économique',
			alternateName: 'PTCE',
			description: 'D',
			inDefinedTermSet: { '@type': 'DefinedTermSet', '@id': 'https://site.test/glossary/' },
		});
		expect(entryJsonLd({ collection: 'organisations', id: 'avise', data: { name: 'Avise', website: 'https://www.avise.org', sources: [] } }, ctx)).toMatchObject({ '@type': 'Organization', sameAs: 'https://www.avise.org' });
		expect(entryJsonLd({ collection: 'levers', id: 'l', data: { title: 'L', actions: [{ title: 'A', text: 'T' }], sources: [] } }, ctx)).toMatchObject({
			'@type': 'HowTo',
			step: [{ '@type': 'HowToStep', position: 1, name: 'A', text: 'T' }],
		});
	});

	it('an approval is a GovernmentPermit issued by its providers, a subsidy a Grant from its funders, a territory sits in its départements', () => {
		const funding = (family: string) => entryJsonLd({ collection: 'funding', id: 'f', data: { name: 'F', family, description: 'D', providers: [link('organisations', 'etat')], sources: [] } }, ctx);
		expect(funding('agrement')).toMatchObject({ '@type': 'GovernmentPermit', issuedBy: [{ '@type': 'Organization', '@id': 'https://site.test/organisations/etat/' }] });
		expect(funding('collectivites')).toMatchObject({ '@type': 'Grant', funder: [{ '@type': 'Organization' }] });
		expect(entryJsonLd({ collection: 'territories', id: 't', data: { title: 'T', kind: 'pays', departements: ['23'], sources: [] } }, ctx)).toMatchObject({
			'@type': 'AdministrativeArea',
			containedInPlace: [{ '@type': 'AdministrativeArea', name: 'Creuse' }],
		});
	});
});
