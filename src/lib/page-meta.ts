/** The metadata of the pages that describe something (entries, the home page, the open-data page). */
import type { AnyEntry, Catalogue } from './catalogue.ts';
import type { CslItem } from './citation/csl.ts';
import { feeds, levelFeedPath, themeFeedPath } from './feeds.ts';
import { entryJsonLd, type JsonLd, type JsonLdContext } from './json-ld.ts';
import { SECTIONS, sectionPath } from './routes.ts';
import { absoluteEntryHref, absoluteHref } from './url.ts';
import type { Level } from '../schemas/shared.ts';

export interface PageMeta {
	type?: 'website' | 'article';
	jsonLd?: JsonLd;
	feeds?: { title: string; path: string }[];
	/** A resource's bibliographic item (its `citation_*` tags). */
	citation?: CslItem;
}

export function jsonLdContext(catalogue: Catalogue): JsonLdContext {
	return {
		urlOf: absoluteEntryHref,
		titleOf: (key) => catalogue.title(key.collection, key.id),
		sectionOf: (collection) => ({ url: absoluteHref(sectionPath(collection)), name: SECTIONS[collection].plural }),
	};
}

/** Feeds a reader of this page may want: a theme's own page offers that theme's feed. */
function feedsFor(paths: string[], catalogue: Catalogue): PageMeta['feeds'] {
	return feeds(catalogue)
		.filter((feed) => paths.includes(feed.path))
		.map(({ title, path }) => ({ title, path }));
}

export function entryMeta(entry: AnyEntry, catalogue: Catalogue): PageMeta {
	return {
		type: 'article',
		jsonLd: entryJsonLd(entry as { collection: AnyEntry['collection']; id: string; data: Record<string, any> }, jsonLdContext(catalogue)),
		feeds: entry.collection === 'themes' ? feedsFor([themeFeedPath(entry.id)], catalogue) : [],
	};
}

export const levelMeta = (level: Level, catalogue: Catalogue): PageMeta => ({ feeds: feedsFor([levelFeedPath(level)], catalogue) });
