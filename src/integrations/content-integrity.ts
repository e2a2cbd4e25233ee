import { resolve } from 'node:path';
import type { AstroIntegration } from 'astro';
import { cachedCheck } from '../lib/content-check/cache.ts';
import { formatReport } from '../lib/content-check/problem.ts';
import { contentDir } from '../lib/content-dir.ts';

/**
 * Runs the content checker before Astro loads any collection. A build with a broken link,
 * a schema error or a duplicate id stops here, with one located French message per problem;
 * `astro dev` reports the same problems as warnings and keeps serving.
 */
export function contentIntegrity(): AstroIntegration {
	return {
		name: 'ess:content-integrity',
		hooks: {
			'astro:config:setup': ({ command, config, logger }) => {
				const root = new URL('.', config.root).pathname;
				// From the cache when `npm run lint:content` (or a previous build) already checked this very content.
				const { problems } = cachedCheck(resolve(root, contentDir()), root);
				if (problems.length === 0) {
					logger.info('contenu vérifié : aucun problème');
					return;
				}
				const report = formatReport(problems);
				if (command === 'dev') {
					logger.warn(report);
					return;
				}
				logger.error(report);
				const error = new Error(
					`Le contenu a ${problems.length} problème(s) : corrigez-les avant de construire le site (détail ci-dessus, ou « npm run lint:content »).`,
				);
				error.stack = '';
				throw error;
			},
		},
	};
}
