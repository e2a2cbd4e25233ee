import { describe, expect, it } from 'vitest';
import { activitySchema, glossarySchema } from '../../src/schemas/data.ts';

const base = { id: 'petr', sources: ['etude-exemple'] };

describe('a glossary term', () => {
	it('may be an acronym without its expansion, when no source spells it out', () => {
		const parsed = glossarySchema.safeParse({ ...base, acronym: 'PETR' });
		expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
	});

	it('may be a term without acronym, spelt out', () => {
		expect(glossarySchema.safeParse({ ...base, name: 'pérennisation' }).success).toBe(true);
	});

	it('needs at least one of the two, and says so on `name`', () => {
		const parsed = glossarySchema.safeParse({ ...base, definition: 'Ni sigle ni nom.' });
		expect(parsed.success).toBe(false);
		expect(parsed.error!.issues.map((i) => i.path.join('.'))).toEqual(['name']);
	});
});

describe('a social-utility activity', () => {
	const activity = { id: 'sport-inclusif', name: 'Pratiques sportives inclusives', sources: ['etude-exemple'] };

	it('answers a need, or is filed under a theme only, as the source does', () => {
		expect(activitySchema.safeParse({ ...activity, needs: ['besoin-13'] }).success).toBe(true);
		expect(activitySchema.safeParse({ ...activity, themes: ['inclusion'] }).success).toBe(true);
	});

	it('needs one or the other, and says so on `needs`', () => {
		const parsed = activitySchema.safeParse(activity);
		expect(parsed.success).toBe(false);
		expect(parsed.error!.issues.map((i) => i.path.join('.'))).toEqual(['needs']);
	});
});
