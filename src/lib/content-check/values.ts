/**
 * Rules on the values of one record, as plain functions over its parsed data (so that they can run
 * wherever the content is checked): reserved ids, repeated list items. Each returns what is wrong
 * and where; the caller locates and reports it.
 */
import type { CollectionName } from '../../schemas/index.ts';
import { FACETS } from '../facets.ts';
import { PAGE_SEGMENT } from '../pagination.ts';

/** Why `id` cannot name an entry of `collection`: it is the address of a filter or of the pages of its listing. */
export function reservedId(collection: CollectionName, id: string): { message: string; hint: string } | undefined {
	const facet = (FACETS[collection] ?? []).find((f) => f.slug === id);
	const use = facet ? `du filtre « ${facet.label} »` : id === PAGE_SEGMENT ? 'des pages suivantes' : undefined;
	if (!use) return undefined;
	return {
		message: `l’identifiant « ${id} » est réservé : c’est l’adresse ${use} de cette liste`,
		hint: `choisissez un autre identifiant, par exemple « ${id}-${collection === 'resources' ? 'ressource' : 'entree'} »`,
	};
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Every list item that repeats an earlier item of the same list (« QPV, QPV », the same source twice),
 * with its path; lists of objects compare whole items. Pages, facets and exports would show it twice.
 */
export function repeatedListItems(value: unknown, path: PropertyKey[] = []): { path: PropertyKey[]; item: unknown }[] {
	if (value === null || typeof value !== 'object' || value instanceof Date) return [];
	if (Array.isArray(value)) {
		const repeated = value.flatMap((item, i) => (value.slice(0, i).some((earlier) => same(earlier, item)) ? [{ path: [...path, i], item }] : []));
		return [...repeated, ...value.flatMap((item, i) => repeatedListItems(item, [...path, i]))];
	}
	return Object.entries(value).flatMap(([key, item]) => repeatedListItems(item, [...path, key]));
}

/** A list item as a contributor wrote it. */
export const describeItem = (item: unknown) =>
	typeof item === 'string' || typeof item === 'number' ? `« ${item} »` : item && typeof item === 'object' && 'id' in item ? `« ${String((item as { id: unknown }).id)} »` : 'un élément identique';

/** A resource is its own source (CONTRIBUTING.md): the only field where an entry may name itself. */
export const mayNameItself = (collection: CollectionName, path: readonly PropertyKey[]) => collection === 'resources' && path[0] === 'sources';
