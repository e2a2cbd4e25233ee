import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content-check/check.ts';
import { strayMarkerLinks, unflaggedClaims } from '../../src/lib/content-check/uncertain.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const { records } = checkContent(join(ROOT, 'src/content'), ROOT);

describe('doubts in the real content', () => {
	it('no entry states as certain what another flags as uncertain', () => {
		const found = unflaggedClaims(records).map((f) => `${f.collection}/${f.id} [${f.claim}] « ${f.sentence} »`);
		expect(found, 'ajoutez le marqueur « uncertain » de même clé, et dites le doute dans le texte').toEqual([]);
	});

	it('names in each marker only links its entry holds', () => {
		expect(strayMarkerLinks(records)).toEqual([]);
	});

	it('flags the Coopelis funding in every entry that speaks of it', () => {
		const flagged = records
			.filter((r) => ((r.data.uncertain as { claim: string }[] | undefined) ?? []).some((u) => u.claim === 'coopelis-financement-climaxion'))
			.map((r) => `${r.collection}/${r.id}`);
		expect(flagged).toEqual(
			expect.arrayContaining(['initiatives/coopelis', 'initiatives/bell-occas', 'organisations/ademe', 'organisations/region-grand-est', 'funding/climaxion', 'glossary/ademe', 'glossary/gip']),
		);
	});
});
