import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/temp.ts';

const ROOT = join(import.meta.dirname, '..', '..');

describe('building the real site with one reference broken on purpose', () => {
	it('exits non-zero and names the file, the field and the missing id, with the closest id', () => {
		const content = tempDir('broken');
		cpSync(join(ROOT, 'src/content'), content, { recursive: true });
		const file = join(content, 'initiatives/la-pioche.mdx');
		writeFileSync(file, readFileSync(file, 'utf8').replace('lever: anct-6-dynamiques-collectives', 'lever: anct-6-dynamiques-colectives'));

		const result = spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
			cwd: ROOT,
			env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', CONTENT_DIR: content, OUT_DIR: join(content, 'dist') },
			encoding: 'utf8',
		});
		const output = result.stdout + result.stderr;
		expect(result.status).not.toBe(0);
		expect(output).toMatch(/initiatives\/la-pioche\.mdx:\d+:\d+ +\[lien-inconnu\] champ « leverUsages\.0\.lever »/);
		expect(output).toContain('« anct-6-dynamiques-colectives »');
		expect(output).toContain('« anct-6-dynamiques-collectives »');
	}, 60_000);
});
