import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import jsonld from 'jsonld';
import { Table, validate } from 'tableschema';
import { describe, expect, inject, it } from 'vitest';
import { SECTIONS } from '../../src/lib/routes.ts';
import { COLLECTION_NAMES, type CollectionName } from '../../src/schemas/names.ts';
import { ROOT } from '../helpers/build.ts';
import { contentIds } from '../helpers/content-files.ts';

const dir = inject('siteDir');
const SITE = 'https://ess-territoires.example.org/';
const ids = contentIds(join(ROOT, 'src/content'));
const slug = (c: CollectionName) => SECTIONS[c].slug;
const read = (path: string) => readFileSync(join(dir, path), 'utf8');

const DCAT = 'http://www.w3.org/ns/dcat#';
const SCHEMA = 'https://schema.org/';
type Expanded = Record<string, any>;
const value = (node: Expanded, property: string) => node[property]?.[0]?.['@value'] ?? node[property]?.[0]?.['@id'];
const types = (node: Expanded) => (node['@type'] ?? []) as string[];

/** Published files of `/donnees/`: everything but the page itself and the description. */
const dataFiles = (readdirSync(join(dir, 'donnees'), { recursive: true }) as string[])
	.map((f) => `donnees/${f.split('\\').join('/')}`)
	.filter((f) => statSync(join(dir, f)).isFile() && !f.endsWith('index.html') && f !== 'donnees/catalogue.jsonld')
	.sort();

describe('DCAT description of the open data', () => {
	/** Expanded without fetching anything: the context is written in the document. */
	const expanded = () =>
		jsonld.expand(JSON.parse(read('donnees/catalogue.jsonld')), {
			documentLoader: async (url: string) => {
				throw new Error(`contexte distant demandé : ${url}`);
			},
		}) as Promise<Expanded[]>;

	it('is valid JSON-LD: one catalogue, DCAT and schema.org at once, with its datasets', async () => {
		const nodes = await expanded();
		expect(nodes).toHaveLength(1);
		const [catalogue] = nodes;
		expect(types(catalogue!)).toEqual([`${DCAT}Catalog`, `${SCHEMA}DataCatalog`]);
		expect(catalogue!['@id']).toBe(`${SITE}donnees/`);
		const datasets = catalogue![`${DCAT}dataset`] as Expanded[];
		expect(datasets.map((d) => value(d, 'http://purl.org/dc/terms/identifier')).sort()).toEqual([...COLLECTION_NAMES.map(slug), 'references'].sort());
		for (const dataset of datasets) expect(types(dataset)).toEqual([`${DCAT}Dataset`, `${SCHEMA}Dataset`]);
	});

	it('lists every published file once, with its format and its real size in bytes', async () => {
		const [catalogue] = await expanded();
		const distributions = (catalogue![`${DCAT}dataset`] as Expanded[]).flatMap((d) => d[`${DCAT}distribution`] as Expanded[]);
		const listed = distributions.map((d) => value(d, `${DCAT}downloadURL`).slice(SITE.length)).sort();
		expect(dataFiles.length).toBeGreaterThan(COLLECTION_NAMES.length * 4);
		expect(listed).toEqual(dataFiles);
		for (const d of distributions) {
			const file = value(d, `${DCAT}downloadURL`).slice(SITE.length);
			expect(Number(value(d, `${DCAT}byteSize`)), file).toBe(statSync(join(dir, file)).size);
			expect(value(d, `${SCHEMA}encodingFormat`), file).toMatch(/^(application|text)\/[\w.+-]+$/);
			expect(types(d), file).toEqual([`${DCAT}Distribution`, `${SCHEMA}DataDownload`]);
		}
	});
});

describe('Table Schema of each CSV file', () => {
	// The files are comma-separated (RFC 4180): without this, tableschema guesses the delimiter from the first chunk, and long French text with « ; » fools it.
	const load = (c: CollectionName, schema: unknown) => Table.load(join(dir, `donnees/${slug(c)}.csv`), { schema, headers: 1, bom: true, delimiter: ',' });
	const schemaOf = (c: CollectionName) => JSON.parse(read(`donnees/schemas/${slug(c)}.tableschema.json`));
	const errorsOf = (rows: unknown[]) => rows.filter((row): row is Error => row instanceof Error).map((e) => e.message);

	it.each(COLLECTION_NAMES)('%s: the schema is valid, and every row of the CSV validates against it', async (c) => {
		const schema = schemaOf(c);
		expect(await validate(schema)).toMatchObject({ valid: true });
		const table = await load(c, schema);
		const rows = await table.read({ keyed: true, forceCast: true });
		expect(table.headers).toEqual(schema.fields.map((f: { name: string }) => f.name));
		expect(errorsOf(rows)).toEqual([]);
		expect(rows).toHaveLength(ids[c].length);
	});

	it('the validator does reject a CSV that breaks its schema', async () => {
		const schema = schemaOf('resources');
		// `title` is text: declared as a number, every row must fail.
		const wrong = { ...schema, fields: schema.fields.map((f: { name: string }) => (f.name === 'title' ? { ...f, type: 'number' } : f)) };
		const rows = await (await load('resources', wrong)).read({ keyed: true, forceCast: true });
		expect(errorsOf(rows)).toHaveLength(ids.resources.length);
	});
});
