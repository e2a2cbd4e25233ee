/** The site's own pages outside the catalogue: the footer links to each from every page, the site map lists them. */
import { ACCESSIBILITY_STATUS } from './accessibility.ts';

export interface SitePage {
	/** Link text. */
	label: string;
	/** Path inside the site. */
	path: string;
}

/** Footer links, in the order French public sites usually give them. */
export const FOOTER_PAGES: SitePage[] = [
	{ label: 'À propos et sources', path: 'a-propos/' },
	{ label: 'Contact', path: 'contact/' },
	{ label: 'Plan du site', path: 'plan-du-site/' },
	{ label: 'Mentions légales', path: 'mentions-legales/' },
	// The RGAA asks for the status in the link itself.
	{ label: `Accessibilité : ${ACCESSIBILITY_STATUS}`, path: 'accessibilite/' },
	{ label: 'Données personnelles', path: 'donnees-personnelles/' },
	{ label: 'Glossaire', path: 'glossaire/' },
	{ label: 'Données ouvertes et flux RSS', path: 'donnees/' },
];
