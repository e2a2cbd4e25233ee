/**
 * Sätteri mdast plugin: marks up every acronym of the glossary found in body text as
 * `<abbr title="expansion">`, links its first occurrence to the glossary entry, and records in
 * the front matter (`glossaryTerms`) which terms the text uses — by acronym or spelt out — so
 * the page can list them and search finds the page both ways.
 */
import type { MdastContent, MdastPluginEntry, MdastVisitorContext } from 'satteri';

export interface GlossaryTerm {
	id: string;
	acronym?: string;
	/** The term in full; absent for an acronym no source spells out (its `<abbr>` then has no title). */
	term?: string;
}

export interface GlossaryOptions {
	terms: GlossaryTerm[];
	/** Builds the URL of a glossary entry. */
	hrefOf(id: string): string;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const WORD = /[\p{L}\p{N}]+/u;
const WORDS = new RegExp(WORD.source, 'gu');
const fold = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
/** Text under these is left as written: a link's words, a heading (its anchor is its text), components. */
const UNMARKED = new Set(['link', 'linkReference', 'heading', 'mdxJsxTextElement', 'mdxJsxFlowElement']);

type Node = Parameters<MdastVisitorContext['parent']>[0];

/** Whether text under `parent` is marked; answers are kept per parent (one object per parent within a pass). */
function markableUnder(parent: Node | undefined, ctx: MdastVisitorContext, known: WeakMap<object, boolean>): boolean {
	if (!parent) return true;
	let answer = known.get(parent);
	if (answer === undefined) {
		answer = !UNMARKED.has(parent.type) && markableUnder(ctx.parent(parent), ctx, known);
		known.set(parent, answer);
	}
	return answer;
}

/** Finds each of `acronyms` standing as a word in a text (none to find: undefined); one letter is no acronym. */
export function acronymPattern(acronyms: Iterable<string>): RegExp | undefined {
	// Longest first, so « CRESS » wins over « ESS ».
	const alternatives = [...acronyms].filter((a) => a.length >= 2).sort((a, b) => b.length - a.length).map(escapeRegExp);
	return alternatives.length ? new RegExp(`(?<![\\p{L}\\p{N}-])(${alternatives.join('|')})(?![\\p{L}\\p{N}-])`, 'gu') : undefined;
}

export function glossary({ terms, hrefOf }: GlossaryOptions): MdastPluginEntry {
	const withAcronym = terms.filter((t) => t.acronym && t.acronym.length >= 2);
	const byAcronym = new Map(withAcronym.map((t) => [t.acronym!, t]));
	const pattern = acronymPattern(byAcronym.keys());
	// Spelt-out terms grouped by their first word: a text is then scanned once, word by word,
	// instead of once per term (a glossary of a thousand terms made that the costliest step).
	const byFirstWord = new Map<string, { id: string; folded: string }[]>();
	for (const t of terms) {
		if (!t.term || t.term.split(/\s+/).length < 2) continue;
		const folded = fold(t.term);
		const first = folded.match(WORD)?.[0];
		if (first) byFirstWord.set(first, [...(byFirstWord.get(first) ?? []), { id: t.id, folded }]);
	}

	return () => {
		const used = new Set<string>();
		const linked = new Set<string>();
		// Every text of the body in reading order, one space between two, for the spelt-out terms.
		const texts: string[] = [];
		const known = new WeakMap<object, boolean>();
		const marked = (acronym: string): MdastContent => {
			const term = byAcronym.get(acronym)!;
			used.add(term.id);
			// mdast-to-hast turns a node with `data.hName` into that element: <abbr title>.
			const abbr: MdastContent = { type: 'emphasis', data: { hName: 'abbr', hProperties: term.term ? { title: term.term } : {} }, children: [{ type: 'text', value: acronym }] };
			if (linked.has(term.id)) return abbr;
			linked.add(term.id);
			return { type: 'link', url: hrefOf(term.id), title: null, data: { hProperties: { className: ['glossary-link'] } }, children: [abbr] } as MdastContent;
		};
		return {
			name: 'ess-glossary',
			text(node, ctx) {
				texts.push(node.value);
				if (!pattern || !markableUnder(ctx.parent(node), ctx, known)) return;
				const parts: MdastContent[] = [];
				let last = 0;
				for (const match of node.value.matchAll(pattern)) {
					if (match.index > last) parts.push({ type: 'text', value: node.value.slice(last, match.index) });
					parts.push(marked(match[0]));
					last = match.index + match[0].length;
				}
				if (!parts.length) return;
				if (last < node.value.length) parts.push({ type: 'text', value: node.value.slice(last) });
				ctx.replaceNode(node, parts);
			},
			inlineCode(node) {
				texts.push(node.value);
			},
			code(node) {
				texts.push(node.value);
			},
			after(_root, ctx) {
				const text = fold(texts.join(' '));
				for (const word of text.matchAll(WORDS)) {
					for (const { id, folded } of byFirstWord.get(word[0]) ?? []) if (text.startsWith(folded, word.index)) used.add(id);
				}
				const astro = ((ctx.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro ??= {});
				astro.frontmatter ??= {};
				astro.frontmatter.glossaryTerms = [...used].sort();
			},
		};
	};
}
