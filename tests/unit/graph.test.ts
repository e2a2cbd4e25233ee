import { describe, expect, it } from 'vitest';
import { LinkGraph } from '../../src/lib/graph.ts';

const ref = (collection: any, id: string) => ({ collection, id });

const graph = new LinkGraph([
	{
		collection: 'initiatives',
		id: 'la-pioche',
		data: {
			title: 'La Pioche',
			leverUsages: [
				{ lever: ref('levers', 'anct-3'), action: 2, by: 'commune', how: 'Marché réservé passé par la commune.' },
				{ lever: ref('levers', 'anct-1'), how: 'Subvention du département.' },
			],
			partners: [ref('organisations', 'avise')],
		},
	},
	{
		collection: 'levers',
		id: 'anct-3',
		data: { actions: [{ title: 'Réserver des marchés', examples: [ref('initiatives', 'la-pioche')] }] },
	},
	{ collection: 'levers', id: 'anct-1', data: {} },
	{ collection: 'resources', id: 'etude', data: { authors: [ref('organisations', 'avise')], sources: [ref('resources', 'etude')] } },
]);

describe('link graph', () => {
	it('lists what an entry links to, in order, with the edge text', () => {
		const out = graph.linksFrom(ref('initiatives', 'la-pioche'));
		expect(out.map((e) => `${e.relation}→${e.to.id}`)).toEqual(['leverUsages→anct-3', 'leverUsages→anct-1', 'partners→avise']);
		expect(out[0]).toMatchObject({ how: 'Marché réservé passé par la commune.', details: { action: 2, by: 'commune' } });
	});

	it('gives a lever the initiatives that used it, with their how', () => {
		const back = graph.backlinksByRelation(ref('levers', 'anct-3'));
		expect([...back.keys()]).toEqual(['initiatives:leverUsages']);
		expect(back.get('initiatives:leverUsages')![0]).toMatchObject({
			from: ref('initiatives', 'la-pioche'),
			how: 'Marché réservé passé par la commune.',
		});
	});

	it('groups backlinks by source collection and relation', () => {
		const back = graph.backlinksByRelation(ref('organisations', 'avise'));
		expect([...back.keys()].sort()).toEqual(['initiatives:partners', 'resources:authors']);
	});

	it('gives an initiative the key actions that cite it as an example', () => {
		const back = graph.linksTo(ref('initiatives', 'la-pioche'));
		expect(back).toHaveLength(1);
		expect(back[0]).toMatchObject({ relation: 'actions', context: 'Réserver des marchés', from: ref('levers', 'anct-3') });
	});

	it('keeps a self-citation as an outgoing link but not as a backlink', () => {
		expect(graph.linksFrom(ref('resources', 'etude')).map((e) => e.to.id)).toContain('etude');
		expect(graph.backlinksByRelation(ref('resources', 'etude')).size).toBe(0);
	});

	it('tells when a backlink group is longer than a limit', () => {
		expect(graph.hasBacklinkGroupOver(ref('organisations', 'avise'), 0)).toBe(true);
		expect(graph.hasBacklinkGroupOver(ref('organisations', 'avise'), 1)).toBe(false);
		expect(graph.hasBacklinkGroupOver(ref('resources', 'etude'), 0)).toBe(false);
	});

	it('has no backlinks for an entry nothing links to', () => {
		expect(graph.linksTo(ref('resources', 'etude'))).toEqual([]);
	});
});

describe('links made in bodies', () => {
	const withBodies = new LinkGraph([
		{ collection: 'initiatives', id: 'la-pioche', data: { title: 'La Pioche' } },
		{ collection: 'levers', id: 'anct-3', data: { actions: [{ title: 'Réserver des marchés', examples: [ref('initiatives', 'la-pioche')] }] }, bodyLinks: [ref('initiatives', 'la-pioche')] },
		{ collection: 'resources', id: 'volume-4', data: {}, bodyLinks: [ref('initiatives', 'la-pioche'), ref('resources', 'volume-4')] },
	]);

	it('are backlinks of their target, grouped by the collection that makes them, after the typed ones', () => {
		const back = withBodies.backlinksByRelation(ref('initiatives', 'la-pioche'));
		expect([...back.keys()]).toEqual(['levers:actions', 'resources:body']);
		expect(back.get('resources:body')!.map((e) => e.from.id)).toEqual(['volume-4']);
	});

	it('leave out an entry already among the typed backlinks, and a body linking its own page', () => {
		expect(withBodies.backlinksByRelation(ref('initiatives', 'la-pioche')).has('levers:body')).toBe(false);
		expect(withBodies.backlinksByRelation(ref('resources', 'volume-4')).size).toBe(0);
	});

	it('are not links of the entry’s data: its « Liens » leave them to the text', () => {
		expect(withBodies.linksFrom(ref('resources', 'volume-4'))).toEqual([]);
		expect(withBodies.linksTo(ref('initiatives', 'la-pioche')).map((e) => e.relation)).toEqual(['actions']);
	});
});
