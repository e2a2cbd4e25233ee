import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content-check/check.ts';
import { parseFrontMatterFile } from '../../src/lib/content-check/source-file.ts';
import { contentJsonSchemas, editorSettings, JSON_SCHEMAS_DIR, serialise } from '../../src/lib/content-check/json-schemas.ts';
import { contentWith, FIXTURES } from '../helpers/fixtures.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const generated = await contentJsonSchemas();
const ajv = new Ajv({ strict: false, validateFormats: false, allErrors: true });

/** What an editor sees: YAML dates are plain text there. */
const asEditorSees = (value: unknown) => JSON.parse(JSON.stringify(value, (_, v) => (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}T00:00:00\.000Z$/.test(v) ? v.slice(0, 10) : v)));

/** Every record of a content folder as written (front matter or one YAML record), with its collection's schema. */
function writtenRecords(contentRoot: string) {
	return checkContent(contentRoot, contentRoot).records.map((r) => {
		const schema = generated.get(`${r.collection}.schema.json`) as any;
		return { file: r.file, id: r.id, input: asEditorSees(r.yaml.value), schema: schema.type === 'array' ? schema.items : schema };
	});
}

describe('editor JSON Schemas', () => {
	it('are committed up to date (run « npm run schemas » after changing src/schemas)', () => {
		const dir = join(ROOT, JSON_SCHEMAS_DIR);
		expect(readdirSync(dir).sort()).toEqual([...generated.keys()].sort());
		for (const [file, schema] of generated) expect(readFileSync(join(dir, file), 'utf8'), file).toBe(serialise(schema));
		const settings = JSON.parse(readFileSync(join(ROOT, '.vscode/settings.json'), 'utf8'));
		expect(settings).toEqual(editorSettings(settings));
	});

	it('describe fields with the French line of the JSDoc of src/schemas and name the collection of each link', () => {
		const initiatives = generated.get('initiatives.schema.json') as any;
		expect(initiatives.properties.title.description).toMatch(/^Titre de l’entrée/);
		expect(initiatives.properties.leverUsages.items.properties.how.description).toMatch(/^Comment le levier a été utilisé/);
		expect(initiatives.properties.territory.description).toContain('« territories »');
		expect(initiatives.required).toEqual(expect.arrayContaining(['title', 'summary', 'sources', 'reviewed', 'kind']));
		expect(initiatives.additionalProperties).toBe(false);
	});

	it('accept every real content record', () => {
		const records = writtenRecords(join(ROOT, 'src/content'));
		expect(records.length).toBeGreaterThan(300);
		for (const record of records) {
			const valid = ajv.validate(record.schema, record.input);
			expect(valid, `${record.file} ${record.id} ${ajv.errorsText()}`).toBe(true);
		}
	});

	it.each(['unknown-enum', 'misspelt-key', 'wrong-type', 'missing-required-field'])('flag the %s fixture before any build', (name) => {
		const root = contentWith(join(FIXTURES, 'bad', name));
		const expected = JSON.parse(readFileSync(join(FIXTURES, 'bad', name, 'expect.json'), 'utf8'));
		const file = join(root, expected.file);
		const parsed = parseFrontMatterFile(readFileSync(file, 'utf8'), expected.file);
		if ('rule' in parsed) throw new Error(parsed.message);
		const schema = generated.get(`${expected.file.split('/')[0]}.schema.json`);
		expect(ajv.validate(schema!, asEditorSees(parsed.yaml.value))).toBe(false);
	});
});
