import { cpSync, existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import { fileForUrl, precacheList, sizeOf, splitPrecache } from '../../src/offline/precache.ts';
import { writeServiceWorker } from '../../src/offline/write-worker.ts';
import { launchChromium } from '../helpers/browser.ts';
import { buildSite } from '../helpers/build.ts';
import { contentWith } from '../helpers/fixtures.ts';
import { results, waitForResults } from '../helpers/search.ts';
import { type ServedSite, type ServeOptions, serveSite } from '../helpers/serve.ts';
import { tempDir } from '../helpers/temp.ts';

/**
 * The offline mode in real Chromium. « Cutting the network » is both `context.setOffline(true)`
 * and a server that drops every connection and logs what it was asked: whatever the browser
 * shows then came from the device.
 */
let browser: Browser;
beforeAll(async () => {
	browser = await launchChromium();
});
afterAll(async () => browser?.close());

const STATUS = '[data-offline-status]';
const INSTALL_TIMEOUT = 120_000;

/** A reader's fresh browser profile on a site served from `dir`; both are closed afterwards. */
async function asReader(dir: string, run: (site: ServedSite, context: BrowserContext) => Promise<void>, base = '/', options: ServeOptions = {}) {
	const site = await serveSite(dir, base, options);
	const context = await browser.newContext();
	try {
		await run(site, context);
	} finally {
		await context.close();
		await site.close();
	}
}

const waitForStatus = (page: Page, text: RegExp) =>
	page.waitForFunction(([s, t]) => new RegExp(t).test(document.querySelector(s)?.textContent ?? ''), [STATUS, text.source] as const, { timeout: INSTALL_TIMEOUT });

/** Opens `url` and waits until the shell and search index are saved, and the page read is kept too. */
async function visitAndWaitForPrecache(context: BrowserContext, url: string): Promise<Page> {
	const page = await context.newPage();
	await page.goto(url);
	await waitForStatus(page, /Disponible hors ligne/);
	// (Not expect.poll: also called from hooks.)
	for (let tries = 0; !(await cachedUrls(page)).includes(url); tries++) {
		if (tries > 100) throw new Error(`${url} : page lue jamais gardée sur l’appareil`);
		await page.waitForTimeout(300);
	}
	return page;
}

async function cutNetwork(context: BrowserContext, site: ServedSite) {
	site.down = true;
	await context.setOffline(true);
}

/** What reached the server since `from`, but the browser's own checks for a new sw.js (they fail offline, harmlessly). */
const askedSince = (site: ServedSite, from: number) => site.requests.slice(from).filter((url) => !url.endsWith('/sw.js'));

async function reconnect(context: BrowserContext, site: ServedSite) {
	site.down = false;
	await context.setOffline(false);
}

/** Waits for the outcome of the update check the browser runs now: 'installed' (waiting), 'redundant' (failed) or 'none'. */
const checkForUpdate = (page: Page) =>
	page.evaluate(async () => {
		const registration = (await navigator.serviceWorker.getRegistration())!;
		await registration.update();
		const worker = registration.installing;
		if (!worker) return registration.waiting ? 'installed' : 'none';
		return new Promise<string>((resolve) =>
			worker.addEventListener('statechange', () => {
				if (worker.state === 'installed' || worker.state === 'redundant') resolve(worker.state);
			}),
		);
	});

/** Every URL held by the Cache Storage of the page's origin. */
const cachedUrls = (page: Page) =>
	page.evaluate(async () => {
		const urls: string[] = [];
		for (const name of await caches.keys()) for (const request of await (await caches.open(name)).keys()) urls.push(request.url);
		return urls;
	});

describe('after one visit, the real site works without a network', () => {
	let site: ServedSite;
	let context: BrowserContext;
	let page: Page;
	beforeAll(async () => {
		site = await serveSite(inject('siteDir'), '/');
		context = await browser.newContext();
		page = await visitAndWaitForPrecache(context, site.url);
	}, INSTALL_TIMEOUT);
	afterAll(async () => {
		await context?.close();
		await site?.close();
	});

	it('says « Disponible hors ligne » with the size of what the device stored: the shell, the search index and the page read', async () => {
		const dist = inject('siteDir');
		const { entries } = await precacheList(dist, '/', 'test');
		const { shell, pages } = splitPrecache(entries, '/');
		const size = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 }).format(sizeOf(shell).bytes / 1e6);
		expect(await page.locator(STATUS).textContent()).toBe(`Disponible hors ligne (${size} Mo)`);
		// By path: the query holds the revision, and Pagefind's entry file the build id.
		const urls = new Set((await cachedUrls(page)).map((u) => u.split('?')[0]));
		for (const entry of shell) expect(urls.has(new URL(entry.url, site.url).href.split('?')[0]), entry.url).toBe(true);
		// Of the pages, only the one read.
		expect(pages.map((p) => new URL(p.url, site.url).href).filter((u) => urls.has(u))).toEqual([site.url]);
		const full = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 }).format(sizeOf(pages).gzip / 1e6);
		expect(await page.locator('[data-offline-save-all]').textContent()).toBe(`Enregistrer tout le site (${full} Mo)`);
	});

	it('transfers, on this first visit, no more than the budget (1.5 MiB compressed)', () => {
		const dist = inject('siteDir');
		const sent = site.requests.map((url) => join(dist, fileForUrl(url, '/'))).filter((file) => existsSync(file) && statSync(file).isFile());
		const bytes = sent.reduce((sum, file) => sum + gzipSync(readFileSync(file)).length, 0);
		expect(sent.length).toBeGreaterThan(10);
		expect(bytes).toBeLessThanOrEqual(1.5 * 1024 * 1024);
		// The catalogue's pages were not fetched: only the home page, the search page and the offline page.
		expect(site.requests.filter((url) => url.endsWith('/') && url !== '/')).toEqual(expect.arrayContaining(['/hors-ligne/', '/recherche/']));
		expect(site.requests.filter((url) => /^\/(initiatives|fiches|leviers|glossaire|ressources)\//.test(url))).toEqual([]);
	});

	it('can be installed on a home screen (French manifest, icons, worker)', async () => {
		const manifest = await (await page.request.get(`${site.url}manifest.webmanifest`)).json();
		expect(manifest).toMatchObject({ lang: 'fr', name: 'Centre de ressources ESS & territoires ruraux', start_url: '/', display: 'standalone' });
		const cdp = await context.newCDPSession(page);
		const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
		await cdp.detach();
		// Test contexts are incognito ones, where Chromium never offers installation.
		expect(installabilityErrors.filter((e) => e.errorId !== 'in-incognito')).toEqual([]);
	});

	it('offline, serves the pages read and search; a result whose page is not saved says so', async () => {
		await page.goto(`${site.url}initiatives/la-pioche/`);
		await expect.poll(async () => (await cachedUrls(page)).includes(`${site.url}initiatives/la-pioche/`)).toBe(true);
		await cutNetwork(context, site);
		const asked = site.requests.length;
		for (const path of ['', 'initiatives/la-pioche/']) {
			const response = await page.goto(`${site.url}${path}`);
			expect(response?.status(), path).toBe(200);
			expect(await page.locator('h1').textContent()).not.toBe('Vous êtes hors ligne');
		}
		await page.goto(`${site.url}glossaire/ptce/`);
		expect(await page.locator('h1').textContent()).toBe('Vous êtes hors ligne');
		// The offline page lists what is saved.
		await page.locator('[data-offline-saved] a').first().waitFor();
		expect(await page.locator('[data-offline-saved] a').allTextContents()).toContain('La Pioche');

		await page.goto(`${site.url}recherche/?q=${encodeURIComponent('épicerie')}&type=Initiative`);
		await waitForResults(page);
		await page.locator('.result-unsaved').first().waitFor();
		const unsaved = page.locator('.result', { has: page.locator('.result-unsaved') }).first();
		expect(await unsaved.locator('.result-unsaved').textContent()).toBe(' — page non enregistrée sur cet appareil');
		expect(await unsaved.locator('a').count()).toBe(0);
		// The excerpt is still there.
		expect((await unsaved.locator('p').last().textContent())!.length).toBeGreaterThan(20);
		expect(askedSince(site, asked)).toEqual([]);
		await reconnect(context, site);
	});

	it('after « Enregistrer tout le site », opens entry pages never visited, searches with a facet, and asks the server for nothing', async () => {
		await page.goto(site.url);
		await page.locator('[data-offline-save-all]').click();
		await page.locator('[data-offline-pages-text]', { hasText: 'Tout le site est enregistré' }).waitFor({ timeout: INSTALL_TIMEOUT });
		// Every page of the list is on the device, not only the ones opened below.
		const listed = (JSON.parse(readFileSync(join(inject('siteDir'), 'sw-pages.json'), 'utf8')) as { entries: { url: string }[] }).entries;
		const stored = new Set(await cachedUrls(page));
		expect(listed.map((e) => new URL(e.url, site.url).href).filter((url) => !stored.has(url))).toEqual([]);
		await cutNetwork(context, site);
		const asked = site.requests.length;
		const pages = {
			'initiatives/la-pioche/': 'La Pioche',
			'leviers/departements-4-foncier/': 'Faciliter l',
			'glossaire/ptce/': 'PTCE',
			'ressources/familles-rurales-guide-tiers-lieux-rural-2020/': 'tiers-lieux',
			'territoires/': '',
		};
		for (const [path, title] of Object.entries(pages)) {
			const response = await page.goto(`${site.url}${path}`);
			expect(response?.status(), path).toBe(200);
			expect(await page.locator('h1').textContent(), path).toContain(title);
			// Styles come from the device too.
			expect(await page.locator('.site-header').evaluate((el) => getComputedStyle(el).backgroundColor), path).toBe('rgb(31, 95, 63)');
		}
		await page.locator('[data-offline-alert][data-state="offline"]').waitFor();
		expect(await page.locator('[data-offline-alert]').innerText()).toBe('Hors ligne');
		expect(await page.getByRole('button', { name: 'recharger' }).isVisible()).toBe(false);

		await page.goto(`${site.url}recherche/?q=${encodeURIComponent('épicerie')}&type=Initiative`);
		await waitForResults(page);
		const found = await results(page);
		expect(found.length).toBeGreaterThan(2);
		expect(new Set(found.map((r) => r.type))).toEqual(new Set(['Initiative']));
		expect(await page.locator('.result-unsaved').count()).toBe(0);
		await page.locator(`a[href$="${new URL(found[0]!.href, site.url).pathname}"]`).first().click();
		await expect.poll(() => page.locator('h1').textContent()).toBe(found[0]!.title);
		expect(askedSince(site, asked)).toEqual([]);
		await reconnect(context, site);
	}, INSTALL_TIMEOUT);

	it('shows the French offline page for an address it has not saved', async () => {
		await cutNetwork(context, site);
		await page.goto(`${site.url}initiatives/adresse-inconnue/`);
		expect(await page.locator('h1').textContent()).toBe('Vous êtes hors ligne');
		// A saved page removed from the device (storage cleared in part) gets the same page, not the browser's error.
		await page.evaluate(async () => {
			for (const name of await caches.keys()) {
				const cache = await caches.open(name);
				for (const request of await cache.keys()) if (new URL(request.url).pathname === '/glossaire/scic/') await cache.delete(request);
			}
		});
		await page.goto(`${site.url}glossaire/scic/`);
		expect(await page.locator('h1').textContent()).toBe('Vous êtes hors ligne');
		await reconnect(context, site);
	});
});

describe('a profile’s pack, on the reader’s choice', () => {
	it('announces each page at its size gzip-compressed as the built site has it (sized as Astro rendered it)', () => {
		const dir = inject('siteDir');
		const list = JSON.parse(readFileSync(join(dir, 'sw-pages.json'), 'utf8')) as { entries: { url: string; gzip: number }[] };
		const pages = list.entries.filter((e) => e.url.endsWith('/'));
		expect(pages.length).toBeGreaterThan(1000);
		for (const entry of pages) expect(entry.gzip, entry.url).toBe(gzipSync(readFileSync(join(dir, fileForUrl(entry.url, '/'))), { level: 6 }).length);
	});

	it('saves the pages useful for a commune, after saying how much it transfers, and opens them offline; others stay unsaved', async () => {
		const dir = inject('siteDir');
		const list = JSON.parse(readFileSync(join(dir, 'sw-pages.json'), 'utf8')) as { entries: { url: string; gzip: number; bytes: number }[]; packs: { id: string; entries: number[] }[] };
		const pack = list.packs.find((p) => p.id === 'commune')!.entries.map((i) => list.entries[i]!);
		const outside = list.entries.find((e) => e.url.startsWith('/glossaire/') && e.url.endsWith('/') && !pack.includes(e))!;
		expect(outside).toBeDefined();
		await asReader(dir, async (site, context) => {
			const page = await visitAndWaitForPrecache(context, `${site.url}pour/commune/`);
			const size = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 }).format(sizeOf(pack as never).gzip / 1e6);
			const button = page.getByRole('button', { name: /^Enregistrer les pages utiles pour une commune/ });
			expect(await button.textContent()).toBe(`Enregistrer les pages utiles pour une commune (${size}\u00a0Mo)`);
			const asked = site.requests.length;
			await button.click();
			await page.locator('[data-offline-pack-text]', { hasText: /^Les \d+ pages utiles pour une commune sont enregistrées sur cet appareil\.$/ }).waitFor({ timeout: INSTALL_TIMEOUT });
			// Only the pack's files (and the list of pages) crossed the network.
			const inPack = new Set(pack.map((e) => e.url));
			expect(askedSince(site, asked).filter((url) => !inPack.has(url) && url !== '/sw-pages.json')).toEqual([]);
			expect(askedSince(site, asked).length).toBeGreaterThan(100);

			await cutNetwork(context, site);
			const lever = (await page.locator('#essentiel ~ ul a').first().getAttribute('href'))!;
			expect(inPack.has(lever)).toBe(true);
			expect((await page.goto(`${site.url}${lever.slice(1)}`))?.status()).toBe(200);
			expect(await page.locator('h1').textContent()).not.toBe('Vous êtes hors ligne');
			await page.goto(`${site.url}${outside.url.slice(1)}`);
			expect(await page.locator('h1').textContent()).toBe('Vous êtes hors ligne');
		});
	});
});

describe('with the browser’s data saver on (Save-Data)', () => {
	it('saves nothing on the first visit, offers to, and saves the whole site once the reader asks', async () => {
		await asReader(inject('siteDir'), async (site, context) => {
			await context.addInitScript(() => Object.defineProperty(Navigator.prototype, 'connection', { configurable: true, get: () => ({ saveData: true }) }));
			const page = await context.newPage();
			await page.goto(site.url);
			const offer = page.locator('[data-offline-save]');
			await offer.waitFor();
			await page.goto(`${site.url}glossaire/`);
			await offer.waitFor();
			expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()) === undefined)).toBe(true);
			expect(site.requests.filter((url) => url.endsWith('/sw.js') || url.includes('/pagefind/'))).toEqual([]);

			await offer.getByRole('button', { name: 'Enregistrer le site sur cet appareil' }).click();
			await waitForStatus(page, /^Disponible hors ligne/);
			expect(await offer.isVisible()).toBe(false);
			// The shell and search index, as asked; never the whole site by itself.
			const urls = await cachedUrls(page);
			expect(urls.some((u) => u.includes('/pagefind/index/'))).toBe(true);
			expect(urls.filter((u) => /\/(initiatives|fiches|leviers)\/./.test(new URL(u).pathname))).toEqual([]);
			// Saved once: later visits keep the site up to date without asking again.
			await page.reload();
			await waitForStatus(page, /^Disponible hors ligne/);
			expect(await offer.isVisible()).toBe(false);
		});
	}, INSTALL_TIMEOUT);
});

describe('under a base path (/ess/)', () => {
	it('saves the site and serves pages and search offline', async () => {
		await asReader(inject('baseSiteDir'), async (site, context) => {
			const page = await visitAndWaitForPrecache(context, `${site.url}initiatives/la-pioche/`);
			const urls = await cachedUrls(page);
			expect(urls.every((u) => new URL(u).pathname.startsWith('/ess/'))).toBe(true);
			await cutNetwork(context, site);
			await page.goto(`${site.url}initiatives/la-pioche/`);
			expect(await page.locator('h1').textContent()).toBe('La Pioche');
			await page.goto(`${site.url}recherche/?q=Pioche&type=Initiative`);
			await waitForResults(page);
			const found = await results(page);
			// The page read is linked, under the base path.
			expect(found.map((r) => r.href)).toContain('/ess/initiatives/la-pioche/');
			await page.goto(`${site.url}nulle-part/`);
			expect(await page.locator('h1').textContent()).toBe('Vous êtes hors ligne');
		}, '/ess/');
	});
});

describe('a new version published while readers have the site', () => {
	const MARKER = 'colibriphone';
	let v1: string;
	let v2: string;
	let v1Again: string;
	beforeAll(() => {
		// Both versions from one content folder, as from one repository: only the edited entry differs.
		const content = contentWith();
		v1 = buildSite('.test-build/offline-v1', { CONTENT_DIR: content });
		v1Again = buildSite('.test-build/offline-v1-again', { CONTENT_DIR: content });
		const entry = join(content, 'initiatives/initiative-exemple.mdx');
		writeFileSync(entry, `${readFileSync(entry, 'utf8')}\nParagraphe publié dans la seconde version : ${MARKER}.\n`);
		v2 = buildSite('.test-build/offline-v2', { CONTENT_DIR: content });
	}, INSTALL_TIMEOUT);

	it('is not offered when the same sources are built again: the browser sees the very same worker', () => {
		expect(readFileSync(join(v1Again, 'sw.js'))).toEqual(readFileSync(join(v1, 'sw.js')));
		expect(readFileSync(join(v2, 'sw.js'))).not.toEqual(readFileSync(join(v1, 'sw.js')));
	});

	it('is offered on reconnecting, shown after « recharger » (one reload), while an older tab keeps searching offline', async () => {
		await asReader(v1, async (site, context) => {
			const page = await visitAndWaitForPrecache(context, `${site.url}initiatives/initiative-exemple/`);
			const oldTab = await context.newPage();
			await oldTab.goto(`${site.url}recherche/`);
			await oldTab.waitForSelector('[data-search][data-ready]');

			await cutNetwork(context, site);
			site.publish(v2);
			await reconnect(context, site);
			const alert = page.locator('[data-offline-alert][data-state="update"]');
			await alert.waitFor({ timeout: INSTALL_TIMEOUT });
			expect(await alert.textContent()).toMatch(/^Nouvelle version disponible — recharger$/);
			expect(await page.locator('main').textContent()).not.toContain(MARKER);

			let loads = 0;
			page.on('load', () => loads++);
			await page.getByRole('button', { name: 'recharger' }).click();
			await expect.poll(() => page.locator('main').textContent(), { timeout: 30_000 }).toContain(MARKER);
			await page.waitForTimeout(1500);
			expect(loads).toBe(1);
			expect(await page.locator('[data-offline-alert]').isHidden()).toBe(true);

			// The tab opened before the update still has its version's index, offline.
			await cutNetwork(context, site);
			const asked = site.requests.length;
			expect(await oldTab.locator('[data-offline-alert]').getAttribute('data-state')).toBe('update');
			await oldTab.locator('#recherche-page').pressSequentially('initiative', { delay: 20 });
			await oldTab.waitForFunction(() => /\d+ résultats? pour/.test(document.querySelector('[data-status]')?.textContent ?? ''));
			expect((await results(oldTab)).map((r) => r.title)).toContain('Initiative exemple');
			// And the updated tab finds the new paragraph, offline.
			await page.goto(`${site.url}recherche/?q=${MARKER}`);
			await waitForResults(page);
			expect((await results(page)).map((r) => r.title)).toEqual(['Initiative exemple']);
			expect(askedSince(site, asked)).toEqual([]);
		});
	});

	it('brings a chosen pack up to date after the reader takes the new version: its changed page opens offline in the new version', async () => {
		await asReader(v1, async (site, context) => {
			const page = await visitAndWaitForPrecache(context, `${site.url}pour/commune/`);
			await page.getByRole('button', { name: /^Enregistrer les pages utiles pour une commune/ }).click();
			const saved = page.locator('[data-offline-pack-text]', { hasText: /sont enregistrées sur cet appareil/ });
			await saved.waitFor({ timeout: INSTALL_TIMEOUT });

			site.publish(v2);
			expect(await checkForUpdate(page)).toBe('installed');
			await page.locator('[data-offline-alert][data-state="update"]').waitFor({ timeout: INSTALL_TIMEOUT });
			const asked = site.requests.length;
			await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'recharger' }).click()]);
			// The new version finds the pack chosen but saved for the old one, and fetches it again.
			await saved.waitFor({ timeout: INSTALL_TIMEOUT });
			expect(askedSince(site, asked)).toContain('/initiatives/initiative-exemple/');

			await cutNetwork(context, site);
			await page.goto(`${site.url}initiatives/initiative-exemple/`);
			expect(await page.locator('main').textContent()).toContain(MARKER);
		});
	});

	it('keeps the old version whole when a deploy is half-landed (new list, an old file), then takes the full one', async () => {
		await asReader(v1, async (site, context) => {
			const page = await visitAndWaitForPrecache(context, `${site.url}initiatives/initiative-exemple/`);
			const halfLanded = copyOf(v2);
			// The new sw.js, the old list of search chunks.
			cpSync(join(v1, 'sw-search.json'), join(halfLanded, 'sw-search.json'));
			site.publish(halfLanded);
			expect(await checkForUpdate(page)).toBe('redundant');
			await cutNetwork(context, site);
			await page.goto(`${site.url}initiatives/initiative-exemple/`);
			expect(await page.locator('main').textContent()).not.toContain(MARKER);
			await page.goto(`${site.url}recherche/?q=initiative`);
			await waitForResults(page);
			expect((await results(page)).length).toBeGreaterThan(0);
			await reconnect(context, site);
			site.publish(v2);
			expect(await checkForUpdate(page)).toBe('installed');
		});
	});

	it('never caches the HTML page a host sends for a missing file: the install fails and says so', async () => {
		const broken = copyOf(v1);
		const fragments = join(broken, 'pagefind/fragment');
		const missing = readdirSync(fragments).sort()[0]!;
		rmSync(join(fragments, missing));
		await asReader(broken, async (site, context) => {
			const page = await context.newPage();
			await page.goto(site.url);
			await waitForStatus(page, /interrompue/);
			expect(await page.locator(STATUS).textContent()).toBe('Mise hors ligne interrompue\u00a0; elle reprendra à la prochaine visite.');
			expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.active ?? null)).toBeNull();
			expect((await cachedUrls(page)).some((u) => u.includes(missing))).toBe(false);
		}, '/', { htmlForMissing: true });
	});

	it('keeps the old version working when storage runs out during an update, and gives the space back', async () => {
		// The same site plus a 3 MB picture: a real worker for it, from the build's own function…
		const bigger = copyOf(v1);
		writeFileSync(join(bigger, 'icons/grande-image.png'), randomBytes(3_000_000));
		writeFileSync(join(bigger, 'index.html'), readFileSync(join(bigger, 'index.html'), 'utf8').replace('</main>', '<p>Accueil revu.</p></main>'));
		await writeServiceWorker(bigger, '/', 'plus-grand');
		// …whose list says the picture weighs 1 byte, as if something else filled the device between the worker's
		// room check and the download: the download itself runs out of room.
		const worker = join(bigger, 'sw.js');
		const understated = readFileSync(worker, 'utf8').replace(/(url:"\/icons\/grande-image\.png"[^}]*bytes:)[^,}]+/, '$11');
		expect(understated).not.toBe(readFileSync(worker, 'utf8'));
		writeFileSync(worker, understated);
		await asReader(v1, async (site, context) => {
			const page = await visitAndWaitForPrecache(context, `${site.url}initiatives/initiative-exemple/`);
			const before = (await cachedUrls(page)).sort();
			const usage = await page.evaluate(async () => (await navigator.storage.estimate()).usage!);
			const cdp = await context.newCDPSession(page);
			await cdp.send('Storage.overrideQuotaForOrigin', { origin: new URL(site.url).origin, quotaSize: usage + 1_000_000 });
			site.publish(bigger);
			expect(await checkForUpdate(page)).toBe('redundant');
			expect((await cachedUrls(page)).sort()).toEqual(before);
			await cutNetwork(context, site);
			await page.goto(`${site.url}initiatives/initiative-exemple/`);
			expect(await page.locator('h1').textContent()).toBe('Initiative exemple');
		});
	});

	it('says so when the device has no room for the site at all', async () => {
		await asReader(v1, async (site, context) => {
			const page = await context.newPage();
			const cdp = await context.newCDPSession(page);
			await cdp.send('Storage.overrideQuotaForOrigin', { origin: new URL(site.url).origin, quotaSize: 100_000 });
			await page.goto(site.url);
			await waitForStatus(page, /stockage/);
			expect(await page.locator(STATUS).textContent()).toBe('Mise hors ligne impossible\u00a0: espace de stockage insuffisant sur cet appareil.');
			expect(await cachedUrls(page)).toEqual([]);
		});
	});
});

describe('dist/ opened from file://', () => {
	it('says that search needs the site to be served, and says nothing when it is served', async () => {
		const page = await browser.newPage();
		try {
			await page.goto(`file://${join(inject('siteDir'), 'recherche/index.html')}`);
			const notice = page.locator('.file-notice');
			expect(await notice.isVisible()).toBe(true);
			expect(await notice.textContent()).toMatch(/file:\/\/.*recherche ne peut pas fonctionner.*servi par un serveur web/s);
			await page.goto(`${inject('siteUrl')}recherche/`);
			expect(await page.locator('.file-notice').isVisible()).toBe(false);
		} finally {
			await page.close();
		}
	});
});

function copyOf(dir: string): string {
	const copy = tempDir('offline');
	cpSync(dir, copy, { recursive: true });
	return copy;
}

