/**
 * The entries a body links to, from its Markdown links (`[Bell’Occas](/initiatives/bell-occas/)`): bodies
 * name other entries by their site path, the base path being added at build (markdown/base-links.ts).
 * Read from the text itself, so that a link's target shows it among its backlinks (« Cité par »).
 */
import type { NodeKey } from './graph.ts';
import { SECTIONS } from './routes.ts';
import type { CollectionName } from '../schemas/names.ts';

const COLLECTION_OF_SECTION = new Map(Object.entries(SECTIONS).map(([collection, section]) => [section.slug, collection as CollectionName]));

/** `](/section/id/…)`: an entry's page or an anchor in it; a listing (`/ressources/`) or a filter page has no id of an entry. */
const ENTRY_LINK = /\]\(\s*<?\/([a-z-]+)\/([^/\s)#>?]+)\/?(?:#[^\s)>]*)?>?(?:\s+"[^"]*")?\s*\)/g;

/** Each entry the body links to, once, in the order of its first link; `self` is left out. */
export function bodyLinks(body: string, self?: NodeKey): NodeKey[] {
	const found = new Map<string, NodeKey>();
	for (const [, section, id] of body.matchAll(ENTRY_LINK)) {
		const collection = COLLECTION_OF_SECTION.get(section!);
		if (!collection || (self && self.collection === collection && self.id === id)) continue;
		found.set(`${collection}/${id}`, { collection, id: id! });
	}
	return [...found.values()];
}
