import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

/** Files below `dir` whose bytes contain `needle`, looking inside gzip files too (Pagefind's index). */
export function filesContaining(dir: string, needle: string): string[] {
	const wanted = Buffer.from(needle);
	const found: string[] = [];
	for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
		if (!entry.isFile()) continue;
		const path = join(entry.parentPath, entry.name);
		const bytes = readFileSync(path);
		const gzipped = bytes[0] === 0x1f && bytes[1] === 0x8b;
		if (bytes.includes(wanted) || (gzipped && gunzipSync(bytes).includes(wanted))) found.push(path);
	}
	return found;
}

/** Where any of `secrets` shows up in a build: in its log (stdout and stderr), or in a file of its output folder. */
export function secretLeaks(build: { output: string; dir: string }, secrets: string[]): string[] {
	return secrets.flatMap((secret) => [
		...(build.output.includes(secret) ? [`build log: ${secret}`] : []),
		...(existsSync(build.dir) ? filesContaining(build.dir, secret) : []),
	]);
}
