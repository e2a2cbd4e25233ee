/**
 * The pages the build will write, worked out from the content and from `src/pages` without
 * building, so that internal links in bodies can be checked against them.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { COLLECTION_NAMES, type CollectionName } from '../../schemas/names.ts';
import { FACETS } from '../facets.ts';
import { LinkGraph } from '../graph.ts';
import { derivedThemes } from '../theme-links.ts';
import { PROFILES } from '../profiles.ts';
import { entryPath, SECTIONS, sectionPath } from '../routes.ts';

const PROJECT = join(import.meta.dirname, '..', '..', '..');
export const PAGES_DIR = join(PROJECT, 'src', 'pages');
/** Files copied as they are to the site root. */
export const PUBLIC_DIR = join(PROJECT, 'public');

/** What a site map is made from. */
export interface SiteContent {
	/** Ids found in each collection. */
	ids: Map<CollectionName, Set<string>>;
	/** Records that passed their schema (facet pages come from their data). */
	records: { collection: CollectionName; id: string; data: Record<string, unknown> }[];
}

export interface SiteMap {
	/** Site paths below the base path, without leading slash (`fiches/x/`, `` for the home page). */
	has(path: string): boolean;
	/** Every known path, for suggestions. */
	paths(): string[];
}

/** The pages each dynamic route of `src/pages` generates; keys are file paths below `src/pages`. */
const DYNAMIC_ROUTES: Record<string, (content: SiteContent) => string[]> = {
	'[section]/index.astro': () => COLLECTION_NAMES.map(sectionPath),
	'[section]/[id].astro': ({ ids }) => [...ids].flatMap(([collection, set]) => [...set].map((id) => entryPath(collection, id))),
	'[section]/[facet]/[value].astro': ({ records }) => {
		// Levers and schemes take their themes from the initiatives that use them: the same rule as the build's.
		const themesOf = derivedThemes({ graph: new LinkGraph(records), listing: (collection: CollectionName) => records.filter((r) => r.collection === collection) } as never);
		return records.flatMap((record) =>
			(FACETS[record.collection] ?? []).flatMap((facet) =>
				facet
					.values(record as never, { titles: (_c, id) => id, derivedThemes: themesOf })
					.map((value) => `${SECTIONS[record.collection].slug}/${facet.slug}/${value}/`),
			),
		);
	},
	'pour/[profil].astro': () => PROFILES.map((p) => `pour/${p.slug}/`),
};

const PAGE_FILE = /\.(astro|md|mdx|html)$/;
const ENDPOINT_FILE = /\.(ts|js)$/;

/** `a-propos.astro` → `a-propos/`, `index.astro` → ``, `donnees/x.json.ts` → `donnees/x.json`. */
function routeOf(file: string): string | undefined {
	if (PAGE_FILE.test(file)) {
		const stem = file.replace(PAGE_FILE, '');
		if (stem === '404' || stem === '500') return undefined;
		return stem === 'index' ? '' : `${stem.replace(/\/index$/, '')}/`;
	}
	if (ENDPOINT_FILE.test(file)) return file.replace(ENDPOINT_FILE, '');
	return undefined;
}

/** A dynamic route the table does not know yet still matches its own shape, e.g. `donnees/[nom].json`. */
const patternOf = (route: string) =>
	new RegExp(`^${route.split(/\[[^\]]+\]/).map((part) => part.replace(/[.*+?^${}()|\\]/g, '\\$&')).join('[^/]+')}$`);

const listFiles = (dir: string) =>
	existsSync(dir) ? (readdirSync(dir, { recursive: true, withFileTypes: true }).filter((d) => d.isFile()).map((d) => relative(dir, join(d.parentPath, d.name)).split('\\').join('/'))) : [];

export function buildSiteMap(content: SiteContent, pagesDir = PAGES_DIR, publicDir = PUBLIC_DIR): SiteMap {
	const pages = new Set<string>(listFiles(publicDir));
	const patterns: RegExp[] = [];
	for (const file of listFiles(pagesDir)) {
		const route = routeOf(file);
		if (route === undefined) continue;
		if (!route.includes('[')) pages.add(route);
		else if (DYNAMIC_ROUTES[file]) for (const path of DYNAMIC_ROUTES[file](content)) pages.add(path);
		else patterns.push(patternOf(route));
	}
	return {
		has: (path) => pages.has(path) || patterns.some((p) => p.test(path)),
		paths: () => [...pages],
	};
}
