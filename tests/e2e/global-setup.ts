import type { TestProject } from 'vitest/node';
import { buildSite } from '../helpers/build.ts';
import { serveSite } from '../helpers/serve.ts';

/** Builds the real site twice (at the root, and under a base path) and serves both on localhost. */
export default async function setup(project: TestProject) {
	const rootDir = buildSite('.test-build/root');
	const baseDir = buildSite('.test-build/base', { BASE_PATH: '/ess/' });
	const root = await serveSite(rootDir, '/');
	const base = await serveSite(baseDir, '/ess/');
	project.provide('siteUrl', root.url);
	project.provide('siteDir', rootDir);
	project.provide('baseSiteUrl', base.url);
	project.provide('baseSiteDir', baseDir);
	return async () => {
		await root.close();
		await base.close();
	};
}

declare module 'vitest' {
	export interface ProvidedContext {
		siteUrl: string;
		siteDir: string;
		baseSiteUrl: string;
		baseSiteDir: string;
	}
}
