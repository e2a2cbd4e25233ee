/**
 * Spelling correction for the search page: the catalogue's words are written at build time
 * (`/recherche/vocabulaire.json`), and a word of a query that is neither one of them nor the start of
 * one is replaced by the closest, most frequent of them. No Node import: the browser uses it.
 */

/** Words as the comparison sees them: lower case, no accents. */
export function fold(word: string): string {
	return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The words of `texts` (4 letters or more, no digits), most frequent first: [word, count][]. */
export function vocabularyOf(texts: string[]): [string, number][] {
	const counts = new Map<string, number>();
	for (const text of texts) {
		for (const word of text.toLowerCase().match(/\p{L}{4,}/gu) ?? []) counts.set(word, (counts.get(word) ?? 0) + 1);
	}
	return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'fr'));
}

/** Edit distance with transpositions (« coopertive » → « cooperative » is one), stopping past `max`. */
function distance(a: string, b: string, max: number): number {
	if (Math.abs(a.length - b.length) > max) return max + 1;
	const rows: number[][] = [Array.from({ length: b.length + 1 }, (_, j) => j)];
	for (let i = 1; i <= a.length; i++) {
		const row = [i];
		let best = i;
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let d = Math.min(rows[i - 1][j] + 1, row[j - 1] + 1, rows[i - 1][j - 1] + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2][j - 2] + 1);
			row.push(d);
			best = Math.min(best, d);
		}
		if (best > max) return max + 1;
		rows.push(row);
	}
	return rows[a.length][b.length];
}

/**
 * The word to search instead of `word`, or undefined when `word` is fine: known, the start of a
 * known word (still being typed), too short to judge, or with nothing close enough.
 */
export function correctWord(word: string, vocabulary: [string, number][]): string | undefined {
	const folded = fold(word);
	if (folded.length < 4 || /\d/.test(folded)) return undefined;
	if (vocabulary.some(([w]) => fold(w).startsWith(folded))) return undefined;
	return closestWord(folded, vocabulary, folded.length >= 8 ? 2 : 1);
}

/** The catalogue's word closest to `word` (at most `max` letters apart), the commonest among equals; undefined when none is. */
export function closestWord(word: string, vocabulary: [string, number][], max: number): string | undefined {
	const folded = fold(word);
	let best: { word: string; d: number } | undefined;
	// The list is most frequent first: among equally close words, the commonest wins.
	for (const [w] of vocabulary) {
		const d = distance(folded, fold(w), max);
		if (d <= max && (!best || d < best.d)) best = { word: w, d };
	}
	return best?.word;
}

// « d’ », « l’ », « qu’ »… before a word: French elisions, always written with the typographic apostrophe here.
const ELISION = /(?<![\p{L}\d])((?:[dljmnstc]|qu|jusqu|lorsqu|puisqu)’)(?=\p{L})/giu;

/** `text` with a space after each elision (« d’employeurs » → « d’ employeurs »), so that the word stands alone. */
export function splitElisions(text: string): string {
	return text.replace(ELISION, '$1 ');
}

/** Undoes `splitElisions` in text shown to the reader. */
export function joinElisions(text: string): string {
	return text.replace(/(?<![\p{L}\d])((?:[dljmnstc]|qu|jusqu|lorsqu|puisqu)’) (?=(?:<mark>)?\p{L})/giu, '$1');
}

/** A reader's word for an entry (`aliases` of terms and themes), as the search page receives it. */
export interface Synonym {
	alias: string;
	url: string;
	title: string;
	/** Kind of entry, as the results show it (« Terme », « Thème »). */
	type: string;
	/** The entry's own words, searched too: its expansion or name. */
	words: string;
	/** One line saying what the entry is. */
	text: string;
}

const phrase = (text: string) => ` ${fold(text).replace(/[^\p{L}\d]+/gu, ' ').trim()} `;

/** The synonym whose alias the query holds as whole words, the longest first; undefined when none. */
export function findSynonym(q: string, synonyms: Synonym[]): Synonym | undefined {
	const asked = phrase(q);
	return [...synonyms].sort((a, b) => b.alias.length - a.alias.length).find((s) => asked.includes(phrase(s.alias)));
}
