/**
 * The id of a build, which tells readers' service workers whether a deploy is a new version. Taken
 * from `BUILD_ID` when set (a commit id, say); otherwise a hash of what the build is made from, so that
 * rebuilding the same sources never offers readers a pointless « nouvelle version » and re-download.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { contentDir } from '../lib/content-dir.ts';
import { BUILD_SETTINGS } from '../lib/site-config.ts';

/** Files and folders of the project that shape `dist/` (the content folder is added from `CONTENT_DIR`). */
const SOURCES = ['src', 'public', 'astro.config.mjs', 'package-lock.json'];

export function buildId(root: string, env: Record<string, string | undefined> = process.env): string {
	const given = (env.BUILD_ID ?? '').replace(/[^\w.-]/g, '');
	if (given) return given;
	const files = new Set<string>();
	for (const source of [...SOURCES, contentDir(env)]) {
		const path = resolve(root, source);
		if (!existsSync(path)) continue;
		if (statSync(path).isFile()) files.add(path);
		else for (const entry of readdirSync(path, { recursive: true, withFileTypes: true })) if (entry.isFile()) files.add(join(entry.parentPath, entry.name));
	}
	const hash = createHash('sha256');
	for (const name of BUILD_SETTINGS) hash.update(`${name}=${env[name] ?? ''}\0`);
	for (const file of [...files].sort()) hash.update(`${relative(root, file)}\0`).update(readFileSync(file)).update('\0');
	return `s${hash.digest('hex').slice(0, 12)}`;
}
