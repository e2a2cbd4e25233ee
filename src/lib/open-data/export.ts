/**
 * The contents of the `/donnees/` files, from the catalogue: the endpoints under
 * `src/pages/donnees/` only serialise what these functions return.
 */
import { stringify } from 'csv-stringify/sync';
import { getCatalogue } from '../catalogue.ts';
import { SECTIONS, sectionPath } from '../routes.ts';
import { absoluteEntryHref, absoluteHref } from '../url.ts';
import { DATA_LICENCE, dataFiles } from './files.ts';
import { csvRow, exportRecord, type ExportRecord, type SourceEntry } from './records.ts';
import { exportFileSchema, type JsonSchema, recordSchema } from './schema.ts';
import type { CollectionName } from '../../schemas/names.ts';

/** The JSON Schema of a collection's JSON file. */
export const fileSchema = (collection: CollectionName): JsonSchema =>
	exportFileSchema(collection, absoluteHref(dataFiles(collection).schema));

/** Records of a collection, by id so that successive versions of a file diff line by line. */
async function records(collection: CollectionName): Promise<ExportRecord[]> {
	const catalogue = await getCatalogue();
	return (catalogue.all(collection) as unknown as SourceEntry[])
		.map((entry) => exportRecord(entry, absoluteEntryHref))
		.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The JSON file of a collection. */
export async function exportJson(collection: CollectionName) {
	const items = await records(collection);
	return {
		$schema: absoluteHref(dataFiles(collection).schema),
		collection,
		title: SECTIONS[collection].plural,
		page: absoluteHref(sectionPath(collection)),
		licence: DATA_LICENCE,
		count: items.length,
		items,
	};
}

/** Columns of a collection's CSV file: the fields of its JSON Schema, in the same order. */
export const csvColumns = (collection: CollectionName) => Object.keys(recordSchema(collection).properties);

/** The CSV file of a collection: UTF-8 with a byte-order mark so that spreadsheet software reads accents right. */
export async function exportCsv(collection: CollectionName): Promise<string> {
	const columns = csvColumns(collection);
	const rows = (await records(collection)).map((record) => csvRow(record, columns, `${collection}/${record.id}`));
	return stringify(rows, { bom: true, header: true, columns, record_delimiter: 'windows' });
}
