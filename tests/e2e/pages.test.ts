import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from '../helpers/browser.ts';
import { htmlFiles } from '../helpers/site-files.ts';
import { contentCaveats } from '../helpers/content-files.ts';
import { readListing } from '../helpers/listing.ts';
import { frenchTypography } from '../../src/lib/typography/french.ts';

let browser: Browser;
let page: Page;
const site = inject('siteUrl');

beforeAll(async () => {
	browser = await launchChromium();
	page = await browser.newPage();
});
afterAll(async () => {
	await browser?.close();
});

describe('reader journeys', () => {
	it('reaches a lever for départements from the home page in at most three clicks', async () => {
		await page.goto(site);
		await page.getByRole('link', { name: 'Je représente un département' }).click();
		await expect.poll(() => page.url()).toMatch(/\/pour\/departement\/$/);
		await page.locator('#essentiel ~ ul a[href*="/leviers/departements-"]').first().click();
		await expect.poll(() => page.url()).toMatch(/\/leviers\/departements-\d-[a-z-]+\/$/);
		expect(await page.locator('h1').textContent()).not.toBe('');
		expect(await page.locator('.facts').textContent()).toContain('Département');
	});

	it('shows on an initiative page the levers it used, and on the lever page the initiative with how', async () => {
		await page.goto(`${site}initiatives/la-pioche/`);
		const usages = page.locator('#leviers-mobilises ~ ul li');
		expect(await usages.count()).toBeGreaterThan(0);
		const leverLink = usages.first().locator('a').first();
		const leverHref = await leverLink.getAttribute('href');
		await leverLink.click();
		await expect.poll(() => page.url()).toContain(leverHref!);
		const backlink = page.locator('#retroliens ~ ul li', { has: page.locator('a[href$="/initiatives/la-pioche/"]') });
		expect(await backlink.count()).toBeGreaterThan(0);
		expect((await backlink.first().locator('.edge-how').allTextContents()).join(' ').length).toBeGreaterThan(10);
	});

	it('takes a phone reader from an initiative’s « action clé n° N » to that action, numbered inside a card as wide as the text', async () => {
		const phone = await browser.newPage({ viewport: { width: 390, height: 844 } });
		await phone.goto(`${site}initiatives/ambiance-bois/`);
		const action = phone.locator('#leviers-mobilises ~ ul li a', { hasText: /^action clé n°\s\d+$/ }).first();
		const number = (await action.textContent())!.match(/\d+$/)![0];
		await action.click();
		await expect.poll(() => phone.url()).toMatch(new RegExp(`/leviers/[a-z0-9-]+/#action-${number}$`));
		const card = phone.locator(`#action-${number}`);
		expect(await card.locator('h3 .action-number').textContent()).toMatch(new RegExp(`^Action clé n°\\s${number}$`));
		// No list indent or bullet beside the cards: on a phone they take the width of the text.
		const [cardBox, titleBox] = await Promise.all([card.boundingBox(), phone.locator('h1').boundingBox()]);
		expect(Math.abs(cardBox!.x - titleBox!.x)).toBeLessThan(2);
		expect(await card.evaluate((li) => getComputedStyle(li).listStyleType)).toBe('none');
		await phone.close();
	});

	it('explains the acronyms of a record without a body (its title and summary), for the reader and not for search; a term does not list itself', async () => {
		await page.goto(`${site}financements/aap-cress-cdas/`);
		expect(await page.locator('#sigles ~ dl dt').allTextContents()).toEqual(['AAP', 'CDAS', 'CRESS']);
		// Out of search, there only: spelt out on hundreds of thin records, the words would outrank the pages about them.
		expect(await page.locator('.terms-used').getAttribute('data-pagefind-ignore')).toBe('');
		await page.goto(`${site}initiatives/ambiance-bois/`);
		expect(await page.locator('.terms-used').getAttribute('data-pagefind-ignore')).toBeNull();
		await page.goto(`${site}glossaire/cress/`);
		expect(await page.locator('#sigles').count()).toBe(0);
	});

	it('shows a figure as the source rounds it, and leads from it to the initiative it describes, first of its links, and back', async () => {
		await page.goto(`${site}chiffres/8-fablab-drome-societaires/`);
		// As the source rounds it: « plus de 80 », a lower bound for machines too.
		expect(await page.locator('.facts dd').first().textContent()).toMatch(/^plus de 80\s+sociétaires$/);
		const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
		expect(jsonLd.value).toEqual({ '@type': 'QuantitativeValue', minValue: 80, unitText: 'sociétaires' });
		expect(await page.locator('#liens ~ h3').first().textContent()).toBe('Initiative');
		await page.locator('#liens ~ ul').first().getByRole('link', { name: '8 Fablab Drôme' }).click();
		await expect.poll(() => page.url()).toMatch(/\/initiatives\/8-fablab-drome\/$/);
		// The initiative's own numbers read the same way, one a line: the rounding word before the number, not after the label.
		const numbers = await page.locator('.facts dt:has-text("En chiffres") + dd li').allTextContents();
		expect(numbers.slice(0, 3)).toEqual([
			expect.stringMatching(/^plus de 80\s+sociétaires$/),
			expect.stringMatching(/^plus de 600\s+mètres carrés d’espaces$/),
			expect.stringMatching(/^près de 1\s800\s+usagers accueillis \(2019\)$/),
		]);
		const figures = page.locator('#retroliens ~ h3', { hasText: 'Chiffres de l’initiative' });
		expect(await figures.count()).toBe(1);
		expect(await page.locator('#retroliens ~ ul a[href$="/chiffres/8-fablab-drome-societaires/"]').count()).toBe(1);
	});
});

describe('links made in a body', () => {
	it('list the entry that makes them among the backlinks of their target, once', async () => {
		await page.goto(`${site}ressources/coorace-plaquette-groupements-economie-solidaire/`);
		await page.locator('main').getByRole('link', { name: 'Coopelis' }).first().click();
		await expect.poll(() => page.url()).toMatch(/\/initiatives\/coopelis\/$/);
		const group = page.locator('#retroliens ~ h3', { hasText: 'Ressources qui en parlent' });
		expect(await group.count()).toBe(1);
		// Out of the page's search record: other entries' titles say nothing of it. A typed group, with its text, stays in.
		expect(await group.getAttribute('data-pagefind-ignore')).toBe('');
		expect(await page.locator('#retroliens ~ h3', { hasText: 'Exemple des actions clés' }).getAttribute('data-pagefind-ignore')).toBeNull();
		expect(await page.locator('#retroliens ~ ul a[href$="/ressources/coorace-plaquette-groupements-economie-solidaire/"]').count()).toBe(1);
		// A lever citing it as the example of a key action is listed there, not a second time for its text.
		await page.goto(`${site}initiatives/hercule-insertion/`);
		expect(await page.locator('#retroliens ~ ul a[href$="/leviers/anct-3-commande-publique/"]').count()).toBe(1);
	});
});

describe('much-cited entries', () => {
	it('show the first links of each group, and link to a page that lists every one', async () => {
		await page.goto(`${site}ressources/anct-ess-chance-territoires-fragiles/`);
		const groups = page.locator('#retroliens ~ ul');
		const sizes = await groups.evaluateAll((lists) => lists.map((list) => list.children.length));
		expect(Math.max(...sizes)).toBe(25);
		const more = page.getByRole('link', { name: /^Voir les \d+ entrées qui citent cette page$/ });
		const total = Number((await more.textContent())!.match(/\d+/)![0]);
		expect(total).toBeGreaterThan(sizes.reduce((a, b) => a + b, 0));
		await more.click();
		await expect.poll(() => page.url()).toMatch(/\/ressources\/anct-ess-chance-territoires-fragiles\/cite-par\/$/);
		expect(await page.locator('h1').textContent()).toContain('L’ESS, une chance pour les territoires fragiles');
		expect(await page.locator('#retroliens ~ ul > li').count()).toBe(total);
		expect(await page.getByRole('link', { name: /qui citent cette page/ }).count()).toBe(0);
	});
});

describe('pictures drawn at build', () => {
	it('a matrix of the 16 ANCT enterprises against the six levers, each used cell linking to the usage', async () => {
		await page.goto(`${site}leviers/`);
		const rows = page.locator('.matrix svg > g');
		expect(await rows.count()).toBe(16);
		const cell = page.locator('.matrix a[href$="/initiatives/la-pioche/#leviers-mobilises"]');
		expect(await cell.count()).toBe(1);
		await cell.click();
		await expect.poll(() => page.url()).toContain('/initiatives/la-pioche/#leviers-mobilises');
		expect(await page.locator('#leviers-mobilises').isVisible()).toBe(true);
	});

	it('a map of France whose départements link to their initiatives, overseas included', async () => {
		await page.goto(`${site}initiatives/`);
		expect(await page.locator('.map a[href$="/initiatives/departement/972/"]').count()).toBe(1);
		await page.locator('.map a[href$="/initiatives/departement/23/"]').click();
		await expect.poll(() => page.url()).toMatch(/\/initiatives\/departement\/23\/$/);
		const titles = await page.getByTestId('results').locator(':is(h2, h3) a').allTextContents();
		expect(titles).toEqual(expect.arrayContaining(['Ambiance Bois']));
	});
});

describe('facet pages', () => {
	it('show counts that match their lists, on every facet page of resources and initiatives', async () => {
		const dir = inject('siteDir');
		const files = htmlFiles(dir);
		// A facet value's first page, and the pages after it (`…/page/2/`) when it has over 50 entries.
		const facetPages = files.filter((f) => /^(ressources|initiatives)\/(?!page\/)[a-z]+\/[^/]+\/index\.html$/.test(f));
		expect(facetPages.length).toBeGreaterThan(10);
		const itemsOf = (file: string) => readFileSync(join(dir, file), 'utf8').split('data-testid="results"')[1]!.split('</ul>')[0]!.match(/<li>/g)?.length ?? 0;
		for (const file of facetPages) {
			const html = readFileSync(join(dir, file), 'utf8');
			const count = Number(html.match(/data-testid="count">(\d+)</)![1]);
			const more = files.filter((f) => f.startsWith(file.replace(/index\.html$/, 'page/')));
			expect(more.length, file).toBe(Math.ceil(count / 50) - 1);
			expect(itemsOf(file) + more.reduce((n, f) => n + itemsOf(f), 0), file).toBe(count);
		}
	});

	it('link each facet value with the same count as its page', async () => {
		await page.goto(`${site}ressources/`);
		const link = page.locator('.facet-nav a[href*="/ressources/type/"]').first();
		const label = await link.locator('xpath=..').textContent();
		const expected = Number(label!.match(/\((\d+)\)/)![1]);
		const listed = await readListing(page, await link.evaluate((a) => (a as HTMLAnchorElement).href));
		expect(Number(await page.getByTestId('count').textContent())).toBe(expected);
		expect(listed.flat()).toHaveLength(expected);
	});
});

describe('content pages', () => {
	it('ship no client JavaScript but the one site script (offline status and print button)', () => {
		const dir = inject('siteDir');
		const entryPages = htmlFiles(dir).filter((f) => /^(ressources|leviers|initiatives|fiches|territoires|glossaire)\/[^/]+\/index\.html$/.test(f));
		expect(entryPages.length).toBeGreaterThan(100);
		const offlineScript = /^<script type="module" src="\/_astro\/(OfflineStatus\.astro_astro_type_script_index_0_lang\.[\w-]+\.js)"><\/script>$/;
		const offlineFiles = new Set<string>();
		for (const file of entryPages) {
			// JSON-LD is data, not code: browsers never run it.
			const scripts = (readFileSync(join(dir, file), 'utf8').match(/<script\b[^>]*>[\s\S]*?<\/script>/g) ?? []).filter((s) => !s.startsWith('<script type="application/ld+json">'));
			const offline = scripts.filter((script) => offlineScript.test(script));
			expect(offline.length, file).toBe(1);
			offlineFiles.add(offline[0]!.match(offlineScript)![1]!);
			expect(scripts.filter((script) => !offline.includes(script)), file).toEqual([]);
		}
		// One shared file, cached once, and small: it now also carries « Enregistrer tout le site » (progress, cancel, delete).
		expect(offlineFiles.size).toBe(1);
		expect(readFileSync(join(dir, '_astro', [...offlineFiles][0]!)).length).toBeLessThan(12_000);
	});

	it('print on A4 without navigation, with an « Imprimer / PDF » button', async () => {
		await page.goto(`${site}fiches/departements-ess-ruralites/`);
		const button = page.getByRole('button', { name: 'Imprimer / PDF' });
		expect(await button.isVisible()).toBe(true);
		await page.emulateMedia({ media: 'print' });
		expect(await page.locator('.site-header').isVisible()).toBe(false);
		expect(await button.isVisible()).toBe(false);
		const pdf = await page.pdf({ format: 'A4' });
		expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
		await page.emulateMedia({ media: 'screen' });
	});
});

describe('what the sources leave unknown', () => {
	const factOf = async (path: string, term: string) => {
		await page.goto(`${site}${path}`);
		return page.locator('.facts dt', { hasText: term }).locator('xpath=following-sibling::dd[1]').textContent();
	};

	it('leaves a missing fact out of the table, with one quiet line only where it matters', async () => {
		await page.goto(`${site}ressources/tressons-monographie-pnr-vercors/`);
		expect(await page.locator('main a.button').count()).toBe(0);
		expect(await page.locator('main .no-address').textContent()).toMatch(/^Pas d’adresse connue\s:\scherchez le titre sur le site de\s\S/);

		expect(await page.locator('main').textContent()).not.toMatch(/non (précisée?|communiquée?|donnée?)s? par les sources/);
		for (const [path, term] of [['organisations/extracite/', 'Nature'], ['initiatives/cap-sport/', 'Zonage'], ['initiatives/ambiance-bois/', 'Création']]) {
			await page.goto(`${site}${path}`);
			expect(await page.locator('.facts dt', { hasText: term }).count(), path).toBe(0);
			expect(await page.locator('main').textContent(), path).not.toMatch(/non précisé/);
		}
		expect(await factOf('organisations/petr-midi-quercy/', 'Sigle')).toBe('PETR');
		// A term's acronym and expansion are its title, not repeated in a table under it.
		await page.goto(`${site}glossaire/petr/`);
		expect(await page.locator('h1').textContent()).toMatch(/^PETR — /);
		expect(await page.locator('main .facts').count()).toBe(0);

		await page.goto(`${site}besoins/`);
		const themeOnly = await page.locator('#activites-sans-besoin ~ ul > li').allTextContents();
		expect(themeOnly.some((a) => a.startsWith('Pratiques sportives inclusives (Inclusion)'))).toBe(true);

		await page.goto(`${site}fiches/regions-cooperation-economique-territoriale/`);
		const mentions = await page.locator('#renvois ~ ul li').allTextContents();
		expect(mentions.some((m) => /\(fiche n°\s5\sde la série\)/.test(m))).toBe(true);
		expect(mentions.join(' ')).not.toMatch(/non disponible|laissé en blanc/);
		expect(await page.locator('#renvois ~ p').textContent()).toBe('Les fiches citées sans lien ne font pas partie de ce centre de ressources.');
	});

	it('gathers every caveat of the site, one page per section, each under a link to the page that carries it', async () => {
		const expected = contentCaveats(join(import.meta.dirname, '..', '..', 'src', 'content'));
		await page.goto(`${site}limites-des-sources/`);
		const sections = await page.locator('ul.caveat-sections a').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
		expect(sections.length).toBeGreaterThan(1);
		const shown: { href: string; caveats: (string | null)[] }[] = [];
		for (let next: string | null = sections.shift() ?? null; next; ) {
			await page.goto(next);
			shown.push(
				...(await page.locator('ul.caveats > li').evaluateAll((lis) =>
					lis.map((li) => ({ href: li.querySelector(':scope > a')!.getAttribute('href')!, caveats: [...li.querySelectorAll(':scope > ul > li')].map((c) => c.textContent) })),
				)),
			);
			// A section with over 50 pages of caveats goes on at `…/page/2/`.
			const more = page.locator('nav.pagination a[rel="next"]');
			next = (await more.count()) ? await more.evaluate((a) => (a as HTMLAnchorElement).href) : (sections.shift() ?? null);
		}
		expect(shown.length).toBe(expected.size);
		for (const { href, caveats } of shown) {
			const key = href.replace(/^\/|\/$/g, '');
			// The build typesets every text (src/lib/typography/): the content's caveats, typeset, are what readers see.
			expect(caveats, key).toEqual(expected.get(key)?.map(frenchTypography));
		}
	});
});

describe('French typography around links', () => {
	it('keeps a space between a label and the link that follows it (« Source : L’ESS… »)', async () => {
		await page.goto(`${site}glossaire/petr/`);
		expect(await page.locator('.meta-footer p').first().textContent()).toMatch(/^Sources?\s:\s\S/);
		await page.goto(`${site}besoins/`);
		expect((await page.locator('#activites-sans-besoin ~ ul > li').first().textContent())!).toMatch(/ \(\S[^)]*\S\)/);
	});
});
