/**
 * Property: a second build reuses what the first one computed (bodies compiled into the content store or as
 * modules, the checker's reading of each body, each page's typography, gzip sizes, whole pages:
 * node_modules/.astro/) without ever showing stale text. A changed body shows its new text while the other
 * pages are copied; a changed front matter shows on the other pages that show it; an unchanged body shows a
 * change of the glossary it uses.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBuild } from '../helpers/build.ts';
import { contentWith } from '../helpers/fixtures.ts';
import { distFor } from '../helpers/temp.ts';

const page = (dist: string, path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');
const edit = (file: string, change: (text: string) => string) => writeFileSync(file, change(readFileSync(file, 'utf8')));

describe('a build after a change', () => {
	it('shows the changed text, the changed front matter on other pages and the changed glossary', async () => {
		const content = contentWith();
		// A sentence of its own, so that no earlier run's cache holds this very body.
		const stamp = `Repère ${Date.now()}`;
		edit(join(content, 'initiatives', 'initiative-exemple.mdx'), (text) => `${text.trimEnd()}\n\nL’ESS du territoire, ${stamp}.\n`);
		const dist = distFor(content);
		const first = await runBuild(content, dist);
		expect(first.status, first.output).toBe(0);
		expect(page(dist, 'initiatives/initiative-exemple')).toContain('title="économie sociale et solidaire"');
		// Bodies without components are compiled while the content syncs; the fiche's <Encadre> keeps it a module.
		expect(first.output).toMatch(/initiatives : \d+ corps compilés? en HTML/);
		expect(first.output).toMatch(/fiches : \d+ corps compilés? en HTML, 1 gardé en module/);
		expect(first.output).toMatch(/magasin de contenu \([\d,]+ Mo\) lu depuis un fichier/);

		const lever = page(dist, 'leviers/levier-exemple');
		expect(lever).toContain('Fiche exemple');

		edit(join(content, 'fiches', 'fiche-exemple.mdx'), (text) => text.replace('Des accolades échappées', `Une phrase nouvelle, ${stamp}. Des accolades échappées`));
		const second = await runBuild(content, dist);
		expect(second.status, second.output).toBe(0);
		// Only the edited fiche is compiled again: the other bodies are kept in the content store.
		expect(second.output).toMatch(/fiches : 0 corps compilé en HTML, 1 gardé en module/);
		expect(second.output).not.toMatch(/(initiatives|resources|levers|territories) : \d+ corps/);
		expect(page(dist, 'fiches/fiche-exemple')).toContain(`Une phrase nouvelle, ${stamp}.`);
		// Only the fiche's own page shows its body: the others are copied from the first build.
		expect(second.output).toMatch(/leviers\/levier-exemple\/index\.html \((cached|restored)\)/);
		expect(second.output).not.toMatch(/fiches\/fiche-exemple\/index\.html \((cached|restored)\)/);
		expect(page(dist, 'leviers/levier-exemple')).toBe(lever);
		// The open-data export of the fiches carries their bodies: rebuilt too.
		expect(readFileSync(join(dist, 'donnees', 'fiches.json'), 'utf8')).toContain(`Une phrase nouvelle, ${stamp}.`);

		edit(join(content, 'fiches', 'fiche-exemple.mdx'), (text) => text.replace('title: Fiche exemple', `title: Fiche revue ${stamp}`));
		edit(join(content, 'data', 'glossary.yaml'), (text) => text.replace('name: économie sociale et solidaire', 'name: économie sociale, solidaire et rurale'));
		edit(join(content, 'resources', 'etude-exemple.mdx'), (text) => text.replace('title: Étude exemple', `title: Étude revue ${stamp}`));
		const third = await runBuild(content, dist);
		expect(third.status, third.output).toBe(0);
		// A changed glossary compiles every body again (each may use the term).
		expect(third.output).toMatch(/initiatives : \d+ corps compilés? en HTML/);

		expect(page(dist, 'leviers/levier-exemple')).toContain(`Fiche revue ${stamp}`);
		// Citation files are kept per resource between builds: a changed resource gets new ones.
		expect(readFileSync(join(dist, 'ressources', 'etude-exemple', 'citation.ris'), 'utf8')).toContain(`Étude revue ${stamp}`);
		const initiative = page(dist, 'initiatives/initiative-exemple');
		expect(initiative).toContain(stamp);
		expect(initiative).toContain('title="économie sociale, solidaire et rurale"');
		expect(initiative).not.toContain('title="économie sociale et solidaire"');
	}, 240_000);
});
