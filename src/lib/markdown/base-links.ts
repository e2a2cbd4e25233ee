/**
 * Sätteri mdast plugin: prefixes site-absolute links and images of bodies (`/fiches/x/`) with the base
 * path the site is built for, so contributors write one address that works under any base.
 * Given the site's origin, it also gives those links their absolute address (`data-url`), which the
 * print stylesheet spells out: a printed page never shows a bare `/fiches/x/`.
 * The content linter checks those addresses against the pages of the site.
 */
import type { MdastPluginDefinition, MdastPluginEntry, MdastTarget, MdastVisitorContext } from 'satteri';
import { withBase } from '../routes.ts';

const SITE_ABSOLUTE = /^\/(?!\/)/;

export function baseLinks(base: string, site?: string): MdastPluginEntry {
	const rebase = (url: string) => (SITE_ABSOLUTE.test(url) && base !== '/' ? withBase(url, base) : url);
	return () => {
		// A reference may come before its definition: definitions are read in a first pass.
		const definitions = new Map<string, string>();
		const key = (identifier: string) => identifier.toLowerCase();
		const mark = (node: MdastTarget & { data?: { hProperties?: object } }, url: string | undefined, ctx: MdastVisitorContext) => {
			if (!site || !url || !SITE_ABSOLUTE.test(url)) return;
			ctx.setProperty(node, 'data', { ...node.data, hProperties: { ...node.data?.hProperties, 'data-url': new URL(url, site).href } });
		};
		const addresses: MdastPluginDefinition = {
			name: 'ess-base-links',
			definition(node, ctx) {
				const url = rebase(node.url);
				if (url !== node.url) ctx.setProperty(node, 'url', url);
				definitions.set(key(node.identifier), url);
			},
			image(node, ctx) {
				const url = rebase(node.url);
				if (url !== node.url) ctx.setProperty(node, 'url', url);
			},
		};
		const links: MdastPluginDefinition = {
			name: 'ess-base-links-links',
			link(node, ctx) {
				const url = rebase(node.url);
				if (url !== node.url) ctx.setProperty(node, 'url', url);
				mark(node, url, ctx);
			},
			linkReference(node, ctx) {
				mark(node, definitions.get(key(node.identifier)), ctx);
			},
		};
		return [addresses, links];
	};
}
