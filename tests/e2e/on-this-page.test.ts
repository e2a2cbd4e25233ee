import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from '../helpers/browser.ts';

const site = inject('siteUrl');
const PHONE = { width: 390, height: 844 };

/** One page of each template a reader lands on, chosen long enough to need « Sur cette page ». */
const TEMPLATES: Record<string, string> = {
	fiche: 'fiches/departements-ess-ruralites/',
	levier: 'leviers/anct-1-partenariats-financiers/',
	initiative: 'initiatives/8-fablab-drome/',
	ressource: 'ressources/anct-ess-chance-territoires-fragiles/',
	profil: 'pour/commune/',
	'profil × thème': 'pour/commune/commerces-de-proximite/',
	dossier: 'pour/commune/dossier/',
	thème: 'themes/mobilite/',
	'thème court': 'themes/sante-social/',
	territoire: 'territoires/pays-terres-de-lorraine/',
	financement: 'financements/leader/',
	'terme du glossaire': 'glossaire/acte/',
	organisation: 'organisations/agefos-pme/',
	chiffre: 'chiffres/8-fablab-drome-societaires/',
	activité: 'activites/circuits-courts-alimentaires/',
	programme: 'programmes/kit-municipaless/',
	'à propos': 'a-propos/',
	accessibilité: 'accessibilite/',
	contact: 'contact/',
	'données personnelles': 'donnees-personnelles/',
	'mentions légales': 'mentions-legales/',
	'plan du site': 'plan-du-site/',
	'données ouvertes': 'donnees/',
	'liste de cartes': 'ressources/',
	'liste avec carte de France': 'initiatives/',
	'liste courte': 'programmes/',
	'valeur de filtre': 'ressources/type/guide/',
	'financements par famille': 'financements/',
	besoins: 'besoins/',
	'chiffres clés': 'chiffres/',
	'cité par': 'ressources/anct-ess-chance-territoires-fragiles/cite-par/',
	'limites des sources': 'limites-des-sources/ressources/',
	glossaire: 'glossaire/',
};

/*
 * Left out on purpose: the home page, itself the site's contents: its sections are the ways in.
 */

/** Entry pages with no section at all (a description, no links): nothing to list, so they must stay short. */
const WITHOUT_SECTIONS = [
	'glossaire/bpi/',
	'glossaire/notre/',
	'organisations/atelier-paysan/',
	'organisations/communaute-emergence-acceleration/',
	'organisations/energie-partagee/',
	'organisations/pole-economie-solidaire-21/',
];

let browser: Browser;
let phone: BrowserContext;
beforeAll(async () => {
	browser = await launchChromium();
	// No service worker: its offline notices would change the height from one page to the next.
	phone = await browser.newContext({ viewport: PHONE, isMobile: true, hasTouch: true, serviceWorkers: 'block' });
});
afterAll(async () => browser?.close());

/** The page's full height on a phone and its « Sur cette page » (« Sommaire » on a dossier), if any. */
async function measure(path: string) {
	const page = await phone.newPage();
	try {
		await page.goto(`${site}${path}`);
		if (path.includes('/dossier/')) await page.waitForSelector('[data-dossier][data-ready]');
		return await page.evaluate(() => {
			const nav = document.querySelector<HTMLElement>('nav.toc, nav.dossier-contents');
			const links = [...(nav?.querySelectorAll<HTMLAnchorElement>('a[href^="#"]') ?? [])];
			return {
				height: document.documentElement.scrollHeight,
				label: nav?.querySelector('summary, h2')?.textContent?.trim() ?? '',
				links: links.length,
				// Each link leads to a section of the page.
				dangling: links.filter((a) => !document.getElementById(decodeURIComponent(a.hash.slice(1)))).map((a) => a.hash),
				// On a phone, the contents come first: before every section, within the first two screens.
				top: nav ? nav.getBoundingClientRect().top + window.scrollY : Infinity,
				beforeSections: nav !== null && [...document.querySelectorAll('main h2')].filter((h) => !h.closest('nav')).every((h) => nav.compareDocumentPosition(h) & Node.DOCUMENT_POSITION_FOLLOWING),
			};
		});
	} finally {
		await page.close();
	}
}

describe('« Sur cette page » on every long page (over two phone screens, 390 × 844)', () => {
	it.each(Object.entries(TEMPLATES))('%s (/%s)', async (_, path) => {
		const shown = await measure(path);
		expect(shown.height, 'page choisie assez longue pour être vérifiée').toBeGreaterThan(2 * PHONE.height);
		expect(shown.label, `/${path} (${shown.height} px)`).toMatch(/^(Sur cette page|Sommaire)$/);
		expect(shown.links).toBeGreaterThan(0);
		expect(shown.dangling).toEqual([]);
		expect(shown.beforeSections).toBe(true);
		expect(shown.top).toBeLessThan(2 * PHONE.height);
	});
});

describe('An entry page with no section to list fits in two phone screens', () => {
	it.each(WITHOUT_SECTIONS)('/%s', async (path) => {
		const shown = await measure(path);
		expect(shown.links, 'page sans section').toBe(0);
		expect(shown.height).toBeLessThanOrEqual(2 * PHONE.height);
	});
});
