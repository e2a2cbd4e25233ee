/**
 * One entry of the catalogue as the open-data files give it: its id and the address of its page
 * (`page`), then the parsed front matter or record, with every typed link written as the
 * target's id and the address of its page (`{ id, url }`), dates as `YYYY-MM-DD`, and, for MDX
 * entries, the text of the page in Markdown (`text`). Pure: tests run it on fixtures, the
 * `/donnees/` endpoints on the real collections.
 */
import { isLink, type NodeKey } from '../graph.ts';
import { missingFacts } from '../missing-facts.ts';
import { frenchTypography } from '../typography/french.ts';
import { withoutRawHtml } from '../markdown/without-raw-html.ts';
import { CSV_LIST_SEPARATOR } from './files.ts';
import { ENTRY_COLLECTIONS, type CollectionName, type EntryCollection } from '../../schemas/names.ts';

export interface ExportLink {
	id: string;
	url: string;
}

export interface SourceEntry {
	collection: CollectionName;
	id: string;
	data: Record<string, unknown>;
	body?: string;
	filePath?: string;
}

export type ExportRecord = Record<string, unknown> & { id: string; page: string };

export const isEntryCollection = (c: CollectionName): c is EntryCollection => (ENTRY_COLLECTIONS as readonly string[]).includes(c);

const isoDate = (d: Date) => d.toISOString().slice(0, 10);

function exportValue(value: unknown, urlOf: (key: NodeKey) => string): unknown {
	if (isLink(value)) return { id: value.id, url: urlOf(value) } satisfies ExportLink;
	if (value instanceof Date) return isoDate(value);
	// Sentences and titles get French typography; codes, ids and addresses have no space and stay as they are.
	if (typeof value === 'string' && /\s/.test(value)) return frenchTypography(value);
	if (Array.isArray(value)) return value.map((v) => exportValue(v, urlOf));
	if (value && typeof value === 'object') {
		return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, exportValue(v, urlOf)]));
	}
	return value;
}

/** The record of `entry` in its collection's JSON file. */
export function exportRecord(entry: SourceEntry, urlOf: (key: NodeKey) => string): ExportRecord {
	const { id: _recordId, ...fields } = entry.data;
	const record: ExportRecord = { id: entry.id, page: urlOf(entry), ...(exportValue(fields, urlOf) as object) };
	if (isEntryCollection(entry.collection)) {
		// LF whatever the file's line ends: a CRLF file is published exactly like an LF one.
		const body = (entry.body ?? '').replace(/\r\n?/g, '\n');
		record.text = (entry.filePath?.endsWith('.md') ? withoutRawHtml(body) : body).trim();
	}
	record.missing = exportValue(missingFacts(entry.collection, entry.data), urlOf);
	return record;
}

const isExportLink = (v: unknown): v is ExportLink =>
	Boolean(v) && typeof v === 'object' && !Array.isArray(v) && Object.keys(v as object).join() === 'id,url';

/** Links become bare ids inside the JSON of a composite CSV cell: each id's page is that collection's `page` column. */
const withIds = (value: unknown): unknown =>
	isExportLink(value)
		? value.id
		: Array.isArray(value)
			? value.map(withIds)
			: value && typeof value === 'object'
				? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withIds(v)]))
				: value;

/**
 * The cell of one field in the CSV file: scalars as they are, links as ids, lists of those
 * joined with « | », composite values (places, lever usages…) as JSON.
 */
export function csvCell(value: unknown, where: string): string {
	if (value === undefined || value === null) return '';
	if (isExportLink(value)) return value.id;
	if (Array.isArray(value) && value.every((v) => isExportLink(v) || typeof v !== 'object')) {
		const items = value.map((v) => (isExportLink(v) ? v.id : String(v)));
		const clash = items.find((item) => item.includes(CSV_LIST_SEPARATOR.trim()));
		if (clash !== undefined) {
			throw new Error(`${where} : « ${clash} » contient « ${CSV_LIST_SEPARATOR.trim()} », le séparateur des listes du CSV → reformulez cet élément sans ce caractère.`);
		}
		return items.join(CSV_LIST_SEPARATOR);
	}
	if (typeof value === 'object') return JSON.stringify(withIds(value));
	return String(value);
}

/** The row of a record in the CSV file, one cell per column. */
export function csvRow(record: ExportRecord, columns: string[], where: string): string[] {
	return columns.map((column) => csvCell(record[column], `${where}, champ « ${column} »`));
}
