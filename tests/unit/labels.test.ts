import { describe, expect, it } from 'vitest';
import { inSentence, LEVEL_LABELS } from '../../src/lib/labels.ts';

describe('a label inside a sentence', () => {
	it('has its first letter lowered, while acronyms and « État » keep their capitals', () => {
		expect(inSentence(LEVEL_LABELS['territoire-de-projet'])).toBe('territoire de projet (Pays, PETR)');
		expect(inSentence(LEVEL_LABELS.region)).toBe('région');
		expect(inSentence(LEVEL_LABELS.etat)).toBe('État');
		expect(inSentence('Économie circulaire')).toBe('économie circulaire');
	});
});
