import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

/**
 * Builds the Pagefind index at the end of `astro build`, so the site's one build command
 * yields a `dist/` that searches (no separate manual step). French stemming is forced:
 * every page is `lang="fr"`.
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
				logger.info(`index de recherche : ${added.page_count} pages en ${Math.round(performance.now() - started)} ms`);
			},
		},
	};
}
