import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { QUALITY_QUERIES } from '../../scripts/bench/search-queries.ts';
import { ROOT } from '../helpers/build.ts';

const CONTENT = join(ROOT, 'src', 'content');
/** URL section → content folder (entries written as MDX files). */
const FOLDERS: Record<string, string> = { initiatives: 'initiatives', ressources: 'resources', leviers: 'levers', fiches: 'fiches', territoires: 'territories' };
/** URL section → data file (entries as YAML list items with an `id`). */
const DATA_FILES: Record<string, string> = { glossaire: 'glossary.yaml', themes: 'themes.yaml' };
const dataIds = (file: string) => new Set([...readFileSync(join(CONTENT, 'data', file), 'utf8').matchAll(/^- id: (\S+)$/gm)].map((m) => m[1]));

/** Whether the site path names an entry of the content (so the bench cannot count a page that does not exist). */
function entryExists(path: string): boolean {
	const [, section, id] = path.match(/^\/([^/]+)\/([^/]+)\/$/) ?? [];
	if (section && id && DATA_FILES[section]) return dataIds(DATA_FILES[section]).has(id);
	const folder = section ? FOLDERS[section] : undefined;
	return Boolean(folder && id && existsSync(join(CONTENT, folder, `${id}.mdx`)));
}

describe('bench:search quality queries', () => {
	it('hold at least 60 distinct queries, each with at least one answer', () => {
		const queries = QUALITY_QUERIES.map((q) => q.query.toLowerCase());
		expect(queries.length).toBeGreaterThanOrEqual(60);
		expect(new Set(queries).size).toBe(queries.length);
		for (const q of QUALITY_QUERIES) expect(q.answers.length, q.query).toBeGreaterThan(0);
	});

	it('answer with entries that exist', () => {
		const missing = QUALITY_QUERIES.flatMap((q) => q.answers.filter((a) => !entryExists(a)).map((a) => `${q.query} → ${a}`));
		expect(missing).toEqual([]);
	});
});
