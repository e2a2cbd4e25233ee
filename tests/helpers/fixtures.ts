import { cpSync, mkdirSync, readdirSync, readFileSync, readlinkSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { tempDir } from './temp.ts';

export const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
export const VALID = join(FIXTURES, 'valid');

/** A fresh copy of the valid content fixture, with the files of `overlay` (if any) laid on top. */
export function contentWith(overlay?: string): string {
	const dir = tempDir('content');
	cpSync(VALID, dir, { recursive: true });
	if (overlay) cpSync(overlay, dir, { recursive: true, filter: (src) => !src.endsWith('expect.json') });
	return dir;
}

export const badCases = (group: string) => readdirSync(join(FIXTURES, group)).sort();

/**
 * One content folder holding several bad fixtures at once, so that one build covers them all: the valid
 * fixture, plus each fixture's files renamed `<fixture>-<name>` (references and symlinks follow), so that
 * they no longer overwrite each other. Returns the folder and, per fixture, its files' new paths.
 */
export function mergedFixtures(names: string[]): { dir: string; files: Map<string, string[]> } {
	const dir = contentWith();
	const files = new Map<string, string[]>();
	for (const name of names) {
		const overlay = join(FIXTURES, 'bad', name);
		const renamed: string[] = [];
		for (const entry of readdirSync(overlay, { recursive: true, withFileTypes: true })) {
			if (entry.isDirectory() || entry.name === 'expect.json') continue;
			const folder = relative(overlay, entry.parentPath);
			const target = join(dir, folder, `${name}-${entry.name}`);
			mkdirSync(dirname(target), { recursive: true });
			const source = join(entry.parentPath, entry.name);
			if (entry.isSymbolicLink()) {
				const link = readlinkSync(source);
				symlinkSync(link.includes('/') ? link : `${name}-${link}`, target);
			} else if (/\.mdx?$/.test(entry.name)) {
				// References to the fixture's own files (./carte.svg, [ref]: ./carte.svg) follow the renaming.
				// Read and written byte for byte (latin1), so that a fixture in another encoding stays as it is.
				writeFileSync(target, readFileSync(source, 'latin1').replace(/(\]\(|\]: )\.\/([^)?#\s]+)/g, `$1./${name}-$2`), 'latin1');
			} else {
				cpSync(source, target);
			}
			renamed.push(relative(dir, target));
		}
		files.set(name, renamed);
	}
	return { dir, files };
}
