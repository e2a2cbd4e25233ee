import { resolve } from 'node:path';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { cachedCheck } from '../lib/content-check/cache.ts';
import { contentVerdict, startCheck } from '../lib/content-check/pending.ts';
import { formatReport, type Problem } from '../lib/content-check/problem.ts';
import { contentDir } from '../lib/content-dir.ts';

/** Reports the check's problems: as warnings in `astro dev`, which keeps serving; otherwise as an error that stops the command. */
function report(problems: Problem[], command: string, logger: AstroIntegrationLogger): void {
	if (problems.length === 0) {
		logger.info('contenu vérifié : aucun problème');
		return;
	}
	const text = formatReport(problems);
	if (command === 'dev') {
		logger.warn(text);
		return;
	}
	logger.error(text);
	const error = new Error(`Le contenu a ${problems.length} problème(s) : corrigez-les avant de construire le site (détail ci-dessus, ou « npm run lint:content »).`);
	error.stack = '';
	throw error;
}

/**
 * Runs the content checker before Astro bundles or renders anything. A build with a broken link, a schema
 * error or a duplicate id stops with one located French message per problem; `astro dev` reports the same
 * problems as warnings and keeps serving. `astro build` checks in a thread while Astro syncs the content and
 * awaits the verdict when the build starts (src/lib/content-check/pending.ts); other commands check first.
 */
export function contentIntegrity(): AstroIntegration {
	return {
		name: 'ess:content-integrity',
		hooks: {
			'astro:config:setup': ({ command, config, logger }) => {
				const root = new URL('.', config.root).pathname;
				const contentRoot = resolve(root, contentDir());
				if (command === 'build') {
					startCheck(contentRoot, root, (problems) => report(problems, command, logger));
					return;
				}
				// From the cache when `npm run lint:content` (or a previous build) already checked this very content.
				report(cachedCheck(contentRoot, root).problems, command, logger);
			},
			'astro:build:start': () => contentVerdict(),
		},
	};
}
