import type { Page } from 'playwright-core';

/**
 * The links of a paginated listing, read as a reader would: from `url`, every page reached by its
 * « Suivante » link, until there is none. Returns the `href` of the `links` (a selector inside
 * `main`) of each page, in order.
 */
export async function readListing(page: Page, url: string, links = '[data-testid="results"] :is(h2, h3) a'): Promise<string[][]> {
	const pages: string[][] = [];
	await page.goto(url);
	for (;;) {
		pages.push(await page.locator('main').locator(links).evaluateAll((as) => as.map((a) => a.getAttribute('href')!)));
		const next = page.locator('nav.pagination a[rel="next"]');
		if ((await next.count()) === 0) return pages;
		const target = await next.evaluate((a) => (a as HTMLAnchorElement).href);
		await next.click();
		await page.waitForURL(target);
	}
}
