import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { dataFile, entryDir } from '../../src/schemas/index.ts';
import { SECTIONS } from '../../src/lib/routes.ts';
import { DATA_COLLECTIONS, ENTRY_COLLECTIONS, type CollectionName, type EntryCollection } from '../../src/schemas/names.ts';

/** The MDX files of an entry collection, and the id each gives its entry. */
const entryFiles = (contentDir: string, collection: EntryCollection) =>
	readdirSync(join(contentDir, entryDir(collection)))
		.filter((f) => /\.mdx?$/.test(f))
		.map((file) => ({ path: join(contentDir, entryDir(collection), file), id: file.replace(/\.mdx?$/, '') }));

/**
 * The ids of every entry of a content folder, read from the files themselves (MDX file names,
 * YAML records), not through the site's code: what the built site must account for.
 */
export function contentIds(contentDir: string): Record<CollectionName, string[]> {
	const ids = {} as Record<CollectionName, string[]>;
	for (const collection of ENTRY_COLLECTIONS) {
		ids[collection] = entryFiles(contentDir, collection)
			.map((f) => f.id)
			.sort();
	}
	for (const collection of DATA_COLLECTIONS) {
		const records = parse(readFileSync(join(contentDir, dataFile(collection)), 'utf8')) as { id: string }[];
		ids[collection] = records.map((r) => r.id).sort();
	}
	return ids;
}

/**
 * The `caveats` of every MDX entry of a content folder, read from the files' front matter, keyed by
 * the entry's path on the site (`ressources/<id>`), as written (no French typography applied).
 */
export function contentCaveats(contentDir: string): Map<string, string[]> {
	const caveats = new Map<string, string[]>();
	for (const collection of ENTRY_COLLECTIONS) {
		for (const { path, id } of entryFiles(contentDir, collection)) {
			const frontMatter = readFileSync(path, 'utf8').split(/^---\s*$/m)[1] ?? '';
			const list = (parse(frontMatter) as { caveats?: string[] }).caveats ?? [];
			if (list.length > 0) caveats.set(`${SECTIONS[collection].slug}/${id}`, list);
		}
	}
	return caveats;
}
