/**
 * Remark plugin: marks up every acronym of the glossary found in body text as
 * `<abbr title="expansion">`, links its first occurrence to the glossary entry, and records in
 * the front matter (`glossaryTerms`) which terms the text uses — by acronym or spelt out — so
 * the page can list them and search finds the page both ways.
 */
import { findAndReplace } from 'mdast-util-find-and-replace';

export interface GlossaryTerm {
	id: string;
	acronym?: string;
	/** The term in full; absent for an acronym no source spells out (its `<abbr>` then has no title). */
	term?: string;
}

export interface RemarkGlossaryOptions {
	terms: GlossaryTerm[];
	/** Builds the URL of a glossary entry. */
	hrefOf(id: string): string;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const WORD = /[\p{L}\p{N}]+/u;
const WORDS = new RegExp(WORD.source, 'gu');
const fold = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

export function remarkGlossary({ terms, hrefOf }: RemarkGlossaryOptions) {
	const withAcronym = terms.filter((t) => t.acronym && t.acronym.length >= 2);
	const byAcronym = new Map(withAcronym.map((t) => [t.acronym!, t]));
	// Longest first, so « CRESS » wins over « ESS ».
	const alternatives = [...byAcronym.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
	const pattern = alternatives.length ? new RegExp(`(?<![\\p{L}\\p{N}-])(${alternatives.join('|')})(?![\\p{L}\\p{N}-])`, 'gu') : undefined;
	// Spelt-out terms grouped by their first word: a text is then scanned once, word by word,
	// instead of once per term (a glossary of a thousand terms made that the costliest step).
	const byFirstWord = new Map<string, { id: string; folded: string }[]>();
	for (const t of terms) {
		if (!t.term || t.term.split(/\s+/).length < 2) continue;
		const folded = fold(t.term);
		const first = folded.match(WORD)?.[0];
		if (first) byFirstWord.set(first, [...(byFirstWord.get(first) ?? []), { id: t.id, folded }]);
	}

	return () => (tree: any, file: any) => {
		const used = new Set<string>();
		const linked = new Set<string>();
		if (pattern) {
			findAndReplace(
				tree,
				[
					pattern,
					// mdast-util-to-hast turns a node with `data.hName` into that element: <abbr title>.
					((match: string) => {
						const term = byAcronym.get(match)!;
						used.add(term.id);
						const abbr = { type: 'glossaryAbbr', data: { hName: 'abbr', hProperties: term.term ? { title: term.term } : {} }, children: [{ type: 'text', value: match }] };
						if (linked.has(term.id)) return abbr;
						linked.add(term.id);
						return { type: 'link', url: hrefOf(term.id), title: null, data: { hProperties: { className: ['glossary-link'] } }, children: [abbr] };
					}) as any,
				],
				{ ignore: ['link', 'linkReference', 'code', 'inlineCode', 'heading', 'html', 'mdxJsxTextElement', 'mdxJsxFlowElement'] },
			);
		}
		const text = fold(collectText(tree));
		for (const word of text.matchAll(WORDS)) {
			for (const { id, folded } of byFirstWord.get(word[0]) ?? []) if (text.startsWith(folded, word.index)) used.add(id);
		}
		const astro = (file.data.astro ??= {});
		astro.frontmatter ??= {};
		astro.frontmatter.glossaryTerms = [...used].sort();
	};
}

function collectText(node: any): string {
	if (typeof node.value === 'string' && node.type !== 'html') return node.value;
	return (node.children ?? []).map(collectText).join(' ');
}
