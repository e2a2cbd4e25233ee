import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from '../helpers/browser.ts';
import { results, typeQuery, waitForResults } from '../helpers/search.ts';

let browser: Browser;
let page: Page;
const site = inject('siteUrl');
const top = (list: { href: string }[], n: number) => list.slice(0, n).map((r) => r.href);

beforeAll(async () => {
	browser = await launchChromium();
	page = await browser.newPage();
});
afterAll(async () => browser?.close());

describe('search, typed in Chromium', () => {
	it('finds the enterprises of a place (Creuse)', async () => {
		const list = await typeQuery(page, site, 'Creuse');
		expect(top(list, 8)).toEqual(expect.arrayContaining(['/initiatives/les-amis-de-la-pierre-de-masgot/', '/initiatives/ambiance-bois/']));
	});

	it('finds a legal form (SCIC) with its glossary entry on top', async () => {
		const list = await typeQuery(page, site, 'SCIC');
		expect(top(list, 3)).toContain('/glossaire/scic/');
	});

	it('finds an acronym both ways: PTCE and its expansion', async () => {
		const byAcronym = await typeQuery(page, site, 'PTCE');
		expect(top(byAcronym, 3)).toContain('/glossaire/ptce/');
		expect(byAcronym.length).toBeGreaterThan(5);
		const byWords = await typeQuery(page, site, 'pôle territorial de coopération économique');
		expect(top(byWords, 3)).toContain('/glossaire/ptce/');
	});

	it('matches a plural to a singular (épiceries → épicerie)', async () => {
		const list = await typeQuery(page, site, 'épiceries');
		expect(top(list, 10)).toContain('/initiatives/epicerie-thore-la-rochette/');
	});

	it('folds accents: « regie de quartier » finds what « régie de quartier » finds', async () => {
		const withAccent = await typeQuery(page, site, 'régie de quartier');
		const without = await typeQuery(page, site, 'regie de quartier');
		expect(top(withAccent, 5)).toContain('/initiatives/desbals-services/');
		expect(top(without, 5)).toContain('/initiatives/desbals-services/');
	});

	it('shows each result with its kind, title and highlighted excerpt', async () => {
		await typeQuery(page, site, 'Loco-Motivés');
		const first = page.locator('[data-results] > li').first();
		expect(await first.locator('.badge').textContent()).not.toBe('');
		// The excerpt leaves out the title (matched there already): the words are highlighted further down the list.
		expect(await page.locator('[data-results] > li:nth-child(-n+3) mark').count()).toBeGreaterThan(0);
	});

	it('shows its results from their cards before any excerpt: with no fragment reachable, the same list, titles and links', async () => {
		const full = await typeQuery(page, site, 'épicerie');
		const context = await browser.newContext();
		try {
			const bare = await context.newPage();
			let fragments = 0;
			await bare.route('**/pagefind/fragment/**', (route) => {
				fragments += 1;
				return route.abort();
			});
			const list = await typeQuery(bare, site, 'épicerie');
			expect(fragments).toBeGreaterThan(0);
			expect(list.slice(0, 10)).toEqual(full.slice(0, 10));
			expect(list.every((r) => r.title && r.href && r.type)).toBe(true);
			// An excerpt that cannot come is left out, not waited for.
			expect(await bare.locator('[data-results] .result-pending').count()).toBe(0);
		} finally {
			await context.close();
		}
	});

	it('narrows with a facet, keeps it in the URL, and restores it on reload and back', async () => {
		const all = await typeQuery(page, site, 'épicerie');
		const before = await page.locator('[data-status]').textContent();
		await page.locator('input[type="checkbox"][name="type"][value="Initiative"]').check();
		await page.waitForFunction(() => location.search.includes('type=Initiative'));
		// The status line changes once the narrowed results are all shown (until then it still counts the previous ones).
		await page.waitForFunction((b) => document.querySelector('[data-status]')?.textContent !== b, before);
		const narrowed = await results(page);
		expect(narrowed.length).toBeGreaterThan(0);
		expect(narrowed.length).toBeLessThan(all.length);
		expect(new Set(narrowed.map((r) => r.type))).toEqual(new Set(['Initiative']));

		await page.reload();
		await waitForResults(page);
		expect(await page.locator('#recherche-page').inputValue()).toBe('épicerie');
		expect(await page.locator('input[name="type"][value="Initiative"]').isChecked()).toBe(true);
		expect((await results(page)).map((r) => r.href)).toEqual(narrowed.map((r) => r.href));

		await page.goBack();
		await page.waitForFunction(() => !location.search.includes('type='));
		await page.waitForFunction((n) => document.querySelectorAll('[data-results] > li').length >= Math.min(n, 20), all.length);
		expect(await page.locator('input[name="type"][value="Initiative"]').isChecked()).toBe(false);
	});

	it('answers a question by its meaningful words (« comment sauver le café du village »)', async () => {
		const list = await typeQuery(page, site, 'comment sauver le café du village');
		expect(top(list, 3)).toContain('/initiatives/cafe-pluche/');
	});

	it('corrects a misspelt word and says which word it searched', async () => {
		for (const [typed, meant, answer] of [
			['coopertive', 'coopérative', undefined],
			['epicirie', 'épicerie', '/initiatives/epicerie-thore-la-rochette/'],
			['mobilitée', 'mobilité', '/themes/mobilite/'],
		] as const) {
			const list = await typeQuery(page, site, typed);
			expect(await page.locator('[data-status]').textContent()).toContain(`pour « ${meant} » (vous avez tapé « ${typed} »)`);
			expect(list.length).toBeGreaterThan(0);
			if (answer) expect(top(list, 5)).toContain(answer);
		}
	});

	it('understands a commune or a postcode absent from the text, and says why Creuse entries come first', async () => {
		for (const query of ['Aubusson', '23200']) {
			const list = await typeQuery(page, site, query);
			expect(top(list, 5)).toEqual(expect.arrayContaining(['/initiatives/les-amis-de-la-pierre-de-masgot/', '/initiatives/ambiance-bois/']));
			const sentence = await page.locator('[data-place]').textContent();
			expect(sentence).toMatch(/^Aucune initiative à Aubusson ; \d+ initiatives? dans la Creuse \(23\) ; \d+ en Nouvelle-Aquitaine/);
		}
		await typeQuery(page, site, 'épicerie');
		expect(await page.locator('[data-place]').isVisible()).toBe(false);
	});

	it('shows the first result without scrolling on a 390 px phone, filters folded', async () => {
		const phone = await browser.newPage({ viewport: { width: 390, height: 844 } });
		try {
			await phone.goto(`${site}recherche/?q=${encodeURIComponent('épicerie')}`);
			await waitForResults(phone);
			const box = await phone.locator('[data-results] > li').first().boundingBox();
			expect(box!.y + 40).toBeLessThan(844);
			expect(await phone.locator('[data-filters]').getAttribute('open')).toBeNull();
			expect(await phone.locator('[data-filters] summary').textContent()).toContain('Filtrer');
		} finally {
			await phone.close();
		}
	});

	it('answers a word typed letter by letter as it answers the same word in the address', async () => {
		// Slow typing: a search runs after each letter, the first one on « e » alone.
		await page.goto(`${site}recherche/`);
		await page.waitForSelector('[data-search][data-ready]');
		await page.locator('#recherche-page').pressSequentially('eppicerriee', { delay: 150 });
		await page.waitForFunction(() => /«\seppicerriee\s»/.test(document.querySelector('[data-status]')?.textContent ?? ''));
		const typed = await page.locator('[data-status]').textContent();
		await page.goto(`${site}recherche/?q=eppicerriee`);
		await waitForResults(page);
		expect(typed).toBe(await page.locator('[data-status]').textContent());
	});

	it('says so helpfully when nothing matches', async () => {
		await typeQuery(page, site, 'xylophonezzz');
		expect(await page.locator('[data-empty]').isVisible()).toBe(true);
		expect(await page.locator('[data-empty] a[href$="/glossaire/"]').count()).toBe(1);
	});

	it('works under a base path', async () => {
		const list = await typeQuery(page, inject('baseSiteUrl'), 'PTCE');
		expect(top(list, 3)).toContain('/ess/glossaire/ptce/');
	});
});

describe('search on a 390×844 phone', () => {
	let phone: Page;
	const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
	beforeAll(async () => {
		phone = await browser.newPage({ viewport: { width: 390, height: 844 } });
	});
	afterAll(async () => phone?.close());

	it('finds a word written after an elision (« employeur » in « groupements d’employeurs »)', async () => {
		const list = await typeQuery(phone, site, 'employeur');
		expect(top(list, 5)).toContain('/initiatives/groupements-employeurs-occitanie/');
		const named = await typeQuery(phone, site, 'groupement d’employeur');
		expect(top(named, 3)).toContain('/glossaire/ge/');
	});

	it('lists substance first and gathers figures and terms in « Chiffres et définitions » under the results', async () => {
		const list = await typeQuery(phone, site, 'commerce');
		expect(list.length).toBeGreaterThan(3);
		expect(list.map((r) => r.type)).not.toContain('Chiffre');
		expect(list.map((r) => r.type)).not.toContain('Terme');
		const group = phone.locator('[data-aside]');
		expect(await group.isVisible()).toBe(true);
		expect(await group.locator('h2').textContent()).toBe('Chiffres et définitions');
		const kinds = await group.locator('li .badge').allTextContents();
		expect(kinds.length).toBeGreaterThan(0);
		expect(new Set(kinds).size).toBeLessThanOrEqual(2);
		for (const kind of kinds) expect(['Chiffre', 'Terme']).toContain(kind);
		const listBottom = (await phone.locator('[data-results]').boundingBox())!;
		expect((await group.boundingBox())!.y).toBeGreaterThan(listBottom.y + listBottom.height - 1);
		// A term the query names is an answer, not an aside.
		const named = await typeQuery(phone, site, 'marché réservé');
		expect(named[0]!.href).toBe('/glossaire/marche-reserve/');
	});

	it('shows excerpts that do not repeat the title above them', async () => {
		for (const query of ['marché réservé', 'PTCE']) {
			await typeQuery(phone, site, query);
			const items = await phone.locator('[data-results] > li').evaluateAll((lis) =>
				lis.slice(0, 6).map((li) => ({ title: li.querySelector('h2')!.textContent!, excerpt: li.querySelector('p:last-child')!.textContent! })),
			);
			expect(items.length).toBeGreaterThan(2);
			for (const { title, excerpt } of items) {
				for (const part of [title, ...title.split(' — ')]) expect(fold(excerpt).startsWith(fold(part))).toBe(false);
				expect(excerpt).not.toMatch(/En toutes lettres/);
			}
		}
	});

	it('leads a reader’s word (a synonym written in the content) to its entry, then to the pages that use either', async () => {
		const list = await typeQuery(phone, site, 'covoiturage');
		expect(list[0]!.href).toBe('/themes/mobilite/');
		expect(await phone.locator('[data-status]').textContent()).toContain('« covoiturage » et « Mobilité »');
		expect(top(list, 5)).toContain('/initiatives/dromolib/');
		expect(new Set(top(list, 20)).size).toBe(top(list, 20).length);
		const shared = await typeQuery(phone, site, 'emploi partagé');
		expect(shared[0]!.href).toBe('/glossaire/ge/');
		expect(top(shared, 6).some((href) => href.startsWith('/initiatives/groupements-employeurs-'))).toBe(true);
		const box = await phone.locator('[data-results] > li').first().boundingBox();
		expect(box!.y + 40).toBeLessThan(844);
	});

	it('never leaves a dead end: a close word to try, the themes and the « Je représente… » pages', async () => {
		await typeQuery(phone, site, 'xylophonezzz');
		const empty = phone.locator('[data-empty]');
		expect(await empty.isVisible()).toBe(true);
		expect(await empty.locator('a[href$="/pour/commune/"]').textContent()).toBe('Je représente une commune');
		expect(await empty.locator('a[href^="/pour/"]').count()).toBeGreaterThanOrEqual(6);
		expect(await empty.locator('a[href="/themes/mobilite/"]').count()).toBe(1);

		await phone.goto(`${site}recherche/?q=eppicerriee`);
		await waitForResults(phone);
		expect(await phone.locator('[data-status]').textContent()).toContain('Aucun résultat');
		const suggestion = phone.locator('[data-suggestion] a');
		await suggestion.waitFor();
		expect(fold((await suggestion.textContent())!)).toMatch(/^epicerie/);
		await suggestion.click();
		await waitForResults(phone);
		expect((await results(phone)).length).toBeGreaterThan(0);
	});
});

