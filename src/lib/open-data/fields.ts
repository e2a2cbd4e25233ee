/** The fields of a record schema, told in French for the `/donnees/` page. */
import { SECTIONS } from '../routes.ts';
import type { JsonSchema } from './schema.ts';
import type { CollectionName } from '../../schemas/names.ts';

export interface FieldDoc {
	name: string;
	/** The kind of value, in French (« liste de liens → Thèmes »). */
	type: string;
	required: boolean;
	/** The field's JSDoc, in English as in the code. */
	description?: string;
}

/** What kind of value a JSON Schema describes, in a few French words. */
export function typeLabel(schema: JsonSchema): string {
	if (schema['x-collection']) return `lien → ${SECTIONS[schema['x-collection'] as CollectionName].plural}`;
	if (schema.enum) return `code parmi : ${(schema.enum as string[]).join(', ')}`;
	switch (schema.type) {
		case 'array':
			return `liste de ${typeLabel(schema.items ?? {}).replace(/^lien/, 'liens').replace(/^code/, 'codes').replace(/^objet/, 'objets').replace(/^texte/, 'textes')}`;
		case 'object':
			return `objet (${Object.keys(schema.properties ?? {}).join(', ')})`;
		case 'integer':
			return 'nombre entier';
		case 'number':
			return 'nombre';
		case 'string':
			if (schema.format === 'date') return 'date (AAAA-MM-JJ)';
			if (schema.format === 'uri') return 'adresse web';
			return 'texte';
		default:
			return 'valeur';
	}
}

export function fieldDocs(schema: JsonSchema): FieldDoc[] {
	const required = new Set<string>(schema.required ?? []);
	return Object.entries(schema.properties as Record<string, JsonSchema>).map(([name, field]) => ({
		name,
		type: typeLabel(field),
		required: required.has(name),
		description: field.description,
	}));
}
