/**
 * How place names are compared, shared by the build (src/lib/places.ts) and the search page's
 * commune lookup, so that both read « Saint-Étienne », « st etienne » and « SAINT ETIENNE » alike.
 * No Node import here: the browser bundle uses it.
 */

/** Lower case, no accents, hyphens and apostrophes as spaces, « saint(e) » spelt « st(e) ». */
export function placeKey(text: string): string {
	return text
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/œ/g, 'oe')
		.replace(/[^a-z0-9]+/g, ' ')
		.replace(/\b(saint|sainte)\b/g, (word) => (word === 'saint' ? 'st' : 'ste'))
		.trim();
}

/** Name of the lookup chunk a key or postcode belongs to: its first two characters. */
export function placeChunkName(key: string): string {
	return key.replace(/ /g, '').slice(0, 2);
}

/** A postcode or an INSEE département number as a reader types it (« 23200 », « 2A », « 974 »). */
export const POSTCODE = /^\d{5}$/;
export const DEPARTEMENT_NUMBER = /^(\d{2,3}|2[ab])$/i;

/**
 * « dans la Creuse », « en Nouvelle-Aquitaine », « à Aubusson »: the preposition and article a place
 * takes, from the official `typeLiaison` (0–1 no article, 2 le, 3 la, 4 les, 5 l’).
 */
export function placeIn(nom: string, kind: 'commune' | 'departement' | 'region', liaison = 0): string {
	if (kind === 'commune' || /^(la|le|les) /i.test(nom)) return `à ${nom}`;
	if (liaison === 2) return `dans le ${nom}`;
	if (liaison === 4) return `dans les ${nom}`;
	if (kind === 'region' || liaison < 2) return `en ${nom}`;
	return liaison === 5 ? `dans l’${nom}` : `dans la ${nom}`;
}
