/**
 * « Sur cette page » for an entry page: its sections, in page order, and whether the page is long
 * enough to need them (more than two phone screens, 390 × 844).
 */
import type { AnyEntry, Catalogue } from './catalogue.ts';
import { sectionParts } from './profile-sections.ts';
import { backwardLabel } from './relations.ts';
import { inSentence } from './labels.ts';
import { themePage } from './theme-page.ts';
import type { CollectionName } from '../schemas/names.ts';

/** Anchor of a listing's filter by one facet (FacetNav.astro), for the contents. */
export const facetAnchor = (facetSlug: string) => `filtre-${facetSlug}`;

/** A listing's filters, one contents item per facet, in FacetNav's order. */
export function facetContents(catalogue: Catalogue, collection: CollectionName): ContentsItem[] {
	// « Filtrer par partie du catalogue TRESSONS »: only the label's first letter lowered.
	return catalogue.facets(collection).map(({ facet }) => ({ id: facetAnchor(facet.slug), label: `Filtrer par ${facet.label.charAt(0).toLowerCase()}${facet.label.slice(1)}` }));
}

/** Anchor of one group of « Cité par » (`collection:relation`), for the contents. */
export const backlinkGroupId = (key: string) => `cite-par-${key.replace(':', '-')}`;

/** The groups of « Cité par » an entry shows (Backlinks.astro with the same `skip`), as contents items. */
export function backlinkContents(catalogue: Catalogue, entry: AnyEntry, skip: string[] = []): ContentsItem[] {
	return [...catalogue.graph.backlinksByRelation(entry).keys()]
		.filter((key) => !skip.includes(key))
		.map((key) => {
			const [collection, relation] = key.split(':') as [CollectionName, string];
			return { id: backlinkGroupId(key), label: backwardLabel(collection, relation) };
		});
}

export interface ContentsItem {
	id: string;
	label: string;
	/** False for sections left out of print (« Liens », « Cité par », a fiche's « Chiffres clés »). */
	printed?: boolean;
}

/**
 * The sections of an entry page. `headings` are the body's (from `render()`), `linkSkip` the
 * relations its details show (the « Liens » section leaves them out), `proseFirst` where the body
 * comes before the details.
 */
export function entryContents(
	entry: AnyEntry,
	catalogue: Catalogue,
	headings: { depth: number; slug: string; text: string }[],
	options: { linkSkip: string[]; proseFirst: boolean; termsUsed: boolean; backlinkSkip?: string[] },
): { items: ContentsItem[]; long: boolean } {
	const d = entry.data as any;
	const prose = headings.filter((h) => h.depth === 2).map((h) => ({ id: h.slug, label: h.text }));
	const details: ContentsItem[] = [];
	if (entry.collection === 'fiches') {
		if (d.levers.length) details.push({ id: 'leviers-fiche', label: 'Les leviers' });
		// Left out of print with its section (FicheDetails.astro): the prose gives the figures it explains.
		if (d.figures.length) details.push({ id: 'chiffres-fiche', label: 'Chiffres clés', printed: false });
		if (d.mentions.length) details.push({ id: 'renvois', label: 'Fiches citées' });
	}
	if (entry.collection === 'levers') {
		if (d.actions.length) details.push({ id: 'actions-cles', label: 'Actions clés' });
		if (d.otherMechanisms.length) details.push({ id: 'autres-mecanismes', label: 'Autres mécanismes' });
	}
	if (entry.collection === 'initiatives' && d.leverUsages.length) details.push({ id: 'leviers-mobilises', label: 'Leviers mobilisés' });
	if (entry.collection === 'themes') {
		// Ids of ThemeDetails.astro (ThemeSection with id « theme »).
		const page = themePage(catalogue, entry as Parameters<typeof themePage>[1]);
		details.push(...sectionParts(page.section, 'theme'));
		if (page.figures.length) details.push({ id: 'chiffres-theme', label: 'Chiffres clés' });
	}
	const after: ContentsItem[] = [];
	if (entry.collection === 'resources') after.push({ id: 'citer', label: 'Citer cette ressource' });
	if (options.termsUsed) after.push({ id: 'sigles', label: 'Sigles employés' });
	const linksFrom = catalogue.graph.linksFrom(entry).filter((e) => !options.linkSkip.includes(e.relation));
	if (linksFrom.length) after.push({ id: 'liens', label: 'Liens', printed: false });
	// Groups of « Cité par » the page shows (Backlinks.astro with the same `skip`).
	const groups = backlinkContents(catalogue, entry, options.backlinkSkip);
	if (groups.length) after.push({ id: 'retroliens', label: 'Cité par', printed: false });
	// Each group of « Cité par » too: on a much-cited document, they are most of the page.
	if (groups.length > 1) after.push(...groups.map((g) => ({ id: g.id, label: `Cité par : ${inSentence(g.label)}`, printed: false })));
	const items = [...(options.proseFirst ? [...prose, ...details] : [...details, ...prose]), ...after];
	// On a phone, the site's banner, header and footer take about 800 px and an entry's title, summary,
	// dates and details about 700 px more: one section after them, even a short « Liens », takes the
	// page past two screens (tests/e2e/on-this-page.test.ts measures it). A page without any section
	// has nothing to list.
	return { items, long: items.length >= 1 };
}
