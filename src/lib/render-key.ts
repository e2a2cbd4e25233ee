/**
 * Keys for Astro's incremental build (`experimental.incrementalBuild`): a page whose key, code and
 * rendered bodies are those of the previous build is copied from it instead of rendered again.
 *
 * Astro sees a change to a page's code (the route and all it imports, styles and scripts included) and
 * to the bodies it renders; it cannot see the data a page reads from the content store. Any page may
 * show any entry's front matter (backlinks, neighbours, counts, the footer's dating), so the key
 * covers all of it: every entry's data and file, the settings read from the environment, and the year
 * (a scheme's status depends on it). An edit to a body re-renders only the page showing it; an edit to
 * front matter re-renders every page. Bodies are left out on purpose: few pages show one, and those add
 * the bodies they show to their key (`withKeys`); only the entries a body links to are in, as they show
 * on other pages (« Cité par »).
 */
import { createHash } from 'node:crypto';
import type { AnyEntry, Catalogue } from './catalogue.ts';
import { keyOf } from './graph.ts';
import { BUILD_SETTINGS } from './site-config.ts';

const dataKeys = new WeakMap<Catalogue, string>();

/** Every entry's data and file, and the links bodies make, hashed once per catalogue (2 000 pages ask for it). */
function dataKey(catalogue: Catalogue): string {
	let key = dataKeys.get(catalogue);
	if (key === undefined) {
		const hash = createHash('sha256');
		for (const entry of catalogue.everything()) hash.update(`${entry.collection}/${entry.id}\0${entry.filePath ?? ''}\0${JSON.stringify(entry.data)}\0`);
		// The links bodies make, as the graph read them once for « Cité par ».
		for (const [target, edges] of catalogue.graph.mentions) hash.update(`${target}\0${edges.map((e) => keyOf(e.from)).join(' ')}\0`);
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

/**
 * `getStaticPaths` results with their keys: the catalogue's, plus the bodies the page shows (`bodies`,
 * none by default): an entry's page shows its own, an export of a collection all of that collection's.
 */
export function withKeys<P extends { props: object }>(catalogue: Catalogue, paths: P[], bodies: (props: P['props']) => AnyEntry[] = () => []): (P & { cacheKey: string })[] {
	const key = catalogueKey(catalogue);
	return paths.map((path) => {
		const shown = bodies(path.props);
		if (shown.length === 0) return { ...path, cacheKey: key };
		const hash = createHash('sha256');
		// The HTML too: a body kept compiled in the content store changes with the plugins and settings, not only with its text.
		for (const entry of shown) hash.update(`${entry.collection}/${entry.id}\0${'body' in entry && typeof entry.body === 'string' ? entry.body : ''}\0${'rendered' in entry ? (entry.rendered?.html ?? '') : ''}\0`);
		return { ...path, cacheKey: `${key}.${hash.digest('hex').slice(0, 32)}` };
	});
}
