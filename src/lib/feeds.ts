/**
 * The RSS feeds of resources: all of them, and one per level of local government and per theme,
 * so that a reader can follow only what concerns them. Each feed lists its resources newest first.
 */
import type { Catalogue, EntryOf } from './catalogue.ts';
import { LEVEL_LABELS } from './labels.ts';
import { LEVELS, type Level } from '../schemas/shared.ts';

type Resource = EntryOf<'resources'>;

export interface Feed {
	/** Path below the site's base, without extension: `flux/ressources`, `flux/niveau/commune`. */
	path: string;
	title: string;
	description: string;
	items: Resource[];
}

const FEEDS_SECTION = 'flux/';
export const feedFile = (feed: Pick<Feed, 'path'>) => `${feed.path}.xml`;
export const ALL_RESOURCES_FEED = `${FEEDS_SECTION}ressources`;
export const levelFeedPath = (level: Level) => `${FEEDS_SECTION}niveau/${level}`;
export const themeFeedPath = (themeId: string) => `${FEEDS_SECTION}theme/${themeId}`;

/** Publication time of a resource for ordering: its exact date, else its year; undated ones last. */
function publishedAt(resource: { data: { date?: Date; year?: number } }): number {
	const { date, year } = resource.data;
	if (date) return date.getTime();
	// A year alone sorts after the dated resources of that year: its day is unknown, so never guessed as 1 January.
	if (year) return Date.UTC(year, 0, 1) - 1;
	return Number.NEGATIVE_INFINITY;
}

/** Newest first; same-time resources by title. */
export function newestFirst<R extends { data: { date?: Date; year?: number; title: string } }>(resources: R[]): R[] {
	return [...resources].sort((a, b) => publishedAt(b) - publishedAt(a) || a.data.title.localeCompare(b.data.title, 'fr'));
}

const built = new WeakMap<Catalogue, Feed[]>();

/** Every feed of the site (built once per catalogue: every page's head names some). */
export function feeds(catalogue: Catalogue): Feed[] {
	let list = built.get(catalogue);
	if (!list) {
		list = buildFeeds(catalogue);
		built.set(catalogue, list);
	}
	return list;
}

function buildFeeds(catalogue: Catalogue): Feed[] {
	const resources = catalogue.all('resources');
	const levelFeeds = LEVELS.map((level) => ({
		path: levelFeedPath(level),
		title: `Ressources pour : ${LEVEL_LABELS[level]}`,
		description: `Les ressources du centre écrites pour ce public : ${LEVEL_LABELS[level]}, les plus récentes d’abord.`,
		items: newestFirst(resources.filter((r) => r.data.audiences.includes(level))),
	}));
	const themeFeeds = catalogue.all('themes').map((theme) => ({
		path: themeFeedPath(theme.id),
		title: `Ressources sur le thème : ${theme.data.name}`,
		description: `Les ressources du centre sur le thème « ${theme.data.name} », les plus récentes d’abord.`,
		items: newestFirst(resources.filter((r) => r.data.themes.some((t) => t.id === theme.id))),
	}));
	return [
		{
			path: ALL_RESOURCES_FEED,
			title: 'Toutes les ressources',
			description: 'Les ressources du centre (études, guides, fiches, webinaires, textes…), les plus récentes d’abord.',
			items: newestFirst(resources),
		},
		...levelFeeds,
		...themeFeeds,
	];
}
