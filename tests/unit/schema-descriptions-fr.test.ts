import { describe, expect, it } from 'vitest';
import { contentJsonSchemas } from '../../src/lib/content-check/json-schemas.ts';
import { fieldDocs } from '../../src/lib/open-data/fields.ts';
import { exportFileSchema, recordSchema } from '../../src/lib/open-data/schema.ts';
import { tableSchema } from '../../src/lib/open-data/table-schema.ts';
import { frenchDocs, readSchemaDocs } from '../../src/lib/schema-docs.ts';
import { COLLECTION_NAMES } from '../../src/schemas/names.ts';
import { looksEnglish } from '../helpers/english.ts';

/** Every `description` and `title` a JSON value carries, with where it sits. */
function texts(value: unknown, path = ''): [string, string][] {
	if (Array.isArray(value)) return value.flatMap((item, i) => texts(item, `${path}[${i}]`));
	if (!value || typeof value !== 'object') return [];
	return Object.entries(value).flatMap(([key, child]): [string, string][] =>
		(key === 'description' || key === 'title') && typeof child === 'string' ? [[`${path}.${key}`, child]] : texts(child, `${path}.${key}`),
	);
}

const published = COLLECTION_NAMES.flatMap((collection) => [
	...texts(exportFileSchema(collection, `https://site.test/donnees/schemas/${collection}.json`), `${collection}.json`),
	...texts(tableSchema(collection), `${collection}.tableschema.json`),
	...fieldDocs(recordSchema(collection)).map((field): [string, string] => [`/donnees/ ${collection}.${field.name}`, field.description ?? '']),
]);

describe('descriptions published for readers (JSON Schemas, Table Schemas, /donnees/)', () => {
	it('are given for every field', () => {
		expect(published.length).toBeGreaterThan(300);
		for (const [where, text] of published) expect(text.trim(), where).not.toBe('');
	});

	it('are written in French, as are those contributors read in their editor (.vscode/schemas)', async () => {
		const editor = [...(await contentJsonSchemas())].flatMap(([file, schema]) => texts(schema, file));
		expect(editor.filter(([, text]) => looksEnglish(text))).toEqual([]);
		const english = published.filter(([, text]) => looksEnglish(text));
		expect(english, 'descriptions en anglais').toEqual([]);
		// The detector itself: an English description of the code would be caught, a French one quoting field names is not.
		expect(looksEnglish('Facultatif ; seulement sans « year ».')).toBe(false);
		for (const english of ['Title of the entry, exactly as the source spells it. Required.', 'Required; not after today.', 'Id of the « themes » entry.']) {
			expect(looksEnglish(english), english).toBe(true);
		}
	});

	it('come from the « @fr » line of the JSDoc, the English text staying for the code', () => {
		const resource = recordSchema('resources');
		expect(resource.description).toMatch(/^Publication, événement, texte juridique ou site web/);
		expect(resource.properties.title.description).toBe('Titre de l’entrée, exactement comme la source l’écrit. Obligatoire.');
		expect(recordSchema('initiatives').properties.leverUsages.items.properties.how.description).toMatch(/^Comment le levier a été utilisé/);
		const docs = readSchemaDocs({
			'x/a.ts': '/** Shared. */\nconst base = {\n\t/**\n\t * The title.\n\t * @fr Le titre.\n\t */\n\ttitle: z.string(),\n};\n/**\n * A thing.\n * @fr Une chose.\n */\nexport const thing = z.strictObject({\n\t...base,\n\t/** Its level. */\n\tlevel,\n});',
		});
		const thing = docs.get('thing')!;
		expect(thing.doc).toBe('A thing.');
		expect(thing.fields).toEqual({ title: 'The title.', level: 'Its level.' });
		expect(thing.fr).toEqual({ doc: 'Une chose.', fields: { title: 'Le titre.' } });
	});

	it('stop the build with a French message naming the file and the field when one is missing', () => {
		const docs = readSchemaDocs({
			'../schemas/b.ts': '/**\n * A thing.\n * @fr Une chose.\n */\nexport const thing = z.strictObject({\n\t/**\n\t * The title.\n\t * @fr Le titre.\n\t */\n\ttitle: z.string(),\n\t/** Its level. */\n\tlevel,\n});',
		});
		expect(() => frenchDocs(docs.get('thing')!, 'thing')).toThrow(
			'src/schemas/b.ts : le champ « level » de « thing » n’a pas de description en français pour les fichiers publiés → ajoutez à son commentaire JSDoc une ligne « @fr … » qui dit la même chose en français.',
		);
		const undocumented = readSchemaDocs({ '../schemas/c.ts': '/** A thing. */\nexport const thing = z.strictObject({});' });
		expect(() => frenchDocs(undocumented.get('thing')!, 'thing')).toThrow(/^src\/schemas\/c\.ts : la description de « thing » n’a pas de description en français/);
	});
});
