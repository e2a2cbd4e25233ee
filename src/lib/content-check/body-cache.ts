/**
 * The checker's per-body results, kept by the body's content (node_modules/.cache/ess-content-check/):
 * a body that did not change since the last check is not parsed again. What is kept is what the body
 * says on its own (its headings, its context-free problems, its addresses: see `BodyFact`); the rules
 * that look at the rest of the site (links, anchors, images) run on every check from these facts.
 * The file is named after a hash of the checker's own code, its schemas and the installed packages, so
 * changing a rule starts afresh. `CONTENT_CHECK_CACHE=0` turns it off.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BodyFact, BodySource } from './body.ts';

/** What one body gives the checker, whatever file holds it. */
export interface BodyResult {
	/** Heading ids of the page. */
	anchors?: string[];
	facts?: BodyFact[];
	/** The syntax error that stopped the parse. */
	error?: Extract<BodyFact, { problem: unknown }>['problem'];
}

/** Bodies kept, most recently used last: a few full catalogues (real content, bench corpora, fixtures). */
const KEEP = 30_000;
const PREFIX = 'bodies-';
const CHECKER_SOURCES = [join(import.meta.dirname), join(import.meta.dirname, '..', '..', 'schemas')];

let codeHash: string | undefined;

/** The checker's code, its schemas and the package lock: what a body's facts depend on besides the body. */
function checkerVersion(projectRoot: string): string {
	if (codeHash) return codeHash;
	const hash = createHash('sha256');
	for (const dir of CHECKER_SOURCES) {
		for (const name of (readdirSync(dir) as string[]).sort()) {
			if (!name.endsWith('.ts')) continue;
			hash.update(`${name}\0`).update(readFileSync(join(dir, name)));
		}
	}
	const lock = join(projectRoot, 'package-lock.json');
	if (existsSync(lock)) hash.update(readFileSync(lock));
	codeHash = hash.digest('hex').slice(0, 16);
	return codeHash;
}

/** The key of one body: its syntax (MDX or Markdown) and its text. */
export const bodyKey = (source: BodySource) =>
	createHash('sha256').update(source.file.endsWith('.md') ? 'md\0' : 'mdx\0').update(source.body).digest('base64url');

/** Per-body results read at the start of a check and written back, with the new ones, at its end. */
export class BodyCache {
	private readonly file: string | undefined;
	private readonly dir: string;
	private readonly entries: Map<string, BodyResult>;
	private added = 0;

	constructor(projectRoot: string) {
		this.dir = join(projectRoot, 'node_modules', '.cache', 'ess-content-check');
		this.file = process.env.CONTENT_CHECK_CACHE === '0' ? undefined : join(this.dir, `${PREFIX}${checkerVersion(projectRoot)}.json`);
		let stored: [string, BodyResult][] = [];
		try {
			if (this.file) stored = Object.entries(JSON.parse(readFileSync(this.file, 'utf8')) as Record<string, BodyResult>);
		} catch {
			// No file yet, or an unreadable one: every body is parsed.
		}
		this.entries = new Map(stored);
	}

	get(key: string): BodyResult | undefined {
		const found = this.entries.get(key);
		if (found) {
			// Used again: moved to the end, so that pruning drops the bodies no check has seen for longest.
			this.entries.delete(key);
			this.entries.set(key, found);
		}
		return found;
	}

	set(key: string, result: BodyResult): void {
		this.entries.set(key, result);
		this.added++;
	}

	/** Writes the results back (only when a body was added), dropping the oldest ones and the files of other checker versions. */
	save(): void {
		if (!this.file || this.added === 0) return;
		try {
			mkdirSync(this.dir, { recursive: true });
			const kept = [...this.entries].slice(-KEEP);
			// Written aside then renamed: a parallel check never reads half a file.
			const partial = `${this.file}.${process.pid}`;
			writeFileSync(partial, JSON.stringify(Object.fromEntries(kept)));
			renameSync(partial, this.file);
			for (const name of readdirSync(this.dir)) {
				if (name.startsWith(PREFIX) && name.endsWith('.json') && join(this.dir, name) !== this.file) rmSync(join(this.dir, name), { force: true });
			}
		} catch {
			// A read-only node_modules only loses the cache.
		}
	}
}
