/**
 * Where each collection lives on the site and how it is named in French.
 * The one place that maps a collection to its URL section.
 */
import type { CollectionName } from '../schemas/names.ts';

export interface SectionInfo {
	/** URL segment of the section. */
	slug: string;
	/** Plural label, for headings and navigation. */
	plural: string;
	/** Singular label, for badges. */
	singular: string;
}

export const SECTIONS: Record<CollectionName, SectionInfo> = {
	resources: { slug: 'ressources', plural: 'Ressources', singular: 'Ressource' },
	fiches: { slug: 'fiches', plural: 'Fiches pratiques', singular: 'Fiche' },
	levers: { slug: 'leviers', plural: 'Leviers d’action', singular: 'Levier' },
	initiatives: { slug: 'initiatives', plural: 'Initiatives', singular: 'Initiative' },
	territories: { slug: 'territoires', plural: 'Territoires', singular: 'Territoire' },
	organisations: { slug: 'organisations', plural: 'Organisations', singular: 'Organisation' },
	glossary: { slug: 'glossaire', plural: 'Glossaire', singular: 'Terme' },
	needs: { slug: 'besoins', plural: 'Besoins des territoires', singular: 'Besoin' },
	activities: { slug: 'activites', plural: 'Activités d’utilité sociale', singular: 'Activité' },
	funding: { slug: 'financements', plural: 'Financements et dispositifs', singular: 'Financement' },
	themes: { slug: 'themes', plural: 'Thèmes', singular: 'Thème' },
	programmes: { slug: 'programmes', plural: 'Programmes et études', singular: 'Programme' },
	figures: { slug: 'chiffres', plural: 'Chiffres clés', singular: 'Chiffre' },
};

/** Path of a page, below the site's base path (no leading slash): `ressources/loi-ess-2014/`. */
export function entryPath(collection: CollectionName, id: string): string {
	return `${SECTIONS[collection].slug}/${id}/`;
}

/** `getStaticPaths` of a route below an entry (`[section]/[id]`…): one page per entry, given as `entry`. */
export function entryPaths<E extends { collection: CollectionName; id: string }>(entries: E[]) {
	return entries.map((entry) => ({ params: { section: SECTIONS[entry.collection].slug, id: entry.id }, props: { entry } }));
}

/** Page listing everything that cites an entry, when its page shows only the first ones (`ressources/x/cite-par/`). */
export function citedByPath(collection: CollectionName, id: string): string {
	return `${entryPath(collection, id)}cite-par/`;
}

export function sectionPath(collection: CollectionName): string {
	return `${SECTIONS[collection].slug}/`;
}

/** Prefixes a site path with the base path the site is built for (`import.meta.env.BASE_URL`). */
export function withBase(path: string, base: string): string {
	const cleanBase = base.endsWith('/') ? base : `${base}/`;
	return `${cleanBase}${path.replace(/^\/+/, '')}`;
}
