/**
 * The one module pages ask for content: it loads every collection once per build, builds the
 * link graph, and answers lookups, listings, links and backlinks. Pages never call
 * `getCollection` themselves.
 */
import { type CollectionEntry, getCollection } from 'astro:content';
import { COLLECTION_NAMES, type CollectionName } from '../schemas/names.ts';
import { type Facet, FACETS, type FacetValue, facetValues } from './facets.ts';
import { type Dating, type DatingContext, datingOf, informationDating, merge, sourceDocuments } from './dating.ts';
import { derivedThemes } from './theme-links.ts';
import { bodyLinks } from './body-links.ts';
import { type Edge, keyOf, LinkGraph, type NodeKey } from './graph.ts';
import type { Level } from '../schemas/shared.ts';
import { FUNDING_FAMILIES } from '../schemas/data.ts';

export type AnyEntry = { [C in CollectionName]: CollectionEntry<C> }[CollectionName];
export type EntryOf<C extends CollectionName> = CollectionEntry<C>;

export interface Catalogue {
	graph: LinkGraph;
	all<C extends CollectionName>(collection: C): EntryOf<C>[];
	get<C extends CollectionName>(collection: C, id: string): EntryOf<C>;
	find(key: NodeKey): AnyEntry | undefined;
	everything(): AnyEntry[];
	/** Entries with a backlink group longer than `CITED_BY_LIMIT`: their « cité par » page lists it whole. */
	muchCited(): AnyEntry[];
	/** Entries whose sources leave something unknown or contradictory (`caveats`), grouped by collection, in listing order; collections without any are left out. */
	caveated(): { collection: CollectionName; entries: AnyEntry[] }[];
	/** Display title of the entry `id` of `collection`. */
	title(collection: CollectionName, id: string): string;
	/** When the information of an entry holds: its own year or its sources' (see dating.ts). */
	dating(key: NodeKey): Dating | undefined;
	/** When what its page says of an entry holds (a scheme's period aside): the footer's line (see dating.ts). */
	informationDating(key: NodeKey): Dating | undefined;
	/** The documents the site is written from (resources that are their own source), in listing order. */
	sourceDocuments(): EntryOf<'resources'>[];
	/** When the information of the whole site holds: the years its source documents were published. */
	sourcesDating(): ReturnType<typeof merge>;
	/** Entries of a collection in the order its listing shows them. */
	listing<C extends CollectionName>(collection: C): EntryOf<C>[];
	/** What concerns one level of local government: its fiches, levers, examples and resources. */
	forLevel(level: Level): LevelSelection;
	/** The facets of a collection's listing, each with its values, counts and entries (in listing order). */
	facets(collection: CollectionName): { facet: Facet; values: FacetValue[] }[];
	/** Themes a lever or funding scheme serves, derived from the initiatives using it (theme-links.ts); none for other kinds. */
	themesOf(entry: AnyEntry): string[];
}

export interface LevelSelection {
	fiches: EntryOf<'fiches'>[];
	levers: EntryOf<'levers'>[];
	/** Initiatives where this level acted, then the examples of its levers. */
	initiatives: EntryOf<'initiatives'>[];
	resources: EntryOf<'resources'>[];
}

let loading: Promise<Catalogue> | undefined;

/**
 * Most links an entry's page shows per backlink group; past it, the « cité par » page lists them all.
 * Keeps the page of a much-cited document (the ANCT study, say) within the page-weight budget.
 */
export const CITED_BY_LIMIT = 25;

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
	// Sorted once for the whole build: listings are asked for by many pages.
	const listings = new Map(
		COLLECTION_NAMES.map((name) => [name, [...byCollection.get(name)!].sort(LISTING_ORDER[name] ?? (() => 0))]),
	);
	const facets = new Map<CollectionName, { facet: Facet; values: FacetValue[] }[]>();
	let derived: ((entry: AnyEntry) => string[]) | undefined;
	// Shown in every page's footer: computed once per build, not once per page (6 s at 5 000 resources).
	let sources: { documents: EntryOf<'resources'>[]; dating: ReturnType<typeof merge> } | undefined;
	const sourcesOnce = () => {
		if (!sources) {
			const documents = sourceDocuments(listings.get('resources') as EntryOf<'resources'>[]);
			sources = { documents, dating: merge(documents.map((r) => catalogue.dating(r)).filter((d) => d !== undefined)) };
		}
		return sources;
	};
	const graph = new LinkGraph(
		[...byKey.values()].map((e) => ({
			collection: e.collection,
			id: e.id,
			data: e.data as Record<string, unknown>,
			// The checker refuses a link to no entry; this keeps a target that is not one out of the graph all the same.
			bodyLinks: 'body' in e && typeof e.body === 'string' ? bodyLinks(e.body, e).filter((to) => byKey.has(keyOf(to))) : [],
		})),
	);
	const datingContext: DatingContext = { find: (k) => byKey.get(keyOf(k)), linkedFrom: (k) => graph.linksTo(k).map((e) => byKey.get(keyOf(e.from))!).filter(Boolean) };
	const catalogue: Catalogue = {
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
		muchCited: () => [...byKey.values()].filter((e) => graph.hasBacklinkGroupOver(e, CITED_BY_LIMIT)),
		caveated() {
			return COLLECTION_NAMES.map((collection) => ({
				collection,
				entries: this.listing(collection).filter((e) => ((e.data as { caveats?: string[] }).caveats ?? []).length > 0),
			})).filter((group) => group.entries.length > 0);
		},
		dating(key) {
			const entry = byKey.get(keyOf(key));
			return entry && datingOf(entry, datingContext);
		},
		informationDating(key) {
			const entry = byKey.get(keyOf(key));
			return entry && informationDating(entry, datingContext);
		},
		sourceDocuments: () => sourcesOnce().documents,
		sourcesDating: () => sourcesOnce().dating,
		title: (collection, id) => {
			const entry = byKey.get(`${collection}/${id}`);
			return entry ? titleOf(entry) : id;
		},
		forLevel(level) {
			const levers = (this.listing('levers') as EntryOf<'levers'>[]).filter((l) => l.data.levels.includes(level));
			const leverIds = new Set(levers.map((l) => l.id));
			const initiatives = (this.all('initiatives') as EntryOf<'initiatives'>[])
				.map((i) => ({
					entry: i,
					score:
						(i.data.leverUsages.some((u) => u.by === level) ? 2 : 0) +
						(graph.linksTo(i).some((e) => e.from.collection === 'levers' && leverIds.has(e.from.id)) ? 1 : 0),
				}))
				.filter((x) => x.score > 0)
				.sort((a, b) => b.score - a.score || titleOf(a.entry).localeCompare(titleOf(b.entry), 'fr'))
				.map((x) => x.entry);
			return {
				fiches: (this.all('fiches') as EntryOf<'fiches'>[]).filter((f) => f.data.level === level),
				levers,
				initiatives,
				resources: (this.listing('resources') as EntryOf<'resources'>[]).filter((r) => r.data.audiences.includes(level)),
			};
		},
		listing: (collection) => (listings.get(collection) ?? []) as any,
		facets(collection) {
			// Every facet page shows every facet of its listing: computed once per collection, not once per page.
			let computed = facets.get(collection);
			if (!computed) {
				const context = { titles: this.title, derivedThemes: (entry: AnyEntry) => this.themesOf(entry) };
				computed = (FACETS[collection] ?? []).map((facet) => ({ facet, values: facetValues(facet, this.listing(collection), context) }));
				facets.set(collection, computed);
			}
			return computed;
		},
		themesOf(entry) {
			derived ??= derivedThemes(this);
			return derived(entry);
		},
	};
	return catalogue;
}

const by = <T>(key: (e: any) => T) => (a: AnyEntry, b: AnyEntry) => {
	const ka = key(a);
	const kb = key(b);
	return ka < kb ? -1 : ka > kb ? 1 : 0;
};

/** Listing order where alphabetical (the default) is not the most useful. */
const LISTING_ORDER: Partial<Record<CollectionName, (a: AnyEntry, b: AnyEntry) => number>> = {
	// Newest first; undated last.
	resources: by((e) => -(e.data.year ?? 0)),
	levers: by((e) => `${e.data.programme.id}/${String(e.data.number).padStart(3, '0')}`),
	needs: by((e) => e.data.number),
	// Grouped as their listing shows them (by family, by source document), so that a page of it holds whole runs of a group.
	funding: by((e) => FUNDING_FAMILIES.indexOf(e.data.family)),
	figures: by((e) => e.data.source.id),
};

/** Display title of any entry: `title` for MDX entries, the acronym or name for records. */
export function titleOf(entry: AnyEntry | { collection: CollectionName; data: any }): string {
	const d = entry.data as any;
	if (entry.collection === 'glossary') return d.acronym ?? d.name;
	if (entry.collection === 'figures') return d.label;
	return d.title ?? d.name ?? '';
}

/** One-line description of any entry, for listings and link previews. */
export function summaryOf(entry: AnyEntry): string | undefined {
	const d = entry.data as any;
	if (entry.collection === 'glossary') return d.acronym ? (d.name ?? d.definition) : d.definition;
	return d.summary ?? d.description ?? d.definition;
}

export type { Edge, NodeKey };
