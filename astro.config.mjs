// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { citationFiles } from './src/integrations/citation-files.ts';
import { contentIntegrity } from './src/integrations/content-integrity.ts';
import { contentStoreFile } from './src/integrations/content-store-file.ts';
import { dataCatalogue } from './src/integrations/data-catalogue.ts';
import { mdxCache } from './src/integrations/mdx-cache.ts';
import { offline } from './src/integrations/offline.ts';
import { OFFLINE_PAGE } from './src/offline/precache.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { securityHeaders } from './src/integrations/security-headers.ts';
import { typography } from './src/integrations/typography.ts';
import { CSP_DIRECTIVES, CSP_SCRIPT_RESOURCES } from './src/lib/security.ts';
import { astroCacheDir } from './src/lib/content-dir.ts';
import { MDX_OPTIONS, siteBodyProcessor } from './src/lib/markdown/processor.ts';
import { assertPublishable, placeholderSiteWarning, siteConfig } from './src/lib/site-config.ts';

assertPublishable();
const { site, base, outDir } = siteConfig();
// Printed pages and feeds spell addresses out on this origin: a build left on the placeholder says so loudly.
const siteWarning = placeholderSiteWarning();
if (siteWarning && process.argv.includes('build')) console.warn(`\n\x1b[1;33m${siteWarning}\x1b[0m\n`);

export default defineConfig({
	site,
	base,
	outDir,
	trailingSlash: 'always',
	cacheDir: astroCacheDir(),
	// Four pages at a time: while one is written to disk, the next renders (a third of the rendering was spent waiting for writes).
	build: { format: 'directory', concurrency: 4 },
	markdown: {
		// Prism marks code with classes; Shiki's inline styles would break the CSP.
		syntaxHighlight: 'prism',
		processor: siteBodyProcessor(),
	},
	// Content-Security-Policy as a <meta> in every page; `_headers` repeats it for hosts that set headers.
	security: { csp: { directives: [...CSP_DIRECTIVES], scriptDirective: { resources: CSP_SCRIPT_RESOURCES } } },
	// offline() stays last: it lists dist/ as the integrations before it left it.
	integrations: [
		contentIntegrity(),
		mdx(MDX_OPTIONS),
		// Each body compiled once per text: a rebuild compiles only what changed.
		mdxCache(),
		// The content store read from a file by the prerendering bundle, not compiled as one huge string.
		contentStoreFile(),
		// The offline page is for the service worker, not for search engines.
		sitemap({ namespaces: { news: false, image: false, video: false }, filter: (page) => !page.endsWith(`/${OFFLINE_PAGE}`) }),
		// Before the search index, so that excerpts are typeset like the pages.
		typography(),
		searchIndex(),
		securityHeaders(),
		// Before the offline list, which saves them with their resource's page.
		citationFiles(),
		// After anything that rewrites the data files: it records their sizes.
		dataCatalogue(),
		offline({ base }),
	],
	// Front-matter completion in VS Code's Astro extension (see .vscode/settings.json and CONTRIBUTING.md).
	// A page whose code, rendered bodies and key (src/lib/render-key.ts) are unchanged is copied from the previous build.
	experimental: { contentIntellisense: true, incrementalBuild: true },
	vite: {
		build: {
			// One stylesheet for the whole site (11 KiB), cached once: the few component styles used on some pages only
			// were inlined in each of them, and Astro hashed them again for the policy of every page it rendered.
			cssCodeSplit: false,
			rollupOptions: {
				// Every MDX entry triggers this notice about Astro's own head-injection directive; it is harmless.
				onwarn(warning, warn) {
					if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
					warn(warning);
				},
			},
		},
	},
});
