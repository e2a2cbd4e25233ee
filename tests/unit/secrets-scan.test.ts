import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/build.ts';
import { contentWith, FIXTURES } from '../helpers/fixtures.ts';
import { filesContaining, secretLeaks } from '../helpers/secrets.ts';
import { tempDir } from '../helpers/temp.ts';

describe('the secret scanner of the canary test', () => {
	it('finds a secret in plain and gzip-compressed files, in subfolders', () => {
		const dir = tempDir('scan');
		mkdirSync(join(dir, 'pagefind/fragment'), { recursive: true });
		writeFileSync(join(dir, 'index.html'), '<p>rien</p>');
		writeFileSync(join(dir, 'a.js'), 'const k="canary-123";');
		writeFileSync(join(dir, 'pagefind/fragment/x.pf_fragment'), gzipSync('{"content":"canary-123"}'));
		expect(filesContaining(dir, 'canary-123').map((f) => f.replace(`${dir}/`, '')).sort()).toEqual(['a.js', 'pagefind/fragment/x.pf_fragment']);
		expect(filesContaining(dir, 'canary-456')).toEqual([]);
	});

	it('finds a secret in a build log too, and in a build that wrote no folder', () => {
		const dir = tempDir('scan');
		writeFileSync(join(dir, 'index.html'), '<p>canary-123</p>');
		expect(secretLeaks({ output: 'erreur : canary-456 illisible', dir }, ['canary-123', 'canary-456', 'canary-789'])).toEqual([join(dir, 'index.html'), 'build log: canary-456']);
		expect(secretLeaks({ output: '', dir: join(dir, 'absent') }, ['canary-123'])).toEqual([]);
	});
});

describe('a build whose content reads the environment', () => {
	it('stops before rendering, naming the file and line, without printing the secret', () => {
		const secret = `canary-${Date.now()}`;
		const out = tempDir('out');
		const result = spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
			cwd: ROOT,
			env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', SECRET_TOKEN: secret, CONTENT_DIR: contentWith(join(FIXTURES, 'bad', 'env-expression')), OUT_DIR: out },
			encoding: 'utf8',
		});
		const output = result.stdout + result.stderr;
		expect(result.status).not.toBe(0);
		expect(output).toMatch(/fiches\/fiche-exemple\.mdx:20:\d+ +\[expression\] expression « \{import\.meta\.env\.SECRET_TOKEN\} »/);
		expect(output).not.toContain(secret);
		expect(filesContaining(out, secret)).toEqual([]);
	}, 60_000);
});
