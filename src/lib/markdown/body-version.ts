/**
 * What a compiled body depends on besides its own file, as one hash: the configuration, the Markdown
 * plugins and everything else in src/lib/, the installed packages, the glossary (marked in every body)
 * and the settings the plugins read. Kept compilations (the MDX cache, the bodies kept as HTML in the
 * content store) are valid only for the version they were made with.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { contentDir } from '../content-dir.ts';

/** Settings the Markdown plugins read (base path, site address). */
const ENV = ['SITE_URL', 'BASE_PATH'];

export function bodyVersion(root: string): string {
	const hash = createHash('sha256');
	const add = (path: string) => existsSync(path) && hash.update(`${path}\0`).update(readFileSync(path));
	add(join(root, 'astro.config.mjs'));
	add(join(root, 'package-lock.json'));
	const lib = join(root, 'src', 'lib');
	for (const name of (readdirSync(lib, { recursive: true }) as string[]).sort()) if (name.endsWith('.ts')) add(join(lib, name));
	const data = resolve(root, contentDir(), 'data');
	if (existsSync(data)) for (const name of readdirSync(data).sort()) add(join(data, name));
	for (const name of ENV) hash.update(`${name}=${process.env[name] ?? ''}\0`);
	return hash.digest('hex');
}
