import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cachedCheck } from '../../src/lib/content-check/cache.ts';
import { checkContent } from '../../src/lib/content-check/check.ts';
import { badCases, contentWith, mergedFixtures } from '../helpers/fixtures.ts';

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

	it('reports the same problems from the per-body cache as from a check that parses every body', () => {
		// Every bad fixture at once: syntax errors, forbidden markup, links, anchors, images.
		const { dir } = mergedFixtures(badCases('bad'));
		const fresh = withoutCache(() => checkContent(dir, ROOT).problems);
		checkContent(dir, ROOT);
		const fromCache = checkContent(dir, ROOT).problems;
		expect(fresh.length).toBeGreaterThan(20);
		expect(fromCache).toEqual(fresh);
	});

	it('still checks links between files when the linking body is unchanged', () => {
		const dir = contentWith();
		const initiative = join(dir, 'initiatives', 'initiative-exemple.mdx');
		const fiche = join(dir, 'fiches', 'fiche-exemple.mdx');
		appendFileSync(initiative, '\nVoir [les enjeux](/fiches/fiche-exemple/#enjeux).\n');
		expect(checkContent(dir, ROOT).problems).toEqual([]);
		// Only the linked page changes: its heading goes, the link to it breaks.
		writeFileSync(fiche, readFileSync(fiche, 'utf8').replace('## Enjeux', '## Les enjeux'));
		const problems = checkContent(dir, ROOT).problems;
		expect(problems.map((p) => [p.file.split('/').slice(-2).join('/'), p.rule])).toEqual([['initiatives/initiative-exemple.mdx', 'ancre-inconnue']]);
		expect(problems[0]!.hint).toContain('#les-enjeux');
	});
});

/** Runs `step` with the checker's caches turned off. */
function withoutCache<T>(step: () => T): T {
	const saved = process.env.CONTENT_CHECK_CACHE;
	process.env.CONTENT_CHECK_CACHE = '0';
	try {
		return step();
	} finally {
		if (saved === undefined) delete process.env.CONTENT_CHECK_CACHE;
		else process.env.CONTENT_CHECK_CACHE = saved;
	}
}
