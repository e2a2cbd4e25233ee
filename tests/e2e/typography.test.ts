import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { typographyFaults } from '../../src/lib/typography/faults.ts';
import { proseTexts, xmlTexts } from '../../src/lib/typography/html.ts';
import { htmlFiles } from '../helpers/site-files.ts';

const dir = inject('siteDir');

/** The human-readable strings of an export: sentences and titles (a string with a space), not ids, codes or the Markdown `text`. */
function exportStrings(value: unknown, key = '', out: string[] = []): string[] {
	if (typeof value === 'string' && /\s/.test(value) && key !== 'text') out.push(value);
	else if (Array.isArray(value)) for (const item of value) exportStrings(item, key, out);
	else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) exportStrings(v, k, out);
	return out;
}

function report(sources: Map<string, string[]>): string[] {
	const found: string[] = [];
	for (const [file, texts] of sources) for (const text of texts) for (const fault of typographyFaults(text)) found.push(`${file} — ${fault.rule} : ${JSON.stringify(fault.excerpt)}`);
	return found;
}

describe('French typography of the built site', () => {
	it('no fault in the text of any page', () => {
		const files = htmlFiles(dir);
		expect(files.length).toBeGreaterThan(900);
		const faults = report(new Map(files.map((file) => [file, proseTexts(readFileSync(join(dir, file), 'utf8'))])));
		expect(faults.slice(0, 20), `${faults.length} fautes`).toEqual([]);
	});

	it('no word glued to a link or an inline element (a line break before them in a template drops the space)', () => {
		const glued = /\p{Ll}<(?:a|abbr|strong|em|time|code)\b[^>]*>[^<]{0,20}|[^<>]{0,20}<\/(?:a|abbr|strong|em|time|code)>[\p{L}\d]/gu;
		const found = htmlFiles(dir).flatMap((file) =>
			[...readFileSync(join(dir, file), 'utf8').replace(/<(script|style)\b[\s\S]*?<\/\1>/g, '').matchAll(glued)].map((match) => `${file} : ${match[0]}`),
		);
		expect(found.slice(0, 20), `${found.length} mots collés`).toEqual([]);
	});

	it('no fault in the text of the feeds', () => {
		const feeds = (readdirSync(join(dir, 'flux'), { recursive: true }) as string[]).filter((f) => f.endsWith('.xml'));
		expect(feeds.length).toBeGreaterThan(0);
		const texts = new Map(
			feeds.map((file) => [
				`flux/${file}`,
				xmlTexts(readFileSync(join(dir, 'flux', file), 'utf8')),
			]),
		);
		const faults = report(texts);
		expect(faults.slice(0, 20), `${faults.length} fautes`).toEqual([]);
	});

	it('no fault in the human-readable fields of the exports', () => {
		const files = readdirSync(join(dir, 'donnees')).filter((f) => f.endsWith('.json'));
		expect(files).toContain('ressources.csl.json');
		const faults = report(new Map(files.map((file) => [`donnees/${file}`, exportStrings(JSON.parse(readFileSync(join(dir, 'donnees', file), 'utf8')))])));
		expect(faults.slice(0, 20), `${faults.length} fautes`).toEqual([]);
	});
});
