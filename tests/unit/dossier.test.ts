import { describe, expect, it } from 'vitest';
import { dossierQuery, MAX_DOSSIER_THEMES, readDossierChoice } from '../../src/lib/dossier-url.ts';
import { nearestFirst, nearRank, nearTokens } from '../../src/lib/nearness.ts';
import { findPlaces } from '../../src/lib/places.ts';

const KNOWN = ['commerces-de-proximite', 'mobilite', 'tiers-lieux'];

describe('a dossier’s choice in its address', () => {
	it('reads repeated and comma-separated themes, in the site’s order, dropping unknown ones', () => {
		expect(readDossierChoice('?theme=tiers-lieux&theme=commerces-de-proximite,inconnu&lieu=%20Aubusson%20', KNOWN)).toEqual({
			themes: ['commerces-de-proximite', 'tiers-lieux'],
			place: 'Aubusson',
		});
		expect(readDossierChoice('', KNOWN)).toEqual({ themes: [], place: '' });
	});

	it('keeps at most MAX_DOSSIER_THEMES themes, and says which it left out', () => {
		const choice = readDossierChoice(`?theme=${KNOWN.join(',')}`, KNOWN);
		expect(choice.themes).toEqual(KNOWN.slice(0, MAX_DOSSIER_THEMES));
		expect(choice.dropped).toEqual(KNOWN.slice(MAX_DOSSIER_THEMES));
	});

	it('writes a query that reads back to the same choice', () => {
		const choice = { themes: ['mobilite', 'tiers-lieux'], place: 'Saint-Étienne' };
		expect(readDossierChoice(dossierQuery(choice), KNOWN)).toEqual(choice);
	});
});

describe('examples nearest first', () => {
	// Places as the build resolves them (official codes) and as the browser resolves the reader's (names, département codes).
	const at = (text: string) => {
		const p = findPlaces(text)[0]!;
		return { commune: p.commune?.nom, departement: p.departement?.code, region: p.region.nom };
	};
	const examples = [
		{ name: 'elsewhere', near: nearTokens([at('Brest')]) },
		{ name: 'unplaced', near: nearTokens([]) },
		{ name: 'région', near: nearTokens([at('Limoges')]) },
		{ name: 'département', near: nearTokens([at('Guéret')]) },
		{ name: 'commune', near: nearTokens([at('Brest'), at('Aubusson')]) },
	];

	it('ranks the same commune, then département, then région, then the rest, in their given order', () => {
		const reader = at('Aubusson');
		expect(nearestFirst(examples, (e) => e.near, reader).map((e) => e.name)).toEqual(['commune', 'département', 'région', 'elsewhere', 'unplaced']);
	});

	it('ranks by département when the reader names one, and tells homonymous communes apart by their département', () => {
		expect(nearRank(examples[3]!.near, { departement: '23', region: 'Nouvelle-Aquitaine' })).toBe(1);
		expect(nearRank(nearTokens([{ commune: 'Valence', departement: '26', region: 'Auvergne-Rhône-Alpes' }]), { commune: 'Valence', departement: '82', region: 'Occitanie' })).toBe(3);
	});
});
