import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { typesetHtml, typesetXml } from '../lib/typography/html.ts';

/** Which built files hold text for readers, and how each is typeset. */
const TYPESETTERS: Record<string, (source: string) => string> = { '.html': typesetHtml, '.xml': typesetXml };

/**
 * French typography on every page and feed, once, on the built files: whatever wrote a text (MDX body,
 * front matter, component label, generated page), it is typeset the same way. Runs before the search
 * index, so excerpts show the same text as the pages.
 */
export function typography(): AstroIntegration {
	return {
		name: 'ess:typography',
		hooks: {
			'astro:build:done': ({ dir, logger }) => {
				const site = fileURLToPath(dir);
				let changed = 0;
				let total = 0;
				for (const file of readdirSync(site, { recursive: true }) as string[]) {
					const typeset = TYPESETTERS[file.slice(file.lastIndexOf('.'))];
					if (!typeset) continue;
					total++;
					const path = join(site, file);
					const source = readFileSync(path, 'utf8');
					const result = typeset(source);
					if (result !== source) {
						writeFileSync(path, result);
						changed++;
					}
				}
				logger.info(`typographie française : ${changed} fichiers corrigés sur ${total}`);
			},
		},
	};
}
