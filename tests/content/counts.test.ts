import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content-check/check.ts';
import { formatProblem } from '../../src/lib/content-check/problem.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const { problems, records } = checkContent(join(ROOT, 'src/content'), ROOT);
const of = (collection: string) => records.filter((r) => r.collection === collection).map((r) => ({ id: r.id, ...(r.data as any) }));
const ANCT = 'anct-ess-chance-territoires-fragiles';
const ANCT_THEMES = ['consommation-production-responsables', 'attractivite', 'lien-social', 'inclusion'];

describe('the real content', () => {
	it('has no problem: every schema holds and every link resolves', () => {
		expect(problems.map(formatProblem)).toEqual([]);
	});

	it('holds the 28 resources of the TRESSONS catalogue, 14 + 7 + 7, in order', () => {
		const catalogue = of('resources').filter((r) => r.part);
		const byPart = (part: string) => catalogue.filter((r) => r.part === part).map((r) => r.order).sort((a, b) => a - b);
		expect(byPart('comprendre')).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14]);
		expect(byPart('s-inspirer')).toEqual([1, 2, 3, 4, 5, 6, 7]);
		expect(byPart('agir')).toEqual([1, 2, 3, 4, 5, 6, 7]);
		for (const r of catalogue) expect(r.sources.map((s: any) => s.id), r.id).toContain('tressons-catalogue-ressources');
	});

	it('holds the 16 ESS enterprises of the ANCT study, four per theme, each with lever usages', () => {
		const enterprises = of('initiatives').filter(
			(i) => i.kind === 'entreprise-ess' && i.sources.some((s: any) => s.id === ANCT) && i.themes.some((t: any) => ANCT_THEMES.includes(t.id)),
		);
		expect(enterprises).toHaveLength(16);
		const perTheme = ANCT_THEMES.map((t) => enterprises.filter((e) => e.themes.some((x: any) => x.id === t)).length);
		expect(perTheme).toEqual([4, 4, 3, 5]);
		for (const e of enterprises) {
			expect(e.leverUsages.length, e.id).toBeGreaterThan(0);
			expect(e.places.length, e.id).toBeGreaterThan(0);
			expect(e.activities.length, e.id).toBeGreaterThan(0);
		}
	});

	it('holds 6 + 4 + 6 + 4 levers, and the 19 key actions of the ANCT study (6, 3, 3, 2, 3, 2)', () => {
		const levers = of('levers');
		const byProgramme = (p: string) => levers.filter((l) => l.programme.id === p).sort((a, b) => a.number - b.number);
		expect(byProgramme('etude-anct-ess-territoires-fragiles').map((l) => l.actions.length)).toEqual([6, 3, 3, 2, 3, 2]);
		expect(byProgramme('tressons')).toHaveLength(4);
		expect(byProgramme('rtes-departements-ess')).toHaveLength(6);
		expect(byProgramme('rtes-regions-ess')).toHaveLength(4);
	});

	it('holds the 15 local needs, each with activities, and the three fiches', () => {
		const needs = of('needs');
		expect(needs.map((n) => n.number).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]);
		const activities = of('activities');
		expect(activities.length).toBeGreaterThanOrEqual(37);
		for (const n of needs) expect(activities.some((a) => a.needs.some((x: any) => x.id === n.id)), n.id).toBe(true);
		expect(of('fiches').map((f) => f.level).sort()).toEqual(['departement', 'region', 'territoire-de-projet']);
	});

	it('holds the five source documents, and a glossary of more than 60 acronyms', () => {
		const ids = of('resources').map((r) => r.id);
		for (const id of [ANCT, 'anpp-ess-territoires-de-projet', 'tressons-catalogue-ressources', 'rtes-regions-cooperation-economique-territoriale', 'rtes-departements-ess-ruralites']) {
			expect(ids).toContain(id);
		}
		expect(of('glossary').filter((g) => g.acronym).length).toBeGreaterThan(60);
	});

	it('never gives the catalogue’s lost links as URLs', () => {
		for (const r of of('resources')) if (r.url) expect(r.url, r.id).not.toMatch(/#$|\(#\)/);
	});
});
