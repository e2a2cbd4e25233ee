/**
 * What the search index records about an entry besides its text: filters (facets with counts
 * on the search page) and metadata shown in results (kind, place, year).
 */
import { type AnyEntry, type Catalogue, summaryOf, titleOf } from './catalogue.ts';
import { regionsOf } from './facets.ts';
import { getDepartement, getRegion, resolvePlace } from './geo.ts';
import { AUDIENCE_LABELS, RESOURCE_KIND_LABELS } from './labels.ts';
import { entryPath, SECTIONS, withBase } from './routes.ts';
import type { Synonym } from './search-vocabulary.ts';

export interface SearchMeta {
	filters: Record<string, string[]>;
	meta: Record<string, string>;
	/** Year used to sort results when there is no query. */
	sortYear?: number;
}

export function searchMetaOf(entry: AnyEntry, catalogue: Catalogue): SearchMeta {
	const d = entry.data as any;
	const filters: Record<string, string[]> = { type: [SECTIONS[entry.collection].singular] };
	const meta: Record<string, string> = {};
	const levels: string[] = [...(d.levels ?? []), ...(d.level ? [d.level] : []), ...(d.audiences ?? []), ...(d.leverUsages ?? []).map((u: any) => u.by).filter(Boolean)];
	if (levels.length) filters.niveau = [...new Set(levels.map((l) => AUDIENCE_LABELS[l as keyof typeof AUDIENCE_LABELS]))];
	if (d.themes?.length) filters.theme = d.themes.map((t: { id: string }) => catalogue.title('themes', t.id));
	if (entry.collection === 'resources') filters.ressource = [RESOURCE_KIND_LABELS[d.kind as keyof typeof RESOURCE_KIND_LABELS]];
	const year = d.year ?? d.founded;
	if (year) {
		filters.annee = [String(year)];
		meta.annee = String(year);
	}
	const places: string[] = [];
	for (const place of d.places ?? []) {
		const r = resolvePlace(place);
		places.push([r.commune?.nom, r.departement?.nom ?? r.region?.nom].filter(Boolean).join(', '));
	}
	for (const code of d.departements ?? []) {
		const dep = getDepartement(code);
		if (dep) places.push(dep.nom);
	}
	if (places.length) meta.lieu = [...new Set(places)].join(' ; ');
	const regions = regionsOf(entry).map((code) => getRegion(code)!.nom);
	if (regions.length) filters.region = regions;
	return { filters, meta, sortYear: year };
}

/** Readers' words (`aliases` of glossary terms and themes), for the search page: each leads to its entry. */
export function synonymTable(catalogue: Catalogue, base: string): Synonym[] {
	const entries = [...catalogue.all('glossary'), ...catalogue.all('themes')];
	return entries.flatMap((entry) => {
		const d = entry.data as { aliases?: string[]; acronym?: string; name?: string; definition?: string; description?: string; intro?: { text: string } };
		const title = entry.collection === 'glossary' && d.acronym && d.name ? `${d.acronym} — ${d.name}` : titleOf(entry);
		const common = {
			url: withBase(entryPath(entry.collection, entry.id), base),
			title,
			type: SECTIONS[entry.collection].singular,
			words: d.name ?? titleOf(entry),
			text: d.definition ?? d.description ?? d.intro?.text ?? summaryOf(entry) ?? '',
		};
		return (d.aliases ?? []).map((alias) => ({ alias, ...common }));
	});
}
