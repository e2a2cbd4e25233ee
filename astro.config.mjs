// @ts-check
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import remarkGfm from 'remark-gfm';
import { contentIntegrity } from './src/integrations/content-integrity.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { siteConfig } from './src/lib/site-config.ts';

const { site, base } = siteConfig();

export default defineConfig({
	site,
	base,
	trailingSlash: 'always',
	build: { format: 'directory' },
	markdown: {
		processor: unified({ remarkPlugins: [remarkGfm] }),
	},
	integrations: [contentIntegrity(), mdx(), searchIndex()],
});
