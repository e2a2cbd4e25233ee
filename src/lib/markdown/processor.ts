/**
 * The site's Markdown and MDX processor: Astro's Sätteri (parsing and compiling in Rust, at about
 * half the cost of the remark/rehype chain for the same bodies) with the site's own plugins.
 */
import { satteri } from '@astrojs/markdown-satteri';
import { contentDir } from '../content-dir.ts';
import { readGlossaryTerms } from '../glossary-terms.ts';
import { siteConfig } from '../site-config.ts';
import { baseLinks } from './base-links.ts';
import { externalLinks } from './external-links.ts';
import { BODY_FEATURES } from './features.ts';
import { glossary, type GlossaryTerm } from './glossary.ts';
import { safeBodies } from './safe-bodies.ts';

/**
 * Options of Astro's MDX integration: the static parts of a body compiled to HTML strings rather than one
 * JSX call per element (less code to bundle and to run; a body without components becomes one string).
 */
export const MDX_OPTIONS = { optimize: true } as const;

export interface BodyProcessorOptions {
	/** Base path the site is built for (`/` or `/ess/`). */
	base: string;
	/** Origin of the site, for the addresses printed pages spell out. */
	site?: string;
	/** Glossary terms marked in every body. */
	terms: GlossaryTerm[];
}

export function bodyProcessor({ base, site, terms }: BodyProcessorOptions) {
	return satteri({
		features: BODY_FEATURES,
		mdastPlugins: [
			// First: raw HTML and refused image addresses never reach the later plugins or Astro's image import.
			safeBodies,
			// Before the glossary, whose links already carry the base path.
			baseLinks(base, site),
			glossary({ terms, hrefOf: (id) => `${base}glossaire/${id}/` }),
		],
		hastPlugins: [externalLinks],
	});
}

/**
 * The site's processor, from its settings and glossary: the one astro.config.mjs gives Astro, and the one the
 * body compiler's thread builds for itself (src/lib/markdown/compile-thread.ts), so that both compile alike.
 */
export function siteBodyProcessor() {
	const { base, site } = siteConfig();
	return bodyProcessor({ base, site, terms: readGlossaryTerms(contentDir()) });
}
