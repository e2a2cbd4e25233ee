import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content-check/check.ts';
import { contentWith } from '../helpers/fixtures.ts';

const FILE = 'initiatives/initiative-exemple.mdx';

function parsedWith(transform: (text: string) => string) {
	const root = contentWith();
	const path = join(root, FILE);
	writeFileSync(path, transform(readFileSync(path, 'utf8')));
	const { problems, records } = checkContent(root, root);
	const record = records.find((r) => r.file === FILE)!;
	return { problems, data: record?.data, body: record?.body };
}

describe('file encodings', () => {
	const reference = parsedWith((t) => t);

	it.each([
		['a byte-order mark', (t: string) => `\uFEFF${t}`],
		['CRLF line ends', (t: string) => t.replace(/\n/g, '\r\n')],
		['both', (t: string) => `\uFEFF${t.replace(/\n/g, '\r\n')}`],
	])('parses a file with %s exactly like a clean one', (_, transform) => {
		const result = parsedWith(transform);
		expect(result.problems).toEqual([]);
		expect(result.data).toEqual(reference.data);
		expect(result.body).toEqual(reference.body);
	});
});
