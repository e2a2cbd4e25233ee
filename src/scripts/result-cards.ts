/**
 * The search results' cards (address, title, kind, place, year of every indexed page), written at build
 * time beside the search page (src/integrations/search-index.ts) and loaded once, while the reader types.
 * With them the results are ordered and shown as soon as Pagefind answers: a page's fragment is fetched
 * only for its excerpt. Without them (an old copy saved offline, a failed fetch) each hit's data is read instead.
 */
export interface PagefindResultData {
	url: string;
	excerpt: string;
	meta: Record<string, string>;
}

let cards: Promise<Map<string, PagefindResultData>> | undefined;

/** The cards by Pagefind's id of the page, each with an empty `excerpt` (fetched once; an empty map when they cannot be). */
export function loadCards(base: string): Promise<Map<string, PagefindResultData>> {
	cards ??= fetch(`${base}recherche/pages.json`)
		.then((r): Promise<Record<string, string[]>> => (r.ok ? r.json() : Promise.resolve({})))
		.then((rows) => {
			const byId = new Map<string, PagefindResultData>();
			for (const [id, [url = '', title = '', type = '', lieu = '', annee = '']] of Object.entries(rows)) {
				const meta: Record<string, string> = { title, type };
				if (lieu) meta.lieu = lieu;
				if (annee) meta.annee = annee;
				// Pagefind's addresses start at the site's root: under a base path, as its `baseUrl` option makes them.
				byId.set(id, { url: `${base}${url.replace(/^\//, '')}`, excerpt: '', meta });
			}
			return byId;
		})
		.catch(() => new Map());
	return cards;
}
