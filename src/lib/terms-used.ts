/**
 * The glossary acronyms a record's own words use (its title and summary): a record of a data collection has
 * no body for the glossary plugin (src/lib/markdown/glossary.ts) to read, and « AAP à l’initiative des CRESS
 * et des CDAS » would otherwise leave a reader with three unexplained acronyms.
 */
import type { Catalogue } from './catalogue.ts';
import { acronymPattern } from './markdown/glossary.ts';

const known = new WeakMap<Catalogue, { pattern?: RegExp; idOf: Map<string, string> }>();

/** Ids of the glossary entries whose acronym appears in `texts`, sorted. */
export function acronymsIn(catalogue: Catalogue, texts: (string | undefined)[]): string[] {
	let glossary = known.get(catalogue);
	if (!glossary) {
		const idOf = new Map(catalogue.all('glossary').flatMap((t) => (t.data.acronym ? [[t.data.acronym, t.id] as const] : [])));
		glossary = { pattern: acronymPattern(idOf.keys()), idOf };
		known.set(catalogue, glossary);
	}
	const used = new Set<string>();
	for (const text of texts) {
		if (!text || !glossary.pattern) continue;
		for (const match of text.matchAll(glossary.pattern)) used.add(glossary.idOf.get(match[0])!);
	}
	return [...used].sort();
}
