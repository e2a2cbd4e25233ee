import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content-check/check.ts';
import { lintContent } from '../../src/lib/content-check/lint.ts';
import { guarded } from '../../src/lib/content-check/guard.ts';
import { formatProblem, type Problem } from '../../src/lib/content-check/problem.ts';
import { badCases, contentWith, FIXTURES } from '../helpers/fixtures.ts';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('content checker', () => {
	it('accepts the valid fixture, with one entry in every collection', () => {
		const { problems, records } = checkContent(contentWith(), '/');
		expect(problems.map(formatProblem)).toEqual([]);
		const collections = new Set(records.map((r) => r.collection));
		expect([...collections].sort()).toEqual(
			['activities', 'fiches', 'figures', 'funding', 'glossary', 'initiatives', 'levers', 'needs', 'organisations', 'programmes', 'resources', 'territories', 'themes'],
		);
	});

	it('has every rule the fixtures exercise explained in CONTRIBUTING.md', () => {
		const guide = readFileSync(join(FIXTURES, '..', '..', 'CONTRIBUTING.md'), 'utf8');
		const rules = new Set(badCases('bad').map((name) => JSON.parse(readFileSync(join(FIXTURES, 'bad', name, 'expect.json'), 'utf8')).rule as string));
		expect(rules.size).toBeGreaterThan(20);
		for (const rule of rules) expect(guide, rule).toContain(`| \`[${rule}]\` |`);
	});

	it('turns a failure of the checker itself into a located French problem, without a stack trace', () => {
		const problems: Problem[] = [];
		const result = guarded('fiches/x.mdx', problems, () => {
			throw new TypeError('Cannot read properties of undefined (reading \'id\')\n    at check (check.ts:1:1)');
		});
		expect(result).toBeUndefined();
		expect(problems.map(formatProblem)).toEqual([
			'fiches/x.mdx:1:1  [verification-impossible] la vérification de ce fichier a échoué (Cannot read properties of undefined (reading \'id\')) → regardez ce qui a changé dans ce fichier ; si rien n’y paraît anormal, signalez-le aux mainteneurs avec ce message',
		]);
	});

	describe.each(badCases('bad'))('rejects %s', (name) => {
		const overlay = join(FIXTURES, 'bad', name);
		const expected = JSON.parse(readFileSync(join(overlay, 'expect.json'), 'utf8'));
		const root = contentWith(overlay);
		const run = lintContent(root, root);

		it('with the exit status and a report line naming the file, line, rule and field', () => {
			expect(run.status).toBe(expected.status);
			const column = expected.column === undefined ? '\\d+' : String(expected.column);
			const line = new RegExp(`^${escape(expected.file)}:${expected.line}:${column} {2}\\[${expected.rule}\\] `, 'm');
			expect(run.report, run.report).toMatch(line);
			const match = run.problems.find((p) => p.file === expected.file && p.rule === expected.rule && p.line === expected.line)!;
			if (expected.field) expect(match.field).toBe(expected.field);
			expect(formatProblem(match)).toContain(expected.message);
			if (expected.hint) expect(match.hint).toContain(expected.hint);
			// A broken file reports its own error, not the ones that only follow from it (links into what it declares).
			if (expected.count !== undefined) expect(run.problems.length, run.report).toBe(expected.count);
		});
	});
});
