/**
 * JSON Schemas of the open-data files, generated from the Zod schemas of the content model
 * (`z.toJSONSchema`, output side): typed links become `{ id, url }` objects, dates `YYYY-MM-DD`
 * strings, and every object and field carries the French line (`@fr`) of the JSDoc written above it
 * in `src/schemas/`.
 */
import { z } from 'astro/zod';
import { frenchDocs, readSchemaDocs, schemaNames } from '../schema-docs.ts';
import { SECTIONS } from '../routes.ts';
import { SITE_NAME } from '../site-config.ts';
import { isEntryCollection } from './records.ts';
import { schemas } from '../../schemas/index.ts';
import type { CollectionName } from '../../schemas/names.ts';

export type JsonSchema = Record<string, any>;

let docs: ReturnType<typeof readSchemaDocs> | undefined;

export const linkSchema = (collection: CollectionName): JsonSchema => ({
	type: 'object',
	description: `Lien vers une entrée de « ${SECTIONS[collection].plural} » (${collection}) : son identifiant et l’adresse de sa page.`,
	properties: {
		id: { type: 'string', minLength: 1, description: `Identifiant de l’entrée visée, dans « ${SECTIONS[collection].plural} ».` },
		url: { type: 'string', format: 'uri', description: 'Adresse de sa page sur le site.' },
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
			const name = names.get(ctx.zodSchema) ?? '';
			const doc = docs!.get(name);
			if (!doc) return;
			const fr = frenchDocs(doc, name);
			if (fr.doc) ctx.jsonSchema.description = fr.doc;
			const properties = ctx.jsonSchema.properties as Record<string, JsonSchema> | undefined;
			for (const [field, text] of Object.entries(fr.fields)) {
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
		id: id ?? { type: 'string', minLength: 1, description: 'Identifiant de l’entrée : le nom de son fichier, stable une fois publié.' },
		page: { type: 'string', format: 'uri', description: 'Adresse de sa page sur le site.' },
		...fields,
		...(entry && { text: { type: 'string', description: 'Texte de sa page tel qu’il est écrit : du Markdown, avec les quelques composants MDX que le contrôle du contenu autorise (par exemple <Encadre>).' } }),
		missing: {
			type: 'object',
			additionalProperties: { type: 'string', minLength: 1 },
			description: 'Champs laissés vides parce que les sources ne les donnent pas, chacun avec sa raison (voir src/lib/missing-facts.ts).',
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
			$schema: { const: schemaUrl, description: 'Adresse de ce schéma JSON.' },
			collection: { const: collection, description: 'Nom de la collection dans le modèle de contenu.' },
			title: { type: 'string', description: 'Nom de la collection en français.' },
			page: { type: 'string', format: 'uri', description: 'Adresse de la liste de la collection sur le site.' },
			licence: {
				description: 'Licence des données ; null tant que les éditeurs n’en ont pas choisi.',
				oneOf: [
					{ type: 'null' },
					{ type: 'object', properties: { name: { type: 'string' }, url: { type: 'string', format: 'uri' } }, required: ['name', 'url'], additionalProperties: false },
				],
			},
			count: { type: 'integer', minimum: 0, description: 'Nombre d’enregistrements dans « items ».' },
			items: { type: 'array', items: recordSchema(collection) },
		},
		required: ['$schema', 'collection', 'title', 'page', 'licence', 'count', 'items'],
		additionalProperties: false,
	};
}
