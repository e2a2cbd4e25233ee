import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';

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

export interface BuildRun {
	status: number | null;
	/** Everything the build printed, stdout and stderr, without colours (CI may force them on). */
	output: string;
	/** The output folder (absolute), which may not exist when the build failed early. */
	dir: string;
}

/**
 * Builds the content folder `content` into `outDir` (absolute) without throwing, as a separate process
 * so that several can run at once. `unchecked` drops the content check from the build
 * (tests/helpers/unchecked.config.mjs), to prove the build's own guards hold without it.
 */
export function runBuild(content: string, outDir: string, options: { unchecked?: boolean; env?: Record<string, string> } = {}): Promise<BuildRun> {
	const args = [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', ...(options.unchecked ? ['--config', 'tests/helpers/unchecked.config.mjs'] : [])];
	return new Promise((resolve) => {
		const child = spawn(process.execPath, args, {
			cwd: ROOT,
			env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', CONTENT_DIR: content, OUT_DIR: outDir, ...options.env },
		});
		let output = '';
		child.stdout.on('data', (chunk) => (output += chunk));
		child.stderr.on('data', (chunk) => (output += chunk));
		child.on('close', (status) => resolve({ status, output: stripVTControlCharacters(output), dir: outDir }));
	});
}

/** Runs `task` over `items`, at most `limit` at a time (the machine has two cores). */
export async function inBatches<T, R>(items: T[], limit: number, task: (item: T) => Promise<R>): Promise<R[]> {
	const results: R[] = new Array(items.length);
	let next = 0;
	const worker = async () => {
		while (next < items.length) {
			const i = next++;
			results[i] = await task(items[i]!);
		}
	};
	await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
	return results;
}
