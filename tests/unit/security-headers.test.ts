import { describe, expect, it } from 'vitest';
import { headersFile, policyOfPage } from '../../src/lib/security.ts';

const page = (policy: string) => `<html><head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="${policy.replace(/'/g, '&#39;')}"></head></html>`;
const POLICY = "default-src 'self'; script-src 'self' 'sha256-abc=';";

describe('the _headers file', () => {
	it('reads the policy Astro wrote in a page, unescaped', () => {
		expect(policyOfPage(page(POLICY))).toBe(POLICY);
		expect(policyOfPage('<html><head></head></html>')).toBeUndefined();
	});

	it('gives every path the pages’ policy with the header-only directives, and the other security headers', () => {
		const file = headersFile([{ file: 'index.html', policy: POLICY }, { file: 'a/index.html', policy: POLICY }]);
		const lines = file.trim().split('\n');
		expect(lines[0]).toBe('/*');
		expect(lines).toContain(`  Content-Security-Policy: default-src 'self'; script-src 'self' 'sha256-abc='; frame-ancestors 'none'`);
		expect(lines).toContain('  X-Content-Type-Options: nosniff');
		expect(lines.some((l) => l.startsWith('  Referrer-Policy: '))).toBe(true);
		expect(lines.some((l) => l.startsWith('  Permissions-Policy: '))).toBe(true);
	});

	it('forbids scripts in every SVG file, in a block of its own', () => {
		const file = headersFile([{ file: 'index.html', policy: POLICY }]);
		const blocks = file.trim().split('\n\n').map((b) => b.split('\n'));
		const svg = blocks.find((b) => b[0] === '/*.svg')!;
		expect(svg).toHaveLength(2);
		expect(svg[1]).toMatch(/^ {2}Content-Security-Policy: .*script-src 'none'/);
		expect(svg[1]).toMatch(/default-src 'none'/);
	});

	it('stops the build when a page has no policy or pages disagree, with the fix', () => {
		expect(() => headersFile([{ file: 'a/index.html', policy: undefined }])).toThrow(/a\/index\.html.*→ vérifiez « security\.csp »/);
		expect(() => headersFile([{ file: 'a', policy: POLICY }, { file: 'b', policy: "default-src 'none';" }])).toThrow(/2 politiques.*→/);
	});
});
