/**
 * Place resolution: what a reader types (commune name, postcode, département name or number,
 * région name) → the commune, its département and its région. Everything comes from
 * `@etalab/decoupage-administratif` through geo.ts, nothing typed by hand.
 *
 * Build-time (Node) module. The search page resolves communes in the browser from the small
 * chunks `placeLookupChunks()` writes (loaded only when a query may be a place).
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { allCodes, getDepartement, getRegion, type Departement, type Region } from './geo.ts';
import { DEPARTEMENT_NUMBER, POSTCODE, placeChunkName, placeKey } from './place-key.ts';

export { placeKey } from './place-key.ts';

/** One place a text may name, resolved up to its région. */
export interface PlaceMatch {
	/** What the text named: a commune (by name or postcode), a département or a région. */
	kind: 'commune' | 'departement' | 'region';
	/** The commune, when the text named one. */
	commune?: { code: string; nom: string; codesPostaux: string[]; population?: number };
	/** Its département (absent when the text named a région). */
	departement?: Pick<Departement, 'code' | 'nom'>;
	region: Pick<Region, 'code' | 'nom'>;
}

interface CommuneRow {
	code: string;
	nom: string;
	departement: string;
	region: string;
	codesPostaux?: string[];
	population?: number;
	type: string;
}

const require = createRequire(import.meta.url);
let communes: CommuneRow[] | undefined;

/** Current communes (no delegated or associated ones, no municipal arrondissements), largest first. */
function currentCommunes(): CommuneRow[] {
	communes ??= (JSON.parse(readFileSync(require.resolve('@etalab/decoupage-administratif/data/communes.json'), 'utf8')) as CommuneRow[])
		.filter((row) => row.type === 'commune-actuelle')
		.sort((a, b) => (b.population ?? 0) - (a.population ?? 0));
	return communes;
}

let byKey: Map<string, CommuneRow[]> | undefined;

/** Communes by name key, each list largest first (built once: 35 000 names). */
function communesByKey(): Map<string, CommuneRow[]> {
	if (!byKey) {
		byKey = new Map();
		for (const row of currentCommunes()) {
			const key = placeKey(row.nom);
			byKey.set(key, [...(byKey.get(key) ?? []), row]);
		}
	}
	return byKey;
}

function communeMatch(row: CommuneRow): PlaceMatch {
	const dep = getDepartement(row.departement)!;
	const region = getRegion(row.region)!;
	return {
		kind: 'commune',
		commune: { code: row.code, nom: row.nom, codesPostaux: row.codesPostaux ?? [], population: row.population },
		departement: { code: dep.code, nom: dep.nom },
		region: { code: region.code, nom: region.nom },
	};
}

/**
 * Every place `text` may name, most likely first: a postcode gives the communes that use it, a
 * number of two or three characters its département, a name the région, département or communes
 * of that name (homonyms by decreasing population). Empty when the text names no place.
 */
export function findPlaces(text: string): PlaceMatch[] {
	const raw = text.trim();
	if (POSTCODE.test(raw)) return currentCommunes().filter((c) => c.codesPostaux?.includes(raw)).map(communeMatch);
	if (DEPARTEMENT_NUMBER.test(raw)) {
		const dep = getDepartement(raw.toUpperCase().padStart(2, '0'));
		return dep ? [departementMatch(dep)] : [];
	}
	const key = placeKey(raw);
	if (!key) return [];
	const matches: PlaceMatch[] = [];
	for (const code of allCodes('regions')) {
		const region = getRegion(code)!;
		if (placeKey(region.nom) === key) matches.push({ kind: 'region', region: { code: region.code, nom: region.nom } });
	}
	for (const code of allCodes('departements')) {
		const dep = getDepartement(code)!;
		if (placeKey(dep.nom) === key) matches.push(departementMatch(dep));
	}
	for (const row of communesByKey().get(key) ?? []) matches.push(communeMatch(row));
	return matches;
}

function departementMatch(dep: Departement): PlaceMatch {
	const region = getRegion(dep.region)!;
	return { kind: 'departement', departement: { code: dep.code, nom: dep.nom }, region: { code: region.code, nom: region.nom } };
}

/**
 * One row of the browser's commune lookup: [name, département code, postcodes joined by spaces].
 * The région comes from the département (the search page knows every département).
 */
export type PlaceLookupRow = [nom: string, departement: string, codesPostaux: string];

/**
 * The commune lookup in chunks, by the first two characters of the name's key (« au » for
 * Aubusson) and of the postcode (« 23 » for 23200), so a query loads one small chunk.
 */
export function placeLookupChunks(): Map<string, PlaceLookupRow[]> {
	const chunks = new Map<string, PlaceLookupRow[]>();
	const add = (name: string, row: PlaceLookupRow) => {
		const list = chunks.get(name) ?? [];
		list.push(row);
		chunks.set(name, list);
	};
	for (const c of currentCommunes()) {
		const row: PlaceLookupRow = [c.nom, c.departement, (c.codesPostaux ?? []).join(' ')];
		add(placeChunkName(placeKey(c.nom)), row);
		for (const chunk of new Set((c.codesPostaux ?? []).map(placeChunkName))) add(chunk, row);
	}
	return chunks;
}

/** A département as the search page knows it: names and `typeLiaison` (for « dans la Creuse »). */
export interface DepartementRow {
	code: string;
	nom: string;
	liaison: number;
	region: string;
	regionLiaison: number;
}

/** Every département with its région, for the search page (a hundred rows, shipped inline). */
export function departementTable(): DepartementRow[] {
	return allCodes('departements').map((code) => {
		const dep = getDepartement(code) as Departement & { typeLiaison: number };
		const region = getRegion(dep.region) as Region & { typeLiaison: number };
		return { code, nom: dep.nom, liaison: dep.typeLiaison, region: region.nom, regionLiaison: region.typeLiaison };
	});
}
