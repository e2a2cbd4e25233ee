import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, utimesSync } from 'node:fs';
import { rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { bodyVersion } from '../lib/markdown/body-version.ts';

/** Bump when the cached file's shape changes. */
const FORMAT = 1;
/** Compiled entries kept: a few full catalogues (real content, bench corpora). */
const KEEP = 20_000;
/** The transform of @astrojs/mdx that compiles an `.mdx` file to a JavaScript module. */
const MDX_PLUGIN = '@mdx-js/rolldown';
const WRAPPED = Symbol('ess:mdx-cache');

type TransformResult = { code: string; map: unknown; meta: unknown } | null | undefined;
type Handler = (this: unknown, code: string, id: string) => Promise<TransformResult>;

/** Removes the oldest compiled entries beyond `KEEP` (each hit touches its file). */
function prune(dir: string): void {
	const names = readdirSync(dir).filter((n) => n.endsWith('.json'));
	if (names.length <= KEEP) return;
	const old = names.map((n) => ({ n, t: statSync(join(dir, n)).mtimeMs })).sort((a, b) => b.t - a.t).slice(KEEP);
	for (const { n } of old) rmSync(join(dir, n), { force: true });
}

/**
 * Keeps each MDX body's compiled module (node_modules/.astro/ess-mdx/), keyed by its path, its text and
 * `bodyVersion()`: a build after one entry changed compiles that entry only, where Vite would compile
 * every body again (about 20 ms each). Cold builds are unchanged. `MDX_CACHE=0` turns it off.
 */
export function mdxCache(): AstroIntegration {
	return {
		name: 'ess:mdx-cache',
		hooks: {
			'astro:config:setup': ({ command, config, updateConfig }) => {
				if (command !== 'build' || process.env.MDX_CACHE === '0') return;
				const root = fileURLToPath(config.root);
				const dir = join(root, 'node_modules', '.astro', 'ess-mdx');
				const base = createHash('sha256').update(`${FORMAT}\0${bodyVersion(root)}`).digest('hex');
				const keyOf = (code: string, id: string) => createHash('sha256').update(`${base}\0${id}\0`).update(code).digest('hex');
				let written = 0;
				// Writes are not awaited by the compile that makes them (each waits on the disk): the build ends with them.
				const writing = new Set<Promise<void>>();
				updateConfig({
					vite: {
						plugins: [
							{
								name: 'ess:mdx-cache',
								configResolved(resolved) {
									const mdx = resolved.plugins.find((p) => p.name === MDX_PLUGIN) as { transform?: { handler?: Handler } & { [WRAPPED]?: true } } | undefined;
									const transform = mdx?.transform;
									if (!transform?.handler || transform[WRAPPED]) return;
									const compile = transform.handler;
									transform[WRAPPED] = true;
									transform.handler = async function (code, id) {
										const file = join(dir, `${keyOf(code, id)}.json`);
										try {
											const kept = JSON.parse(readFileSync(file, 'utf8')) as TransformResult;
											const now = new Date();
											utimesSync(file, now, now);
											return kept;
										} catch {
											// Not compiled yet with this text and these plugins.
										}
										const result = await compile.call(this, code, id);
										if (result) {
											// Written aside then renamed: a parallel build never reads half a file.
											const aside = `${file}.${process.pid}`;
											const write = (async () => {
												mkdirSync(dir, { recursive: true });
												await writeFile(aside, JSON.stringify(result));
												await rename(aside, file);
												written++;
											})()
												// A read-only node_modules only loses the cache.
												.catch(() => undefined)
												.finally(() => writing.delete(write));
											writing.add(write);
										}
										return result;
									};
								},
								async buildEnd() {
									await Promise.all(writing);
									if (written) prune(dir);
									written = 0;
								},
							},
						],
					},
				});
			},
		},
	};
}
