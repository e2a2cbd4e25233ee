/**
 * A result kept between builds under node_modules/.astro/, looked up by a hash of what it was computed
 * from: one JSON file per kind of result and per version of the code that computes it (a new version
 * starts afresh and removes the older files). Used for what a build would otherwise redo for every
 * unchanged file: the checker's reading of a body, the typography of a page, a file's gzip size.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** A short hash of the `.ts` files in `dirs` and of the package lock: the version of the code a cached result depends on. */
export function codeVersion(projectRoot: string, dirs: string[]): string {
	const hash = createHash('sha256');
	for (const dir of dirs) {
		for (const name of readdirSync(dir).sort()) {
			if (name.endsWith('.ts')) hash.update(`${name}\0`).update(readFileSync(join(dir, name)));
		}
	}
	const lock = join(projectRoot, 'package-lock.json');
	if (existsSync(lock)) hash.update(readFileSync(lock));
	return hash.digest('hex').slice(0, 16);
}

/** The key of a text in a cache: a hash of it. */
export const textKey = (...parts: (string | Buffer)[]) => parts.reduce((hash, part) => hash.update(part).update('\0'), createHash('sha256')).digest('base64url');

export class BuildCache<T> {
	private readonly dir: string;
	private readonly file: string | undefined;
	private readonly name: string;
	private readonly keep: number;
	private readonly entries: Map<string, T>;
	private changed = false;

	/**
	 * `name` names the file; `version` is a hash of the code the results depend on; `keep` bounds the
	 * entries kept (the least recently used go first); `enabled` false reads and writes nothing.
	 */
	constructor(projectRoot: string, name: string, version: string, keep: number, enabled = true) {
		this.name = name;
		this.keep = keep;
		this.dir = join(projectRoot, 'node_modules', '.astro', 'ess-build');
		this.file = enabled ? join(this.dir, `${name}-${version}.json`) : undefined;
		let stored: [string, T][] = [];
		try {
			if (this.file) stored = Object.entries(JSON.parse(readFileSync(this.file, 'utf8')) as Record<string, T>);
		} catch {
			// No file yet, or an unreadable one: everything is computed.
		}
		this.entries = new Map(stored);
	}

	get(key: string): T | undefined {
		const found = this.entries.get(key);
		if (found !== undefined) {
			// Used again: moved to the end, so that the entries no build has used for longest go first.
			this.entries.delete(key);
			this.entries.set(key, found);
		}
		return found;
	}

	set(key: string, value: T): void {
		this.entries.set(key, value);
		this.changed = true;
	}

	/** Writes the entries back when one was added, and removes the files of other versions. */
	save(): void {
		if (!this.file || !this.changed) return;
		try {
			mkdirSync(this.dir, { recursive: true });
			// Written aside then renamed: a parallel build never reads half a file.
			const partial = `${this.file}.${process.pid}`;
			writeFileSync(partial, JSON.stringify(Object.fromEntries([...this.entries].slice(-this.keep))));
			renameSync(partial, this.file);
			for (const other of readdirSync(this.dir)) {
				if (other.startsWith(`${this.name}-`) && other.endsWith('.json') && join(this.dir, other) !== this.file) rmSync(join(this.dir, other), { force: true });
			}
			this.changed = false;
		} catch {
			// A read-only node_modules only loses the cache.
		}
	}
}
