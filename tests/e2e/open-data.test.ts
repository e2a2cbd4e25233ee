import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parse as parseCsv } from 'csv-parse/sync';
import { XMLParser } from 'fast-xml-parser';
import { SaxesParser } from 'saxes';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { SECTIONS } from '../../src/lib/routes.ts';
import { COLLECTION_NAMES, type CollectionName } from '../../src/schemas/names.ts';
import { LEVELS } from '../../src/schemas/shared.ts';
import { launchChromium } from '../helpers/browser.ts';
import { contentIds } from '../helpers/content-files.ts';
import { looksEnglish } from '../helpers/english.ts';
import { ROOT } from '../helpers/build.ts';
import { htmlFiles } from '../helpers/site-files.ts';

const dir = inject('siteDir');
const SITE = 'https://ess-territoires.example.org/';
const ids = contentIds(join(ROOT, 'src/content'));
const slug = (c: CollectionName) => SECTIONS[c].slug;
const pageOf = (c: CollectionName, id: string) => `${SITE}${slug(c)}/${id}/`;
const read = (path: string) => readFileSync(join(dir, path), 'utf8');
const json = (c: CollectionName) => JSON.parse(read(`donnees/${slug(c)}.json`));
/** The built file behind an absolute address of the site, if any. */
const fileOf = (url: string) => {
	const path = new URL(url).pathname;
	return [join(dir, path), join(dir, path, 'index.html')].find((f) => existsSync(f) && !f.endsWith('/'));
};

/** Well-formedness errors of an XML document, from a strict XML 1.0 parser with namespaces. */
function xmlErrors(text: string): string[] {
	const errors: string[] = [];
	const parser = new SaxesParser({ xmlns: true });
	parser.on('error', (e) => errors.push(e.message));
	parser.write(text).close();
	return errors;
}

const xml = new XMLParser({ ignoreAttributes: false, isArray: (name) => ['item', 'url', 'sitemap', 'category'].includes(name) });

describe('JSON exports', () => {
	const ajv = new Ajv2020({ allErrors: true, strict: true, keywords: ['x-collection'] });
	addFormats(ajv);
	const validatorOf = (c: CollectionName) => {
		const schema = JSON.parse(read(`donnees/schemas/${slug(c)}.json`));
		return ajv.getSchema(schema.$id) ?? ajv.compile(schema);
	};

	it.each(COLLECTION_NAMES)('%s: every entry once, valid against its published schema, links resolving to pages', (c) => {
		const file = json(c);
		expect(file.items.map((i: { id: string }) => i.id)).toEqual(ids[c]);
		expect(file.count).toBe(ids[c].length);
		expect(file.$schema).toBe(JSON.parse(read(`donnees/schemas/${slug(c)}.json`)).$id);
		const validate = validatorOf(c);
		expect(validate(file), ajv.errorsText(validate.errors)).toBe(true);
		for (const item of file.items) expect(item.page).toBe(pageOf(c, item.id));
		// Every typed link is an id and the address of a page that exists.
		const links: { id: string; url: string }[] = [];
		const walk = (v: unknown): void => {
			if (Array.isArray(v)) v.forEach(walk);
			else if (v && typeof v === 'object') {
				if (Object.keys(v).join() === 'id,url') links.push(v as { id: string; url: string });
				else Object.values(v).forEach(walk);
			}
		};
		file.items.forEach((item: object) => Object.values(item).forEach(walk));
		for (const link of links) {
			expect(link.url.endsWith(`/${link.id}/`), link.url).toBe(true);
			expect(fileOf(link.url), link.url).toBeDefined();
		}
	});

	it('describe every field of every collection in the schemas, in French, from the code’s JSDoc', () => {
		for (const c of COLLECTION_NAMES) {
			const record = JSON.parse(read(`donnees/schemas/${slug(c)}.json`)).properties.items.items;
			expect(looksEnglish(record.description), `${c} : ${record.description}`).toBe(false);
			for (const [field, schema] of Object.entries<{ description?: string }>(record.properties)) {
				expect(schema.description, `${c}.${field}`).toMatch(/\w{3,}/);
				expect(looksEnglish(schema.description!), `${c}.${field} : ${schema.description}`).toBe(false);
			}
			const table = JSON.parse(read(`donnees/schemas/${slug(c)}.tableschema.json`)) as { fields: { name: string; description?: string }[] };
			for (const field of table.fields) expect(looksEnglish(field.description ?? ''), `${c}.${field.name} (CSV) : ${field.description}`).toBe(false);
		}
	});

	it('reject a record whose link lost its page address', () => {
		const file = json('initiatives');
		delete file.items[0].sources[0].url;
		expect(validatorOf('initiatives')(file)).toBe(false);
	});
});

describe('CSV exports', () => {
	it.each(COLLECTION_NAMES)('%s: UTF-8 with a BOM, one row per entry, the JSON’s fields as columns', (c) => {
		const raw = readFileSync(join(dir, `donnees/${slug(c)}.csv`));
		expect([...raw.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		const rows = parseCsv(raw, { bom: true, columns: true }) as Record<string, string>[];
		expect(rows.map((r) => r.id)).toEqual(ids[c]);
		const schema = JSON.parse(read(`donnees/schemas/${slug(c)}.json`));
		expect(Object.keys(rows[0]!)).toEqual(Object.keys(schema.properties.items.items.properties));
		const items = json(c).items as Record<string, unknown>[];
		items.forEach((item, i) => {
			for (const [field, value] of Object.entries(item)) {
				const cell = rows[i]![field];
				if (typeof value === 'string' || typeof value === 'number') expect(cell, `${c}/${item.id}.${field}`).toBe(String(value));
				else if (Array.isArray(value) && value.every((v) => typeof v === 'string' || (v && typeof v === 'object' && 'url' in v))) {
					// Lists joined with « | », links given by id.
					expect(cell, `${c}/${item.id}.${field}`).toBe(value.map((v) => (typeof v === 'string' ? v : (v as { id: string }).id)).join(' | '));
				}
			}
		});
	});

	it('keeps accents and multi-line texts intact', () => {
		const rows = parseCsv(readFileSync(join(dir, 'donnees/ressources.csv')), { bom: true, columns: true }) as Record<string, string>[];
		const withBreaks = rows.filter((r) => r.text!.includes('\n'));
		expect(withBreaks.length).toBeGreaterThan(0);
		expect(rows.some((r) => /[éèàç]/.test(r.title!))).toBe(true);
	});
});

describe('the /donnees/ page', () => {
	it('gives the count of every collection and links its three files', () => {
		const html = read('donnees/index.html');
		for (const c of COLLECTION_NAMES) {
			expect(html, c).toMatch(new RegExp(`data-testid="count-${c}">${ids[c].length.toLocaleString('fr-FR').replace(/\s/g, '\\s')}<`));
			for (const file of [`donnees/${slug(c)}.json`, `donnees/${slug(c)}.csv`, `donnees/schemas/${slug(c)}.json`]) {
				expect(html).toContain(`href="/${file}"`);
			}
		}
		expect(html).toContain('à choisir par les éditeurs');
	});

	it('describes the fields of each collection in French', () => {
		const fields = read('donnees/index.html').split('id="champs"')[1]!;
		expect(fields).not.toContain('lang="en"');
		// The last cell of each row is the description (the others give the field's name and kind of value).
		const descriptions = [...fields.matchAll(/<tr>([\s\S]*?)<\/tr>/g)]
			.map((row) => [...row[1]!.matchAll(/<td[^>]*>([\s\S]*?)<\/td>/g)].at(-1)?.[1]?.replace(/<[^>]+>/g, ''))
			.filter((text): text is string => text !== undefined);
		expect(descriptions.length).toBeGreaterThan(100);
		expect(descriptions.filter(looksEnglish)).toEqual([]);
	});
});

describe('sitemap and robots.txt', () => {
	const locs = () => {
		const index = xml.parse(read('sitemap-index.xml'));
		return index.sitemapindex.sitemap.flatMap((s: { loc: string }) => xml.parse(read(new URL(s.loc).pathname)).urlset.url.map((u: { loc: string }) => u.loc));
	};

	it('list every entry of every collection, and every page but the 404 and the offline page', () => {
		for (const file of ['sitemap-index.xml', 'sitemap-0.xml']) expect(xmlErrors(read(file)), file).toEqual([]);
		const listed = new Set<string>(locs());
		for (const c of COLLECTION_NAMES) for (const id of ids[c]) expect(listed.has(pageOf(c, id)), pageOf(c, id)).toBe(true);
		expect(listed.size).toBe(htmlFiles(dir).filter((f) => f !== '404.html' && f !== 'hors-ligne/index.html').length);
	});

	it('robots.txt points to the sitemap', () => {
		const line = read('robots.txt').match(/^Sitemap: (\S+)$/m)!;
		expect(line[1]).toBe(`${SITE}sitemap-index.xml`);
		expect(fileOf(line[1]!)).toBeDefined();
	});
});

describe('RSS feeds', () => {
	it('are checked by a parser that rejects malformed XML', () => {
		expect(xmlErrors('<rss><channel><title>a</script></title></channel></rss>')).not.toEqual([]);
	});

	const feed = (path: string) => {
		const text = read(path);
		expect(xmlErrors(text), path).toEqual([]);
		return xml.parse(text).rss.channel as { title: string; item?: { title: string; link: string; pubDate?: string }[] };
	};
	const resources = () => json('resources').items as { id: string; page: string; date?: string; year?: number; audiences: string[]; themes: { id: string }[] }[];
	const when = (r: { date?: string; year?: number }) => r.date ?? (r.year ? `${r.year}-00-00` : '');

	it('of all resources holds every resource, newest first', () => {
		const items = feed('flux/ressources.xml').item!;
		const byPage = new Map(resources().map((r) => [r.page, r]));
		expect(items.map((i) => i.link).sort()).toEqual([...byPage.keys()].sort());
		expect(items).toHaveLength(ids.resources.length);
		const dates = items.map((i) => when(byPage.get(i.link)!));
		expect(dates).toEqual([...dates].sort().reverse());
	});

	it('one per level and per theme, each with exactly its resources, all well-formed XML', () => {
		const all = resources();
		const cases = [
			...LEVELS.map((level) => ({ path: `flux/niveau/${level}.xml`, expected: all.filter((r) => r.audiences.includes(level)) })),
			...ids.themes.map((theme) => ({ path: `flux/theme/${theme}.xml`, expected: all.filter((r) => r.themes.some((t) => t.id === theme)) })),
		];
		for (const { path, expected } of cases) {
			const items = feed(path).item ?? [];
			expect(items.map((i) => i.link).sort(), path).toEqual(expected.map((r) => r.page).sort());
		}
		expect(all.filter((r) => r.audiences.includes('commune')).length).toBeGreaterThan(0);
	});
});

describe('the search index', () => {
	let browser: Browser;
	beforeAll(async () => {
		browser = await launchChromium();
	});
	afterAll(async () => browser?.close());

	it('holds the page of every entry of every collection', async () => {
		const page = await browser.newPage();
		await page.goto(`${inject('siteUrl')}recherche/`);
		const types = Object.fromEntries(COLLECTION_NAMES.map((c) => [c, SECTIONS[c].singular]));
		// A string, not a function: the test runner would rewrite a function's `import()`.
		const indexed: Record<string, string[]> = await page.evaluate(`(async () => {
			const pagefind = await import('/pagefind/pagefind.js');
			await pagefind.init();
			const out = {};
			for (const [collection, type] of Object.entries(${JSON.stringify(types)})) {
				const search = await pagefind.search(null, { filters: { type } });
				const data = await Promise.all(search.results.map((r) => r.data()));
				out[collection] = data.map((d) => d.url).sort();
			}
			return out;
		})()`);
		for (const c of COLLECTION_NAMES) expect(indexed[c], c).toEqual(ids[c].map((id) => `/${slug(c)}/${id}/`).sort());
		await page.close();
	});
});
