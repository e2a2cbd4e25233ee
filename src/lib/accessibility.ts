/**
 * What the accessibility statement (/accessibilite/) declares, in one place: the automated audit
 * that tests/e2e/accessibility.test.ts runs reads the same page list and rules, so the statement
 * cannot describe an audit other than the one CI runs.
 */

/** RGAA status: without a full manual audit of the RGAA criteria, the law says « non conforme ». */
export const ACCESSIBILITY_STATUS = 'non conforme';

/** Day this statement was last reviewed (ISO date). */
export const STATEMENT_DATE = '2026-12-03';

/** axe-core rule tags run on every page below: WCAG 2.2 A and AA, and axe's best practices. */
export const AUDIT_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** Screen widths the audit runs at, in CSS pixels: a phone and a desktop. */
export const AUDIT_WIDTHS = [390, 1280];

/** A path no page has, to audit the « page introuvable » template. */
export const MISSING_PAGE = 'page-qui-n-existe-pas/';

/** One page of every template, as paths inside the site. */
export const AUDITED_PAGES = [
	'',
	'pour/departement/',
	'pour/porteur-de-projet/',
	'pour/commune/commerces-de-proximite/',
	'pour/commune/dossier/?theme=commerces-de-proximite&theme=mobilite&lieu=Aubusson',
	'ressources/',
	'organisations/page/2/',
	'leviers/',
	'initiatives/',
	'ressources/type/webinaire/',
	'initiatives/region/76/',
	'ressources/tressons-etude-ess-territoires-ruraux/',
	'ressources/anct-ess-chance-territoires-fragiles/cite-par/',
	'fiches/departements-ess-ruralites/',
	'leviers/anct-3-commande-publique/',
	'initiatives/la-pioche/',
	'territoires/pays-terres-de-lorraine/',
	'organisations/avise/',
	'glossaire/',
	'glossaire/ptce/',
	'besoins/',
	'activites/epiceries-sociales-solidaires/',
	'financements/',
	'chiffres/',
	'chiffres/8-fablab-drome-societaires/',
	'themes/commerces-de-proximite/',
	'programmes/tressons/',
	'a-propos/',
	'limites-des-sources/',
	'donnees/',
	'mentions-legales/',
	'accessibilite/',
	'contact/',
	'donnees-personnelles/',
	'plan-du-site/',
	'recherche/?q=epicerie',
	MISSING_PAGE,
];

/** The audited pages the accessibility statement lists: real pages, not the missing-page probe. */
export const STATEMENT_PAGES = AUDITED_PAGES.filter((path) => path !== MISSING_PAGE);
