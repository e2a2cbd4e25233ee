/** Site-relative links that respect the base path the site is built for. */
import type { NodeKey } from './graph.ts';
import { citedByPath, entryPath, sectionPath, withBase } from './routes.ts';
import type { CollectionName } from '../schemas/names.ts';

const BASE = import.meta.env.BASE_URL;

/** `href` for a path inside the site (`ressources/` → `/base/ressources/`). */
export const href = (path = '') => withBase(path, BASE);
export const entryHref = (key: NodeKey) => href(entryPath(key.collection, key.id));
export const sectionHref = (collection: CollectionName) => href(sectionPath(collection));
export const citedByHref = (key: NodeKey) => href(citedByPath(key.collection, key.id));

/** Absolute address of a path inside the site, on its canonical origin (`SITE_URL`): for feeds, exports, metadata. */
export const absoluteHref = (path = '') => new URL(href(path), import.meta.env.SITE).href;
export const absoluteEntryHref = (key: NodeKey) => absoluteHref(entryPath(key.collection, key.id));
