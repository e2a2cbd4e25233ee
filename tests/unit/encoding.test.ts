import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content-check/check.ts';
import { lintContent } from '../../src/lib/content-check/lint.ts';
import { badCases, contentWith, FIXTURES } from '../helpers/fixtures.ts';

/** What the checker makes of a content folder: its report, exit status and every parsed record. */
function outcome(root: string) {
	const run = lintContent(root, root);
	const { records } = checkContent(root, root);
	return { report: run.report, status: run.status, records: records.map(({ file, data, body, bodyLine }) => ({ file, data, body, bodyLine })) };
}

describe('file encodings', () => {
	const reference = outcome(contentWith());

	it.each(badCases('encodings'))('parses the %s fixture exactly like the LF one: success, identical output and records', (name) => {
		const overlay = join(FIXTURES, 'encodings', name);
		const files = readdirSync(overlay, { recursive: true, withFileTypes: true }).filter((d) => d.isFile());
		// The fixture really holds what it claims to test.
		for (const file of files) {
			const bytes = readFileSync(join(file.parentPath, file.name));
			expect(name === 'bom' ? bytes.subarray(0, 3).toString('hex') === 'efbbbf' : bytes.includes('\r\n')).toBe(true);
		}
		const result = outcome(contentWith(overlay));
		expect(result.status).toBe(0);
		expect(result).toEqual(reference);
	});

	it('reports a problem in a BOM + CRLF file at the same line and column as in the LF file', () => {
		const overlay = join(FIXTURES, 'bad', 'skipped-heading');
		const lf = contentWith(overlay);
		const crlf = contentWith(overlay);
		const file = join(crlf, 'fiches/fiche-exemple.mdx');
		writeFileSync(file, `\uFEFF${readFileSync(file, 'utf8').replace(/\n/g, '\r\n')}`);
		const expected = lintContent(lf, lf);
		expect(expected.status).toBe(1);
		expect(lintContent(crlf, crlf)).toEqual(expected);
	});
});
