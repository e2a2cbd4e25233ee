/**
 * Sätteri hast plugin: links to other sites in entry texts get no window.opener and no referrer
 * (the components do the same). Absolute http(s) and protocol-relative addresses count as other sites.
 */
import type { HastPluginDefinition } from 'satteri';

const EXTERNAL = /^(?:https?:)?\/\//i;

export const externalLinks: HastPluginDefinition = {
	name: 'ess-external-links',
	element: {
		filter: ['a'],
		visit(node, ctx) {
			const href = node.properties?.href;
			if (typeof href === 'string' && EXTERNAL.test(href)) ctx.setProperty(node, 'rel', ['noopener', 'noreferrer']);
		},
	},
};
