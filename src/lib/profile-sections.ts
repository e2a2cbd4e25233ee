/**
 * A reader profile's page as answers: one section per theme, saying what to do (levers and the key
 * actions its examples illustrate), who did it (rural cases first, the others labelled), how to fund
 * it and what to read. The profile page and the dossier pages both draw from here.
 */
import type { Level } from '../schemas/shared.ts';
import { type AnyEntry, type Catalogue, type EntryOf, titleOf } from './catalogue.ts';
import { resolvePlace } from './geo.ts';
import { nearTokens } from './nearness.ts';
import { type Setting, SETTING_ORDER, settingOf } from './setting.ts';
import { leversOf } from './theme-links.ts';

/** Most items a section lists of each kind; the theme page has them all. Keeps pages light at any content size. */
export const SECTION_LIMITS = { levers: 6, examples: 6, funding: 8, resources: 5 } as const;

/**
 * Examples a dossier page carries beyond those shown, hidden, so that a reader's place can bring the
 * nearest forward (src/scripts/dossier.ts); the theme page and search have them all.
 */
export const EXAMPLE_POOL = 30;

export interface SectionLever {
	lever: EntryOf<'levers'>;
	/** Whether the reader's level can pull it; otherwise it is another level's lever that the examples used. */
	ownLevel: boolean;
	/** Titles of the key actions the theme's examples illustrate. */
	actions: string[];
}

export interface SectionExample {
	entry: EntryOf<'initiatives'>;
	setting: Setting;
	/** Whether the reader's level acted in it, or one of its levers gives it as an example. */
	byLevel: boolean;
	/** Where it is, as tokens for « nearest first » (src/lib/nearness.ts). */
	near: string;
}

export interface ThemeSection {
	theme: EntryOf<'themes'>;
	levers: SectionLever[];
	examples: SectionExample[];
	/** The next examples, up to `EXAMPLE_POOL` in all, for a dossier with a place. */
	moreExamples: SectionExample[];
	funding: EntryOf<'funding'>[];
	resources: EntryOf<'resources'>[];
	/** Totals before the limits, so the page can say how many more the theme page holds. */
	totals: { levers: number; examples: number; funding: number; resources: number };
}

/** The sections of a profile, in the themes' listing order; themes without example nor resource are left out. */
export function themeSections(catalogue: Catalogue, level?: Level): ThemeSection[] {
	return catalogue
		.listing('themes')
		.map((theme) => themeSection(catalogue, theme, level))
		.filter((s) => s.totals.examples + s.totals.resources > 0);
}

/**
 * One theme as seen from one level (or from a project holder, or from the theme page, when `level` is absent),
 * listing at most `limits` of each kind.
 */
export function themeSection(catalogue: Catalogue, theme: EntryOf<'themes'>, level?: Level, limits: Record<keyof typeof SECTION_LIMITS, number> = SECTION_LIMITS): ThemeSection {
	const levelLevers = new Set(
		catalogue
			.listing('levers')
			.filter((l) => level === undefined || l.data.levels.includes(level))
			.map((l) => l.id),
	);
	const examples = catalogue
		.listing('initiatives')
		.filter((i) => i.data.themes.some((t) => t.id === theme.id))
		.map((entry) => ({
			entry,
			setting: settingOf(entry.data),
			byLevel: level !== undefined && (entry.data.leverUsages.some((u) => u.by === level) || leversOf(catalogue, entry).some((id) => levelLevers.has(id))),
			near: nearTokens(
				(entry.data.places ?? []).map(resolvePlace).map((p) => ({ commune: p.commune?.nom, departement: p.departement?.code, region: p.region?.nom })),
			),
		}))
		.sort((a, b) => Number(b.byLevel) - Number(a.byLevel) || SETTING_ORDER[a.setting] - SETTING_ORDER[b.setting] || titleOf(a.entry).localeCompare(titleOf(b.entry), 'fr'));

	const exampleIds = new Set(examples.map((e) => e.entry.id));
	// Which levers and schemes belong to the theme is the catalogue's one rule (theme-links.ts), also behind the « Thème » filter.
	const ofTheme = (entry: AnyEntry) => catalogue.themesOf(entry).includes(theme.id);
	const levers = catalogue
		.listing('levers')
		.filter(ofTheme)
		.map((lever) => ({
			lever,
			ownLevel: levelLevers.has(lever.id),
			actions: lever.data.actions
				.filter((a, n) => a.examples.some((x) => exampleIds.has(x.id)) || examples.some((e) => e.entry.data.leverUsages.some((u) => u.lever.id === lever.id && u.action === n + 1)))
				.map((a) => a.title),
		}))
		.sort((a, b) => Number(b.ownLevel) - Number(a.ownLevel));

	// Schemes the examples used come first, then those the levers rely on.
	const order = [...new Set([...examples.flatMap((e) => e.entry.data.funding.map((f) => f.id)), ...levers.flatMap((l) => l.lever.data.funding.map((f) => f.id))])];
	const rank = (id: string) => (order.includes(id) ? order.indexOf(id) : order.length);
	const funding = catalogue
		.listing('funding')
		.filter(ofTheme)
		.sort((a, b) => rank(a.id) - rank(b.id));

	const resources = catalogue
		.listing('resources')
		.filter((r) => r.data.themes.some((t) => t.id === theme.id))
		.sort((a, b) => Number(level !== undefined && b.data.audiences.includes(level)) - Number(level !== undefined && a.data.audiences.includes(level)));

	return {
		theme,
		levers: levers.slice(0, limits.levers),
		examples: examples.slice(0, limits.examples),
		moreExamples: examples.slice(limits.examples, EXAMPLE_POOL),
		funding: funding.slice(0, limits.funding),
		resources: resources.slice(0, limits.resources),
		totals: { levers: levers.length, examples: examples.length, funding: funding.length, resources: resources.length },
	};
}

/** The parts of a section, for a dossier's contents: ids match the headings of ThemeSection.astro. */
export function sectionParts(section: ThemeSection, id: string): { id: string; label: string }[] {
	return [
		section.levers.length > 0 && { id: `${id}-faire`, label: 'Que faire' },
		section.examples.length > 0 && { id: `${id}-exemples`, label: 'Qui l’a fait' },
		section.funding.length > 0 && { id: `${id}-financer`, label: 'Comment le financer' },
		section.resources.length > 0 && { id: `${id}-lire`, label: 'À lire' },
	].filter((part) => part !== false);
}
