/**
 * Deployment settings, read from the environment so that one build fits any host:
 * - `SITE_URL`: canonical origin (default: a placeholder that says it must be set);
 * - `BASE_PATH`: path the site is served under (default `/`);
 * - `REPOSITORY_URL`: web address of the repository, for « Proposer une modification » links;
 * - `OUT_DIR`: folder the build is written to (default `dist`).
 */
/** Name of the site, in titles, feeds, metadata and the web app manifest. */
export const SITE_NAME = 'Centre de ressources ESS & territoires ruraux';

export interface SiteConfig {
	site: string;
	base: string;
	repositoryUrl: string;
	branch: string;
	/** Where the build is written (`OUT_DIR`, default `./dist`). */
	outDir: string;
}

export function normaliseBase(raw: string | undefined): string {
	const trimmed = (raw ?? '/').trim().replace(/^\/+|\/+$/g, '');
	return trimmed ? `/${trimmed}/` : '/';
}

export function siteConfig(env: Record<string, string | undefined> = process.env): SiteConfig {
	return {
		site: env.SITE_URL ?? 'https://ess-territoires.example.org',
		base: normaliseBase(env.BASE_PATH),
		repositoryUrl: (env.REPOSITORY_URL ?? 'https://github.com/ess-territoires/centre-de-ressources').replace(/\/+$/, ''),
		branch: env.REPOSITORY_BRANCH ?? 'main',
		outDir: env.OUT_DIR ?? './dist',
	};
}

/** Browser and home-screen colour: the header's green, `--accent` in src/styles/global.css. */
export const THEME_COLOR = '#1f5f3f';
