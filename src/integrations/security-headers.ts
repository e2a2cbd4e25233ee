import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { headersFile, policyOfPage } from '../lib/security.ts';

/**
 * Writes `_headers` (Netlify, Cloudflare Pages) once every page is generated, while Pagefind writes the
 * search index in its own process: the policy Astro put in the pages' `<meta>`, read back from them so
 * both always agree, with the header-only directives and the other security headers.
 */
export function securityHeaders(): AstroIntegration {
	return {
		name: 'ess:security-headers',
		hooks: {
			'astro:build:generated': ({ dir, logger }) => {
				const site = fileURLToPath(dir);
				const pages = (readdirSync(site, { recursive: true }) as string[])
					.filter((file) => file.endsWith('.html'))
					.map((file) => ({ file, policy: policyOfPage(readFileSync(join(site, file), 'utf8')) }));
				writeFileSync(join(site, '_headers'), headersFile(pages));
				logger.info(`_headers : politique de sécurité de ${pages.length} pages`);
			},
		},
	};
}
