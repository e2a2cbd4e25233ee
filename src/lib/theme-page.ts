/**
 * What a theme's page shows beyond its introduction: everything filed under the theme (levers, examples,
 * funding, resources, as a profile section with wide limits) and the key figures that say where they hold.
 */
import type { Catalogue, EntryOf } from './catalogue.ts';
import { themeSection, type ThemeSection } from './profile-sections.ts';

/**
 * Entries of each kind on a theme's page: all of them at the real content's size, and a page that
 * stays light when a theme gathers hundreds; the rest are on the « Thème » filter of each listing.
 */
export const THEME_PAGE_LIMITS = { levers: 30, examples: 30, funding: 30, resources: 30 } as const;

/** The place national figures give (figures.yaml `place`); they are listed first. */
export const NATIONAL = 'France';

export interface ThemePage {
	section: ThemeSection;
	/** Figures of the theme that say where they hold, national ones first; figures without a place stay off. */
	figures: EntryOf<'figures'>[];
	/** Figures of the theme left off because they do not say where they hold (still on their own pages). */
	unplaced: number;
}

export function themePage(catalogue: Catalogue, theme: EntryOf<'themes'>): ThemePage {
	const all = catalogue.listing('figures').filter((f) => f.data.themes.some((t) => t.id === theme.id));
	const figures = all
		.filter((f) => f.data.place !== undefined)
		.sort((a, b) => Number(b.data.place === NATIONAL) - Number(a.data.place === NATIONAL) || a.data.place!.localeCompare(b.data.place!, 'fr'));
	return { section: themeSection(catalogue, theme, undefined, THEME_PAGE_LIMITS), figures, unplaced: all.length - figures.length };
}
