/**
 * The build's own guards, without the content check (tests/helpers/unchecked.config.mjs): for SVG
 * images, raw HTML between comments and image paths, the checker must not be the only thing between a
 * pull request and the published site. One build covers every such fixture (merged into one content
 * folder), plus the canary entries: secrets in the environment and in a file beside the repository.
 * The same content is then built with the check, which must fail, naming each file, without printing
 * a secret.
 */
import { randomUUID } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { entryPath } from '../../src/lib/routes.ts';
import { ENTRY_COLLECTIONS, entryDir } from '../../src/schemas/index.ts';
import { type BuildRun, ROOT, runBuild } from '../helpers/build.ts';
import { FIXTURES, mergedFixtures, VALID } from '../helpers/fixtures.ts';
import { filesContaining, secretLeaks } from '../helpers/secrets.ts';
import { distFor } from '../helpers/temp.ts';

/** The classes where a bypassed or buggy checker must still publish nothing of the attack. */
const GUARDED = [
	'image-svg',
	'image-svg-reference',
	'image-query',
	'image-query-url',
	'image-outside-folder',
	'image-encoded-traversal',
	'image-symlink',
	'raw-html-between-comments',
	'raw-html-in-md',
	'raw-html-onerror-md',
];

const SECRETS = { ESS_CANARY_ENV: `canary-env-${randomUUID()}`, PUBLIC_ESS_CANARY_ENV: `canary-public-${randomUUID()}` };
const FILE_SECRET = `canary-file-${randomUUID()}`;
/** Beside the repository: where a path leaving the content folder would find it. */
const SECRET_FILE = join(dirname(ROOT), `.ess-canary-${randomUUID()}.txt`);
const ALL_SECRETS = [...Object.values(SECRETS), FILE_SECRET];

/** A fiche whose body tries every way to have the build read the secret file. */
function writeCanaryEntries(content: string) {
	const fiches = join(content, 'fiches');
	const toSecret = relative(fiches, SECRET_FILE);
	symlinkSync(SECRET_FILE, join(fiches, 'canary-lien.png'));
	const fiche = readFileSync(join(VALID, 'fiches/fiche-exemple.mdx'), 'utf8').split('\n---\n')[0];
	const body = [`![Carte brute](${toSecret}?raw)`, `![Carte adresse](${toSecret}?url)`, `![Carte png](${toSecret}.png)`, '![Carte liée](./canary-lien.png)', `![Carte réf][ref]\n\n[ref]: ${toSecret}?raw`];
	writeFileSync(join(fiches, 'canary-fichier.mdx'), `${fiche}\n---\n\n## Cartes\n\n${body.join('\n\n')}\n`);
}

const expectOf = (name: string) => JSON.parse(readFileSync(join(FIXTURES, 'bad', name, 'expect.json'), 'utf8'));
/** The fixture's file, as renamed by mergedFixtures. */
const renamedFile = (name: string) => {
	const file: string = expectOf(name).file;
	return `${dirname(file)}/${name}-${basename(file)}`;
};

let unchecked: BuildRun;
let checked: BuildRun;
let uncheckedContent: string;
let checkedContent: string;

beforeAll(async () => {
	writeFileSync(SECRET_FILE, `${FILE_SECRET}\n`);
	uncheckedContent = mergedFixtures(GUARDED).dir;
	writeCanaryEntries(uncheckedContent);
	unchecked = await runBuild(uncheckedContent, distFor(uncheckedContent), { unchecked: true, env: SECRETS });
	// With the check, the content also reads the environment (only the check stands against that one).
	checkedContent = mergedFixtures([...GUARDED, 'env-expression']).dir;
	writeCanaryEntries(checkedContent);
	checked = await runBuild(checkedContent, distFor(checkedContent), { env: SECRETS });
}, 240_000);

afterAll(() => rmSync(SECRET_FILE, { force: true }));

describe('a build without the content check', () => {
	it('still builds the site', () => {
		expect(unchecked.status, unchecked.output).toBe(0);
		expect(existsSync(join(unchecked.dir, 'index.html'))).toBe(true);
	});

	it('publishes no SVG but the site’s own icons, and no script of one', () => {
		const svgs = (readdirSync(unchecked.dir, { recursive: true }) as string[]).filter((f) => f.endsWith('.svg'));
		const own = (readdirSync(join(ROOT, 'public'), { recursive: true }) as string[]).filter((f) => f.endsWith('.svg'));
		expect(svgs.sort()).toEqual(own.sort());
		expect(filesContaining(unchecked.dir, 'alert(document.domain)')).toEqual([]);
	});

	it('serves every SVG with a policy of its own that forbids scripts (_headers)', () => {
		const blocks = readFileSync(join(unchecked.dir, '_headers'), 'utf8').trim().split('\n\n');
		expect(blocks.find((b) => b.startsWith('/*.svg\n'))).toMatch(/Content-Security-Policy: [^\n]*script-src 'none'/);
	});

	it.each(GUARDED)('publishes the entry of %s without what the check refuses', (name) => {
		const file = renamedFile(name);
		const collection = ENTRY_COLLECTIONS.find((c) => entryDir(c) === dirname(file))!;
		const page = join(unchecked.dir, entryPath(collection, basename(file).replace(/\.mdx?$/, '')), 'index.html');
		expect(existsSync(page), page).toBe(true);
		const main = readFileSync(page, 'utf8').match(/<main[\s\S]*<\/main>/)?.[0] ?? '';
		expect(main).not.toMatch(/<img|<script|<meta|http-equiv|onerror=/i);
	});

	it('reads no secret: none in dist/ nor in the build log', () => {
		expect(secretLeaks(unchecked, ALL_SECRETS)).toEqual([]);
	});
});

describe('the same content built with the check', () => {
	it('fails before writing any page', () => {
		expect(checked.status).not.toBe(0);
		expect(existsSync(join(checked.dir, 'index.html'))).toBe(false);
	});

	it.each(GUARDED)('names %s with its line and rule', (name) => {
		const expected = expectOf(name);
		const where = new RegExp(`${renamedFile(name).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:${expected.line}:\\d+ +\\[${expected.rule}\\]`);
		expect(checked.output).toMatch(where);
	});

	it('prints no secret, neither from the environment nor from the file beside the repository', () => {
		expect(checked.output).toMatch(/canary-fichier\.mdx:\d+:\d+ +\[image-invalide\]/);
		expect(secretLeaks(checked, ALL_SECRETS)).toEqual([]);
	});
});
