import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

const text = readFileSync(join(import.meta.dirname, '..', '..', '.github/workflows/ci.yml'), 'utf8');
const workflow = parse(text);

describe('CI workflow', () => {
	it('runs the full test command on every pull request', () => {
		expect(Object.keys(workflow.on)).toContain('pull_request');
		const steps = Object.values(workflow.jobs).flatMap((job: any) => job.steps.map((s: any) => s.run).filter(Boolean));
		expect(steps).toContain('npm test');
	});

	it('exposes no secret and no write permission to pull requests, forks included', () => {
		expect(workflow.on).not.toHaveProperty('pull_request_target');
		expect(workflow.on).not.toHaveProperty('workflow_run');
		expect(workflow.permissions).toEqual({ contents: 'read' });
		for (const job of Object.values(workflow.jobs) as any[]) expect(job.permissions).toBeUndefined();
		expect(text).not.toMatch(/secrets\.|GITHUB_TOKEN|github\.token/);
		const checkout = (Object.values(workflow.jobs) as any[]).flatMap((job) => job.steps).find((s: any) => s.uses?.startsWith('actions/checkout'));
		expect(checkout.with['persist-credentials']).toBe(false);
	});
});
