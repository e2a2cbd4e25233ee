import { describe, expect, it } from 'vitest';
import { loadLikeAstro } from '../../src/lib/content-check/yaml-source.ts';

describe('YAML read as Astro’s loaders read it (js-yaml)', () => {
	it('gives the value Astro gets, a day as a date', () => {
		expect(loadLikeAstro('- id: a\n  seen: 2026-11-22\n', 'x.yaml')).toEqual({ value: [{ id: 'a', seen: new Date('2026-11-22T00:00:00Z') }] });
	});

	// js-yaml marks the end of the directive, at the start of the next line.
	it('turns a warning into an error, where Astro would go on', () => {
		expect(loadLikeAstro('%YAML 1.3\n---\n- id: a\n', 'x.yaml')).toMatchObject({ line: 2, message: expect.stringMatching(/version/) });
	});

	it('reports what js-yaml refuses at its line and column', () => {
		expect(loadLikeAstro('- id: a\n  name: !Nouveau b\n', 'x.yaml')).toMatchObject({ line: 2, message: expect.stringMatching(/unknown tag/) });
	});
});
