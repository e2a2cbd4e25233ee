import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from '../helpers/browser.ts';
import { readListing } from '../helpers/listing.ts';

let browser: Browser;
let page: Page;
const site = inject('siteUrl');
const ROOT = join(import.meta.dirname, '..', '..');

beforeAll(async () => {
	browser = await launchChromium();
	page = await browser.newPage();
});
afterAll(async () => {
	await browser?.close();
});

describe('a page that is quietly honest', () => {
	it('opens the Thoré-la-Rochette grocery with no « non précisé » in its fact table, and says when its facts held', async () => {
		await page.goto(`${site}initiatives/epicerie-thore-la-rochette/`);
		const facts = await page.locator('main .facts').textContent();
		expect(facts).toContain('Thoré-la-Rochette');
		expect(facts).not.toMatch(/non (précisé|communiqué|donné)/i);
		expect(await page.locator('main .dated').textContent()).toMatch(/^Informations de 20\d\d/);
	});

	it('dates the foot of a page by what it says: a scheme by its sources, not the year it began; a figure by its year, not as a document', async () => {
		await page.goto(`${site}financements/dla/`);
		expect(await page.locator('main .dated').textContent()).toMatch(/2002/);
		const foot = (await page.locator('.meta-footer').textContent())!;
		expect(foot).toMatch(/Informations\sde\s20\d\d(\sà\s20\d\d)?(\sou\saprès)?,\sdate\sde\sses\ssources/);
		expect(foot).not.toMatch(/de\s2002/);
		// In a list too, a scheme's year says it is when it began.
		await page.goto(`${site}financements/`);
		const dla = page.locator('dt', { has: page.locator('a[href$="/financements/dla/"]') });
		expect(await dla.locator('.when').textContent()).toMatch(/^\s?\(créé\sen\s2002\)$/);
		await page.goto(`${site}chiffres/bell-occas-creation/`);
		expect(await page.locator('.meta-footer').textContent()).toMatch(/Informations\sde\s2006,\sannée\sdu\schiffre/);
		await page.goto(`${site}ressources/anct-ess-chance-territoires-fragiles/`);
		expect(await page.locator('.meta-footer').textContent()).toMatch(/Informations\sde\s2021,\sdate\sdu\sdocument/);
	});

	it('folds the notes on sources at the foot of the page and leaves them out of print', async () => {
		await page.goto(`${site}initiatives/coopelis/`);
		const notes = page.locator('details.source-notes');
		expect(await notes.getAttribute('open')).toBeNull();
		const doubt = notes.locator('li', { hasText: /«\scette association\s»/ });
		expect(await doubt.isVisible()).toBe(false);
		await notes.locator('summary').click();
		expect(await doubt.isVisible()).toBe(true);

		// Even opened, the notes do not reach paper: the PDF is the same with or without them in the page.
		await page.emulateMedia({ media: 'print' });
		expect(await notes.isVisible()).toBe(false);
		const withNotes = await page.pdf({ format: 'A4' });
		await notes.evaluate((el) => el.remove());
		const withoutNotes = await page.pdf({ format: 'A4' });
		expect(withNotes.length).toBe(withoutNotes.length);
		// The comparison can fail: printed notes would change the PDF.
		await page.reload();
		await page.locator('details.source-notes').evaluate((el) => {
			el.setAttribute('open', '');
			el.setAttribute('style', 'display: block !important');
			el.classList.remove('source-notes');
		});
		expect((await page.pdf({ format: 'A4' })).length).not.toBe(withNotes.length);
		await page.emulateMedia({ media: 'screen' });
	});
});

describe('funding schemes in time', () => {
	it('filters /financements/ into schemes still open at the sources’ date and historical ones, without JavaScript', async () => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const noJs = await context.newPage();
		await noJs.goto(`${site}financements/`);
		expect(await noJs.locator('main').textContent()).toMatch(/vérifiez auprès du financeur/);
		const historical = noJs.locator('.facet-nav a[href$="/financements/etat/historiques/"]');
		const expected = Number((await historical.locator('xpath=..').textContent())!.match(/\((\d+)\)/)![1]);
		const listed = (await readListing(noJs, await historical.evaluate((a) => (a as HTMLAnchorElement).href))).flat();
		expect(listed).toHaveLength(expected);
		expect(listed).toEqual(expect.arrayContaining([expect.stringMatching(/\/financements\/fonds-urgence-ess\/$/), expect.stringMatching(/\/financements\/aap-circuits-courts-haute-garonne\/$/)]));
		expect(listed).not.toContainEqual(expect.stringMatching(/\/financements\/dla\/$/));
		expect(await noJs.getByTestId('results').textContent()).toContain('historique');

		const open = (await readListing(noJs, `${site}financements/etat/ouverts/`)).flat();
		expect(open).toContainEqual(expect.stringMatching(/\/financements\/dla\/$/));
		expect(open).not.toContainEqual(expect.stringMatching(/\/financements\/fonds-urgence-ess\/$/));
		await context.close();
	});

	it('says on a closed scheme’s page when it ran, that it is closed, and who says so', async () => {
		await page.goto(`${site}financements/fonds-urgence-ess/`);
		expect(await page.locator('main .dated').textContent()).toMatch(/^Créé en 2021\s; clos, selon une page officielle consultée le\s\d+\s\S+\s20\d\d\.$/);
		await page.goto(`${site}financements/mapa/`);
		expect(await page.locator('.facts').textContent()).toMatch(/40\s000\s€\sHT, en 2021, selon «\sL’ESS, une chance pour les territoires fragiles\s»$/);
	});
});

describe('npm run content:report', () => {
	const run = spawnSync(process.execPath, ['scripts/content-report.ts', inject('siteDir')], { cwd: ROOT, encoding: 'utf8' });
	const count = (label: RegExp) => Number(run.stdout.match(label)![1]);

	it('prints the counts, and every entry page shows a date', () => {
		expect(run.stderr).toBe('');
		expect(run.status).toBe(0);
		expect(count(/^Pages d’entrée sans date visible : (\d+) sur \d+$/m)).toBe(0);
		expect(count(/^Étiquettes vides \(« Source : » sans rien après\) : (\d+)$/m)).toBe(0);
	});

	it('keeps shouted gaps under 40, and gives a reason for every resource without an address', () => {
		expect(count(/^Mentions du type « non précisé » sur le site construit : (\d+)/m)).toBeLessThan(40);
		const without = count(/^Ressources sans adresse : (\d+)$/m);
		const reasons = run.stdout.split('Ressources sans adresse')[1]!.split('\nMentions')[0]!.match(/^ {2}[a-z0-9-]+ : \S.+$/gm) ?? [];
		expect(reasons).toHaveLength(without);
		expect(count(/^Ressources avec adresse : (\d+)/m) + without).toBeGreaterThan(80);
	});

	it('counts the funding schemes that say when they ran or whether they are closed', () => {
		const [, total, period, status, cited] = run.stdout.match(/^Financements : (\d+) ; avec une période : (\d+) ; avec un état \(ouvert, clos, remplacé\) : (\d+) ; datés seulement par leurs sources : (\d+)$/m)!.map(Number);
		expect(period).toBeGreaterThan(0);
		expect(status).toBeGreaterThan(0);
		expect(cited).toBeLessThan(total!);
	});
});
