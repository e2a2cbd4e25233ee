import type { Page } from 'playwright-core';

export interface Result {
	title: string;
	href: string;
	type: string;
}

/** Waits for the search island to be ready and for results (or their absence) to be shown, excerpts included. */
export async function waitForResults(page: Page) {
	await page.waitForSelector('[data-search][data-ready]');
	await page.waitForFunction(() => /résultat/.test(document.querySelector('[data-status]')?.textContent ?? ''));
	await page.waitForSelector('[data-results]:not([aria-busy="true"])', { state: 'attached' });
}

export async function results(page: Page): Promise<Result[]> {
	return page.locator('[data-results] > li').evaluateAll((items) =>
		items.map((li) => ({
			title: li.querySelector(':is(h2, h3) a')?.textContent ?? '',
			href: li.querySelector(':is(h2, h3) a')?.getAttribute('href') ?? '',
			type: li.querySelector('.badge')?.textContent ?? '',
		})),
	);
}

/** Opens the search page and types `query` as a reader would. */
export async function typeQuery(page: Page, site: string, query: string): Promise<Result[]> {
	await page.goto(`${site}recherche/`);
	await page.waitForSelector('[data-search][data-ready]');
	await page.locator('#recherche-page').pressSequentially(query, { delay: 20 });
	await page.waitForFunction((q) => (document.querySelector('[data-status]')?.textContent ?? '').includes(`« ${q} »`) || /Aucun/.test(document.querySelector('[data-status]')?.textContent ?? ''), query);
	await page.waitForSelector('[data-results]:not([aria-busy="true"])', { state: 'attached' });
	return results(page);
}
