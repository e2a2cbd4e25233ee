/**
 * Property: for every content fixture, `lint:content` and `astro build` agree. A fixture the checker
 * refuses fails the build, which prints the very same located problems and writes no page; a fixture
 * it accepts builds, and the build publishes the same ids and the same values (the open-data files,
 * compared with the checker's records exported by the same function).
 *
 * Cost (2 cores shared): one build per fixture took 8 minutes. Refused fixtures whose files sit in entry
 * folders are merged into one content folder (each file renamed `<fixture>-<name>`), built once: the
 * build must report each fixture's own problem there. Those whose name or place is the point (data
 * files, file names, subfolders, symlinks) get a build each, two at a time; each stops at the build's
 * first step (about 2 s). The four accepted fixtures get a full build each (about 12 s).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { type CheckedRecord, checkContent } from '../../src/lib/content-check/check.ts';
import { lintContent, type LintRun } from '../../src/lib/content-check/lint.ts';
import { formatProblem } from '../../src/lib/content-check/problem.ts';
import { dataFiles } from '../../src/lib/open-data/files.ts';
import { exportRecord } from '../../src/lib/open-data/records.ts';
import { COLLECTION_NAMES } from '../../src/schemas/names.ts';
import { type BuildRun, inBatches, ROOT, runBuild } from '../helpers/build.ts';
import { badCases, contentWith, FIXTURES, mergedFixtures } from '../helpers/fixtures.ts';
import { distFor } from '../helpers/temp.ts';

interface Outcome {
	name: string;
	content: string;
	lint: LintRun;
	build: BuildRun;
}

async function outcome(name: string, overlay: string | undefined): Promise<Outcome> {
	const content = contentWith(overlay);
	// Paths relative to the project, as the build reports them.
	const lint = lintContent(content, ROOT);
	const build = await runBuild(content, distFor(content));
	return { name, content, lint, build };
}

const expectOf = (name: string) => JSON.parse(readFileSync(join(FIXTURES, 'bad', name, 'expect.json'), 'utf8'));
/** Rules about a file's name or place (the id comes from it): renaming the file would change the verdict. */
const NAME_RULES = new Set(['nom-de-fichier', 'id-en-double', 'id-reserve', 'sous-dossier', 'fichier-ignore', 'lien-symbolique', 'fichier-vide', 'lien-vers-soi']);
const isSeparate = (name: string) => {
	const overlay = join(FIXTURES, 'bad', name);
	const files = (readdirSync(overlay, { recursive: true }) as string[]).filter((f) => f !== 'expect.json');
	return NAME_RULES.has(expectOf(name).rule) || files.some((f) => f.startsWith('data'));
};
const REFUSED = badCases('bad');
const SEPARATE = REFUSED.filter(isSeparate);
const MERGED = REFUSED.filter((name) => !isSeparate(name));
const ACCEPTED: [string, string | undefined][] = [
	['valid', undefined],
	['encodings/bom', join(FIXTURES, 'encodings', 'bom')],
	['encodings/crlf', join(FIXTURES, 'encodings', 'crlf')],
	['hostile', join(FIXTURES, 'hostile')],
];

/** A published value, compared without what the build's typography adds (no-break spaces, apostrophes) or the site's address. */
function comparable(value: unknown): unknown {
	if (typeof value === 'string') return value.replace(/[\u00a0\u202f]/g, ' ').replace(/’/g, "'");
	if (Array.isArray(value)) return value.map(comparable);
	if (value && typeof value === 'object') {
		return Object.fromEntries(Object.entries(value).filter(([k]) => k !== 'page' && k !== 'url').map(([k, v]) => [k, comparable(v)]));
	}
	return value;
}

const expectedExport = (record: CheckedRecord) =>
	comparable(exportRecord({ collection: record.collection, id: record.id, data: record.data, body: record.body, filePath: record.file }, () => ''));

const refused = new Map<string, Outcome>();
let merged: { lint: LintRun; build: BuildRun; files: Map<string, string[]> };
const accepted = new Map<string, Outcome>();

beforeAll(async () => {
	const { dir, files } = mergedFixtures(MERGED);
	const mergedBuild = runBuild(dir, distFor(dir));
	merged = { lint: lintContent(dir, ROOT), build: await mergedBuild, files };
	for (const run of await inBatches(SEPARATE, 2, (name) => outcome(name, join(FIXTURES, 'bad', name)))) refused.set(run.name, run);
	// Full builds share Astro's content store in node_modules: one at a time.
	for (const run of await inBatches(ACCEPTED, 1, ([name, overlay]) => outcome(name, overlay))) accepted.set(run.name, run);
}, 900_000);

describe('the bad fixtures merged into one content folder', () => {
	it('fail both: the build prints every problem the checker reports, and writes no page', () => {
		expect(merged.lint.status).toBe(1);
		expect(merged.build.status, merged.build.output).not.toBe(0);
		for (const problem of merged.lint.problems) expect(merged.build.output).toContain(formatProblem(problem));
		expect(() => readFileSync(join(merged.build.dir, 'index.html'))).toThrow();
	});

	it.each(MERGED)('%s: its own problem is among them, at its line', (name) => {
		const expected = expectOf(name);
		const file = merged.files.get(name)!.find((f) => f.endsWith(`/${name}-${basename(expected.file)}`))!;
		expect(merged.build.output).toMatch(new RegExp(`${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:${expected.line}:\\d+ +\\[${expected.rule}\\]`));
	});
});

describe.each(SEPARATE)('bad fixture %s', (name) => {
	it('fails both: the build prints every problem the checker reports, and writes no page', () => {
		const { lint, build } = refused.get(name)!;
		expect(lint.status).toBe(1);
		expect(build.status, build.output).not.toBe(0);
		expect(build.output).toContain('Le contenu a ');
		for (const problem of lint.problems) expect(build.output).toContain(formatProblem(problem));
		expect(() => readFileSync(join(build.dir, 'index.html'))).toThrow();
	});
});

describe.each(ACCEPTED.map(([name]) => name))('accepted fixture %s', (name) => {
	it('succeeds both, with the same ids and the same published values', () => {
		const { lint, build, content } = accepted.get(name)!;
		expect(lint.report).toBe('Contenu valide : aucun problème.');
		expect(build.status, build.output).toBe(0);
		const { records } = checkContent(content, ROOT);
		for (const collection of COLLECTION_NAMES) {
			const published = JSON.parse(readFileSync(join(build.dir, dataFiles(collection).json), 'utf8')) as { items: { id: string }[] };
			const checked = records.filter((r) => r.collection === collection).sort((a, b) => a.id.localeCompare(b.id));
			expect(published.items.map((item) => item.id).sort(), collection).toEqual(checked.map((r) => r.id));
			const byId = new Map(published.items.map((item) => [item.id, item]));
			for (const record of checked) expect(comparable(byId.get(record.id)), `${collection}/${record.id}`).toEqual(expectedExport(record));
		}
	});
});
