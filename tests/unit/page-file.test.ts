import { describe, expect, it } from 'vitest';
import { pageFile } from '../../src/integrations/typography.ts';

describe('pageFile (the file Astro writes for a page it renders)', () => {
	it('maps addresses to index.html files, under the base path or not', () => {
		expect(pageFile('/', '/')).toBe('index.html');
		expect(pageFile('/fiches/x/', '/')).toBe('fiches/x/index.html');
		expect(pageFile('/ess/', '/ess/')).toBe('index.html');
		expect(pageFile('/ess/fiches/x/', '/ess/')).toBe('fiches/x/index.html');
		expect(pageFile('/ess/a-propos', '/ess/')).toBe('a-propos/index.html');
	});

	it('puts the status pages beside the home page', () => {
		expect(pageFile('/404/', '/')).toBe('404.html');
		expect(pageFile('/ess/404/', '/ess/')).toBe('404.html');
		expect(pageFile('/ess/500', '/ess/')).toBe('500.html');
	});

	it('decodes the address as the file system names it', () => {
		expect(pageFile('/territoires/saint-%C3%A9tienne/', '/')).toBe('territoires/saint-étienne/index.html');
	});
});
