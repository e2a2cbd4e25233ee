import { markdownToMdast } from 'satteri';
import { visit } from 'unist-util-visit';
import { BODY_FEATURES } from './features.ts';

/**
 * The Markdown of a `.md` body without its raw HTML, as the page shows it: what the open-data files
 * publish as the entry's text (they would otherwise carry the markup the page dropped).
 */
export function withoutRawHtml(markdown: string): string {
	const ranges: [number, number][] = [];
	visit(markdownToMdast(markdown, { features: BODY_FEATURES }) as any, 'html', (node: any) => {
		ranges.push([node.position.start.offset, node.position.end.offset]);
	});
	return ranges.reduceRight((text, [start, end]) => text.slice(0, start) + text.slice(end), markdown);
}
