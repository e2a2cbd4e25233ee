import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { assertPublishable, DEFAULT_SITE_URL, isDemonstration, placeholderSiteWarning, PUBLISHER_SETTINGS, publisherConfig } from '../../src/lib/site-config.ts';

const ALL_SET: Record<string, string> = {
	SITE_URL: 'https://ess.example.fr',
	...Object.fromEntries(Object.values(PUBLISHER_SETTINGS).map((s) => [s.variable, `valeur de ${s.variable}`])),
};

describe('publisher settings', () => {
	it('a production build with the defaults stops before building, naming each setting to fill in', { timeout: 120_000 }, () => {
		const env: Record<string, string | undefined> = { ...process.env, PRODUCTION: '1', OUT_DIR: '.test-build/production-refused' };
		for (const setting of [...Object.values(PUBLISHER_SETTINGS).map((s) => s.variable), 'SITE_URL']) delete env[setting];
		const run = spawnSync('npm', ['run', 'build'], { env, encoding: 'utf8', timeout: 120_000 });
		expect(run.status).not.toBe(0);
		const output = run.stdout + run.stderr;
		expect(output).toContain('PRODUCTION=1');
		for (const setting of [...Object.values(PUBLISHER_SETTINGS).map((s) => s.variable), 'SITE_URL']) expect(output).toContain(setting);
	});

	it('refuses one setting left out, and the placeholder origin', () => {
		const { CONTACT_EMAIL: _left, ...oneMissing } = ALL_SET;
		expect(() => assertPublishable({ ...oneMissing, PRODUCTION: '1' })).toThrow(/CONTACT_EMAIL/);
		expect(() => assertPublishable({ ...ALL_SET, SITE_URL: DEFAULT_SITE_URL, PRODUCTION: '1' })).toThrow(/SITE_URL/);
		expect(() => assertPublishable({ ...ALL_SET, PRODUCTION: '1' })).not.toThrow();
	});

	it('a build without PRODUCTION=1 goes on, as a demonstration site', () => {
		expect(() => assertPublishable({})).not.toThrow();
		expect(isDemonstration({})).toBe(true);
		expect(isDemonstration(ALL_SET)).toBe(false);
		expect(publisherConfig(ALL_SET).email).toBe('valeur de CONTACT_EMAIL');
	});

	it('warns loudly while SITE_URL is unset or left on the placeholder, and not once it is a real address', () => {
		expect(placeholderSiteWarning({})).toMatch(/^!!! SITE_URL n’est pas défini/);
		expect(placeholderSiteWarning({ SITE_URL: DEFAULT_SITE_URL })).toMatch(/^!!! SITE_URL garde l’adresse d’exemple/);
		expect(placeholderSiteWarning({ SITE_URL: 'https://ess.example.fr' })).toBeUndefined();
	});
});
