/**
 * JSON Schemas of the open-data files, generated from the Zod schemas of the content model
 * (`z.toJSONSchema`, output side): typed links become `{ id, url }` objects, dates `YYYY-MM-DD`
 * strings, and every object and field carries the JSDoc written above it in `src/schemas/`.
 */
import { z } from 'astro/zod';
import { readSchemaDocs, schemaNames } from '../schema-docs.ts';
import { SECTIONS } from '../routes.ts';
import { SITE_NAME } from '../site-config.ts';
import { isEntryCollection } from './records.ts';
import { schemas } from '../../schemas/index.ts';
import type { CollectionName } from '../../schemas/names.ts';

export type JsonSchema = Record<string, any>;

let docs: ReturnType<typeof readSchemaDocs> | undefined;

export const linkSchema = (collection: CollectionName): JsonSchema => ({
	type: 'object',
	description: `Link to an entry of « ${SECTIONS[collection].plural} » (${collection}): its id and the address of its page.`,
	properties: {
		id: { type: 'string', minLength: 1, description: `Id of the ${collection} entry.` },
		url: { type: 'string', format: 'uri', description: 'Address of its page on the site.' },
	},
	required: ['id', 'url'],
	additionalProperties: false,
	'x-collection': collection,
});

function replace(target: JsonSchema, by: JsonSchema) {
	for (const key of Object.keys(target)) delete target[key];
	Object.assign(target, by);
}

const records = new Map<CollectionName, JsonSchema>();

/** JSON Schema of one record of `collection` as its JSON file gives it (generated once; do not mutate). */
export function recordSchema(collection: CollectionName): JsonSchema {
	let schema = records.get(collection);
	if (!schema) {
		schema = generateRecordSchema(collection);
		records.set(collection, schema);
	}
	return schema;
}

function generateRecordSchema(collection: CollectionName): JsonSchema {
	docs ??= readSchemaDocs();
	const names = schemaNames();
	const generated = z.toJSONSchema(schemas[collection], {
		io: 'output',
		// Links and coerced dates are transforms, which JSON Schema cannot express: replaced below.
		unrepresentable: 'any',
		override: (ctx) => {
			const def = (ctx.zodSchema as any)._zod.def;
			const target = def.type === 'pipe' ? (def.in.meta?.() as { link?: CollectionName } | undefined)?.link : undefined;
			if (target) replace(ctx.jsonSchema, linkSchema(target));
			else if (def.type === 'date') replace(ctx.jsonSchema, { type: 'string', format: 'date' });
			const doc = docs!.get(names.get(ctx.zodSchema) ?? '');
			if (!doc) return;
			if (doc.doc) ctx.jsonSchema.description = doc.doc;
			const properties = ctx.jsonSchema.properties as Record<string, JsonSchema> | undefined;
			for (const [field, text] of Object.entries(doc.fields)) {
				if (properties?.[field]) properties[field] = { ...properties[field], description: text };
			}
		},
	}) as JsonSchema;
	delete generated.$schema;
	const { id, ...fields } = generated.properties as Record<string, JsonSchema>;
	const entry = isEntryCollection(collection);
	const added = ['page', ...(entry ? ['text'] : []), 'missing'];
	const clash = added.find((name) => name in fields);
	if (clash) throw new Error(`src/schemas : le champ « ${clash} » de « ${collection} » a le nom d’une colonne ajoutée par l’export → renommez-le.`);
	generated.properties = {
		id: id ?? { type: 'string', minLength: 1, description: 'Id of the entry: the name of its file, stable once published.' },
		page: { type: 'string', format: 'uri', description: 'Address of its page on the site.' },
		...fields,
		...(entry && { text: { type: 'string', description: 'Text of its page as written: Markdown, with the few MDX components the content checker allows (e.g. <Encadre>).' } }),
		missing: {
			type: 'object',
			additionalProperties: { type: 'string', minLength: 1 },
			description: 'Fields left empty because the sources do not give them, each with the reason, in French (see src/lib/missing-facts.ts).',
		},
	};
	generated.required = ['id', ...added.slice(0, 1), ...(generated.required as string[]).filter((f) => f !== 'id'), ...added.slice(1)];
	return generated;
}

/** JSON Schema of the whole JSON file of `collection`, published at `schemaUrl`. */
export function exportFileSchema(collection: CollectionName, schemaUrl: string): JsonSchema {
	return {
		$schema: 'https://json-schema.org/draft/2020-12/schema',
		$id: schemaUrl,
		title: `${SECTIONS[collection].plural} — ${SITE_NAME}`,
		type: 'object',
		properties: {
			$schema: { const: schemaUrl, description: 'Address of this JSON Schema.' },
			collection: { const: collection, description: 'Name of the collection in the content model.' },
			title: { type: 'string', description: 'French name of the collection.' },
			page: { type: 'string', format: 'uri', description: 'Address of the collection’s listing on the site.' },
			licence: {
				description: 'Licence of the data; null while the publishers have not chosen one.',
				oneOf: [
					{ type: 'null' },
					{ type: 'object', properties: { name: { type: 'string' }, url: { type: 'string', format: 'uri' } }, required: ['name', 'url'], additionalProperties: false },
				],
			},
			count: { type: 'integer', minimum: 0, description: 'Number of records in `items`.' },
			items: { type: 'array', items: recordSchema(collection) },
		},
		required: ['$schema', 'collection', 'title', 'page', 'licence', 'count', 'items'],
		additionalProperties: false,
	};
}
