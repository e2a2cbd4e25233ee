import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { describe, expect, inject, it } from 'vitest';
import { parseBody } from '../../src/lib/content-check/body.ts';
import { checkContent } from '../../src/lib/content-check/check.ts';
import { lintContent } from '../../src/lib/content-check/lint.ts';
import { entryPath } from '../../src/lib/routes.ts';
import { filesContaining } from '../helpers/secrets.ts';
import { frenchTypography } from '../../src/lib/typography/french.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const page = (dir: string, path: string) => parse(readFileSync(join(dir, path, 'index.html'), 'utf8'));

describe('secrets in the build environment', () => {
	it('appear nowhere in the built site, its search index included', () => {
		const dir = inject('siteDir');
		expect(readdirSync(dir).length).toBeGreaterThan(5);
		for (const secret of inject('canarySecrets')) expect(filesContaining(dir, secret)).toEqual([]);
	});
});

describe('entries written by « npm run new »', () => {
	it('pass the linter and build into a page with their title', () => {
		const entries = inject('newEntries');
		expect(entries).toHaveLength(5);
		const content = join(entries[0]!.file, '..', '..');
		expect(lintContent(content, content).status).toBe(0);
		for (const entry of entries) {
			expect(page(inject('hostileSiteDir'), entry.page).querySelector('h1')?.text).toBe(frenchTypography(entry.title));
		}
	});
});

describe('content components and body links in the built fixture', () => {
	const fiche = () => page(inject('hostileSiteDir'), 'fiches/fiche-exemple/');

	it('renders <Encadre> without any import, and no MDX comment', () => {
		const box = fiche().querySelector('.prose aside.encadre.encadre-attention');
		expect(box?.getAttribute('aria-label')).toBe('À retenir');
		expect(box?.querySelector('.encadre-titre')?.text).toBe('À retenir');
		expect(fiche().querySelector('.prose')!.text).not.toContain('Note pour les relecteurs');
	});

	it('gives headings the ids the linter resolves anchors against', () => {
		const link = fiche().querySelector('.prose a[href^="#"]')!;
		const id = decodeURIComponent(link.getAttribute('href')!.slice(1));
		expect(fiche().querySelector('.prose')!.querySelectorAll('h2, h3').map((h) => h.id)).toContain(id);
	});
});

describe('heading anchors of the real site', () => {
	it('are exactly the ids the built pages give their body headings', () => {
		const { records } = checkContent(join(ROOT, 'src/content'), ROOT);
		const withBody = records.filter((r) => r.body?.trim());
		expect(withBody.length).toBeGreaterThan(50);
		for (const record of withBody) {
			const parsed = parseBody({ file: record.file, absolute: join(ROOT, record.file), page: '', body: record.body!, bodyLine: record.bodyLine! });
			if ('rule' in parsed) throw new Error(parsed.message);
			const prose = page(inject('siteDir'), entryPath(record.collection, record.id)).querySelector('.prose')!;
			const ids = prose.querySelectorAll('h1, h2, h3, h4, h5, h6').map((h) => h.id);
			expect(ids, record.file).toEqual([...parsed.anchors]);
		}
	});
});
