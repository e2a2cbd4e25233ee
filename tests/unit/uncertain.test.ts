import { describe, expect, it } from 'vitest';
import { strayMarkerLinks, unflaggedClaims } from '../../src/lib/content-check/uncertain.ts';

const marker = { claim: 'financement-etude', note: 'La source ne dit pas qui a reçu le financement.', words: ['Coopelis', 'financ'] };

describe('consistency of doubts', () => {
	it('finds an entry that states as certain what another flags as uncertain', () => {
		const found = unflaggedClaims([
			{ collection: 'initiatives', id: 'coopelis', data: { title: 'Coopelis', uncertain: [marker] } },
			{ collection: 'organisations', id: 'ademe', data: { description: 'Elle a cofinancé l’étude de Coopelis. Rien d’autre.' } },
			{ collection: 'organisations', id: 'avise', data: { description: 'Sans rapport avec Coopelis.' } },
		]);
		expect(found).toEqual([{ collection: 'organisations', id: 'ademe', claim: 'financement-etude', sentence: 'Elle a cofinancé l’étude de Coopelis.' }]);
	});

	it('reads the body too, across accents and case, and accepts an entry carrying the same marker', () => {
		const body = 'Le groupement COOPÉLIS a été FINANCÉ par la région.';
		expect(unflaggedClaims([{ collection: 'initiatives', id: 'a', data: { uncertain: [marker] } }, { collection: 'initiatives', id: 'b', data: {}, body }])).toHaveLength(1);
		expect(unflaggedClaims([{ collection: 'initiatives', id: 'a', data: { uncertain: [marker] } }, { collection: 'initiatives', id: 'b', data: { uncertain: [{ claim: 'financement-etude' }] }, body }])).toEqual([]);
	});

	it('finds a marker naming a link its entry does not hold', () => {
		const data = { partners: [{ id: 'ademe', collection: 'organisations' }], uncertain: [{ ...marker, links: ['ademe', 'region'] }] };
		expect(strayMarkerLinks([{ collection: 'initiatives', id: 'a', data }])).toEqual([{ collection: 'initiatives', id: 'a', link: 'region' }]);
	});
});
