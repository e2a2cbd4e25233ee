import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '..', '..');

/** Builds the site with `env` into `outDir` (relative to the project), failing with Astro's output. */
export function buildSite(outDir: string, env: Record<string, string> = {}): string {
	const result = spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--silent'], {
		cwd: ROOT,
		env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', OUT_DIR: outDir, ...env },
		encoding: 'utf8',
	});
	const dir = join(ROOT, outDir);
	if (result.status !== 0 || !existsSync(join(dir, 'index.html'))) {
		throw new Error(`astro build a échoué (${outDir}) :\n${result.stdout}\n${result.stderr}`);
	}
	return dir;
}
