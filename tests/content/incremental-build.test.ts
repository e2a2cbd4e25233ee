/**
 * Property: a second build reuses what the first one computed (compiled MDX bodies, the checker's reading
 * of each body, each page's typography, gzip sizes: node_modules/.astro/) without ever showing stale
 * text. A changed body shows its new text; an unchanged body shows a change of the glossary it uses.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBuild } from '../helpers/build.ts';
import { contentWith } from '../helpers/fixtures.ts';

const page = (dist: string, path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');
const edit = (file: string, change: (text: string) => string) => writeFileSync(file, change(readFileSync(file, 'utf8')));

describe('a build after a change', () => {
	it('shows the changed text and the changed glossary', async () => {
		const content = contentWith();
		// A sentence of its own, so that no earlier run's cache holds this very body.
		const stamp = `Repère ${Date.now()}`;
		edit(join(content, 'initiatives', 'initiative-exemple.mdx'), (text) => `${text.trimEnd()}\n\nL’ESS du territoire, ${stamp}.\n`);
		const dist = join(content, '..', `${basename(content)}-dist`);
		const first = await runBuild(content, dist);
		expect(first.status, first.output).toBe(0);
		expect(page(dist, 'initiatives/initiative-exemple')).toContain('title="économie sociale et solidaire"');

		edit(join(content, 'fiches', 'fiche-exemple.mdx'), (text) => text.replace('Des accolades échappées', `Une phrase nouvelle, ${stamp}. Des accolades échappées`));
		edit(join(content, 'data', 'glossary.yaml'), (text) => text.replace('name: économie sociale et solidaire', 'name: économie sociale, solidaire et rurale'));
		const second = await runBuild(content, dist);
		expect(second.status, second.output).toBe(0);

		expect(page(dist, 'fiches/fiche-exemple')).toContain(`Une phrase nouvelle, ${stamp}.`);
		const initiative = page(dist, 'initiatives/initiative-exemple');
		expect(initiative).toContain(stamp);
		expect(initiative).toContain('title="économie sociale, solidaire et rurale"');
		expect(initiative).not.toContain('title="économie sociale et solidaire"');
	}, 240_000);
});
