/**
 * Consistency of doubts: a statement one entry flags as uncertain (an `uncertain` marker with a `claim` key)
 * must not be stated as certain in another. An entry states the claim when one of its sentences holds all the
 * `words` of a marker of that claim; it must then carry a marker with the same key.
 */
import type { CollectionName } from '../../schemas/names.ts';

export interface UncertainInput {
	collection: CollectionName;
	id: string;
	data: Record<string, unknown>;
	body?: string;
}

export interface UnflaggedClaim {
	collection: CollectionName;
	id: string;
	claim: string;
	/** The sentence that states the claim without the marker. */
	sentence: string;
}

interface Marker {
	claim: string;
	words?: string[];
}

const markersOf = (data: Record<string, unknown>) => ((data.uncertain as Marker[] | undefined) ?? []);

/** Every text of an entry a reader sees: string fields (the markers themselves aside) and the MDX body. */
function textsOf(value: unknown, out: string[] = []): string[] {
	if (typeof value === 'string') out.push(value);
	else if (Array.isArray(value)) for (const item of value) textsOf(item, out);
	else if (value && typeof value === 'object' && !(value instanceof Date)) {
		for (const [key, item] of Object.entries(value)) if (key !== 'uncertain') textsOf(item, out);
	}
	return out;
}

const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
const sentencesOf = (text: string) => text.split(/(?<=[.!?…])\s+|\n{2,}/).map((s) => s.replace(/\s+/g, ' ').trim()).filter(Boolean);

/** Sentences that state a claim flagged uncertain elsewhere, in entries that do not flag it themselves. */
export function unflaggedClaims(entries: UncertainInput[]): UnflaggedClaim[] {
	const rules = entries.flatMap((e) => markersOf(e.data)).filter((m) => (m.words ?? []).length > 0);
	const found: UnflaggedClaim[] = [];
	for (const entry of entries) {
		const flagged = new Set(markersOf(entry.data).map((m) => m.claim));
		const sentences = [...textsOf(entry.data), entry.body ?? ''].flatMap(sentencesOf);
		for (const rule of rules) {
			if (flagged.has(rule.claim) || found.some((f) => f.id === entry.id && f.collection === entry.collection && f.claim === rule.claim)) continue;
			const words = rule.words!.map(fold);
			const sentence = sentences.find((s) => words.every((w) => fold(s).includes(w)));
			if (sentence) found.push({ collection: entry.collection, id: entry.id, claim: rule.claim, sentence });
		}
	}
	return found;
}

/** Ids of every typed link an entry holds (`{ id, collection }` objects anywhere in its data). */
function linkIds(value: unknown, out = new Set<string>()): Set<string> {
	if (Array.isArray(value)) for (const item of value) linkIds(item, out);
	else if (value && typeof value === 'object' && !(value instanceof Date)) {
		const v = value as Record<string, unknown>;
		if (typeof v.id === 'string' && typeof v.collection === 'string') out.add(v.id);
		else for (const item of Object.values(v)) linkIds(item, out);
	}
	return out;
}

/** Marker `links` that name no link of their entry: the doubt would point at nothing on the page. */
export function strayMarkerLinks(entries: UncertainInput[]): { collection: CollectionName; id: string; link: string }[] {
	return entries.flatMap((entry) => {
		const ids = linkIds(entry.data);
		return markersOf(entry.data).flatMap((m) => ((m as { links?: string[] }).links ?? []).filter((l) => !ids.has(l)).map((link) => ({ collection: entry.collection, id: entry.id, link })));
	});
}
