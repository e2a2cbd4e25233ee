/**
 * Table Schemas (Frictionless Data, https://specs.frictionlessdata.io/table-schema/) of the CSV
 * files, derived from the JSON Schema of the same records so that both describe one model: one
 * field per CSV column, in the same order, typed as the cell is written (src/lib/open-data/records.ts).
 */
import { SECTIONS } from '../routes.ts';
import { SITE_NAME } from '../site-config.ts';
import { CSV_LIST_SEPARATOR } from './files.ts';
import { type JsonSchema, recordSchema } from './schema.ts';
import type { CollectionName } from '../../schemas/names.ts';

export interface TableField {
	name: string;
	type: 'string' | 'integer' | 'number' | 'boolean' | 'date' | 'object' | 'array' | 'any';
	format?: string;
	description?: string;
	constraints?: { required?: boolean; unique?: boolean; enum?: unknown[]; minimum?: number; maximum?: number };
}

/** A cell that joins a list with « | »: a list of links (their ids) or of plain values. */
const joinedList = (schema: JsonSchema) => schema.type === 'array' && (schema.items?.['x-collection'] || schema.items?.type !== 'object');

/** The Table Schema field of one CSV column, from the JSON Schema of the record field behind it. */
export function tableField(name: string, schema: JsonSchema, required: boolean): TableField {
	const field: TableField = { name, type: 'any' };
	if (schema.description) field.description = schema.description;
	if (schema['x-collection']) {
		field.type = 'string';
		field.description = `${field.description ?? ''} Donné par l’identifiant de l’entrée visée, dans « ${SECTIONS[schema['x-collection'] as CollectionName].plural} ».`.trim();
	} else if (joinedList(schema)) {
		field.type = 'string';
		field.description = `${field.description ?? ''} Une liste, éléments séparés par « ${CSV_LIST_SEPARATOR.trim()} ».`.trim();
	} else if (schema.type === 'array') field.type = 'array';
	else if (schema.type === 'object') field.type = 'object';
	else if (schema.enum) {
		field.type = 'string';
		field.constraints = { enum: schema.enum };
	} else if (schema.type === 'integer' || schema.type === 'number' || schema.type === 'boolean') {
		field.type = schema.type;
		if (typeof schema.minimum === 'number') field.constraints = { ...field.constraints, minimum: schema.minimum };
		if (typeof schema.maximum === 'number') field.constraints = { ...field.constraints, maximum: schema.maximum };
	} else if (schema.type === 'string') {
		field.type = schema.format === 'date' ? 'date' : 'string';
		if (schema.format === 'uri') field.format = 'uri';
	}
	// Lists and composite values are written empty when they have nothing; a required scalar never is.
	if (required && !['array', 'object', 'any'].includes(field.type) && !joinedList(schema)) field.constraints = { ...field.constraints, required: true };
	return field;
}

/** The Table Schema of a collection's CSV file. */
export function tableSchema(collection: CollectionName) {
	const schema = recordSchema(collection);
	const required = new Set<string>(schema.required ?? []);
	// `text` is required in the JSON but empty for an entry without a body.
	required.delete('text');
	const fields = Object.entries(schema.properties as Record<string, JsonSchema>).map(([name, field]) => tableField(name, field, required.has(name)));
	fields[0] = { ...fields[0]!, constraints: { ...fields[0]!.constraints, required: true, unique: true } };
	return {
		name: SECTIONS[collection].slug,
		title: `${SECTIONS[collection].plural} — ${SITE_NAME}`,
		...(schema.description && { description: schema.description }),
		fields,
		primaryKey: 'id',
		missingValues: [''],
	};
}
