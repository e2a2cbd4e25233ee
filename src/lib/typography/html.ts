/**
 * The typography stage of the build: French typography on the text nodes of a page or a feed, and
 * nothing else. Markup, attributes, scripts, styles and code are copied byte for byte, so the CSP
 * hashes of inline scripts and styles still hold.
 */
import { parse, parseFragment, type DefaultTreeAdapterMap } from 'parse5';
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

/** Calls `visit` on every text node a reader sees as prose (not inside code, scripts, styles or inputs). */
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

function collectEdits(root: Node, edits: Edit[]): void {
	visitProse(root, (node) => {
		const location = node.sourceCodeLocation;
		const typeset = typesetOnce(node.value);
		if (location && typeset !== node.value) edits.push({ start: location.startOffset, end: location.endOffset, text: escapeText(typeset) });
	});
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

/** What typesetting a whole HTML document changes, as edits of its source (kept between builds by the typography stage). */
export function htmlEdits(html: string): Edit[] {
	const edits: Edit[] = [];
	// Parsed as a browser without JavaScript would, so that `<noscript>` text is typeset too.
	collectEdits(parse(html, { sourceCodeLocationInfo: true, scriptingEnabled: false }), edits);
	return edits;
}

/** A whole HTML document, with its text typeset. */
export function typesetHtml(html: string): string {
	const edits = htmlEdits(html);
	return edits.length ? applyEdits(html, edits) : html;
}

/** A fragment of HTML (a piece of a page, a feed item's HTML description), with its text typeset. */
export function typesetHtmlFragment(html: string): string {
	const edits: Edit[] = [];
	collectEdits(parseFragment(html, { sourceCodeLocationInfo: true, scriptingEnabled: false }), edits);
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
