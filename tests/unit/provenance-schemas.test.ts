import { describe, expect, it } from 'vitest';
import { fundingSchema, glossarySchema, organisationSchema } from '../../src/schemas/data.ts';
import { resourceSchema } from '../../src/schemas/resources.ts';

const seen = { page: 'https://www.avise.org/ressources/exemple', seen: '2026-12-02' };
const resource = { title: 'T', summary: 'S', kind: 'guide', sources: ['src'], reviewed: '2026-11-22' };
const paths = (parsed: { error?: { issues: { path: PropertyKey[] }[] } }) => parsed.error?.issues.map((i) => i.path.join('.'));

describe('an address found outside the sources', () => {
	it('is kept with the page that shows it and the day it was seen', () => {
		const parsed = resourceSchema.safeParse({ ...resource, url: 'https://www.avise.org/guide.pdf', urlFoundAt: seen });
		expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
		expect(parsed.data!.urlFoundAt!.seen).toEqual(new Date('2026-12-02'));
	});

	it('needs the address itself, and says so on `urlFoundAt`', () => {
		expect(paths(resourceSchema.safeParse({ ...resource, urlFoundAt: seen }))).toEqual(['urlFoundAt']);
		expect(paths(organisationSchema.safeParse({ id: 'avise', name: 'Avise', sources: ['src'], urlFoundAt: seen }))).toEqual(['urlFoundAt']);
	});

	it('cannot be seen in the future nor on a page that is not a web address', () => {
		const future = resourceSchema.safeParse({ ...resource, url: 'https://a.fr/', urlFoundAt: { ...seen, seen: '2999-01-01' } });
		expect(paths(future)).toEqual(['urlFoundAt.seen']);
		const notWeb = resourceSchema.safeParse({ ...resource, url: 'https://a.fr/', urlFoundAt: { ...seen, page: 'javascript:alert(1)' } });
		expect(paths(notWeb)).toEqual(['urlFoundAt.page']);
	});
});

describe('an expansion found outside the sources', () => {
	it('goes with the expansion it documents', () => {
		expect(glossarySchema.safeParse({ id: 'rsa', acronym: 'RSA', name: 'revenu de solidarité active', nameFoundAt: seen, sources: ['src'] }).success).toBe(true);
		expect(paths(glossarySchema.safeParse({ id: 'rsa', acronym: 'RSA', nameFoundAt: seen, sources: ['src'] }))).toEqual(['nameFoundAt']);
	});
});

describe('the status of a funding scheme', () => {
	const scheme = { id: 'fonds', name: 'Fonds', family: 'etat', description: 'D.', sources: ['src'] };

	it('says who gives it: a source or a stored official page, exactly one of them', () => {
		expect(fundingSchema.safeParse({ ...scheme, status: { state: 'clos', source: 'src' } }).success).toBe(true);
		expect(fundingSchema.safeParse({ ...scheme, status: { state: 'clos', foundAt: seen } }).success).toBe(true);
		expect(paths(fundingSchema.safeParse({ ...scheme, status: { state: 'clos' } }))).toEqual(['status.source']);
		expect(paths(fundingSchema.safeParse({ ...scheme, status: { state: 'clos', source: 'src', foundAt: seen } }))).toEqual(['status.source']);
	});

	it('refuses a period that ends before it starts', () => {
		expect(paths(fundingSchema.safeParse({ ...scheme, startYear: 2022, endYear: 2021 }))).toEqual(['endYear']);
	});
});
