import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { BuildCache, codeVersion, textKey } from '../lib/build-cache.ts';
import type { CslItem } from '../lib/citation/csl.ts';
import { CITATION_FORMAT_NAMES, catalogueCitationPath, resourceCitationPath } from '../lib/citation/files.ts';

/**
 * Each resource's citation files (`ressources/<id>/citation.<bib|ris|csl.json>`), written once the pages are
 * generated (while Pagefind writes the search index in its own process) from the whole catalogue's CSL-JSON
 * (`donnees/ressources.csl.json`, itself a route of the site) rather than generated as three routes per
 * resource: Astro spends about a millisecond on each route, far more than the library takes to write the
 * file (3 000 files at 1 000 resources: 2.9 s). Same items, same library, same bytes. (`astro dev` does not
 * serve them, as it did not when they were routes.)
 * The files are written a batch at a time (each small write waits on the disk more than it costs), and
 * Citation.js is loaded only then, not with the configuration at every start of `astro build` or `astro dev`.
 * A resource whose item is unchanged since an earlier build takes its files from the cache (src/lib/build-cache.ts).
 */

/** Files being written at once. */
const BATCH = 64;

/** Resources whose files are kept between builds: a few full catalogues. */
const KEEP = 20_000;

export function citationFiles(): AstroIntegration {
	let root = '';
	return {
		name: 'ess:citation-files',
		hooks: {
			'astro:config:done': ({ config }) => {
				root = fileURLToPath(config.root);
			},
			'astro:build:generated': async ({ dir, logger }) => {
				const site = fileURLToPath(dir);
				const catalogue = join(site, catalogueCitationPath('csl.json'));
				if (!existsSync(catalogue)) {
					throw new Error(`Fichiers de citation : ${catalogueCitationPath('csl.json')} manque dans le site construit → la page src/pages/donnees/ressources.[format].ts doit l’écrire.`);
				}
				const items = JSON.parse(readFileSync(catalogue, 'utf8')) as CslItem[];
				const code = ['citation', 'typography'].map((folder) => join(root, 'src', 'lib', folder));
				const cache = new BuildCache<string[]>(root, 'citation-files', codeVersion(root, code), KEEP);
				let formats: typeof import('../lib/citation/formats.ts') | undefined;
				let writing: Promise<void>[] = [];
				for (const item of items) {
					const key = textKey(JSON.stringify(item));
					let files = cache.get(key);
					if (!files) {
						const { citationFile } = (formats ??= await import('../lib/citation/formats.ts'));
						cache.set(key, (files = CITATION_FORMAT_NAMES.map((format) => citationFile([item], format))));
					}
					mkdirSync(dirname(join(site, resourceCitationPath(item.id, CITATION_FORMAT_NAMES[0]))), { recursive: true });
					CITATION_FORMAT_NAMES.forEach((format, i) => writing.push(writeFile(join(site, resourceCitationPath(item.id, format)), files[i]!)));
					if (writing.length >= BATCH) {
						await Promise.all(writing);
						writing = [];
					}
				}
				await Promise.all(writing);
				cache.save();
				logger.info(`fichiers de citation : ${items.length * CITATION_FORMAT_NAMES.length} pour ${items.length} ressources`);
			},
		},
	};
}
