import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { CslItem } from '../lib/citation/csl.ts';
import { CITATION_FORMAT_NAMES, catalogueCitationPath, resourceCitationPath } from '../lib/citation/files.ts';
import { citationFile } from '../lib/citation/formats.ts';

/**
 * Each resource's citation files (`ressources/<id>/citation.<bib|ris|csl.json>`), written at the end of the
 * build from the whole catalogue's CSL-JSON (`donnees/ressources.csl.json`, itself a route of the site)
 * rather than generated as three routes per resource: Astro spends about a millisecond on each route, far
 * more than the library takes to write the file (3 000 files at 1 000 resources: 2.9 s). Same items, same
 * library, same bytes. (`astro dev` does not serve them, as it did not when they were routes.)
 */
export function citationFiles(): AstroIntegration {
	return {
		name: 'ess:citation-files',
		hooks: {
			'astro:build:done': ({ dir, logger }) => {
				const site = fileURLToPath(dir);
				const catalogue = join(site, catalogueCitationPath('csl.json'));
				if (!existsSync(catalogue)) {
					throw new Error(`Fichiers de citation : ${catalogueCitationPath('csl.json')} manque dans le site construit → la page src/pages/donnees/ressources.[format].ts doit l’écrire.`);
				}
				const items = JSON.parse(readFileSync(catalogue, 'utf8')) as CslItem[];
				for (const item of items) {
					for (const format of CITATION_FORMAT_NAMES) {
						const file = join(site, resourceCitationPath(item.id, format));
						mkdirSync(dirname(file), { recursive: true });
						writeFileSync(file, citationFile([item], format));
					}
				}
				logger.info(`fichiers de citation : ${items.length * CITATION_FORMAT_NAMES.length} pour ${items.length} ressources`);
			},
		},
	};
}
