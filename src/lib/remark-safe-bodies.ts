/**
 * Remark plugin, first of the chain: the build's own guard behind the content check, for a body
 * that reaches it unchecked. Raw HTML of `.md` bodies is dropped (the check refuses it; MDX has no
 * such node), and an image whose address the check refuses (query, SVG, other extension, path out
 * of the entry's folder, symlink) becomes its alternative text, before Astro imports the file.
 */
import { realpathSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { SKIP, visit } from 'unist-util-visit';
import { imagePathProblem } from './content-check/image-path.ts';

const isLocal = (url: string) => !URL.canParse(url) && !url.startsWith('/');

function isLinked(url: string, entry: string | undefined): boolean {
	if (!entry) return false;
	const file = resolve(dirname(entry), decodeURI(url));
	try {
		return realpathSync(file) !== file;
	} catch {
		return false;
	}
}

export function remarkSafeBodies() {
	return (tree: any, file: { path?: string }) => {
		const refused = (url: string) => isLocal(url) && (imagePathProblem(url) !== undefined || isLinked(url, file.path));
		const refusedDefinitions = new Set<string>();
		visit(tree, 'definition', (node: any) => {
			if (refused(node.url)) refusedDefinitions.add(String(node.identifier).toLowerCase());
		});
		visit(tree, (node: any, index, parent: any) => {
			if (!parent || index === undefined) return;
			if (node.type === 'html') {
				parent.children.splice(index, 1);
				return [SKIP, index];
			}
			const dropped =
				(node.type === 'image' && refused(node.url)) || (node.type === 'imageReference' && refusedDefinitions.has(String(node.identifier).toLowerCase()));
			if (dropped) {
				parent.children.splice(index, 1, { type: 'text', value: node.alt ?? '' });
				return [SKIP, index + 1];
			}
			if (node.type === 'definition' && refusedDefinitions.has(String(node.identifier).toLowerCase())) node.url = '';
		});
	};
}

/**
 * The Markdown of a `.md` body without its raw HTML, as the page shows it: what the open-data files
 * publish as the entry's text (they would otherwise carry the markup the page dropped).
 */
export function withoutRawHtml(markdown: string): string {
	const ranges: [number, number][] = [];
	visit(unified().use(remarkParse).parse(markdown), 'html', (node: any) => {
		ranges.push([node.position.start.offset, node.position.end.offset]);
	});
	return ranges.reduceRight((text, [start, end]) => text.slice(0, start) + text.slice(end), markdown);
}
