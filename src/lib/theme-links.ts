/**
 * Which themes levers and funding schemes serve. They name none themselves: a lever serves the
 * themes of the initiatives that used it or that it cites as examples, a scheme those of the
 * initiatives it funded and of the levers that rely on it. Theme pages and the « Thème » filter of
 * /leviers/ and /financements/ both read it from here, so that they list the same entries.
 */
import type { AnyEntry, Catalogue, EntryOf } from './catalogue.ts';
import { keyOf } from './graph.ts';

/** The levers an initiative used (`leverUsages`) or is cited by as an example. */
export function leversOf(catalogue: Pick<Catalogue, 'graph'>, initiative: EntryOf<'initiatives'>): string[] {
	return [
		...initiative.data.leverUsages.map((u) => u.lever.id),
		...catalogue.graph.linksTo(initiative).filter((e) => e.from.collection === 'levers').map((e) => e.from.id),
	];
}

/** Themes of every lever and funding scheme, keyed by `collection/id`. */
export function derivedThemes(catalogue: Pick<Catalogue, 'graph' | 'listing'>): (entry: AnyEntry) => string[] {
	const themes = new Map<string, Set<string>>();
	const add = (key: string, ids: Iterable<string>) => {
		const set = themes.get(key) ?? new Set<string>();
		for (const id of ids) set.add(id);
		themes.set(key, set);
	};
	for (const initiative of catalogue.listing('initiatives')) {
		const own = initiative.data.themes.map((t) => t.id);
		for (const id of leversOf(catalogue, initiative)) add(`levers/${id}`, own);
		for (const scheme of initiative.data.funding) add(`funding/${scheme.id}`, own);
	}
	for (const lever of catalogue.listing('levers')) {
		for (const scheme of lever.data.funding) add(`funding/${scheme.id}`, themes.get(`levers/${lever.id}`) ?? []);
	}
	return (entry) => [...(themes.get(keyOf(entry)) ?? [])];
}
