import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_COMPONENTS } from '../../src/lib/content-check/allowlist.ts';
import { lintBody, parseBody, type BodySource } from '../../src/lib/content-check/body.ts';
import type { SiteMap } from '../../src/lib/content-check/site-map.ts';
import { classifyUrl, effectiveScheme } from '../../src/lib/content-check/urls.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const site: SiteMap = { has: (path) => ['', 'fiches/', 'fiches/x/'].includes(path), paths: () => ['', 'fiches/', 'fiches/x/'] };
const context = { site, anchorsOf: () => new Set(['enjeux']), publicDir: join(ROOT, 'public') };

function lint(body: string) {
	const source: BodySource = { file: 'fiches/x.mdx', absolute: join(ROOT, 'x.mdx'), page: 'fiches/x/', body, bodyLine: 1 };
	const parsed = parseBody(source);
	if ('rule' in parsed) return [parsed];
	return lintBody(parsed, context);
}

describe('dangerous URL schemes', () => {
	it.each([
		['JaVaScRiPt:alert(1)', 'javascript'],
		['  javascript:alert(1)', 'javascript'],
		['java\tscript:alert(1)', 'javascript'],
		['java&#x09;script:alert(1)', 'javascript'],
		['&#106;avascript:alert(1)', 'javascript'],
		['javascript&colon;alert(1)', 'javascript'],
		['\u0000javascript:alert(1)', 'javascript'],
		['DATA:text/html,x', 'data'],
		['vbscript:msgbox', 'vbscript'],
	])('sees %j as %s:', (url, scheme) => {
		expect(effectiveScheme(url)).toBe(scheme);
		expect(classifyUrl(url)).toEqual({ kind: 'dangerous', scheme });
	});

	it('leaves ordinary addresses alone', () => {
		expect(classifyUrl('https://www.avise.org/ressources?x=1#a')).toEqual({ kind: 'external' });
		expect(classifyUrl('mailto:contact@exemple.org')).toEqual({ kind: 'mail' });
		expect(classifyUrl('/fiches/x/')).toEqual({ kind: 'internal' });
		expect(classifyUrl('../x/#enjeux')).toEqual({ kind: 'internal' });
	});

	it.each(['https://avise', 'https:/avise.org', 'https://avise .org', 'https://user:pw@avise.org/', 'https://-a.org/', 'www.avise.org', 'mailto:contact'])(
		'finds %j malformed',
		(url) => expect(classifyUrl(url).kind).toBe('malformed'),
	);

	it.each(['http://avise.org', '//avise.org', 'ftp://avise.org', 'tel:0102030405'])('finds %j not https', (url) => expect(classifyUrl(url).kind).toBe('not-https'));
});

describe('body linter', () => {
	it('accepts Markdown, allowed elements, comments and escaped braces', () => {
		expect(lint('## Enjeux\n\n### Détail\n\nUne <abbr title="x">ESS</abbr>, H<sub>2</sub>O, \\{ accolades \\}.\n\n{/* note */}\n\n[a](/fiches/x/#enjeux) [b](#enjeux) [c](https://exemple.org/)\n')).toEqual([]);
	});

	it('reports every problem of a body at its own line and column', () => {
		const problems = lint('## A\n\n<Carte /> {x}\n\n#### B\n\n[l](http://exemple.org)\n');
		expect(problems.map((p) => `${p.line}:${p.column} ${p.rule}`)).toEqual(['3:1 composant-inconnu', '3:11 expression', '5:1 titre-niveau-saute', '7:1 lien-non-https']);
	});

	it('counts lines from the start of the body in the file', () => {
		const source: BodySource = { file: 'f.mdx', absolute: '/f.mdx', page: 'fiches/x/', body: '\n{1}\n', bodyLine: 12 };
		const parsed = parseBody(source);
		expect('rule' in parsed ? [] : lintBody(parsed, context).map((p) => p.line)).toEqual([13]);
	});

	it('refuses any capitalised or dotted name that is not an allowed component, whatever its case', () => {
		for (const tag of ['<Script />', '<SCRIPT>x</SCRIPT>', '<ui.Carte />', '<Encadre.Titre />']) {
			expect(lint(tag).map((p) => p.rule), tag).toEqual([expect.stringMatching(/^(composant-inconnu|balise-interdite)$/)]);
		}
	});

	it('requires the attributes a component needs and only those it knows', () => {
		expect(lint('<Encadre>x</Encadre>').map((p) => p.message)).toEqual([expect.stringContaining('« titre » obligatoire')]);
		expect(lint('<Encadre titre="a" couleur="b">x</Encadre>').map((p) => p.rule)).toEqual(['attribut-invalide']);
		expect(lint('<abbr style="color:red">x</abbr>').map((p) => p.rule)).toEqual(['attribut-invalide']);
	});

	it('computes heading anchors the way Astro does (typographic quotes, accents kept, duplicates numbered)', () => {
		const parsed = parseBody({ file: 'f.mdx', absolute: '/f.mdx', page: 'x/', body: "## Ce qu'elle a fait\n\n## Été 2024\n\n## Été 2024\n", bodyLine: 1 });
		expect('rule' in parsed ? [] : [...parsed.anchors]).toEqual(['ce-quelle-a-fait', 'été-2024', 'été-2024-1']);
	});

	it('computes heading anchors from the text as written: « -- » and quotes as the build slugs them (no smartypants)', async () => {
		const body = "## A -- B\n\n## L'*ESS* -- le 'vrai' sujet\n\n## x--y---z----w\n\n## `code -- x`\n";
		const parsed = parseBody({ file: 'f.mdx', absolute: '/f.mdx', page: 'x/', body, bodyLine: 1 });
		// The build's own ids: the site's Markdown processor (astro.config.mjs).
		const { markdown } = (await import('../../astro.config.mjs')).default;
		const { metadata } = await (await (markdown!.processor as any).createRenderer({})).render(body);
		const headings = metadata.headings as { slug: string }[];
		expect(headings.map((h) => h.slug)).toEqual(['a----b', 'less----le-vrai-sujet', 'x--y---z----w', 'code----x']);
		expect('rule' in parsed ? [] : [...parsed.anchors]).toEqual(headings.map((h) => h.slug));
	});
});

describe('content components', () => {
	const dir = join(ROOT, 'src/components/content');
	it('has one component file per allowlisted name, all handed to MDX', () => {
		const files = readdirSync(dir).filter((f) => f.endsWith('.astro')).map((f) => f.replace('.astro', ''));
		expect(files.sort()).toEqual(Object.keys(CONTENT_COMPONENTS).sort());
		const index = readFileSync(join(dir, 'index.ts'), 'utf8');
		expect(index).toMatch(new RegExp(`contentComponents = \\{ ${Object.keys(CONTENT_COMPONENTS).sort().join(', ')} \\}`));
	});

	it.each(Object.entries(CONTENT_COMPONENTS))('documents %s with an example that passes the linter and is in CONTRIBUTING.md', (_, component) => {
		expect(lint(component.example)).toEqual([]);
		expect(readFileSync(join(ROOT, 'CONTRIBUTING.md'), 'utf8')).toContain(component.example);
	});
});
