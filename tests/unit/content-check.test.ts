import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content-check/check.ts';
import { formatProblem } from '../../src/lib/content-check/problem.ts';
import { badCases, contentWith, FIXTURES } from '../helpers/fixtures.ts';

describe('content checker', () => {
	it('accepts the valid fixture, with one entry in every collection', () => {
		const { problems, records } = checkContent(contentWith(), '/');
		expect(problems.map(formatProblem)).toEqual([]);
		const collections = new Set(records.map((r) => r.collection));
		expect([...collections].sort()).toEqual(
			['activities', 'fiches', 'figures', 'funding', 'glossary', 'initiatives', 'levers', 'needs', 'organisations', 'programmes', 'resources', 'territories', 'themes'],
		);
	});

	describe.each(badCases('bad'))('rejects %s', (name) => {
		const overlay = join(FIXTURES, 'bad', name);
		const expected = JSON.parse(readFileSync(join(overlay, 'expect.json'), 'utf8'));
		const root = contentWith(overlay);
		const { problems } = checkContent(root, root);

		it('with a message naming the file, line, rule and field', () => {
			const match = problems.find((p) => p.file === expected.file && p.rule === expected.rule);
			expect(match, problems.map(formatProblem).join('\n')).toBeDefined();
			expect(match!.line).toBe(expected.line);
			if (expected.field) expect(match!.field).toBe(expected.field);
			expect(formatProblem(match!)).toContain(expected.message);
			if (expected.hint) expect(match!.hint).toContain(expected.hint);
			expect(formatProblem(match!)).toMatch(new RegExp(`^${expected.file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:${expected.line}:\\d+ `));
		});
	});
});
