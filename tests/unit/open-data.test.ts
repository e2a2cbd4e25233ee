import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content-check/check.ts';
import type { NodeKey } from '../../src/lib/graph.ts';
import { fieldDocs, typeLabel } from '../../src/lib/open-data/fields.ts';
import { csvCell, csvRow, exportRecord, type SourceEntry } from '../../src/lib/open-data/records.ts';
import { exportFileSchema, recordSchema } from '../../src/lib/open-data/schema.ts';
import { readSchemaDocs } from '../../src/lib/schema-docs.ts';
import { COLLECTION_NAMES } from '../../src/schemas/names.ts';
import { VALID } from '../helpers/fixtures.ts';

const urlOf = (key: NodeKey) => `https://site.test/${key.collection}/${key.id}/`;
const link = (collection: string, id: string) => ({ collection, id }) as NodeKey;

describe('export records', () => {
	const initiative: SourceEntry = {
		collection: 'initiatives',
		id: 'la-pioche',
		body: '\nTexte **Markdown**.\n',
		data: {
			title: 'La Pioche',
			reviewed: new Date('2026-11-22'),
			sources: [link('resources', 'etude')],
			leverUsages: [{ lever: link('levers', 'anct-3'), action: 2, how: 'Marché réservé.' }],
			places: [{ commune: '12145' }],
			approvals: ['ESUS', 'ACI'],
		},
	};

	it('write every link as its id and page address, at any depth, and dates as YYYY-MM-DD', () => {
		expect(exportRecord(initiative, urlOf)).toEqual({
			id: 'la-pioche',
			page: 'https://site.test/initiatives/la-pioche/',
			title: 'La Pioche',
			reviewed: '2026-11-22',
			sources: [{ id: 'etude', url: 'https://site.test/resources/etude/' }],
			leverUsages: [{ lever: { id: 'anct-3', url: 'https://site.test/levers/anct-3/' }, action: 2, how: 'Marché réservé.' }],
			places: [{ commune: '12145' }],
			approvals: ['ESUS', 'ACI'],
			text: 'Texte **Markdown**.',
			missing: {},
		});
	});

	it('keep a field the sources leave empty empty, with the reason', () => {
		const resource = { collection: 'resources' as const, id: 'guide', data: { title: 'Guide', part: 'agir', sources: [] } };
		const missing = exportRecord(resource, urlOf).missing as Record<string, string>;
		expect(Object.keys(missing)).toEqual(['url', 'year']);
		expect(missing.url).toMatch(/^lien perdu dans la version disponible du catalogue TRESSONS/);
		expect(exportRecord({ ...resource, data: { ...resource.data, url: 'https://a.fr/', year: 2020 } }, urlOf).missing).toEqual({});
	});

	it('give a data record its id once, and no text', () => {
		const record = exportRecord({ collection: 'themes', id: 'mobilite', data: { id: 'mobilite', name: 'Mobilité' } }, urlOf);
		expect(record).toEqual({ id: 'mobilite', page: 'https://site.test/themes/mobilite/', name: 'Mobilité', missing: {} });
	});

	it('become CSV cells: links as ids, lists joined with « | », composite values as JSON with ids', () => {
		const record = exportRecord(initiative, urlOf);
		expect(csvRow(record, ['id', 'sources', 'approvals', 'leverUsages', 'founded'], 'x')).toEqual([
			'la-pioche',
			'etude',
			'ESUS | ACI',
			'[{"lever":"anct-3","action":2,"how":"Marché réservé."}]',
			'',
		]);
	});

	it('refuse a list item that contains the list separator, saying where and what to do', () => {
		expect(() => csvCell(['a | b'], 'initiatives/x, champ « approvals »')).toThrow(/initiatives\/x, champ « approvals ».*séparateur.*→ reformulez/);
	});
});

describe('JSON Schemas of the exports', () => {
	const ajv = new Ajv2020({ allErrors: true, strict: true, keywords: ['x-collection'] });
	addFormats(ajv);
	const { problems, records } = checkContent(VALID);

	it('accept the export of every valid fixture record', () => {
		expect(problems).toEqual([]);
		for (const collection of COLLECTION_NAMES) {
			const validate = ajv.compile(recordSchema(collection));
			const mine = records.filter((r) => r.collection === collection);
			expect(mine.length, collection).toBeGreaterThan(0);
			for (const r of mine) {
				const record = exportRecord({ collection, id: r.id, data: r.data as Record<string, unknown>, body: r.body }, urlOf);
				expect(validate(record), `${collection}/${r.id}: ${ajv.errorsText(validate.errors)}`).toBe(true);
			}
		}
	});

	it('refuse a link given as a bare id, a missing page address and an unknown field', () => {
		const validate = ajv.compile(recordSchema('themes'));
		const theme = { id: 'mobilite', page: 'https://site.test/themes/mobilite/', name: 'Mobilité', missing: {} };
		expect(validate(theme)).toBe(true);
		expect(validate({ ...theme, page: undefined })).toBe(false);
		expect(validate({ ...theme, colour: 'vert' })).toBe(false);
		const figures = ajv.compile(recordSchema('figures'));
		const figure = { id: 'f', page: 'https://site.test/figures/f/', value: 14, unit: '%', label: 'part', themes: [], source: 'etude', missing: { year: 'la source ne le dit pas' } };
		expect(figures(figure)).toBe(false);
		expect(figures({ ...figure, source: { id: 'etude', url: 'https://site.test/resources/etude/' } })).toBe(true);
	});

	it('describe objects and fields with the French line of the JSDoc of src/schemas, spread fields and nested objects included', () => {
		const resource = recordSchema('resources');
		expect(resource.description).toMatch(/^Publication, événement, texte juridique ou site web/);
		expect(resource.properties.title.description).toBe('Titre de l’entrée, exactement comme la source l’écrit. Obligatoire.');
		expect(resource.properties.authors.items['x-collection']).toBe('organisations');
		const fiche = recordSchema('fiches');
		expect(fiche.properties.level.description).toMatch(/^Échelon de collectivité pour lequel la fiche est écrite/);
		expect(recordSchema('initiatives').properties.leverUsages.items.properties.how.description).toMatch(/^Comment le levier a été utilisé/);
	});

	it('wrap records in a file with its count, licence and own address', () => {
		const schema = exportFileSchema('themes', 'https://site.test/donnees/schemas/themes.json');
		const validate = ajv.compile(schema);
		const file = {
			$schema: 'https://site.test/donnees/schemas/themes.json',
			collection: 'themes',
			title: 'Thèmes',
			page: 'https://site.test/themes/',
			licence: null,
			count: 0,
			items: [],
		};
		expect(validate(file), ajv.errorsText(validate.errors)).toBe(true);
		expect(validate({ ...file, collection: 'resources' })).toBe(false);
	});
});

describe('field documentation for the /donnees/ page', () => {
	it('names each kind of value in French', () => {
		const fields = Object.fromEntries(fieldDocs(recordSchema('resources')).map((f) => [f.name, f]));
		expect(fields.authors).toMatchObject({ type: 'liste de liens → Organisations', required: true });
		expect(fields.date).toMatchObject({ type: 'date (AAAA-MM-JJ)', required: false });
		expect(fields.year!.type).toBe('nombre entier');
		expect(typeLabel({ type: 'array', items: { type: 'integer' } })).toBe('liste de nombres entiers');
		expect(fields.url!.type).toBe('adresse web');
		expect(fields.kind!.type).toMatch(/^code parmi : etude \(Étude\), synthese \(Synthèse\), etude-de-cas \(Étude de cas\)/);
		expect(fields.audiences!.type).toMatch(/^liste de codes parmi : commune \(Commune\), intercommunalite \(Intercommunalité\)/);
		// A code list no labels table covers is given as is.
		expect(typeLabel({ enum: ['ouvert', 'clos', 'inconnu'] })).toBe('code parmi : ouvert, clos, inconnu');
		expect(typeLabel(recordSchema('initiatives').properties.places)).toBe('liste d’objets (commune, departement, region, locality)');
	});

	it('reads JSDoc through spreads and shorthand properties', () => {
		const docs = readSchemaDocs({
			'a.ts': '/** Shared. */\nconst base = {\n\t/** The title. */\n\ttitle: z.string(),\n};\n/** A thing. */\nexport const thing = z.strictObject({\n\t...base,\n\t/** Its level. */\n\tlevel,\n});',
		});
		expect(docs.get('thing')).toMatchObject({ doc: 'A thing.', fields: { title: 'The title.', level: 'Its level.' } });
	});
});
