import type { TestProject } from 'vitest/node';
import { buildSite } from '../helpers/build.ts';
import { contentWith, FIXTURES } from '../helpers/fixtures.ts';
import { removeTempDirs } from '../helpers/temp.ts';
import { join } from 'node:path';
import { serveSite } from '../helpers/serve.ts';
import { randomUUID } from 'node:crypto';
import { type NewEntry, writeNewEntries } from '../helpers/new-entries.ts';

/** Builds the real site twice (at the root, and under a base path) and serves both on localhost. */
export default async function setup(project: TestProject) {
	// Contributors (issue 7): the real build runs with fake secrets in its environment, which must appear nowhere in dist/.
	const canary = { ESS_CANARY_SECRET: `canary-${randomUUID()}`, PUBLIC_ESS_CANARY_SECRET: `canary-${randomUUID()}` };
	const rootDir = buildSite('.test-build/root', canary);
	const baseDir = buildSite('.test-build/base', { BASE_PATH: '/ess/' });
	// The small fixture content plus an entry whose title is an HTML injection attempt.
	const hostileContent = contentWith(join(FIXTURES, 'hostile'));
	// Contributors (issue 7): one entry per collection written by `npm run new`, built with the fixtures.
	const newEntries = await writeNewEntries(hostileContent);
	const hostileDir = buildSite('.test-build/hostile', { CONTENT_DIR: hostileContent });
	const root = await serveSite(rootDir, '/');
	const hostile = await serveSite(hostileDir, '/');
	const base = await serveSite(baseDir, '/ess/');
	project.provide('siteUrl', root.url);
	project.provide('siteDir', rootDir);
	project.provide('baseSiteUrl', base.url);
	project.provide('baseSiteDir', baseDir);
	project.provide('hostileSiteUrl', hostile.url);
	project.provide('hostileSiteDir', hostileDir);
	project.provide('canarySecrets', Object.values(canary));
	project.provide('newEntries', newEntries);
	return async () => {
		await root.close();
		await base.close();
		await hostile.close();
		removeTempDirs();
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
		canarySecrets: string[];
		newEntries: NewEntry[];
	}
}
