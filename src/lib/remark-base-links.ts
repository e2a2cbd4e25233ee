/**
 * Remark plugin: prefixes site-absolute links and images of bodies (`/fiches/x/`) with the base
 * path the site is built for, so contributors write one address that works under any base.
 * The content linter checks those addresses against the pages of the site.
 */
import { visit } from 'unist-util-visit';
import { withBase } from './routes.ts';

const SITE_ABSOLUTE = /^\/(?!\/)/;

export function remarkBaseLinks(base: string) {
	return () => (tree: any) => {
		if (base === '/') return;
		visit(tree, ['link', 'image', 'definition'], (node: any) => {
			if (SITE_ABSOLUTE.test(node.url)) node.url = withBase(node.url, base);
		});
	};
}
