/**
 * Listings split into pages of a fixed size, so that no page grows with the catalogue (a listing of
 * 5 000 entries would weigh over 100 KiB). Page 1 keeps the listing's own address; page n lives at
 * `<listing>/page/<n>/`, which works without JavaScript and in the offline copy alike.
 */

/** Entries per page: about 15 KiB of HTML once compressed, and a page a phone reader can still scan. */
export const PAGE_SIZE = 50;

/** URL segment of the pages after the first (`ressources/page/2/`): reserved, no entry may take it as id. */
export const PAGE_SEGMENT = 'page';

export interface ListingPage<T> {
	/** Entries shown on this page. */
	items: T[];
	/** 1 for the first page. */
	number: number;
	/** How many pages the listing has (at least 1). */
	count: number;
	/** Position of the page's first item in the whole listing, from 1 (0 when the listing is empty). */
	first: number;
}

/** Splits `items` into pages; an empty listing still has its first page. */
export function paginate<T>(items: readonly T[], size = PAGE_SIZE): ListingPage<T>[] {
	const count = Math.max(1, Math.ceil(items.length / size));
	return Array.from({ length: count }, (_, i) => ({
		items: items.slice(i * size, (i + 1) * size),
		number: i + 1,
		count,
		first: items.length ? i * size + 1 : 0,
	}));
}

/** Site path of page `number` of the listing at `base` (`ressources/`, `ressources/type/guide/`). */
export const pagePath = (base: string, number: number): string => (number === 1 ? base : `${base}${PAGE_SEGMENT}/${number}/`);

/** Page numbers to link to: the first, the last, and the current one with its neighbours; `null` marks a gap. */
export function pageNumbers(current: number, count: number): (number | null)[] {
	const shown = [...new Set([1, current - 1, current, current + 1, count])].filter((n) => n >= 1 && n <= count).sort((a, b) => a - b);
	return shown.flatMap((n, i) => (i > 0 && n - shown[i - 1]! > 1 ? [null, n] : [n]));
}

/** Positions of the page's items in the whole listing: « 51 à 100 », or « 51 » for a page of one. */
export function rangeOf(page: ListingPage<unknown>): string {
	const last = page.first + page.items.length - 1;
	return last === page.first ? String(last) : `${page.first} à ${last}`;
}

/** A listing page's title: the listing's own on page 1, « …, page n » after it. */
export const pageTitle = (title: string, page: ListingPage<unknown>): string => (page.number === 1 ? title : `${title}, page ${page.number}`);

interface Crumb {
	label: string;
	href?: string;
}

/**
 * Breadcrumbs of one page of a listing: `parents`, then the listing itself (last on page 1; linked
 * to its first page after it), then « Page n ».
 */
export const pageCrumbs = (parents: Crumb[], listing: Required<Crumb>, page: ListingPage<unknown>): Crumb[] =>
	page.number === 1 ? [...parents, { label: listing.label }] : [...parents, listing, { label: `Page ${page.number}` }];
