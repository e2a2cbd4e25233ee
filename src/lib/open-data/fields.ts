/** The fields of a record schema, told in French for the `/donnees/` page. */
import { enumLabels } from '../labels.ts';
import { SECTIONS } from '../routes.ts';
import type { JsonSchema } from './schema.ts';
import type { CollectionName } from '../../schemas/names.ts';

export interface FieldDoc {
	name: string;
	/** The kind of value, in French (« liste de liens → Thèmes »). */
	type: string;
	/** Whether every record of the file has it (required, or a list given even when empty). */
	required: boolean;
	/** The French line (`@fr`) of the field's JSDoc. */
	description?: string;
}

const PLURALS: [RegExp, string][] = [
	[/^lien/, 'liens'],
	[/^code/, 'codes'],
	[/^objet/, 'objets'],
	[/^texte/, 'textes'],
	[/^nombre entier/, 'nombres entiers'],
	[/^nombre/, 'nombres'],
	[/^date/, 'dates'],
	[/^adresse/, 'adresses'],
];
const plural = (label: string) => {
	const rule = PLURALS.find(([singular]) => singular.test(label));
	return rule ? label.replace(rule[0], rule[1]) : label;
};

/** What kind of value a JSON Schema describes, in a few French words. */
export function typeLabel(schema: JsonSchema): string {
	if (schema['x-collection']) return `lien → ${SECTIONS[schema['x-collection'] as CollectionName].plural}`;
	if (schema.enum) {
		const labels = enumLabels(schema.enum);
		return `code parmi : ${(schema.enum as string[]).map((code) => (labels ? `${code} (${labels[code]})` : code)).join(', ')}`;
	}
	switch (schema.type) {
		case 'array': {
			const item = plural(typeLabel(schema.items ?? {}));
			return /^[aeiouyéè]/i.test(item) ? `liste d’${item}` : `liste de ${item}`;
		}
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
