/**
 * The typography stage of the build: French typography on the text nodes of a page or a feed, and
 * nothing else. Markup, attributes, scripts, styles and code are copied byte for byte, so the CSP
 * hashes of inline scripts and styles still hold. Pages are read with htmlparser2's tokenizer (no
 * tree: several times faster than parse5 on a whole site); `proseTexts`, what the tests read a built
 * page with, keeps parse5's browser-exact parsing, so that the two check each other.
 */
import { Parser } from 'htmlparser2';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { frenchTypography } from './french.ts';

type Node = DefaultTreeAdapterMap['node'];

/** Elements whose text is code, a script, or input the reader types: never retypeset. */
const RAW_ELEMENTS = new Set(['script', 'style', 'code', 'pre', 'kbd', 'samp', 'var', 'textarea', 'template']);

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A replacement of the text between two offsets of a document. */
export interface Edit {
	start: number;
	end: number;
	text: string;
}

type TextNode = DefaultTreeAdapterMap['textNode'];

/** Calls `visit` on every text node of a parse5 tree a reader sees as prose (not inside code, scripts, styles or inputs). */
function visitProse(node: Node, visit: (text: TextNode) => void): void {
	if ('tagName' in node && RAW_ELEMENTS.has(node.tagName)) return;
	if (node.nodeName === '#text' && 'value' in node) return visit(node as TextNode);
	if ('content' in node && node.content) visitProse(node.content as Node, visit);
	if ('childNodes' in node) for (const child of node.childNodes) visitProse(child as Node, visit);
}

/** The prose of an HTML document, one string per text node, as a browser without JavaScript shows it. */
export function proseTexts(html: string): string[] {
	const texts: string[] = [];
	visitProse(parse(html, { scriptingEnabled: false }), (node) => texts.push(node.value));
	return texts;
}

/**
 * Typeset text nodes already seen: the header, menus and footer repeat on every page, so a site of
 * 1 000 pages has about 14 times fewer distinct text nodes than text nodes (measured, issue 20).
 */
const seen = new Map<string, string>();
const SEEN_MAX = 50_000;

function typesetOnce(text: string): string {
	let typeset = seen.get(text);
	if (typeset === undefined) {
		if (seen.size >= SEEN_MAX) seen.clear();
		typeset = frenchTypography(text);
		seen.set(text, typeset);
	}
	return typeset;
}

/**
 * What typesetting an HTML document or fragment changes, as edits of its source (kept between builds by the
 * typography stage): each run of prose text (entities decoded, between two tags, outside the raw elements),
 * typeset, escaped again and put back at its offsets. `<noscript>` is read as markup, as a browser without
 * JavaScript does: its text is typeset too.
 */
export function htmlEdits(html: string): Edit[] {
	const edits: Edit[] = [];
	let inRaw = 0;
	let run: Edit | undefined;
	const flush = () => {
		if (!run) return;
		const typeset = typesetOnce(run.text);
		if (typeset !== run.text) edits.push({ start: run.start, end: run.end, text: escapeText(typeset) });
		run = undefined;
	};
	const parser = new Parser(
		{
			onopentagname(name) {
				flush();
				if (RAW_ELEMENTS.has(name)) inRaw++;
			},
			onclosetag(name) {
				flush();
				if (RAW_ELEMENTS.has(name) && inRaw > 0) inRaw--;
			},
			ontext(text) {
				if (inRaw) return;
				// The tokenizer hands a text over in pieces (around entities): one run from the first to the last.
				const start = parser.startIndex;
				const end = parser.endIndex + 1;
				if (run && run.end === start) {
					run.text += text;
					run.end = end;
				} else {
					flush();
					run = { start, end, text };
				}
			},
			oncomment: flush,
			onprocessinginstruction: flush,
		},
		{ decodeEntities: true },
	);
	parser.end(html);
	flush();
	return edits;
}

export function applyEdits(source: string, edits: Edit[]): string {
	let result = '';
	let last = 0;
	for (const edit of edits.sort((a, b) => a.start - b.start)) {
		result += source.slice(last, edit.start) + edit.text;
		last = edit.end;
	}
	return result + source.slice(last);
}

/** An HTML document or fragment, with its text typeset. */
export function typesetHtml(html: string): string {
	const edits = htmlEdits(html);
	return edits.length ? applyEdits(html, edits) : html;
}

const XML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decodeXml = (text: string) =>
	text.replace(/&(?:#x([\da-f]+)|#(\d+)|(\w+));/gi, (whole, hex, dec, name) =>
		hex ? String.fromCodePoint(parseInt(hex, 16)) : dec ? String.fromCodePoint(Number(dec)) : (XML_ENTITIES[name] ?? whole),
	);

/** The text between the tags of an XML feed, decoded: what the typography stage reads. */
export function xmlTexts(xml: string): string[] {
	return [...xml.matchAll(/>([^<]+)</g)].map((match) => decodeXml(match[1]));
}

/**
 * An XML feed, with the text of its elements typeset. Feeds are written by @astrojs/rss as plain text
 * between tags (no CDATA, no comments), which is all this handles; anything else is left as it is.
 */
export function typesetXml(xml: string): string {
	if (/<!\[CDATA\[|<!--/.test(xml)) return xml;
	return xml.replace(/>([^<]+)</g, (whole, raw: string) => {
		const text = decodeXml(raw);
		const typeset = frenchTypography(text);
		return typeset === text ? whole : `>${escapeText(typeset)}<`;
	});
}
