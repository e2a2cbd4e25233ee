import type { TestProject } from 'vitest/node';
import { buildSite } from '../helpers/build.ts';
import { contentWith, FIXTURES } from '../helpers/fixtures.ts';
import { join } from 'node:path';
import { serveSite } from '../helpers/serve.ts';

/** Builds the real site twice (at the root, and under a base path) and serves both on localhost. */
export default async function setup(project: TestProject) {
	const rootDir = buildSite('.test-build/root');
	const baseDir = buildSite('.test-build/base', { BASE_PATH: '/ess/' });
	// The small fixture content plus an entry whose title is an HTML injection attempt.
	const hostileDir = buildSite('.test-build/hostile', { CONTENT_DIR: contentWith(join(FIXTURES, 'hostile')) });
	const root = await serveSite(rootDir, '/');
	const hostile = await serveSite(hostileDir, '/');
	const base = await serveSite(baseDir, '/ess/');
	project.provide('siteUrl', root.url);
	project.provide('siteDir', rootDir);
	project.provide('baseSiteUrl', base.url);
	project.provide('baseSiteDir', baseDir);
	project.provide('hostileSiteUrl', hostile.url);
	project.provide('hostileSiteDir', hostileDir);
	return async () => {
		await root.close();
		await base.close();
		await hostile.close();
	};
}

declare module 'vitest' {
	export interface ProvidedContext {
		siteUrl: string;
		siteDir: string;
		baseSiteUrl: string;
		baseSiteDir: string;
		hostileSiteUrl: string;
		hostileSiteDir: string;
	}
}
