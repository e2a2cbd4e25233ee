import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { astroCacheDir } from '../../src/lib/content-dir.ts';
import { ROOT } from './build.ts';

/** Folders made by `tempDir` in this process and not removed yet. */
const made = new Set<string>();

/**
 * A new empty folder under the system's temporary folder (`ess-<prefix>-…`), removed after the test file
 * (tests/helpers/remove-temp.ts) with what a build of it leaves: its `-dist` and `-cache` siblings and the Astro
 * cache folder of a content folder (src/lib/content-dir.ts). A full test run makes dozens, some of tens of MB.
 */
export function tempDir(prefix: string): string {
	const dir = mkdtempSync(join(tmpdir(), `ess-${prefix}-`));
	made.add(dir);
	return dir;
}

/** Where a test builds the content folder `content`: beside it, so that it goes with it. */
export const distFor = (content: string) => `${content}-dist`;

/** An Astro cache folder of its own for a build of `content` (tests/helpers/unchecked.config.mjs), beside it. */
export const cacheFor = (content: string) => `${content}-cache`;

/** Removes every folder `tempDir` made in this process, with its build output and Astro cache. */
export function removeTempDirs(): void {
	for (const dir of made) {
		for (const path of [dir, distFor(dir), cacheFor(dir), join(ROOT, astroCacheDir({ CONTENT_DIR: dir }))]) rmSync(path, { recursive: true, force: true });
		made.delete(dir);
	}
}
