/**
 * Official French administrative codes, from `@etalab/decoupage-administratif`.
 * Names of communes, départements and régions are always derived from here, never typed by hand.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

export interface Commune {
	code: string;
	nom: string;
	departement: string;
	region: string;
	zone: string;
	/** Legal population, as the official table gives it (absent for a few communes). */
	population?: number;
}
export interface Departement {
	code: string;
	nom: string;
	region: string;
	zone: string;
}
export interface Region {
	code: string;
	nom: string;
	zone: string;
}
export interface Epci {
	code: string;
	nom: string;
	type: string;
}

const require = createRequire(import.meta.url);

function readTable<T extends { code: string }>(name: string, keep: (row: any) => boolean = () => true) {
	const path = require.resolve(`@etalab/decoupage-administratif/data/${name}.json`);
	const rows = JSON.parse(readFileSync(path, 'utf8')) as any[];
	return new Map<string, T>(rows.filter(keep).map((row) => [row.code, row as T]));
}

// Loaded on first use: the communes table is 8 MB and most callers only need départements.
let communes: Map<string, Commune> | undefined;
let departements: Map<string, Departement> | undefined;
let regions: Map<string, Region> | undefined;
let epcis: Map<string, Epci> | undefined;

export function getCommune(code: string): Commune | undefined {
	communes ??= readTable<Commune>('communes', (row) => row.type === 'commune-actuelle');
	return communes.get(code);
}

export function getDepartement(code: string): Departement | undefined {
	departements ??= readTable<Departement>('departements');
	return departements.get(code);
}

export function getRegion(code: string): Region | undefined {
	regions ??= readTable<Region>('regions');
	return regions.get(code);
}

export function getEpci(siren: string): Epci | undefined {
	epcis ??= readTable<Epci>('epci');
	return epcis.get(siren);
}

/** Every official code of a table, in the table's order (e.g. to draw valid synthetic places). */
export function allCodes(table: 'communes' | 'departements' | 'regions' | 'epci'): string[] {
	const lookup = { communes: getCommune, departements: getDepartement, regions: getRegion, epci: getEpci }[table];
	lookup('');
	return [...{ communes, departements, regions, epci: epcis }[table]!.keys()];
}

/** A place resolved to names: the commune (if any), its département and its région. */
export interface ResolvedPlace {
	commune?: Commune;
	departement?: Departement;
	region?: Region;
	/** Whether the place is in an overseas département or région (DROM). */
	drom: boolean;
}

export function resolvePlace(place: { commune?: string; departement?: string; region?: string }): ResolvedPlace {
	const commune = place.commune ? getCommune(place.commune) : undefined;
	const departement = getDepartement(commune?.departement ?? place.departement ?? '');
	const region = getRegion(departement?.region ?? place.region ?? '');
	const drom = [commune?.zone, departement?.zone, region?.zone].includes('drom');
	return { commune, departement, region, drom };
}
