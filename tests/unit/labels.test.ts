import { describe, expect, it } from 'vitest';
import { figureValue, formatFigure, inSentence, LEVEL_LABELS } from '../../src/lib/labels.ts';

describe('a label inside a sentence', () => {
	it('has its first letter lowered, while acronyms and « État » keep their capitals', () => {
		expect(inSentence(LEVEL_LABELS['territoire-de-projet'])).toBe('territoire de projet (Pays, PETR)');
		expect(inSentence(LEVEL_LABELS.region)).toBe('région');
		expect(inSentence(LEVEL_LABELS.etat)).toBe('État');
		expect(inSentence('Économie circulaire')).toBe('économie circulaire');
	});
});

describe('a figure as text', () => {
	it('puts the source’s rounding before the number and its unit after, with the French spaces', () => {
		expect(figureValue({ value: 80, qualifier: 'plus-de' })).toBe('plus de 80');
		expect(figureValue({ value: 14, unit: '%', qualifier: 'pres-de' })).toBe('près de 14\u202f%');
		expect(figureValue({ value: 1800, unit: 'usagers' })).toBe('1\u202f800\u202fusagers');
	});

	it('writes a year without a thousands space and a rank as an ordinal', () => {
		expect(formatFigure(2022, 'année')).toBe('2022');
		expect(formatFigure(3, 'rang')).toBe('3ᵉ');
		expect(formatFigure(1, 'rang')).toBe('1er');
	});
});
