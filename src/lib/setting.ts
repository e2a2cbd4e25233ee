/**
 * Where an example stands against the site's subject, rural territories: the reader sees at once
 * that a case comes from a town, a priority neighbourhood or overseas, and rural cases come first.
 * Derived from official codes and the entry's zonings, never typed by hand.
 */
import { resolvePlace } from './geo.ts';

/** Commune population from which an example is labelled as urban (official legal population). */
export const URBAN_POPULATION = 10_000;

export type Setting = 'rural' | 'ville' | 'qpv' | 'outre-mer';

/** Labels shown next to an example that is not a rural case. */
export const SETTING_LABELS: Record<Exclude<Setting, 'rural'>, string> = {
	ville: 'en ville',
	qpv: 'quartier prioritaire (QPV)',
	'outre-mer': 'outre-mer',
};

interface Situated {
	places?: { commune?: string; departement?: string; region?: string }[];
	zonings?: string[];
}

/** The setting of an example: overseas, then QPV, then town (a commune of `URBAN_POPULATION` or more), else rural or unplaced. */
export function settingOf(data: Situated): Setting {
	const places = (data.places ?? []).map(resolvePlace);
	const zonings = data.zonings ?? [];
	if (zonings.includes('drom') || places.some((p) => p.drom)) return 'outre-mer';
	if (zonings.includes('qpv')) return 'qpv';
	if (places.some((p) => (p.commune?.population ?? 0) >= URBAN_POPULATION)) return 'ville';
	return 'rural';
}

/** Sort rank: rural cases first, then towns, priority neighbourhoods and overseas. */
export const SETTING_ORDER: Record<Setting, number> = { rural: 0, ville: 1, qpv: 2, 'outre-mer': 3 };

/** Name of where an example is (commune, else département, else région), for a list line; undefined when unplaced. */
export function placeName(data: Situated & { places?: { locality?: string }[] }): string | undefined {
	const first = data.places?.[0];
	if (!first) return undefined;
	const p = resolvePlace(first);
	return p.commune?.nom ?? p.departement?.nom ?? p.region?.nom;
}
