import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { PRINTED } from '../../scripts/bench/print.ts';
import { DEFAULT_SITE_URL } from '../../src/lib/site-config.ts';
import { launchChromium } from '../helpers/browser.ts';
import { readPdf } from '../helpers/pdf.ts';

const site = inject('siteUrl');
/** The @page margin of the print stylesheet (src/styles/global.css). */
const MARGIN_MM = 15;

let browser: Browser;
beforeAll(async () => {
	browser = await launchChromium();
});
afterAll(async () => browser?.close());

/** Text as compared: ligatures undone (pdf.js gives « ﬁ »), and no spaces, since printed lines break anywhere. */
const squeeze = (text: string) => text.normalize('NFKC').replace(/\s+/g, '');

describe('handouts printed to A4 PDF (read back with pdf.js)', () => {
	// The bench's handouts (a fiche and a dossier), and a lever and an initiative, the other entries people print.
	it.each([...PRINTED, 'leviers/anct-3-commande-publique/', 'initiatives/la-pioche/'])('prints /%s with title, date, address and contents first, full pages, no navigation nor notes, absolute links', async (path) => {
		const page = await browser.newPage();
		await page.goto(`${site}${path}`);
		// What the screen shows and paper must not: the page's own navigation, buttons and editorial notes.
		const screen = await page.evaluate(() => ({
			title: document.querySelector('h1')!.textContent!,
			contents: document.querySelector('.toc summary, .dossier-contents h2')?.textContent ?? '',
			firstItem: document.querySelector('.toc li a, .dossier-contents li a')?.textContent ?? '',
			nav: [...document.querySelectorAll('.site-nav a')].map((a) => a.textContent!).join(' '),
			onScreenOnly: [
				...document.querySelectorAll('.skip-link, .source-notes li, button, .demo-banner p, .no-print h2, .no-print li > a:not([href*="/ressources/"])'),
			].map((el) => el.textContent!.trim()).filter((text) => text.length > 12),
		}));
		await page.emulateMedia({ media: 'print' });
		// Contents items that print: each names a section that prints too.
		const { printedContents, unspelt, proseFirst } = await page.evaluate(() => {
			const printed = (el: HTMLElement) => el.offsetParent !== null;
			const prose = document.querySelector('article .prose');
			const details = document.querySelector('article .facts, #leviers-mobilises, #leviers-fiche');
			return {
				proseFirst: !prose || !details || Boolean(prose.compareDocumentPosition(details) & Node.DOCUMENT_POSITION_FOLLOWING),
				printedContents: [...document.querySelectorAll<HTMLElement>('.toc li a, .dossier-contents li a')].filter(printed).map((a) => a.textContent!),
				// Links into the site that print without their address (contents and acronyms excepted: they print as words).
				unspelt: [...document.querySelectorAll<HTMLAnchorElement>('main a[href^="/"]:not([data-url]):not(.glossary-link)')]
					.filter(printed)
					.filter((a) => !a.closest('.toc, .dossier-contents, .terms-used'))
					.map((a) => a.getAttribute('href')),
			};
		});
		const pages = await readPdf(await page.pdf({ format: 'A4' }), MARGIN_MM);
		// Prose before details (a lever keeps its key actions first: they are what it says to do).
		if (!path.startsWith('leviers/')) expect(proseFirst).toBe(true);
		await page.close();

		const first = squeeze(pages[0]!.text);
		expect(first).toContain(squeeze(screen.title));
		expect(screen.contents).not.toBe('');
		expect(first).toContain(squeeze(screen.contents));
		expect(first).toContain(squeeze(screen.firstItem));
		expect(first).toMatch(/Informationsde(20|\d{4})/);
		expect(first).toContain(squeeze(`${DEFAULT_SITE_URL}/${path}`));

		pages.forEach((p, n) => {
			// No gap left by a page break: every page but the last, where the document simply ends, is at least half full.
			if (n < pages.length - 1) expect(p.filled, `page ${n + 1} à moitié vide`).toBeGreaterThanOrEqual(0.5);
			else expect(p.text.length, 'dernière page vide').toBeGreaterThan(0);
			expect(p.margins).toContain(`Page ${n + 1} sur ${pages.length}`);
		});

		const all = squeeze(pages.map((p) => p.text).join(' '));
		expect(printedContents.length).toBeGreaterThan(2);
		for (const label of printedContents) expect(all.split(squeeze(label)).length - 1, label).toBeGreaterThanOrEqual(2);
		expect(all).not.toContain('Àsavoir');
		expect(all).not.toContain('Notessurlessources');
		expect(all).not.toContain(squeeze(screen.nav));
		expect(screen.onScreenOnly.length).toBeGreaterThan(0);
		for (const text of screen.onScreenOnly) expect(all, text).not.toContain(squeeze(text));

		// Links spelt out on paper: absolute, and the site's own on SITE_URL; none left as a bare path.
		const spelt = [...all.matchAll(/\((https?:\/\/[^)]+)\)/g)].map((m) => m[1]!);
		expect(spelt.filter((url) => url.startsWith(`${DEFAULT_SITE_URL}/`)).length).toBeGreaterThan(2);
		expect(all).not.toMatch(/\(\/[a-z-]+\//);
		expect(unspelt).toEqual([]);
		// Clickable links of the PDF are absolute too.
		const links = pages.flatMap((p) => p.links);
		expect(links.length).toBeGreaterThan(0);
		for (const link of links) expect(link).toMatch(/^https?:\/\/[^/]+\//);
	});
});
