import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintContent } from '../../src/lib/content-check/lint.ts';
import { createEntry } from '../../src/lib/new-entry.ts';
import { ENTRY_COLLECTIONS } from '../../src/schemas/names.ts';
import { contentWith } from '../helpers/fixtures.ts';
import { writeNewEntries } from '../helpers/new-entries.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const LINKS = { sources: 'etude-exemple', programme: 'programme-exemple' };

describe('npm run new', () => {
	it('writes one entry per collection that passes the linter as written', async () => {
		const content = contentWith();
		const entries = await writeNewEntries(content);
		expect(entries.map((e) => e.file.replace(`${content}/`, ''))).toEqual(ENTRY_COLLECTIONS.map((c) => `${c}/nouvelle-entree-${c}-et-l-etat.mdx`));
		const run = lintContent(content, content);
		expect(run.report).toBe('Contenu valide : aucun problème.');
		expect(run.status).toBe(0);
	});

	it('fills required fields, comments out optional ones and starts the body at ##', async () => {
		const content = contentWith();
		const result = await createEntry(content, { collection: 'initiatives', title: 'Épicerie « La Clé » : 2e lieu', links: LINKS, today: new Date('2026-03-04') });
		if (!result.ok) throw new Error(result.message);
		const text = readFileSync(result.file, 'utf8');
		expect(result.file).toBe(join(content, 'initiatives/epicerie-la-cle-2e-lieu.mdx'));
		expect(result.page).toBe('initiatives/epicerie-la-cle-2e-lieu/');
		expect(text).toContain('title: "Épicerie « La Clé » : 2e lieu"\n');
		expect(text).toContain('sources: [etude-exemple]\n');
		expect(text).toContain('reviewed: 2026-03-04\n');
		expect(text).toMatch(/^kind: entreprise-ess {2}# à vérifier : une valeur parmi : entreprise-ess, /m);
		expect(text).toMatch(/^# legalForm: association {2}# une valeur parmi/m);
		expect(text).toMatch(/^# website: https:\/\/exemple\.org\/page {2}# une adresse https:\/\//m);
		expect(text).toMatch(/---\n\n## Présentation\n/);
	});

	it('accepts the French section name and makes a resource its own source', async () => {
		const content = contentWith();
		const result = await createEntry(content, { collection: 'ressources', title: 'Guide des achats' });
		expect(result.ok && readFileSync(result.file, 'utf8')).toContain('sources: [guide-des-achats]');
		expect(lintContent(content, content).status).toBe(0);
	});

	it('refuses to overwrite an entry, and writes nothing when a required link is missing', async () => {
		const content = contentWith();
		const existing = join(content, 'fiches/fiche-exemple.mdx');
		const before = readFileSync(existing, 'utf8');
		const again = await createEntry(content, { collection: 'fiches', title: 'Fiche exemple', links: LINKS });
		expect(again).toMatchObject({ ok: false, message: expect.stringContaining('existe déjà') });
		expect(readFileSync(existing, 'utf8')).toBe(before);
		const noSource = await createEntry(content, { collection: 'fiches', title: 'Autre fiche' });
		expect(noSource).toMatchObject({ ok: false, hint: expect.stringContaining('--sources') });
		expect(existsSync(join(content, 'fiches/autre-fiche.mdx'))).toBe(false);
		expect(await createEntry(content, { collection: 'organisations', title: 'X' })).toMatchObject({ ok: false, hint: expect.stringContaining('data') });
	});

	it('runs from the command line: exit 0 and the page address, then exit 1 on a second run', () => {
		const content = contentWith();
		const run = () =>
			spawnSync(process.execPath, ['scripts/new-entry.ts', 'fiches', 'Ma fiche', '--sources', 'etude-exemple'], { cwd: ROOT, env: { ...process.env, CONTENT_DIR: content }, encoding: 'utf8' });
		const first = run();
		expect(first.stdout).toContain('/fiches/ma-fiche/');
		expect(first.status).toBe(0);
		const second = run();
		expect(second.stderr).toContain('existe déjà');
		expect(second.status).toBe(1);
		expect(readdirSync(join(content, 'fiches')).sort()).toEqual(['fiche-exemple.mdx', 'ma-fiche.mdx']);
	}, 30_000);
});
