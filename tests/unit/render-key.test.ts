import { describe, expect, it } from 'vitest';
import type { AnyEntry, Catalogue } from '../../src/lib/catalogue.ts';
import { catalogueKey, withKeys } from '../../src/lib/render-key.ts';
import { bodyLinks } from '../../src/lib/body-links.ts';
import { LinkGraph, type NodeKey } from '../../src/lib/graph.ts';
import type { CollectionName } from '../../src/schemas/names.ts';

type Entry = { collection: string; id: string; filePath?: string; data: Record<string, unknown>; body?: string };

const resource = (id: string, data: Record<string, unknown> = {}, body = 'Un corps.'): Entry => ({
	collection: 'resources',
	id,
	filePath: `src/content/resources/${id}.mdx`,
	data: { title: id, year: 2023, ...data },
	body,
});

// As the catalogue builds it: the graph reads the links each body makes.
const catalogueOf = (...entries: Entry[]) =>
	({
		everything: () => entries,
		graph: new LinkGraph(entries.map((e) => ({ collection: e.collection as CollectionName, id: e.id, data: e.data, bodyLinks: bodyLinks(e.body ?? '', e as NodeKey) }))),
	}) as unknown as Catalogue;
const env = { SITE_URL: 'https://example.org', BASE_PATH: '/' };
const now = new Date('2026-12-04T12:00:00Z');
const key = (...entries: Entry[]) => catalogueKey(catalogueOf(...entries), env, now);

describe('catalogueKey (what any page may show: a page keeps its copy from the previous build only under the same key)', () => {
	it('is the same for the same catalogue, settings and year', () => {
		expect(key(resource('a'), resource('b'))).toBe(key(resource('a'), resource('b')));
	});

	it('changes with any entry’s data, its file, an entry added, or a body-less record', () => {
		const base = key(resource('a'), resource('b'));
		expect(key(resource('a'), resource('b', { year: 2024 }))).not.toBe(base);
		expect(key(resource('a'), { ...resource('b'), filePath: 'src/content/resources/autre.mdx' })).not.toBe(base);
		expect(key(resource('a'), resource('b'), resource('c'))).not.toBe(base);
		expect(key(resource('a'))).not.toBe(base);
	});

	it('ignores bodies: a body shows only on its own page', () => {
		expect(key(resource('a', {}, 'Autre texte.'), resource('b'))).toBe(key(resource('a'), resource('b')));
	});

	it('changes with the entries a body links to: they list it under « Cité par »', () => {
		const linking = resource('a', {}, 'Voir [B](/ressources/b/).');
		expect(key(linking, resource('b'))).not.toBe(key(resource('a'), resource('b')));
		expect(key({ ...linking, body: 'Lire [la ressource B](/ressources/b/), autrement dit.' }, resource('b'))).toBe(key(linking, resource('b')));
	});

	it('changes with a setting read from the environment and with the year', () => {
		const catalogue = catalogueOf(resource('a'));
		const base = catalogueKey(catalogue, env, now);
		expect(catalogueKey(catalogue, { ...env, REPOSITORY_URL: 'https://example.org/depot' }, now)).not.toBe(base);
		expect(catalogueKey(catalogue, { ...env, PUBLISHER_NAME: 'Éditeur' }, now)).not.toBe(base);
		expect(catalogueKey(catalogue, env, new Date('2027-01-01T00:00:00Z'))).not.toBe(base);
		expect(catalogueKey(catalogue, env, new Date('2026-01-01T00:00:00Z'))).toBe(base);
	});
});

describe('withKeys (keys of getStaticPaths results)', () => {
	const paths = (entry: Entry) => [
		{ params: { id: entry.id }, props: { entry: entry as unknown as AnyEntry } },
		{ params: { page: '2' }, props: { entry: entry as unknown as AnyEntry } },
	];

	it('adds the bodies a page shows to its key, and only those', () => {
		const a = resource('a');
		const edited = { ...a, body: 'Un corps modifié.' };
		const shows = ({ entry }: { entry: AnyEntry }) => [entry];
		const before = withKeys(catalogueOf(a, resource('b')), paths(a), shows);
		const after = withKeys(catalogueOf(edited, resource('b')), paths(edited), shows);
		expect(after[0]!.cacheKey).not.toBe(before[0]!.cacheKey);
		const [listingBefore, listingAfter] = [withKeys(catalogueOf(a, resource('b')), paths(a)), withKeys(catalogueOf(edited, resource('b')), paths(edited))];
		expect(listingAfter[1]!.cacheKey).toBe(listingBefore[1]!.cacheKey);
		expect(after[0]!.params).toEqual({ id: 'a' });
		expect(after[1]!.props.entry).toBe(edited);
	});

	it('tells apart a body moved from one entry to another', () => {
		const [a, b] = [resource('a', {}, 'Texte A'), resource('b', {}, 'Texte B')];
		const [a2, b2] = [resource('a', {}, 'Texte B'), resource('b', {}, 'Texte A')];
		const all = (catalogue: Catalogue) => withKeys(catalogue, [{ params: {}, props: {} }], () => catalogue.everything())[0]!.cacheKey;
		expect(all(catalogueOf(a2, b2))).not.toBe(all(catalogueOf(a, b)));
	});
});
