import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { findPlaces, placeKey, placeLookupChunks } from '../../src/lib/places.ts';

describe('findPlaces', () => {
	it('resolves a commune name to its département and région', () => {
		const [first] = findPlaces('Aubusson');
		expect(first.kind).toBe('commune');
		expect(first.commune?.nom).toBe('Aubusson');
		expect(first.departement).toEqual({ code: '23', nom: 'Creuse' });
		expect(first.region.nom).toBe('Nouvelle-Aquitaine');
	});

	it('reads names without accents, case or hyphens', () => {
		const [first] = findPlaces('saint etienne');
		expect(first.commune?.nom).toBe('Saint-Étienne');
		expect(first.departement?.nom).toBe('Loire');
		expect(findPlaces('ST-ÉTIENNE')[0].commune?.code).toBe(first.commune?.code);
	});

	it('lists homonyms, the most populous first', () => {
		const matches = findPlaces('Valence');
		expect(matches.length).toBeGreaterThan(1);
		expect(matches[0].departement?.nom).toBe('Drôme');
	});

	it('resolves a postcode to the communes that use it', () => {
		const matches = findPlaces('23200');
		expect(matches.map((m) => m.commune?.nom)).toContain('Aubusson');
		expect(new Set(matches.map((m) => m.departement?.code))).toEqual(new Set(['23']));
	});

	it('resolves département numbers and names, and région names', () => {
		expect(findPlaces('23')[0]).toMatchObject({ kind: 'departement', departement: { nom: 'Creuse' }, region: { nom: 'Nouvelle-Aquitaine' } });
		expect(findPlaces('2a')[0].departement?.nom).toBe('Corse-du-Sud');
		expect(findPlaces('974')[0].departement?.nom).toBe('La Réunion');
		expect(findPlaces('creuse')[0]).toMatchObject({ kind: 'departement', departement: { code: '23' } });
		expect(findPlaces('Bretagne')[0]).toMatchObject({ kind: 'region', region: { code: '53' } });
		expect(findPlaces('Bretagne')[0].departement).toBeUndefined();
	});

	it('names no place for ordinary words or unknown numbers', () => {
		expect(findPlaces('coopérative')).toEqual([]);
		expect(findPlaces('99999')).toEqual([]);
		expect(findPlaces('00')).toEqual([]);
		expect(findPlaces('')).toEqual([]);
	});
});

describe('placeKey', () => {
	it('folds accents, case, punctuation and « saint »', () => {
		expect(placeKey('Sainte-Marie-aux-Mines')).toBe('ste marie aux mines');
		expect(placeKey("L'Île-d'Yeu")).toBe('l ile d yeu');
	});
});

describe('placeLookupChunks', () => {
	const chunks = placeLookupChunks();
	it('holds every commune by name and by postcode', () => {
		expect(chunks.get('au')?.some(([nom, dep]) => nom === 'Aubusson' && dep === '23')).toBe(true);
		expect(chunks.get('23')?.some(([nom, , postcodes]) => nom === 'Aubusson' && postcodes.split(' ').includes('23200'))).toBe(true);
	});
	it('keeps every chunk small once compressed (a query loads one)', () => {
		const largest = Math.max(...[...chunks.values()].map((rows) => gzipSync(JSON.stringify(rows)).length));
		expect(largest).toBeLessThan(100_000);
	});
});

describe('placeIn', () => {
	it('gives each place its preposition and article', async () => {
		const { placeIn } = await import('../../src/lib/place-key.ts');
		const { departementTable } = await import('../../src/lib/places.ts');
		const dep = (code: string) => departementTable().find((d) => d.code === code)!;
		expect(placeIn(dep('23').nom, 'departement', dep('23').liaison)).toBe('dans la Creuse');
		expect(placeIn(dep('01').nom, 'departement', dep('01').liaison)).toBe('dans l’Ain');
		expect(placeIn(dep('40').nom, 'departement', dep('40').liaison)).toBe('dans les Landes');
		expect(placeIn(dep('23').region, 'region', dep('23').regionLiaison)).toBe('en Nouvelle-Aquitaine');
		expect(placeIn(dep('59').region, 'region', dep('59').regionLiaison)).toBe('dans les Hauts-de-France');
		expect(placeIn('Aubusson', 'commune')).toBe('à Aubusson');
	});
});
