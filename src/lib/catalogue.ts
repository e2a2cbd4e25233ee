/**
 * The one module pages ask for content: it loads every collection once per build, builds the
 * link graph, and answers lookups, listings, links and backlinks. Pages never call
 * `getCollection` themselves.
 */
import { type CollectionEntry, getCollection } from 'astro:content';
import { COLLECTION_NAMES, type CollectionName } from '../schemas/names.ts';
import { type Edge, keyOf, LinkGraph, type NodeKey } from './graph.ts';
import { entryPath } from './routes.ts';

export type AnyEntry = { [C in CollectionName]: CollectionEntry<C> }[CollectionName];
export type EntryOf<C extends CollectionName> = CollectionEntry<C>;

export interface Catalogue {
	graph: LinkGraph;
	all<C extends CollectionName>(collection: C): EntryOf<C>[];
	get<C extends CollectionName>(collection: C, id: string): EntryOf<C>;
	find(key: NodeKey): AnyEntry | undefined;
	everything(): AnyEntry[];
}

let loading: Promise<Catalogue> | undefined;

/** Every collection, loaded once and shared by all pages of a build. */
export function getCatalogue(): Promise<Catalogue> {
	loading ??= load();
	return loading;
}

async function load(): Promise<Catalogue> {
	const byCollection = new Map<CollectionName, AnyEntry[]>();
	const byKey = new Map<string, AnyEntry>();
	for (const name of COLLECTION_NAMES) {
		const entries = (await getCollection(name)) as AnyEntry[];
		entries.sort((a, b) => titleOf(a).localeCompare(titleOf(b), 'fr'));
		byCollection.set(name, entries);
		for (const entry of entries) byKey.set(keyOf(entry), entry);
	}
	const graph = new LinkGraph([...byKey.values()].map((e) => ({ collection: e.collection, id: e.id, data: e.data as Record<string, unknown> })));
	return {
		graph,
		all: (collection) => (byCollection.get(collection) ?? []) as any,
		get(collection, id) {
			const entry = byKey.get(`${collection}/${id}`);
			// The content checker has already failed the build on a dangling link; this guards code paths.
			if (!entry) throw new Error(`Entrée introuvable : ${collection}/${id}. Lancez « npm run lint:content ».`);
			return entry as any;
		},
		find: (key) => byKey.get(keyOf(key)),
		everything: () => [...byKey.values()],
	};
}

/** Display title of any entry: `title` for MDX entries, the acronym or name for records. */
export function titleOf(entry: AnyEntry | { collection: CollectionName; data: any }): string {
	const d = entry.data as any;
	if (entry.collection === 'glossary') return d.acronym ? `${d.acronym}` : d.term;
	if (entry.collection === 'figures') return d.label;
	return d.title ?? d.name ?? d.term ?? '';
}

/** One-line description of any entry, for listings and link previews. */
export function summaryOf(entry: AnyEntry): string | undefined {
	const d = entry.data as any;
	if (entry.collection === 'glossary') return d.acronym ? d.term : d.definition;
	return d.summary ?? d.description ?? d.definition;
}

export const pathOf = (entry: NodeKey) => entryPath(entry.collection, entry.id);

export type { Edge, NodeKey };
