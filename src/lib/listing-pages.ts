/**
 * Every page of every listing (collections, their facet values, the caveats of « Limites des
 * sources »), as the routes build them: one list per kind, split by src/lib/pagination.ts. Page 1
 * and the pages after it live in two route files; both read from here.
 */
import { type AnyEntry, getCatalogue } from './catalogue.ts';
import { FACETS } from './facets.ts';
import { type ListingPage, paginate } from './pagination.ts';
import { SECTIONS } from './routes.ts';
import { COLLECTION_NAMES, type CollectionName } from '../schemas/names.ts';

// Types, not interfaces: Astro's route props need an index signature, which interfaces lack.
export type SectionListingPage = {
	collection: CollectionName;
	page: ListingPage<AnyEntry>;
	/** Entries in the whole listing. */
	total: number;
};

export type FacetListingPage = SectionListingPage & {
	/** The facet, as its label and URL segment. */
	facet: { label: string; slug: string };
	/** The facet value, as its label and URL segment. */
	value: { label: string; value: string };
};

/** Site path of a collection's listing, or of one of its facet values. */
export const listingBase = (collection: CollectionName, facet?: { facet: string; value: string }) =>
	`${SECTIONS[collection].slug}/${facet ? `${facet.facet}/${facet.value}/` : ''}`;

/** Every page of every collection's listing. */
export async function sectionListingPages(): Promise<SectionListingPage[]> {
	const catalogue = await getCatalogue();
	return COLLECTION_NAMES.flatMap((collection) => {
		const entries: AnyEntry[] = catalogue.listing(collection);
		return paginate(entries).map((page) => ({ collection, page, total: entries.length }));
	});
}

/** Every page of every facet value of every listing. */
export async function facetListingPages(): Promise<FacetListingPage[]> {
	const catalogue = await getCatalogue();
	return (Object.keys(FACETS) as CollectionName[]).flatMap((collection) =>
		catalogue.facets(collection).flatMap(({ facet, values }) =>
			values.flatMap((value) =>
				paginate(value.entries).map((page) => ({
					collection,
					page,
					total: value.count,
					facet: { label: facet.label, slug: facet.slug },
					value: { label: value.label, value: value.value },
				})),
			),
		),
	);
}

export type CaveatListingPage = SectionListingPage & {
	/** Caveats in the whole collection, not only on this page. */
	caveats: number;
};

/** Every page of the caveats of each collection that has some (« Limites des sources »). */
export async function caveatListingPages(): Promise<CaveatListingPage[]> {
	return (await getCatalogue()).caveated().flatMap(({ collection, entries }) => {
		const caveats = entries.reduce((n, e) => n + ((e.data as { caveats?: string[] }).caveats ?? []).length, 0);
		return paginate(entries).map((page) => ({ collection, page, total: entries.length, caveats }));
	});
}
