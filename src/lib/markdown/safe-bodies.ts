/**
 * Sätteri mdast plugin, first of the chain: the build's own guard behind the content check, for a body
 * that reaches it unchecked. Raw HTML of `.md` bodies is dropped (the check refuses it; MDX has no
 * such node), and an image whose address the check refuses (query, SVG, other extension, path out
 * of the entry's folder, symlink) becomes its alternative text, before Astro imports the file.
 */
import { realpathSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MdastPluginEntry, MdastPluginDefinition } from 'satteri';
import { imagePathProblem } from '../content-check/image-path.ts';

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

/** One pass to find the refused definitions (a reference may come before its definition), one to drop. */
export const safeBodies: MdastPluginEntry = ({ fileURL }) => {
	const entry = fileURL ? fileURLToPath(fileURL) : undefined;
	const refused = (url: string) => isLocal(url) && (imagePathProblem(url) !== undefined || isLinked(url, entry));
	const refusedDefinitions = new Set<string>();
	const key = (identifier: string) => identifier.toLowerCase();
	const definitions: MdastPluginDefinition = {
		name: 'ess-safe-bodies-definitions',
		definition(node, ctx) {
			if (!refused(node.url)) return;
			refusedDefinitions.add(key(node.identifier));
			ctx.setProperty(node, 'url', '');
		},
	};
	const drop: MdastPluginDefinition = {
		name: 'ess-safe-bodies',
		html(node, ctx) {
			ctx.removeNode(node);
		},
		image(node, ctx) {
			if (refused(node.url)) ctx.replaceNode(node, { type: 'text', value: node.alt ?? '' });
		},
		imageReference(node, ctx) {
			if (refusedDefinitions.has(key(node.identifier))) ctx.replaceNode(node, { type: 'text', value: node.alt ?? '' });
		},
	};
	return [definitions, drop];
};
