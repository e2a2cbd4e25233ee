/**
 * The open-data files and their stable addresses under `/donnees/`: one JSON file, one CSV
 * file and one JSON Schema per collection, named after the collection's French URL section.
 */
import { SECTIONS } from '../routes.ts';
import { COLLECTION_NAMES, type CollectionName } from '../../schemas/names.ts';

export const DATA_SECTION = 'donnees/';

export interface DataFiles {
	json: string;
	csv: string;
	/** JSON Schema of the JSON file. */
	schema: string;
	/** Table Schema of the CSV file. */
	tableSchema: string;
}

/** Paths below the site's base (no leading slash) of the files of one collection. */
export function dataFiles(collection: CollectionName): DataFiles {
	const name = SECTIONS[collection].slug;
	return {
		json: `${DATA_SECTION}${name}.json`,
		csv: `${DATA_SECTION}${name}.csv`,
		schema: `${DATA_SECTION}schemas/${name}.json`,
		tableSchema: `${DATA_SECTION}schemas/${name}.tableschema.json`,
	};
}

/** The collection a section slug names (`ressources` → `resources`). */
export function collectionOfSlug(slug: string): CollectionName | undefined {
	return (Object.keys(SECTIONS) as CollectionName[]).find((c) => SECTIONS[c].slug === slug);
}

/**
 * Licence the data are published under. No source document nor the publishers have stated
 * one yet: it stays `null`, and the exports and the `/donnees/` page say it is to be chosen,
 * until the publishers set it here (`{ name, url }`).
 */
export const DATA_LICENCE: { name: string; url: string } | null = null;

/** Separator of list items in a CSV cell; ids never contain it and the texts do not either. */
export const CSV_LIST_SEPARATOR = ' | ';

// A type alias, not an interface: Astro's route props must accept an index signature.
export type DataProps = { collection: CollectionName };

/** Static paths of the per-collection files: `[collection]` is the French section slug. */
export const dataPaths = (): { params: { collection: string }; props: DataProps }[] =>
	COLLECTION_NAMES.map((collection) => ({ params: { collection: SECTIONS[collection].slug }, props: { collection } }));
