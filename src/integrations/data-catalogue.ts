import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { DCAT_FILE, dcatCatalogue, publishedDatasets } from '../lib/open-data/dcat.ts';
import { withBase } from '../lib/routes.ts';

/**
 * Writes `donnees/catalogue.jsonld` (DCAT-AP and schema.org) once the data files exist, with their
 * real sizes, as soon as the pages are generated (while Pagefind writes the search index). It must run after
 * anything that rewrites those files, and before the offline list.
 */
export function dataCatalogue(): AstroIntegration {
	let site = '';
	let base = '/';
	return {
		name: 'ess:data-catalogue',
		hooks: {
			'astro:config:done': ({ config }) => {
				site = config.site ?? '';
				base = config.base;
			},
			'astro:build:generated': ({ dir, logger }) => {
				const out = fileURLToPath(dir);
				const file = (path: string) => join(out, path);
				const datasets = publishedDatasets();
				const document = dcatCatalogue(datasets, {
					absolute: (path) => new URL(withBase(path, base), site).href,
					bytes: (path) => statSync(file(path)).size,
					json: (path) => JSON.parse(readFileSync(file(path), 'utf8')),
				});
				writeFileSync(file(DCAT_FILE), `${JSON.stringify(document, null, '\t')}\n`);
				logger.info(`${DCAT_FILE} : ${datasets.length} jeux de données, ${datasets.reduce((n, d) => n + d.files.length, 0)} fichiers`);
			},
		},
	};
}
