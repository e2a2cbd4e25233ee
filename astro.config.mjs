// @ts-check
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import remarkGfm from 'remark-gfm';
import { contentIntegrity } from './src/integrations/content-integrity.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { contentDir } from './src/lib/content-dir.ts';
import { readGlossaryTerms } from './src/lib/glossary-terms.ts';
import { remarkBaseLinks } from './src/lib/remark-base-links.ts';
import { remarkGlossary } from './src/lib/remark-glossary.ts';
import { siteConfig } from './src/lib/site-config.ts';

const { site, base, outDir } = siteConfig();

export default defineConfig({
	site,
	base,
	outDir,
	trailingSlash: 'always',
	build: { format: 'directory' },
	markdown: {
		processor: unified({
			remarkPlugins: [
				remarkGfm,
				// Before the glossary, whose links already carry the base path.
				remarkBaseLinks(base),
				remarkGlossary({ terms: readGlossaryTerms(contentDir()), hrefOf: (id) => `${base}glossaire/${id}/` }),
			],
		}),
	},
	integrations: [contentIntegrity(), mdx(), searchIndex()],
	// Front-matter completion in VS Code's Astro extension (see .vscode/settings.json and CONTRIBUTING.md).
	experimental: { contentIntellisense: true },
	vite: {
		build: {
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
