import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

/**
 * Builds the Pagefind index at the end of `astro build`, so the site's one build command
 * yields a `dist/` that searches (no separate manual step). French stemming is forced:
 * every page is `lang="fr"`. With `SEARCH_INDEX_TIMINGS` set to a file path, also writes there
 * how long indexing took, for `npm run bench` (which builds with `--silent`).
 */
export function searchIndex(): AstroIntegration {
	return {
		name: 'ess:search-index',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const started = performance.now();
				const { index, errors } = await pagefind.createIndex({ forceLanguage: 'fr' });
				if (!index) throw new Error(`Pagefind n’a pas démarré : ${errors.join(' ; ')}`);
				const site = fileURLToPath(dir);
				const added = await index.addDirectory({ path: site });
				if (added.errors.length) throw new Error(`Indexation impossible : ${added.errors.join(' ; ')}`);
				const written = await index.writeFiles({ outputPath: `${site}/pagefind` });
				if (written.errors.length) throw new Error(`Écriture de l’index impossible : ${written.errors.join(' ; ')}`);
				await pagefind.close();
				const ms = Math.round(performance.now() - started);
				logger.info(`index de recherche : ${added.page_count} pages en ${ms} ms`);
				if (process.env.SEARCH_INDEX_TIMINGS) writeFileSync(process.env.SEARCH_INDEX_TIMINGS, JSON.stringify({ ms, pages: added.page_count }));
			},
		},
	};
}
