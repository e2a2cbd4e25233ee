/**
 * Keys for Astro's incremental build (`experimental.incrementalBuild`): a page whose key, code and
 * rendered bodies are those of the previous build is copied from it instead of rendered again.
 *
 * Astro sees a change to a page's code (the route and all it imports, styles and scripts included) and
 * to the bodies it renders; it cannot see the data a page reads from the content store. Any page may
 * show any entry's front matter (backlinks, neighbours, counts, the footer's dating), so the key
 * covers all of it: every entry's data and file, the settings read from the environment, and the year
 * (a scheme's status depends on it). An edit to a body re-renders only the page showing it; an edit to
 * front matter re-renders every page. Bodies are left out on purpose: only an entry's own page shows
 * its body, and `entryKey` adds it there.
 */
import { createHash } from 'node:crypto';
import type { AnyEntry, Catalogue } from './catalogue.ts';
import { BUILD_SETTINGS } from './site-config.ts';

const dataKeys = new WeakMap<Catalogue, string>();

/** Every entry's data and file, hashed once per catalogue (2 000 pages ask for it). */
function dataKey(catalogue: Catalogue): string {
	let key = dataKeys.get(catalogue);
	if (key === undefined) {
		const hash = createHash('sha256');
		for (const entry of catalogue.everything()) hash.update(`${entry.collection}/${entry.id}\0${entry.filePath ?? ''}\0${JSON.stringify(entry.data)}\0`);
		key = hash.digest('hex');
		dataKeys.set(catalogue, key);
	}
	return key;
}

/** What every page of this build may show, as one digest. */
export function catalogueKey(catalogue: Catalogue, env: Record<string, string | undefined> = process.env, now: Date = new Date()): string {
	const hash = createHash('sha256').update(dataKey(catalogue));
	for (const name of BUILD_SETTINGS) hash.update(`\0${name}=${env[name] ?? ''}`);
	return hash.update(`\0year=${now.getUTCFullYear()}`).digest('hex');
}

/** The key of a page about one entry: the catalogue's, and the entry's own body. */
export function entryKey(catalogue: Catalogue, entry: AnyEntry): string {
	const body = 'body' in entry && typeof entry.body === 'string' ? entry.body : '';
	return `${catalogueKey(catalogue)}.${createHash('sha256').update(body).digest('hex').slice(0, 16)}`;
}

/**
 * `getStaticPaths` results with their keys: the catalogue's, and for a page about one entry (its `entry`
 * prop) the entry's body too.
 */
export function withKeys<P extends { props: object }>(catalogue: Catalogue, paths: P[]): (P & { cacheKey: string })[] {
	return paths.map((path) => ({
		...path,
		cacheKey: 'entry' in path.props ? entryKey(catalogue, path.props.entry as AnyEntry) : catalogueKey(catalogue),
	}));
}
