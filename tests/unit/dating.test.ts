import { describe, expect, it } from 'vitest';
import { type DatedNode, type DatingContext, datingOf, informationDating } from '../../src/lib/dating.ts';

const report: DatedNode = { collection: 'resources', id: 'etude', data: { year: 2021, sources: [{ collection: 'resources', id: 'etude' }] } };
const source = [{ collection: 'resources' as const, id: 'etude' }];
const dla: DatedNode = { collection: 'funding', id: 'dla', data: { startYear: 2002, sources: source } };
const undatedScheme: DatedNode = { collection: 'funding', id: 'x', data: { startYear: 2014, sources: [] } };
const figure: DatedNode = { collection: 'figures', id: 'creation', data: { year: 2006, source: source[0] } };
const context: DatingContext = { find: (k) => [report, dla, figure].find((n) => n.id === k.id && n.collection === k.collection), linkedFrom: () => [] };

describe('when what a page says holds', () => {
	it('is a scheme’s sources’ date, not the year the scheme began (its period stays its own dating)', () => {
		expect(datingOf(dla, context)).toMatchObject({ from: 2002, to: 2002, basis: 'own' });
		expect(informationDating(dla, context)).toMatchObject({ from: 2021, to: 2021, basis: 'sources' });
	});

	it('is nothing for a scheme whose sources are not dated, rather than its start', () => {
		expect(informationDating(undatedScheme, context)).toBeUndefined();
	});

	it('is a figure’s own year and a document’s publication year', () => {
		expect(informationDating(figure, context)).toMatchObject({ from: 2006, basis: 'own' });
		expect(informationDating(report, context)).toMatchObject({ from: 2021, basis: 'own' });
	});
});
