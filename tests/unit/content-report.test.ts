import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addressReport, foundFacts, fundingReport, siteReport } from '../../src/lib/content-report.ts';
import { tempDir } from '../helpers/temp.ts';

function site(pages: Record<string, string>): string {
	const dir = tempDir('report');
	for (const [path, main] of Object.entries(pages)) {
		mkdirSync(join(dir, path, '..'), { recursive: true });
		writeFileSync(join(dir, path), `<!doctype html><html><body><main>${main}</main><script>"non précisé"</script></body></html>`);
	}
	return dir;
}

describe('the content report', () => {
	it('finds shouted gaps, empty labels and entry pages without a date, and nothing on a quiet page', () => {
		const dir = site({
			'initiatives/a/index.html': '<p class="dated" data-dated="2021">Informations de 2021.</p><dl><dt>Zonage</dt><dd>non précisé par les sources</dd></dl><p>Source : </p>',
			'initiatives/b/index.html': '<p>Forme juridique laissée en blanc.</p><p>Elle combine :</p><ul><li>x</li></ul>',
			'initiatives/c/index.html': '<p data-dated="2020">En 2020.</p><p>Sources : <a href="/r/">R</a></p>',
		});
		const records = ['a', 'b', 'c'].map((id) => ({ collection: 'initiatives' as const, id, data: {} }));
		const report = siteReport(dir, ['initiatives/a/index.html', 'initiatives/b/index.html', 'initiatives/c/index.html'], records);
		expect(report.shoutedGaps).toEqual([
			{ page: 'initiatives/a/index.html', phrase: 'non précisé' },
			{ page: 'initiatives/b/index.html', phrase: 'laissée en blanc' },
		]);
		expect(report.emptyLabels).toEqual([{ page: 'initiatives/a/index.html', text: 'Source :' }]);
		expect(report.undatedPages).toEqual(['initiatives/b/index.html']);
	});

	it('counts resources with an address (and where it was found) and without (with the reason)', () => {
		const seen = { page: 'https://www.avise.org/x', seen: new Date('2026-12-02') };
		const report = addressReport([
			{ collection: 'resources', id: 'a', data: { url: 'https://a.fr/' } },
			{ collection: 'resources', id: 'b', data: { url: 'https://b.fr/', urlFoundAt: seen } },
			{ collection: 'resources', id: 'c', data: { part: 'agir' } },
			{ collection: 'organisations', id: 'd', data: {} },
		]);
		expect(report.withAddress.map((r) => [r.id, Boolean(r.foundAt)])).toEqual([['a', false], ['b', true]]);
		expect(report.withoutAddress).toEqual([{ id: 'c', reason: expect.stringMatching(/^lien perdu dans la version disponible du catalogue TRESSONS/) }]);
	});

	it('lists every fact taken from a public page, with where and when', () => {
		const at = { page: 'https://www.legifrance.gouv.fr/x', seen: new Date('2026-12-02') };
		expect(
			foundFacts([
				{ collection: 'glossary', id: 'rsa', data: { name: 'revenu de solidarité active', nameFoundAt: at } },
				{ collection: 'organisations', id: 'avise', data: { website: 'https://www.avise.org/', urlFoundAt: at } },
				{ collection: 'funding', id: 'f', data: { status: { state: 'clos', foundAt: at } } },
				{ collection: 'resources', id: 'r', data: { url: 'https://r.fr/' } },
			]).map((f) => `${f.entry} ${f.field} ${f.value}`),
		).toEqual(['glossary/rsa name revenu de solidarité active', 'organisations/avise website https://www.avise.org/', 'funding/f status clos']);
	});

	it('sorts funding schemes by what dates them: a period, a status, or only their sources', () => {
		const report = fundingReport([
			{ collection: 'funding', id: 'a', data: { startYear: 2021, status: { state: 'clos' } } },
			{ collection: 'funding', id: 'b', data: { supersededBy: { id: 'a' } } },
			{ collection: 'funding', id: 'c', data: {} },
		]);
		expect(report).toEqual({ total: 3, withPeriod: ['a'], withStatus: ['a', 'b'], citedOnly: ['c'] });
	});
});
