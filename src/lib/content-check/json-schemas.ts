/**
 * JSON Schemas of every collection's front matter (MDX entries) or records (YAML data files),
 * generated from the Zod schemas with Zod 4's `z.toJSONSchema` on the input side (what a
 * contributor writes, before defaults and transforms), with the French line (`@fr`) of the JSDoc
 * of each schema field as its description: contributors read it in their editor. Written to `.vscode/schemas/` by `npm run schemas`, so that the editor
 * completes field names and values and underlines mistakes before any build.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { frenchDocs, readSchemaDocs, schemaNames } from '../schema-docs.ts';
import { COLLECTION_NAMES, type CollectionName, DATA_COLLECTIONS, dataFile, entryDir, schemas } from '../../schemas/index.ts';

const SCHEMAS_DIR = join(import.meta.dirname, '..', '..', 'schemas');
/** Where the generated schemas are committed, relative to the project root. */
export const JSON_SCHEMAS_DIR = '.vscode/schemas';

const LINK_DESCRIPTION = 'identifiant d’une entrée de';

const schemaId = (collection: CollectionName) => `${collection}.schema.json`;

/** The JSON Schema of each collection, keyed by its file name in `.vscode/schemas/`. */
export async function contentJsonSchemas(): Promise<Map<string, object>> {
	const files = readdirSync(SCHEMAS_DIR).filter((f) => f.endsWith('.ts'));
	const docs = readSchemaDocs(Object.fromEntries(files.map((f) => [f, readFileSync(join(SCHEMAS_DIR, f), 'utf8')])));
	const names = schemaNames();
	const out = new Map<string, object>();
	for (const collection of COLLECTION_NAMES) {
		const json = z.toJSONSchema(schemas[collection], {
			target: 'draft-07',
			io: 'input',
			unrepresentable: 'any',
			override: ({ zodSchema, jsonSchema }) => {
				const def = (zodSchema as any)._zod.def;
				const name = names.get(zodSchema);
				// day() is a pipe from the text written to a date: its input is unrepresentable, its output a date.
				if (def.type === 'date' || (def.type === 'pipe' && def.out?._zod.def.type === 'date')) {
					Object.assign(jsonSchema, { type: 'string', format: 'date', description: 'date AAAA-MM-JJ' });
				}
				const link = (jsonSchema as any).link as string | undefined;
				if (link) {
					delete (jsonSchema as any).link;
					jsonSchema.description = `${LINK_DESCRIPTION} « ${link} » (nom de son fichier, ou son « id »)`;
				}
				const found = docs.get(name ?? '');
				const doc = found && frenchDocs(found, name!);
				if (doc?.doc && !jsonSchema.description) jsonSchema.description = doc.doc;
				if (doc && def.type === 'object' && jsonSchema.properties) {
					for (const [property, schema] of Object.entries(jsonSchema.properties)) {
						const text = doc.fields[property];
						if (!text || typeof schema !== 'object') continue;
						const target = schema as { description?: string };
						target.description = target.description?.startsWith(LINK_DESCRIPTION) ? `${text} — ${target.description}` : text;
					}
				}
			},
		}) as Record<string, unknown>;
		delete json.$schema;
		const isData = (DATA_COLLECTIONS as readonly string[]).includes(collection);
		const where = isData ? `src/content/${dataFile(collection as never)}` : `src/content/${entryDir(collection as never)}/*.mdx`;
		out.set(schemaId(collection), {
			$schema: 'http://json-schema.org/draft-07/schema#',
			$comment: `Généré depuis src/schemas par « npm run schemas » : ne pas modifier à la main. S’applique à ${where}.`,
			title: isData ? `Enregistrements de « ${collection} »` : `En-tête d’une entrée de « ${collection} »`,
			...(isData ? { type: 'array', items: json } : json),
		});
	}
	return out;
}

/**
 * The editor settings that use the schemas: the YAML extension validates each data file
 * against its schema; the Astro extension reads the same Zod schemas for MDX front matter.
 */
export function editorSettings(current: Record<string, unknown>): Record<string, unknown> {
	const yamlSchemas = Object.fromEntries(DATA_COLLECTIONS.map((c) => [`./${JSON_SCHEMAS_DIR}/${schemaId(c)}`, `src/content/${dataFile(c)}`]));
	return { ...current, 'yaml.schemas': yamlSchemas, 'astro.content-intellisense': true };
}

/** The committed text of one schema file. */
export const serialise = (schema: object) => `${JSON.stringify(schema, null, '\t')}\n`;
