import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cachedCheck } from '../../src/lib/content-check/cache.ts';
import { checkContent } from '../../src/lib/content-check/check.ts';
import { contentWith } from '../helpers/fixtures.ts';

const ROOT = join(import.meta.dirname, '..', '..');

describe('content checker cache', () => {
	it('answers an unchanged content folder from the cache, with the same problems as a full check', () => {
		const dir = contentWith();
		const fiche = join(dir, 'fiches', 'fiche-exemple.mdx');
		appendFileSync(fiche, '\n[lien cassé](/ressources/nulle-part/)\n');
		const first = cachedCheck(dir, ROOT);
		const second = cachedCheck(dir, ROOT);
		expect(first.cached).toBe(false);
		expect(second.cached).toBe(true);
		expect(first.problems.length).toBeGreaterThan(0);
		expect(second.problems).toEqual(JSON.parse(JSON.stringify(checkContent(dir, ROOT).problems)));
	});

	it('checks again when one file changes', () => {
		const dir = contentWith();
		const fiche = join(dir, 'fiches', 'fiche-exemple.mdx');
		expect(cachedCheck(dir, ROOT).problems).toEqual([]);
		writeFileSync(fiche, `${readFileSync(fiche, 'utf8')}\n[lien cassé](/ressources/nulle-part/)\n`);
		const again = cachedCheck(dir, ROOT);
		expect(again.cached).toBe(false);
		expect(again.problems.some((p) => p.file.endsWith('fiches/fiche-exemple.mdx'))).toBe(true);
	});
});
