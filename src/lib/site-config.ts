/**
 * Deployment settings, read from the environment so that one build fits any host:
 * - `SITE_URL`: canonical origin (default: a placeholder that says it must be set);
 * - `BASE_PATH`: path the site is served under (default `/`);
 * - `REPOSITORY_URL`: web address of the repository, for « Proposer une modification » links;
 * - `OUT_DIR`: folder the build is written to (default `dist`);
 * - the publisher settings below (`PUBLISHER_NAME`…), required by a production build (`PRODUCTION=1`).
 */
/** Name of the site, in titles, feeds, metadata and the web app manifest. */
export const SITE_NAME = 'Centre de ressources ESS & territoires ruraux';

/** Placeholder origin: a production build refuses it. */
export const DEFAULT_SITE_URL = 'https://ess-territoires.example.org';

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
		site: env.SITE_URL || DEFAULT_SITE_URL,
		base: normaliseBase(env.BASE_PATH),
		repositoryUrl: (env.REPOSITORY_URL ?? 'https://github.com/ess-territoires/centre-de-ressources').replace(/\/+$/, ''),
		branch: env.REPOSITORY_BRANCH ?? 'main',
		outDir: env.OUT_DIR ?? './dist',
	};
}

/** Browser and home-screen colour: the header's green, `--accent` in src/styles/global.css. */
export const THEME_COLOR = '#1f5f3f';

/** Who publishes the site, as the LCEN requires it in the « Mentions légales ». */
export interface PublisherConfig {
	/** Legal name of the publishing body. */
	name: string;
	/** Postal address of the publishing body. */
	address: string;
	/** Address readers write to (Contact page, accessibility statement). */
	email: string;
	/** Person or office responsible for what is published. */
	director: string;
	/** Name of the host storing `dist/`. */
	hostName: string;
	/** Postal address (or web address) of the host. */
	hostAddress: string;
}

/** Environment variable, French label and placeholder of each publisher setting. */
export const PUBLISHER_SETTINGS: Record<keyof PublisherConfig, { variable: string; label: string; placeholder: string }> = {
	name: { variable: 'PUBLISHER_NAME', label: 'éditeur du site', placeholder: 'Éditeur à renseigner' },
	address: { variable: 'PUBLISHER_ADDRESS', label: 'adresse de l’éditeur', placeholder: 'Adresse à renseigner' },
	email: { variable: 'CONTACT_EMAIL', label: 'adresse électronique de contact', placeholder: 'contact@example.org' },
	director: { variable: 'PUBLICATION_DIRECTOR', label: 'directeur ou directrice de la publication', placeholder: 'Direction de la publication à renseigner' },
	hostName: { variable: 'HOST_NAME', label: 'hébergeur', placeholder: 'Hébergeur à renseigner' },
	hostAddress: { variable: 'HOST_ADDRESS', label: 'adresse de l’hébergeur', placeholder: 'Adresse de l’hébergeur à renseigner' },
};

const PUBLISHER_KEYS = Object.keys(PUBLISHER_SETTINGS) as (keyof PublisherConfig)[];

/** Environment variables that change the built pages without changing a source file. */
export const BUILD_SETTINGS = [
	'BASE_PATH',
	'SITE_URL',
	'REPOSITORY_URL',
	'REPOSITORY_BRANCH',
	...Object.values(PUBLISHER_SETTINGS).map((setting) => setting.variable),
];

/** Publisher settings from the environment; an unset one keeps its visible placeholder. */
export function publisherConfig(env: Record<string, string | undefined> = process.env): PublisherConfig {
	return Object.fromEntries(
		PUBLISHER_KEYS.map((key) => [key, env[PUBLISHER_SETTINGS[key].variable]?.trim() || PUBLISHER_SETTINGS[key].placeholder]),
	) as unknown as PublisherConfig;
}

/** Environment variables still unset among `SITE_URL` and the publisher settings. */
export function unsetSettings(env: Record<string, string | undefined> = process.env): string[] {
	const unset = PUBLISHER_KEYS.filter((key) => !env[PUBLISHER_SETTINGS[key].variable]?.trim()).map(
		(key) => `${PUBLISHER_SETTINGS[key].variable} (${PUBLISHER_SETTINGS[key].label})`,
	);
	const site = env.SITE_URL?.trim();
	if (!site || site === DEFAULT_SITE_URL) unset.unshift('SITE_URL (adresse publique du site)');
	return unset;
}

/** True when the build is not fit for publication: it then shows a « site de démonstration » banner. */
export const isDemonstration = (env: Record<string, string | undefined> = process.env) => unsetSettings(env).length > 0;

/**
 * A production build (`PRODUCTION=1`, set by a deploy) must name its publisher and its address:
 * refusing here beats publishing « Éditeur à renseigner » in the legal notice.
 */
export function assertPublishable(env: Record<string, string | undefined> = process.env): void {
	if (env.PRODUCTION !== '1') return;
	const unset = unsetSettings(env);
	if (unset.length === 0) return;
	throw new Error(
		`Construction de production (PRODUCTION=1) refusée : réglages encore par défaut :\n` +
			unset.map((setting) => `  - ${setting}`).join('\n') +
			`\nRenseignez ces variables d’environnement (voir « Éditeur du site » dans le README), ou construisez sans PRODUCTION=1 pour un site de démonstration.`,
	);
}

/**
 * The warning a build prints while `SITE_URL` is unset or still the placeholder (printed links, feeds and metadata
 * would point there), or undefined once it names a real address.
 */
export function placeholderSiteWarning(env: Record<string, string | undefined> = process.env): string | undefined {
	const site = env.SITE_URL?.trim();
	if (site && site !== DEFAULT_SITE_URL) return undefined;
	return (
		`!!! SITE_URL ${site ? 'garde l’adresse d’exemple' : 'n’est pas défini'} : les liens imprimés, les flux et les métadonnées pointent vers ${DEFAULT_SITE_URL}, une adresse d’exemple.\n` +
		`!!! Construisez avec SITE_URL=https://votre-domaine.fr npm run build.`
	);
}
