import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { handOver } from '../lib/built-pages.ts';
import { BuildCache, codeVersion, textKey } from '../lib/build-cache.ts';
import { applyEdits, type Edit, htmlEdits, typesetXml } from '../lib/typography/html.ts';

/** Pages whose edits are kept between builds: a few full sites. */
const KEEP = 20_000;

/**
 * French typography on every page and feed, once, on the built files: whatever wrote a text (MDX body,
 * front matter, component label, generated page), it is typeset the same way. Runs before the search
 * index, so excerpts show the same text as the pages. A page already typeset by an earlier build (same
 * HTML, same typography code) takes its edits from the cache (src/lib/build-cache.ts) instead of being
 * parsed again. Each page, once typeset, is handed to the search index (src/lib/built-pages.ts), which
 * indexes it while the next ones are typeset.
 */
export function typography(): AstroIntegration {
	let root = '';
	return {
		name: 'ess:typography',
		hooks: {
			'astro:config:done': ({ config }) => {
				root = fileURLToPath(config.root);
			},
			'astro:build:done': async ({ dir, logger }) => {
				const site = fileURLToPath(dir);
				const cache = new BuildCache<Edit[]>(root, 'typography', codeVersion(root, [join(root, 'src', 'lib', 'typography')]), KEEP);
				let changed = 0;
				let total = 0;
				for (const file of readdirSync(site, { recursive: true }) as string[]) {
					const html = file.endsWith('.html');
					if (!html && !file.endsWith('.xml')) continue;
					total++;
					const path = join(site, file);
					const source = readFileSync(path, 'utf8');
					let result: string;
					if (html) {
						const key = textKey(source);
						let edits = cache.get(key);
						if (!edits) cache.set(key, (edits = htmlEdits(source)));
						result = edits.length ? applyEdits(source, edits) : source;
					} else {
						result = typesetXml(source);
					}
					if (result !== source) {
						writeFileSync(path, result);
						changed++;
					}
					if (html) await handOver(file, result);
				}
				cache.save();
				logger.info(`typographie française : ${changed} fichiers corrigés sur ${total}`);
			},
		},
	};
}
