import { z } from 'astro/zod';
import type { CollectionName } from './names.ts';

/** What a typed link holds once parsed: the same shape as Astro's `reference()`. */
export interface Link<C extends CollectionName = CollectionName> {
	id: string;
	collection: C;
}

/**
 * A typed link to an entry of `collection`, written in front matter as the entry's id.
 *
 * Equivalent to `reference()` from `astro:content` (same output, so `getEntry()` accepts it),
 * but importable outside Astro, so the content checker and the tests parse through the very
 * same schemas. Whether the target exists is checked by `src/lib/integrity.ts`, which fails the
 * build where Astro would only log.
 */
export function link<C extends CollectionName>(collection: C) {
	return z
		.string({ error: `identifiant d'une entrée de « ${collection} » attendu` })
		.min(1)
		.meta({ link: collection })
		.transform((id): Link<C> => ({ id, collection }));
}

/** A list of typed links, empty when omitted. */
export function links<C extends CollectionName>(collection: C) {
	return z.array(link(collection)).default([]);
}
