import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from '../helpers/browser.ts';
import { typeQuery } from '../helpers/search.ts';

const HOSTILE = '</script><img src=x onerror=alert(1)> Étude piégée';
let browser: Browser;
let page: Page;
const dialogs: string[] = [];

beforeAll(async () => {
	browser = await launchChromium();
	page = await browser.newPage();
	page.on('dialog', async (dialog) => {
		dialogs.push(dialog.message());
		await dialog.dismiss();
	});
});
afterAll(async () => browser?.close());

describe('a title that tries to inject HTML', () => {
	it('shows as text on its page and in its <title>', async () => {
		await page.goto(`${inject('hostileSiteUrl')}ressources/titre-hostile/`);
		expect(await page.locator('h1').textContent()).toBe(HOSTILE);
		expect(await page.title()).toContain(HOSTILE);
		expect(await page.locator('main img').count()).toBe(0);
		const html = readFileSync(join(inject('hostileSiteDir'), 'ressources/titre-hostile/index.html'), 'utf8');
		expect(html).not.toContain('<img src=x');
	});

	it('shows as text in search results', async () => {
		const results = await typeQuery(page, inject('hostileSiteUrl'), 'piégée');
		expect(results.map((r) => r.title)).toContain(HOSTILE);
		expect(await page.locator('[data-results] img').count()).toBe(0);
		expect(dialogs).toEqual([]);
	});
});
