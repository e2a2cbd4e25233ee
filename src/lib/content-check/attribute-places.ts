/**
 * Where each attribute of a JSX element starts in the body. The parser places elements but not their
 * attributes; a problem with one attribute should point at it, not at the start of its tag.
 */
import { visit } from 'unist-util-visit';

type Point = { line: number; column: number; offset: number };

/** Offset just past the `{…}` that opens at `start` (braces balanced). */
function pastBraces(text: string, start: number): number {
	let depth = 0;
	for (let i = start; i < text.length; i++) {
		if (text[i] === '{') depth++;
		else if (text[i] === '}' && --depth === 0) return i + 1;
	}
	return text.length;
}

/** Offset just past the value that follows `name` at `from` (`="…"`, `='…'`, `={…}` or none). */
function pastValue(text: string, from: number): number {
	const equals = /^\s*=\s*/.exec(text.slice(from, from + 40));
	if (!equals) return from;
	const start = from + equals[0].length;
	const quote = text[start];
	if (quote === '"' || quote === "'") {
		const end = text.indexOf(quote, start + 1);
		return end === -1 ? text.length : end + 1;
	}
	return quote === '{' ? pastBraces(text, start) : start;
}

export function placeAttributes(tree: unknown, body: string): void {
	const lineStarts = [0];
	for (let i = body.indexOf('\n'); i !== -1; i = body.indexOf('\n', i + 1)) lineStarts.push(i + 1);
	const pointAt = (offset: number): Point => {
		let low = 0;
		let high = lineStarts.length - 1;
		while (low < high) {
			const middle = (low + high + 1) >> 1;
			if (lineStarts[middle] <= offset) low = middle;
			else high = middle - 1;
		}
		return { line: low + 1, column: offset - lineStarts[low] + 1, offset };
	};
	visit(tree as any, (node: any) => {
		if ((node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') || !node.attributes?.length) return;
		const start = node.position?.start?.offset;
		if (typeof start !== 'number') return;
		let cursor = start + 1 + (node.name ?? '').length;
		for (const attribute of node.attributes) {
			// Attributes follow one another, separated by blanks only.
			const at = cursor + (/^\s*/.exec(body.slice(cursor, cursor + 200))?.[0].length ?? 0);
			if (attribute.type === 'mdxJsxExpressionAttribute') {
				if (body[at] !== '{') return;
				cursor = pastBraces(body, at);
			} else {
				if (!body.startsWith(attribute.name, at)) return;
				cursor = pastValue(body, at + attribute.name.length);
			}
			attribute.position = { start: pointAt(at), end: pointAt(cursor) };
		}
	});
}
