import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content-check/check.ts';
import { toSlug } from '../../src/lib/slug.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const { records } = checkContent(join(ROOT, 'src/content'), ROOT);

/** What a reader would take for the entry's name: two entries of one collection must not share it. */
const nameOf = (data: any): string | undefined => data.title ?? data.name ?? data.label;

describe('the real content', () => {
	it('never holds the same thing twice in a collection (same name, two ids)', () => {
		const seen = new Map<string, string>();
		const twins: string[] = [];
		for (const { collection, id, data } of records) {
			const name = nameOf(data);
			if (!name) continue;
			const key = `${collection}/${toSlug(name)}`;
			const first = seen.get(key);
			if (first) twins.push(`${collection} : « ${name} » est à la fois ${first} et ${id}`);
			else seen.set(key, id);
		}
		expect(twins).toEqual([]);
	});
});
