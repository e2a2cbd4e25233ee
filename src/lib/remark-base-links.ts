/**
 * Remark plugin: prefixes site-absolute links and images of bodies (`/fiches/x/`) with the base
 * path the site is built for, so contributors write one address that works under any base.
 * Given the site's origin, it also gives those links their absolute address (`data-url`), which the
 * print stylesheet spells out: a printed page never shows a bare `/fiches/x/`.
 * The content linter checks those addresses against the pages of the site.
 */
import { visit } from 'unist-util-visit';
import { withBase } from './routes.ts';

const SITE_ABSOLUTE = /^\/(?!\/)/;

export function remarkBaseLinks(base: string, site?: string) {
	return () => (tree: any) => {
		const definitions = new Map<string, string>();
		visit(tree, ['link', 'image', 'definition'], (node: any) => {
			if (SITE_ABSOLUTE.test(node.url) && base !== '/') node.url = withBase(node.url, base);
			if (node.type === 'definition') definitions.set(String(node.identifier).toLowerCase(), node.url);
		});
		if (!site) return;
		const mark = (node: any, url: string | undefined) => {
			if (!url || !SITE_ABSOLUTE.test(url)) return;
			node.data ??= {};
			node.data.hProperties = { ...node.data.hProperties, 'data-url': new URL(url, site).href };
		};
		visit(tree, ['link', 'linkReference'], (node: any) => mark(node, node.type === 'link' ? node.url : definitions.get(String(node.identifier).toLowerCase())));
	};
}
