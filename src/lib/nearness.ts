/**
 * « Nearest first » for a dossier's examples: each example carries tokens naming where it is
 * (commune, département, région), written at build time from official codes; the reader's place,
 * resolved in the browser, ranks them: same commune, then département, then région, then the rest.
 * No Node import here: the dossier page's script uses it.
 */
import { placeKey } from './place-key.ts';

/** What a place is known by, at every level (région by name: the browser's table names it so). */
export interface NearPlace {
	/** Commune name, when the place is (or the example is in) a commune. */
	commune?: string;
	/** Département code (« 23 », « 2A », « 974 »). */
	departement?: string;
	/** Région name. */
	region?: string;
}

const regionToken = (name: string) => `r:${placeKey(name).replace(/ /g, '-')}`;
const communeToken = (departement: string, name: string) => `c:${departement}:${placeKey(name).replace(/ /g, '-')}`;

/** Tokens an example carries (`data-near`), one set per place it names. */
export function nearTokens(places: NearPlace[]): string {
	const tokens = new Set<string>();
	for (const p of places) {
		if (p.commune && p.departement) tokens.add(communeToken(p.departement, p.commune));
		if (p.departement) tokens.add(`d:${p.departement}`);
		if (p.region) tokens.add(regionToken(p.region));
	}
	return [...tokens].join(' ');
}

/** 0 same commune, 1 same département, 2 same région, 3 elsewhere or unplaced. */
export function nearRank(tokens: string, place: NearPlace): 0 | 1 | 2 | 3 {
	const own = new Set(tokens.split(' '));
	if (place.commune && place.departement && own.has(communeToken(place.departement, place.commune))) return 0;
	if (place.departement && own.has(`d:${place.departement}`)) return 1;
	if (place.region && own.has(regionToken(place.region))) return 2;
	return 3;
}

/** Items sorted nearest first, keeping their given order (rural first, then by title) within a rank. */
export function nearestFirst<T>(items: T[], tokensOf: (item: T) => string, place: NearPlace): T[] {
	return items
		.map((item, index) => ({ item, index, rank: nearRank(tokensOf(item), place) }))
		.sort((a, b) => a.rank - b.rank || a.index - b.index)
		.map((x) => x.item);
}
