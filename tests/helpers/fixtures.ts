import { cpSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
export const VALID = join(FIXTURES, 'valid');

/** A fresh copy of the valid content fixture, with the files of `overlay` (if any) laid on top. */
export function contentWith(overlay?: string): string {
	const dir = mkdtempSync(join(tmpdir(), 'ess-content-'));
	cpSync(VALID, dir, { recursive: true });
	if (overlay) cpSync(overlay, dir, { recursive: true, filter: (src) => !src.endsWith('expect.json') });
	return dir;
}

export const badCases = (group: string) => readdirSync(join(FIXTURES, group)).sort();
