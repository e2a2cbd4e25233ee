import { describe, expect, it } from 'vitest';
import { correctWord, vocabularyOf } from '../../src/lib/search-vocabulary.ts';

const vocabulary = vocabularyOf([
	'La coopérative et l’épicerie de la commune ; une coopérative d’habitants.',
	'La mobilité solidaire, l’épicerie sociale, les coopératives de mobilité.',
	'Coopération entre collectivités.',
]);

describe('correctWord', () => {
	it('corrects a misspelt word to the closest, commonest word of the catalogue', () => {
		expect(correctWord('coopertive', vocabulary)).toBe('coopérative');
		expect(correctWord('epicirie', vocabulary)).toBe('épicerie');
		expect(correctWord('mobilitée', vocabulary)).toBe('mobilité');
	});
	it('leaves known words, words being typed, short words and unknown ones alone', () => {
		expect(correctWord('épicerie', vocabulary)).toBeUndefined();
		expect(correctWord('coop', vocabulary)).toBeUndefined();
		expect(correctWord('cooperat', vocabulary)).toBeUndefined();
		expect(correctWord('ess', vocabulary)).toBeUndefined();
		expect(correctWord('xylophone', vocabulary)).toBeUndefined();
		expect(correctWord('23200', vocabulary)).toBeUndefined();
	});
});

describe('vocabularyOf', () => {
	it('counts words of four letters or more, most frequent first', () => {
		expect(vocabulary[0]).toEqual(['coopérative', 2]);
		expect(vocabulary.map(([w]) => w)).not.toContain('une');
	});
});
