import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateContent, plan } from '../../scripts/bench/generate.ts';
import { checkContent } from '../../src/lib/content-check/check.ts';
import { formatProblem } from '../../src/lib/content-check/problem.ts';
import { COLLECTION_NAMES } from '../../src/schemas/names.ts';
import { tempDir } from '../helpers/temp.ts';

const generated = (entries: number, seed = 1) => {
	const dir = tempDir('bench');
	return { dir, counts: generateContent({ entries, outDir: dir, seed }) };
};
/** Every file of a folder with its text, to compare two generated catalogues. */
const snapshot = (dir: string) =>
	Object.fromEntries((readdirSync(dir, { recursive: true }) as string[]).filter((f) => /\.(mdx|yaml)$/.test(f)).sort().map((f) => [f, readFileSync(join(dir, f), 'utf8')]));

describe('synthetic content generator', () => {
	it('writes content the content checker accepts, in every collection', () => {
		const { dir, counts } = generated(150);
		const { problems, records } = checkContent(dir, dir);
		expect(problems.map(formatProblem)).toEqual([]);
		expect(records).toHaveLength(150);
		for (const collection of COLLECTION_NAMES) expect(records.filter((r) => r.collection === collection)).toHaveLength(counts[collection]);
	});

	it('links entries to each other, with real-length bodies', () => {
		const { dir } = generated(150);
		const { records } = checkContent(dir, dir);
		const initiatives = records.filter((r) => r.collection === 'initiatives');
		expect(initiatives.some((r) => (r.data.leverUsages as unknown[]).length > 0)).toBe(true);
		const meanBody = initiatives.reduce((sum, r) => sum + (r.body ?? '').length, 0) / initiatives.length;
		expect(meanBody).toBeGreaterThan(500);
		expect(meanBody).toBeLessThan(2500);
	});

	it('is deterministic for a seed and differs across seeds', () => {
		expect(snapshot(generated(80, 7).dir)).toEqual(snapshot(generated(80, 7).dir));
		expect(snapshot(generated(80, 8).dir)).not.toEqual(snapshot(generated(80, 7).dir));
	});

	it('spreads exactly N entries over the collections in the real proportions', () => {
		const counts = plan(5000);
		expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(5000);
		expect(counts.needs).toBe(15);
		expect(counts.glossary).toBeGreaterThan(counts.resources);
		expect(counts.resources).toBeGreaterThan(counts.initiatives);
		expect(counts.fiches).toBeGreaterThanOrEqual(1);
	});

	it('refuses to write into the real content folder', () => {
		expect(() => generateContent({ entries: 60, outDir: 'src/content' })).toThrow(/Dossier de sortie refusé/);
		expect(() => generateContent({ entries: 60, outDir: 'src/content/resources' })).toThrow(/Dossier de sortie refusé/);
	});
});
