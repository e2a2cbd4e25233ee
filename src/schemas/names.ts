/** Every collection of the catalogue, in the order pages and exports list them. */
export const ENTRY_COLLECTIONS = ['resources', 'fiches', 'levers', 'initiatives', 'territories'] as const;
export const DATA_COLLECTIONS = [
	'organisations',
	'glossary',
	'needs',
	'activities',
	'funding',
	'themes',
	'programmes',
	'figures',
] as const;
export const COLLECTION_NAMES = [...ENTRY_COLLECTIONS, ...DATA_COLLECTIONS] as const;

export type EntryCollection = (typeof ENTRY_COLLECTIONS)[number];
export type DataCollection = (typeof DATA_COLLECTIONS)[number];
export type CollectionName = (typeof COLLECTION_NAMES)[number];
