/**
 * schema.org descriptions (JSON-LD) of the site's pages: one type per kind of entry (a report,
 * an event, an organisation, a defined term…), built from the entry's data only, and a
 * serialiser that is safe inside an HTML `<script>` element. Pure: the tests run it on fixtures.
 */
import type { NodeKey } from './graph.ts';
import { getDepartement, resolvePlace } from './geo.ts';
import { AUDIENCE_LABELS } from './labels.ts';
import type { CollectionName } from '../schemas/names.ts';

export type JsonLd = Record<string, unknown>;

export interface JsonLdContext {
	/** Absolute address of an entry's page. */
	urlOf(key: NodeKey): string;
	/** Display title of an entry. */
	titleOf(key: NodeKey): string;
	/** Absolute address of a collection's listing, and its French name. */
	sectionOf(collection: CollectionName): { url: string; name: string };
}

interface EntryLike {
	collection: CollectionName;
	id: string;
	data: Record<string, any>;
}

/**
 * JSON text that can stand inside `<script type="application/ld+json">`: every `<`, `>` and `&`
 * is written as a JSON escape, so no string can close the element (`</script>`), open an HTML
 * comment (`<!--`) or form an entity; U+2028 and U+2029 are escaped for old JavaScript parsers.
 */
export function serializeJsonLd(value: JsonLd): string {
	return JSON.stringify(value)
		.replace(/</g, '\\u003c')
		.replace(/>/g, '\\u003e')
		.replace(/&/g, '\\u0026')
		.replace(/\u2028/g, '\\u2028')
		.replace(/\u2029/g, '\\u2029');
}

const isoDate = (d: Date) => d.toISOString().slice(0, 10);

/** The property a qualified figure's number fills: « plus de 80 » is a lower bound, « moins de 10 000 » an upper one (« près de », « environ » stay the value). */
const BOUNDS: Record<string, string> = { 'plus-de': 'minValue', 'moins-de': 'maxValue' };

const compact = (o: JsonLd): JsonLd =>
	Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== null && !(Array.isArray(v) && v.length === 0)));

const RESOURCE_TYPES: Record<string, string> = {
	etude: 'Report',
	synthese: 'Report',
	'etude-de-cas': 'Report',
	analyse: 'Report',
	rapport: 'Report',
	webinaire: 'Event',
	seminaire: 'Event',
	video: 'VideoObject',
	'texte-juridique': 'Legislation',
	'site-web': 'WebSite',
	plateforme: 'WebSite',
};

/** schema.org type of a funding scheme by family, and the property naming who runs it. */
const FUNDING_TYPES: Record<string, [type: string, by: string]> = {
	agrement: ['GovernmentPermit', 'issuedBy'],
	'commande-publique': ['GovernmentService', 'provider'],
};

/** Collections whose records are terms of a vocabulary (glossary, needs, activities, themes). */
const TERM_SETS: Partial<Record<CollectionName, true>> = { glossary: true, needs: true, activities: true, themes: true };

/** The schema.org description of an entry's page. */
export function entryJsonLd(entry: EntryLike, ctx: JsonLdContext): JsonLd {
	const d = entry.data;
	const self = ctx.urlOf(entry);
	const ref = (key: NodeKey, type = 'Thing') => ({ '@type': type, '@id': ctx.urlOf(key), name: ctx.titleOf(key) });
	const org = (key: NodeKey) => ref(key, 'Organization');
	const sources = [...(d.sources ?? []), ...(d.source ? [d.source] : [])].filter((s: NodeKey) => s.id !== entry.id);
	const base: JsonLd = {
		'@context': 'https://schema.org',
		'@id': self,
		url: self,
		name: ctx.titleOf(entry),
		description: d.summary ?? d.description ?? d.definition,
		inLanguage: 'fr',
		isBasedOn: sources.map((s: NodeKey) => ref(s, 'CreativeWork')),
		dateModified: d.reviewed instanceof Date ? isoDate(d.reviewed) : undefined,
		keywords: (d.themes ?? []).map((t: NodeKey) => ctx.titleOf(t)),
	};
	const typed = ((): JsonLd => {
		switch (entry.collection) {
			case 'resources': {
				const type = RESOURCE_TYPES[d.kind] ?? 'CreativeWork';
				const when = d.date instanceof Date ? isoDate(d.date) : d.year ? String(d.year) : undefined;
				return {
					'@type': type,
					sameAs: d.url,
					// As in its citation (src/lib/citation/csl.ts): named people wrote it and the organisations published it, else the organisations did both.
					author: d.people?.length ? d.people.map((name: string) => ({ '@type': 'Person', name })) : (d.authors ?? []).map(org),
					publisher: (d.authors ?? []).map(org),
					...(type === 'Event' ? { startDate: when, organizer: (d.authors ?? []).map(org) } : type === 'VideoObject' ? { uploadDate: when } : { datePublished: when }),
					audience: (d.audiences ?? []).map((a: keyof typeof AUDIENCE_LABELS) => ({ '@type': 'Audience', audienceType: AUDIENCE_LABELS[a] })),
				};
			}
			case 'fiches':
				return { '@type': 'Article', audience: { '@type': 'Audience', audienceType: AUDIENCE_LABELS[d.level as keyof typeof AUDIENCE_LABELS] } };
			case 'levers':
				return {
					'@type': 'HowTo',
					step: (d.actions ?? []).map((a: { title: string; text: string }, i: number) => ({ '@type': 'HowToStep', position: i + 1, name: a.title, text: a.text })),
				};
			case 'initiatives':
				return {
					'@type': ['entreprise-ess', 'reseau'].includes(d.kind) ? 'Organization' : 'Project',
					sameAs: d.website,
					foundingDate: d.founded ? String(d.founded) : undefined,
					location: (d.places ?? []).map((p: { commune?: string; departement?: string; region?: string; locality?: string }) => {
						const r = resolvePlace(p);
						return compact({
							'@type': 'Place',
							name: p.locality,
							address: compact({
								'@type': 'PostalAddress',
								addressLocality: r.commune?.nom,
								addressRegion: r.departement?.nom ?? r.region?.nom,
								addressCountry: 'FR',
							}),
						});
					}),
				};
			case 'territories':
				return {
					'@type': 'AdministrativeArea',
					containedInPlace: (d.departements ?? []).map((code: string) => ({ '@type': 'AdministrativeArea', name: getDepartement(code)?.nom })),
				};
			case 'organisations':
				return { '@type': 'Organization', alternateName: d.acronym, sameAs: d.website };
			case 'funding': {
				const [type, by] = FUNDING_TYPES[d.family] ?? ['Grant', 'funder'];
				return { '@type': type, sameAs: d.url, [by]: (d.providers ?? []).map(org) };
			}
			case 'programmes':
				return { '@type': 'Project', alternateName: d.acronym, sameAs: d.url, funder: (d.funders ?? []).map(org) };
			case 'figures':
				return {
					'@type': 'Observation',
					value: { '@type': 'QuantitativeValue', [BOUNDS[d.qualifier as string] ?? 'value']: d.value, unitText: d.unit },
					observationDate: d.year ? String(d.year) : undefined,
				};
			default: {
				if (!TERM_SETS[entry.collection]) return { '@type': 'Thing' };
				const set = ctx.sectionOf(entry.collection);
				return {
					'@type': 'DefinedTerm',
					name: d.name ?? d.acronym,
					alternateName: d.name ? d.acronym : undefined,
					termCode: d.acronym ?? (d.number ? String(d.number) : undefined),
					inDefinedTermSet: { '@type': 'DefinedTermSet', '@id': set.url, name: set.name },
				};
			}
		}
	})();
	return compact({ '@context': base['@context'], '@type': typed['@type'], ...base, ...compact(typed) });
}

/** The home page: the site, with its search. */
export function websiteJsonLd(name: string, url: string, searchUrl: string): JsonLd {
	return {
		'@context': 'https://schema.org',
		'@type': 'WebSite',
		'@id': url,
		url,
		name,
		inLanguage: 'fr',
		potentialAction: { '@type': 'SearchAction', target: `${searchUrl}?q={search_term_string}`, 'query-input': 'required name=search_term_string' },
	};
}

export interface DatasetFiles {
	name: string;
	description?: string;
	page: string;
	/** Its files: absolute address and media type. */
	files: { url: string; type: string }[];
}

/**
 * The `/donnees/` page: a catalogue of its datasets, each with its files. Sizes are in
 * `donnees/catalogue.jsonld` (src/lib/open-data/dcat.ts), written once the files exist.
 */
export function dataCatalogJsonLd(name: string, url: string, datasets: DatasetFiles[], licence?: string): JsonLd {
	return compact({
		'@context': 'https://schema.org',
		'@type': 'DataCatalog',
		'@id': url,
		url,
		name,
		inLanguage: 'fr',
		license: licence,
		dataset: datasets.map((d) =>
			compact({
				'@type': 'Dataset',
				name: d.name,
				description: d.description,
				url: d.page,
				license: licence,
				distribution: d.files.map((file) => ({ '@type': 'DataDownload', encodingFormat: file.type, contentUrl: file.url })),
			}),
		),
	});
}
