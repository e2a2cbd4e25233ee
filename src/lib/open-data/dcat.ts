/**
 * The machine-readable description of the open data, for open-data portals: a DCAT (DCAT-AP
 * profile) catalogue in JSON-LD whose nodes are also schema.org `DataCatalog`, `Dataset` and
 * `DataDownload`, listing every file published under `/donnees/` with its media type and its size
 * in bytes. Written at the end of the build from the files themselves (src/integrations/data-catalogue.ts),
 * so that sizes are those of the served files. Pure: it reads through the functions it is given.
 */
import { CITATION_FORMAT_NAMES, CITATION_FORMATS, catalogueCitationPath } from '../citation/files.ts';
import { SECTIONS, sectionPath } from '../routes.ts';
import { SITE_NAME } from '../site-config.ts';
import { DATA_LICENCE, DATA_SECTION, dataFiles } from './files.ts';
import { COLLECTION_NAMES } from '../../schemas/names.ts';

/** Where the description is published. */
export const DCAT_FILE = `${DATA_SECTION}catalogue.jsonld`;

export interface PublishedFile {
	/** Path below the site's base. */
	path: string;
	title: string;
	mediaType: string;
	/** Path of the schema the file conforms to, or the address of the standard. */
	conformsTo?: string;
}

export interface PublishedDataset {
	/** Fragment of the dataset's identifier (`…/donnees/#ressources`). */
	id: string;
	title: string;
	/** Path of the page that shows the same data to readers. */
	landingPage: string;
	/** Path of a JSON file whose `count` says how many records the dataset holds. */
	countFrom: { path: string; read: (json: unknown) => number };
	/** Path of the JSON Schema whose record description describes the dataset, if any. */
	describedBy?: string;
	files: PublishedFile[];
}

const TABLE_SCHEMA_SPEC = 'https://specs.frictionlessdata.io/table-schema/';
/** Media types registered at IANA, given as `dcat:mediaType`; others only as schema.org `encodingFormat`. */
const IANA = new Set(['application/json', 'text/csv']);
/** EU file-type authority (DCAT-AP's `dct:format`) of the formats it names. */
const EU_FILE_TYPES: Record<string, string> = { 'application/json': 'JSON', 'text/csv': 'CSV', 'application/schema+json': 'JSON' };

/** Every dataset of `/donnees/` and its files: one per collection, and the resources' references. */
export function publishedDatasets(): PublishedDataset[] {
	const collections = COLLECTION_NAMES.map((collection): PublishedDataset => {
		const files = dataFiles(collection);
		const name = SECTIONS[collection].plural;
		return {
			id: SECTIONS[collection].slug,
			title: name,
			landingPage: sectionPath(collection),
			countFrom: { path: files.json, read: (json) => (json as { count: number }).count },
			describedBy: files.schema,
			files: [
				{ path: files.json, title: `${name} (JSON)`, mediaType: 'application/json', conformsTo: files.schema },
				{ path: files.csv, title: `${name} (CSV)`, mediaType: 'text/csv', conformsTo: files.tableSchema },
				{ path: files.schema, title: `${name} : schéma JSON`, mediaType: 'application/schema+json', conformsTo: 'https://json-schema.org/draft/2020-12/schema' },
				{ path: files.tableSchema, title: `${name} : Table Schema du CSV`, mediaType: 'application/json', conformsTo: TABLE_SCHEMA_SPEC },
			],
		};
	});
	const references: PublishedDataset = {
		id: 'references',
		title: 'Références bibliographiques des ressources',
		landingPage: sectionPath('resources'),
		countFrom: { path: catalogueCitationPath('csl.json'), read: (json) => (json as unknown[]).length },
		files: CITATION_FORMAT_NAMES.map((format) => ({
			path: catalogueCitationPath(format),
			title: `Références des ressources (${CITATION_FORMATS[format].label})`,
			mediaType: CITATION_FORMATS[format].type,
		})),
	};
	return [...collections, references];
}

export interface DcatContext {
	/** Absolute address of a path below the site's base. */
	absolute(path: string): string;
	/** Size in bytes of a built file. */
	bytes(path: string): number;
	/** Parsed contents of a built JSON file. */
	json(path: string): unknown;
}

const fr = (value: string) => ({ '@value': value, '@language': 'fr' });
const ref = (url: string) => ({ '@id': url });

function distribution(file: PublishedFile, ctx: DcatContext) {
	const url = ctx.absolute(file.path);
	const bytes = ctx.bytes(file.path);
	const eu = EU_FILE_TYPES[file.mediaType];
	return {
		'@id': url,
		'@type': ['dcat:Distribution', 'schema:DataDownload'],
		'dct:title': fr(file.title),
		'schema:name': file.title,
		'dcat:accessURL': ref(url),
		'dcat:downloadURL': ref(url),
		'schema:contentUrl': url,
		...(IANA.has(file.mediaType) && { 'dcat:mediaType': ref(`https://www.iana.org/assignments/media-types/${file.mediaType}`) }),
		...(eu && { 'dct:format': ref(`http://publications.europa.eu/resource/authority/file-type/${eu}`) }),
		'schema:encodingFormat': file.mediaType,
		'dcat:byteSize': { '@value': String(bytes), '@type': 'xsd:nonNegativeInteger' },
		'schema:contentSize': `${bytes} B`,
		...(file.conformsTo && { 'dct:conformsTo': ref(/^https?:/.test(file.conformsTo) ? file.conformsTo : ctx.absolute(file.conformsTo)) }),
		...(DATA_LICENCE && { 'dct:license': ref(DATA_LICENCE.url), 'schema:license': DATA_LICENCE.url }),
	};
}

/** The DCAT-AP and schema.org description of `datasets`, as one JSON-LD document. */
export function dcatCatalogue(datasets: PublishedDataset[], ctx: DcatContext) {
	const catalogue = ctx.absolute(DATA_SECTION);
	const title = `Données ouvertes — ${SITE_NAME}`;
	const description = 'Le catalogue du centre de ressources sur l’économie sociale et solidaire dans les territoires ruraux et fragiles, collection par collection, en JSON et en CSV, avec leurs schémas, et les références bibliographiques des ressources.';
	return {
		'@context': {
			dcat: 'http://www.w3.org/ns/dcat#',
			dct: 'http://purl.org/dc/terms/',
			foaf: 'http://xmlns.com/foaf/0.1/',
			xsd: 'http://www.w3.org/2001/XMLSchema#',
			schema: 'https://schema.org/',
		},
		'@id': catalogue,
		'@type': ['dcat:Catalog', 'schema:DataCatalog'],
		'dct:title': fr(title),
		'schema:name': title,
		'dct:description': fr(description),
		'schema:description': description,
		'dct:language': ref('http://publications.europa.eu/resource/authority/language/FRA'),
		'schema:inLanguage': 'fr',
		'dct:publisher': { '@type': ['foaf:Agent', 'schema:Organization'], 'foaf:name': SITE_NAME, 'schema:name': SITE_NAME },
		'foaf:homepage': ref(ctx.absolute('')),
		...(DATA_LICENCE && { 'dct:license': ref(DATA_LICENCE.url), 'schema:license': DATA_LICENCE.url }),
		'dcat:dataset': datasets.map((dataset) => {
			const id = `${catalogue}#${dataset.id}`;
			const recordDoc = dataset.describedBy ? (ctx.json(dataset.describedBy) as { properties?: { items?: { items?: { description?: string } } } }) : undefined;
			const about = recordDoc?.properties?.items?.items?.description;
			const count = dataset.countFrom.read(ctx.json(dataset.countFrom.path));
			const text = `${count} entrées.${about ? ` ${about}` : ''}`;
			const files = dataset.files.map((file) => distribution(file, ctx));
			return {
				'@id': id,
				'@type': ['dcat:Dataset', 'schema:Dataset'],
				'dct:identifier': dataset.id,
				'dct:title': fr(dataset.title),
				'schema:name': dataset.title,
				'dct:description': fr(text),
				'schema:description': text,
				'dcat:landingPage': ref(ctx.absolute(dataset.landingPage)),
				'schema:url': ctx.absolute(dataset.landingPage),
				'schema:includedInDataCatalog': ref(catalogue),
				'dcat:distribution': files,
				'schema:distribution': files.map((file) => ref(file['@id'])),
			};
		}),
	};
}
