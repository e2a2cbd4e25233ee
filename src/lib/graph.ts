/**
 * The link graph: which entry links to which, through which field, and how.
 * Pure (no Astro import), so it can be built from fixtures in tests and from the real
 * collections in `catalogue.ts`.
 */
import { COLLECTION_NAMES, type CollectionName } from '../schemas/names.ts';

export interface NodeKey {
	collection: CollectionName;
	id: string;
}

/** A directed, typed edge between two entries. */
export interface Edge {
	from: NodeKey;
	to: NodeKey;
	/** Top-level field holding the link (`leverUsages`, `authors`, `actions`…). */
	relation: string;
	/** Full path of the link inside the entry's data (`leverUsages.2.lever`). */
	path: string;
	/** The `how` text of a typed edge such as a lever usage. */
	how?: string;
	/** Title of the item holding the link, e.g. the key action whose examples list it. */
	context?: string;
	/** Other scalar details of the edge object (action number, actor, level). */
	details?: Record<string, string | number>;
}

export interface GraphNode extends NodeKey {
	data: Record<string, unknown>;
	/** Entries its body links to (body-links.ts), in order: backlinks of relation `body`, not links of its data. */
	bodyLinks?: NodeKey[];
}

/** Relation of the links a body makes in its text. */
export const BODY_RELATION = 'body';

export const keyOf = (n: NodeKey) => `${n.collection}/${n.id}`;

/** Whether a parsed value is a typed link `{ id, collection }` (see `src/schemas/link.ts`). */
export function isLink(value: unknown): value is NodeKey {
	if (!value || typeof value !== 'object' || Array.isArray(value)) return false;
	const v = value as Record<string, unknown>;
	return Object.keys(v).length === 2 && typeof v.id === 'string' && COLLECTION_NAMES.includes(v.collection as CollectionName);
}

function walk(
	value: unknown,
	path: (string | number)[],
	parent: Record<string, unknown> | undefined,
	visit: (link: NodeKey, path: (string | number)[], parent: Record<string, unknown> | undefined) => void,
) {
	if (isLink(value)) return visit(value, path, parent);
	if (Array.isArray(value)) return value.forEach((v, i) => walk(v, [...path, i], parent, visit));
	if (value && typeof value === 'object' && !(value instanceof Date)) {
		const obj = value as Record<string, unknown>;
		for (const [k, v] of Object.entries(obj)) walk(v, [...path, k], obj, visit);
	}
}

export class LinkGraph {
	readonly outgoing = new Map<string, Edge[]>();
	readonly incoming = new Map<string, Edge[]>();
	/** Links made in bodies, by target: kept apart, as the text already shows them on the linking page. */
	readonly mentions = new Map<string, Edge[]>();

	constructor(nodes: Iterable<GraphNode>) {
		for (const node of nodes) {
			const from = { collection: node.collection, id: node.id };
			walk(node.data, [], undefined, (to, path, parent) => {
				const edge: Edge = { from, to: { collection: to.collection, id: to.id }, relation: String(path[0]), path: path.join('.') };
				// An edge object ({ lever, how, … }) carries its own description; a list item ({ title, examples }) its title.
				if (parent && path.length > 2) {
					if (typeof parent.how === 'string') edge.how = parent.how;
					else if (typeof parent.title === 'string') edge.context = parent.title;
					const details = Object.fromEntries(
						Object.entries(parent).filter(
							([k, v]) => k !== 'how' && k !== 'title' && (typeof v === 'string' || typeof v === 'number'),
						),
					) as Record<string, string | number>;
					if (Object.keys(details).length) edge.details = details;
				}
				push(this.outgoing, keyOf(from), edge);
				// A source document lists itself as its own source: that is no backlink worth showing.
				if (keyOf(edge.to) !== keyOf(from)) push(this.incoming, keyOf(edge.to), edge);
			});
			(node.bodyLinks ?? []).forEach((to, i) => {
				if (keyOf(to) !== keyOf(from)) push(this.mentions, keyOf(to), { from, to, relation: BODY_RELATION, path: `${BODY_RELATION}.${i}` });
			});
		}
	}

	/** Links from an entry, in the order they appear in its data. */
	linksFrom(node: NodeKey): Edge[] {
		return this.outgoing.get(keyOf(node)) ?? [];
	}

	/** Links to an entry, from every other entry. */
	linksTo(node: NodeKey): Edge[] {
		return this.incoming.get(keyOf(node)) ?? [];
	}

	/** Whether some backlink group of an entry holds more than `limit` links. */
	hasBacklinkGroupOver(node: NodeKey, limit: number): boolean {
		return [...this.backlinksByRelation(node).values()].some((edges) => edges.length > limit);
	}

	/**
	 * Backlinks grouped by (source collection, relation), e.g. `initiatives:leverUsages`; then, by collection
	 * (`levers:body`), the entries that link to it only in their text.
	 */
	backlinksByRelation(node: NodeKey): Map<string, Edge[]> {
		const groups = new Map<string, Edge[]>();
		const typed = new Set<string>();
		for (const edge of this.linksTo(node)) {
			push(groups, `${edge.from.collection}:${edge.relation}`, edge);
			typed.add(keyOf(edge.from));
		}
		for (const edge of this.mentions.get(keyOf(node)) ?? []) {
			if (!typed.has(keyOf(edge.from))) push(groups, `${edge.from.collection}:${BODY_RELATION}`, edge);
		}
		return groups;
	}
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
	const list = map.get(key);
	if (list) list.push(value);
	else map.set(key, [value]);
}
