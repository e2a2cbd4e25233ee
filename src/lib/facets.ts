/**
 * Facets of the listings: for each collection, the ways to narrow it (kind, year, level,
 * région…). Each facet value gets its own static page, so filtering works without JavaScript.
 */
import type { CollectionName } from '../schemas/names.ts';
import type { AnyEntry } from './catalogue.ts';
import { getDepartement, getRegion, resolvePlace } from './geo.ts';
import {
	AUDIENCE_LABELS,
	FUNDING_FAMILY_LABELS,
	INITIATIVE_KIND_LABELS,
	LEGAL_FORM_LABELS,
	ORGANISATION_KIND_LABELS,
	PART_LABELS,
	RESOURCE_KIND_LABELS,
	TERRITORY_KIND_LABELS,
	ZONING_LABELS,
} from './labels.ts';
import { SCHEME_TIME_LABELS, schemeTime } from './scheme-status.ts';

/** What a facet may need beyond the entry itself. */
export interface FacetContext {
	/** Display title of any entry. */
	titles: (collection: CollectionName, id: string) => string;
	/**
	 * Themes of levers and funding schemes, which take theirs from the initiatives that use them
	 * (src/lib/theme-links.ts); other entries name their own `themes`.
	 */
	derivedThemes?: (entry: AnyEntry) => string[];
}

export interface Facet {
	/** URL segment (`type`, `annee`, `region`…). */
	slug: string;
	/** Heading of the facet. */
	label: string;
	/** Values an entry takes for this facet (several for lists). */
	values(entry: AnyEntry, context: FacetContext): string[];
	/** Label of a value. */
	valueLabel(value: string, titles: (collection: CollectionName, id: string) => string): string;
	/** Newest first for years, else alphabetical. */
	order?: 'desc';
}

const labelOf = (labels: Record<string, string>) => (value: string) => labels[value] ?? value;
const ids = (list: { id: string }[] | undefined) => (list ?? []).map((l) => l.id);

/** Régions (INSEE codes) of an entry's places or départements. */
export function regionsOf(entry: AnyEntry): string[] {
	const d = entry.data as any;
	const codes = new Set<string>();
	for (const place of d.places ?? []) {
		const region = resolvePlace(place).region;
		if (region) codes.add(region.code);
	}
	for (const code of d.departements ?? []) {
		const departement = getDepartement(code);
		if (departement) codes.add(departement.region);
	}
	return [...codes];
}
const regionLabel = (code: string) => getRegion(code)?.nom ?? code;

/** Départements of an initiative's places (places given only as a région have none). */
export function departementsOf(entry: AnyEntry): string[] {
	const codes = new Set<string>();
	for (const place of (entry.data as any).places ?? []) {
		const departement = resolvePlace(place).departement;
		if (departement) codes.add(departement.code);
	}
	return [...codes];
}
const departementLabel = (code: string) => {
	const d = getDepartement(code);
	return d ? `${d.nom} (${d.code})` : code;
};

const themeFacet: Facet = {
	slug: 'theme',
	label: 'Thème',
	values: (e, { derivedThemes }) => ((e.data as any).themes ? ids((e.data as any).themes) : (derivedThemes?.(e) ?? [])),
	valueLabel: (v, titles) => titles('themes', v),
};

export const FACETS: Partial<Record<CollectionName, Facet[]>> = {
	resources: [
		{ slug: 'type', label: 'Type', values: (e) => [(e.data as any).kind], valueLabel: labelOf(RESOURCE_KIND_LABELS) },
		{ slug: 'annee', label: 'Année', values: (e) => ((e.data as any).year ? [String((e.data as any).year)] : []), valueLabel: (v) => v, order: 'desc' },
		{ slug: 'partie', label: 'Partie du catalogue TRESSONS', values: (e) => ((e.data as any).part ? [(e.data as any).part] : []), valueLabel: labelOf(PART_LABELS) },
		{ slug: 'public', label: 'Public', values: (e) => (e.data as any).audiences, valueLabel: labelOf(AUDIENCE_LABELS) },
		themeFacet,
	],
	initiatives: [
		themeFacet,
		{ slug: 'region', label: 'Région', values: regionsOf, valueLabel: regionLabel },
		{ slug: 'departement', label: 'Département', values: departementsOf, valueLabel: departementLabel },
		{ slug: 'forme', label: 'Forme juridique', values: (e) => ((e.data as any).legalForm ? [(e.data as any).legalForm] : []), valueLabel: labelOf(LEGAL_FORM_LABELS) },
		{ slug: 'nature', label: 'Nature', values: (e) => [(e.data as any).kind], valueLabel: labelOf(INITIATIVE_KIND_LABELS) },
		{ slug: 'zonage', label: 'Zonage', values: (e) => (e.data as any).zonings, valueLabel: labelOf(ZONING_LABELS) },
	],
	levers: [
		{ slug: 'niveau', label: 'Pour', values: (e) => (e.data as any).levels, valueLabel: labelOf(AUDIENCE_LABELS) },
		{ slug: 'source', label: 'Source', values: (e) => [(e.data as any).programme.id], valueLabel: (v, titles) => titles('programmes', v) },
		themeFacet,
	],
	fiches: [{ slug: 'niveau', label: 'Pour', values: (e) => [(e.data as any).level], valueLabel: labelOf(AUDIENCE_LABELS) }],
	territories: [
		{ slug: 'nature', label: 'Nature', values: (e) => [(e.data as any).kind], valueLabel: labelOf(TERRITORY_KIND_LABELS) },
		{ slug: 'region', label: 'Région', values: regionsOf, valueLabel: regionLabel },
	],
	organisations: [{ slug: 'nature', label: 'Nature', values: (e) => ((e.data as any).kind ? [(e.data as any).kind] : []), valueLabel: labelOf(ORGANISATION_KIND_LABELS) }],
	funding: [
		{ slug: 'etat', label: 'Encore ouverts ou historiques', values: (e) => [schemeTime(e.data as any)], valueLabel: labelOf(SCHEME_TIME_LABELS) },
		{ slug: 'famille', label: 'Famille', values: (e) => [(e.data as any).family], valueLabel: labelOf(FUNDING_FAMILY_LABELS) },
		themeFacet,
	],
};

export interface FacetValue {
	value: string;
	label: string;
	count: number;
	entries: AnyEntry[];
}

/** Every value a facet takes over `entries`, with its count and its entries, in display order. */
export function facetValues(facet: Facet, entries: AnyEntry[], context: FacetContext): FacetValue[] {
	const { titles } = context;
	const byValue = new Map<string, AnyEntry[]>();
	for (const entry of entries) {
		for (const value of new Set(facet.values(entry, context))) {
			const list = byValue.get(value) ?? [];
			list.push(entry);
			byValue.set(value, list);
		}
	}
	const values = [...byValue].map(([value, list]) => ({ value, label: facet.valueLabel(value, titles), count: list.length, entries: list }));
	return facet.order === 'desc'
		? values.sort((a, b) => b.value.localeCompare(a.value))
		: values.sort((a, b) => a.label.localeCompare(b.label, 'fr'));
}
