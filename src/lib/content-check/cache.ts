/**
 * The checker's result, kept by content hash (node_modules/.astro/ess-content-check/), so that
 * `npm run build` after `npm run lint:content` (or a second build of unchanged content) does not
 * read and parse every body again. The key covers everything a check reads: the content folder,
 * the site's source (schemas, rules, pages: src/), the public folder and the installed packages;
 * any change to one of them runs the whole check again. `CONTENT_CHECK_CACHE=0` turns it off.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkContent } from './check.ts';
import type { Problem } from './problem.ts';

/** Bump when the cached file's shape changes. */
const FORMAT = 1;
/** Results kept: one per content state, the newest first (a branch switch finds the older ones). */
const KEEP = 8;

/** Every file under `dir`, sorted, with its bytes (or only its size: `sizesOnly`), into the hash. */
function hashTree(hash: ReturnType<typeof createHash>, dir: string, sizesOnly = false): void {
	if (!existsSync(dir)) return hash.update(`missing ${dir}\n`) && undefined;
	const names = (readdirSync(dir, { recursive: true }) as string[]).map((n) => n.split('\\').join('/')).sort();
	for (const name of names) {
		const path = join(dir, name);
		const stat = statSync(path, { throwIfNoEntry: false });
		hash.update(`${name}\0${stat?.isFile() ? stat.size : stat?.isDirectory() ? 'dir' : 'other'}\0`);
		if (stat?.isFile() && !sizesOnly) hash.update(readFileSync(path));
	}
}

/** The key of one check: content, the code that checks it, and where messages point. */
export function checkKey(contentRoot: string, projectRoot: string): string {
	const hash = createHash('sha256');
	hash.update(`${FORMAT}\0${contentRoot}\0${projectRoot}\0`);
	hashTree(hash, contentRoot);
	hashTree(hash, join(projectRoot, 'src'));
	hashTree(hash, join(projectRoot, 'public'), true);
	const lock = join(projectRoot, 'package-lock.json');
	if (existsSync(lock)) hash.update(readFileSync(lock));
	return hash.digest('hex');
}

const cacheDir = (projectRoot: string) => join(projectRoot, 'node_modules', '.astro', 'ess-content-check');

/** The checker's problems for `contentRoot`, from the cache when nothing it reads has changed. */
export function cachedCheck(contentRoot: string, projectRoot: string): { problems: Problem[]; cached: boolean } {
	if (process.env.CONTENT_CHECK_CACHE === '0') return { problems: checkContent(contentRoot, projectRoot).problems, cached: false };
	const key = checkKey(contentRoot, projectRoot);
	const dir = cacheDir(projectRoot);
	const file = join(dir, `${key}.json`);
	try {
		const problems = (JSON.parse(readFileSync(file, 'utf8')) as { problems: Problem[] }).problems;
		return { problems, cached: true };
	} catch {
		// No result for this state yet (or an unreadable one): check.
	}
	const { problems } = checkContent(contentRoot, projectRoot);
	try {
		mkdirSync(dir, { recursive: true });
		// Written aside then renamed: a parallel build never reads half a file.
		const partial = `${file}.${process.pid}`;
		writeFileSync(partial, JSON.stringify({ problems }));
		renameSync(partial, file);
		const old = readdirSync(dir)
			.filter((n) => n.endsWith('.json'))
			.map((n) => ({ n, t: statSync(join(dir, n)).mtimeMs }))
			.sort((a, b) => b.t - a.t)
			.slice(KEEP);
		for (const { n } of old) rmSync(join(dir, n), { force: true });
	} catch {
		// A read-only node_modules only loses the cache.
	}
	return { problems, cached: false };
}
