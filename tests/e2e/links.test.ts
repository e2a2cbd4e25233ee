import { describe, expect, inject, it } from 'vitest';
import { checkLinks, htmlFiles } from '../helpers/site-files.ts';

describe('links of the built site', () => {
	it.each([
		['at the root', 'siteDir', '/'],
		['under the base path /ess/', 'baseSiteDir', '/ess/'],
	] as const)('has no broken internal link or fragment %s', (_, dirKey, base) => {
		const dir = inject(dirKey);
		const { checked, broken } = checkLinks(dir, base);
		expect(htmlFiles(dir).length).toBeGreaterThan(100);
		expect(checked).toBeGreaterThan(1000);
		expect(broken).toEqual([]);
	});
});
