import { describe, expect, it } from 'vitest';
import { astroCacheDir, contentDir } from '../../src/lib/content-dir.ts';

describe('content folder and Astro cache', () => {
	it('reads the content from CONTENT_DIR, src/content by default', () => {
		expect(contentDir({})).toBe('src/content');
		expect(contentDir({ CONTENT_DIR: '.bench/peer-1000/' })).toBe('.bench/peer-1000');
	});

	it('gives each other content folder its own Astro cache, so that no entry of one is kept for another', () => {
		const real = astroCacheDir({});
		const bench = astroCacheDir({ CONTENT_DIR: '.bench/peer-1000' });
		const fixture = astroCacheDir({ CONTENT_DIR: 'tests/fixtures/content' });
		expect(real).toBe('./node_modules/.astro/');
		expect(new Set([real, bench, fixture]).size).toBe(3);
		// Inside Astro's own cache folder: whoever clears it for a cold build clears these too.
		for (const dir of [bench, fixture]) expect(dir.startsWith(real)).toBe(true);
		expect(astroCacheDir({ CONTENT_DIR: '.bench/peer-1000/' })).toBe(bench);
	});
});
