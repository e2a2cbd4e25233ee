import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildId } from '../../src/offline/build-id.ts';
import { tempDir } from '../helpers/temp.ts';

/** A small project: sources, a public file, and content outside `src/` (as CONTENT_DIR allows). */
function project() {
	const root = tempDir('build-id');
	mkdirSync(join(root, 'src/pages'), { recursive: true });
	mkdirSync(join(root, 'public'));
	mkdirSync(join(root, 'content/data'), { recursive: true });
	writeFileSync(join(root, 'src/pages/index.astro'), '<h1>Accueil</h1>');
	writeFileSync(join(root, 'public/robots.txt'), 'User-agent: *');
	writeFileSync(join(root, 'content/data/glossary.yaml'), '- id: ess');
	writeFileSync(join(root, 'package-lock.json'), '{}');
	return root;
}
const env = { CONTENT_DIR: 'content' };

describe('the build id', () => {
	it('is the same for two builds of the same sources, so readers are offered no pointless update', () => {
		const root = project();
		expect(buildId(root, env)).toMatch(/^s[0-9a-f]{12}$/);
		expect(buildId(root, env)).toBe(buildId(root, { ...env }));
	});

	it('changes with the content, the code, the public files, the dependencies and the deploy settings', () => {
		const root = project();
		const ids = new Set([buildId(root, env)]);
		const change = (file: string, text: string) => {
			writeFileSync(join(root, file), text);
			ids.add(buildId(root, env));
		};
		change('content/data/glossary.yaml', '- id: ptce');
		change('src/pages/index.astro', '<h1>Bienvenue</h1>');
		change('public/robots.txt', 'User-agent: *\nAllow: /');
		change('package-lock.json', '{"lockfileVersion":3}');
		ids.add(buildId(root, { ...env, BASE_PATH: '/ess/' }));
		expect(ids.size).toBe(6);
	});

	it('is BUILD_ID when the deploy sets one, kept to characters safe in a URL', () => {
		expect(buildId(project(), { ...env, BUILD_ID: 'a1b2c3 d4/../' })).toBe('a1b2c3d4..');
	});
});
