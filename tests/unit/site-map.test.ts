import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content-check/check.ts';
import { buildSiteMap } from '../../src/lib/content-check/site-map.ts';
import { COLLECTION_NAMES } from '../../src/schemas/names.ts';

const ROOT = join(import.meta.dirname, '..', '..');

describe('the content checker’s site map', () => {
	const { records } = checkContent(join(ROOT, 'src', 'content'), ROOT);
	const ids = new Map(COLLECTION_NAMES.map((c) => [c, new Set(records.filter((r) => r.collection === c).map((r) => r.id))]));
	const site = buildSiteMap({ ids, records });

	it('knows the « Thème » filter of levers and funding, whose themes come from the initiatives using them', () => {
		expect(site.has('leviers/theme/commerces-de-proximite/')).toBe(true);
		expect(site.has('financements/theme/commerces-de-proximite/')).toBe(true);
		expect(site.has('leviers/theme/theme-inconnu/')).toBe(false);
	});

	it('knows the facet pages of entries that name their themes', () => {
		expect(site.has('initiatives/theme/commerces-de-proximite/')).toBe(true);
		expect(site.has('ressources/theme/mobilite/')).toBe(true);
	});
});
