import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentWith, FIXTURES } from '../helpers/fixtures.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const run = (contentDir: string) =>
	spawnSync(process.execPath, ['scripts/lint-content.ts'], { cwd: ROOT, env: { ...process.env, CONTENT_DIR: contentDir }, encoding: 'utf8' });

describe('npm run lint:content', () => {
	it('exits 0 on valid content', () => {
		const result = run(contentWith());
		expect(result.stdout).toContain('aucun problème');
		expect(result.status).toBe(0);
	});

	it('exits 1 and prints every problem of the run, one per line', () => {
		const dir = contentWith(join(FIXTURES, 'bad', 'unknown-reference'));
		const result = run(dir);
		expect(result.status).toBe(1);
		expect(result.stdout).toMatch(/initiative-exemple\.mdx:18:\d+ {2}\[lien-inconnu\] champ « leverUsages\.0\.lever » .*levier-exempel.*« levier-exemple »/);
		expect(result.stdout).toContain('1 problème dans le contenu.');
	});
});
