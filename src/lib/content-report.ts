/**
 * The figures behind « dated, linked and quietly honest » (`npm run content:report`): which resources lead to
 * their document and which do not (with why), how often the built site shouts a gap, which entry pages and
 * figures show no date, and which funding schemes say when they ran or whether they are closed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { missingFacts } from './missing-facts.ts';
import { SECTIONS } from './routes.ts';
import type { CollectionName } from '../schemas/names.ts';

export interface ReportRecord {
	collection: CollectionName;
	id: string;
	data: Record<string, any>;
}

/** The phrases that shout a gap instead of leaving it out (« non précisé par les sources »…). */
export const SHOUTED_GAP = /(?<!\p{L})non (?:précisé|communiqué|donné|indiqué|renseigné|disponible)e?s?(?!\p{L})|laissée?s? en blanc/giu;

export interface AddressReport {
	withAddress: { id: string; url: string; foundAt?: { page: string; seen: Date } }[];
	withoutAddress: { id: string; reason: string }[];
}

export function addressReport(records: ReportRecord[]): AddressReport {
	const resources = records.filter((r) => r.collection === 'resources');
	return {
		withAddress: resources.filter((r) => r.data.url).map((r) => ({ id: r.id, url: r.data.url, foundAt: r.data.urlFoundAt })),
		withoutAddress: resources.filter((r) => !r.data.url).map((r) => ({ id: r.id, reason: missingFacts('resources', r.data).url! })),
	};
}

export interface FoundFact {
	entry: string;
	/** What was found: the address (`url`, `website`), the expansion (`name`) or a scheme's state (`status`). */
	field: 'url' | 'website' | 'name' | 'status';
	value: string;
	page: string;
	seen: Date;
}

/** Every fact taken from a public page rather than the sources, with where and when it was seen. */
export function foundFacts(records: ReportRecord[]): FoundFact[] {
	return records.flatMap((r) => {
		const entry = `${r.collection}/${r.id}`;
		const found: FoundFact[] = [];
		if (r.data.urlFoundAt) {
			const field = r.data.url !== undefined ? 'url' : 'website';
			found.push({ entry, field, value: r.data[field], ...r.data.urlFoundAt });
		}
		if (r.data.nameFoundAt) found.push({ entry, field: 'name', value: r.data.name, ...r.data.nameFoundAt });
		if (r.data.status?.foundAt) found.push({ entry, field: 'status', value: r.data.status.state, ...r.data.status.foundAt });
		return found;
	});
}

/** The visible text of a built page: no scripts, styles, nor markup. */
function pageText(html: string): string {
	const root = parse(html);
	for (const el of root.querySelectorAll('script, style, template')) el.remove();
	// Block elements on lines of their own: « Zonage » then « non précisé », not « Zonagenon précisé ».
	return root.querySelector('body')?.structuredText ?? '';
}

export interface SiteReport {
	/** Every shouted gap on the site, with the page it is on. */
	shoutedGaps: { page: string; phrase: string }[];
	/** Labels with nothing after them (« Source : » and no link), with the page they are on. */
	emptyLabels: { page: string; text: string }[];
	/** Entry pages without a `data-dated` mark holding a year. */
	undatedPages: string[];
	/** Entry pages checked. */
	entryPages: number;
}

/** Reads the built site in `siteDir`: every page for shouted gaps, each entry's page for its date. */
export function siteReport(siteDir: string, pages: string[], records: ReportRecord[]): SiteReport {
	const shoutedGaps: SiteReport['shoutedGaps'] = [];
	const emptyLabels: SiteReport['emptyLabels'] = [];
	for (const page of pages) {
		const html = readFileSync(join(siteDir, page), 'utf8');
		for (const match of pageText(html).matchAll(SHOUTED_GAP)) shoutedGaps.push({ page, phrase: match[0] });
		for (const el of parse(html).querySelectorAll('main p, main li, main dd')) {
			// A short text ending in « : » that no list follows: a label whose value is missing.
			const text = el.textContent.replace(/\s+/g, ' ').trim();
			const next = el.nextElementSibling?.tagName?.toLowerCase();
			if (text.length <= 60 && /\S\s*:$/.test(text) && !['ul', 'ol', 'dl', 'table'].includes(next ?? '')) emptyLabels.push({ page, text });
		}
	}
	const entryPages = records.map((r) => `${SECTIONS[r.collection].slug}/${r.id}/index.html`);
	const undatedPages = entryPages.filter((page) => {
		const root = parse(readFileSync(join(siteDir, page), 'utf8'));
		return !root.querySelectorAll('main [data-dated]').some((el) => /\b\d{4}\b/.test(el.getAttribute('data-dated') ?? '') && el.textContent.trim() !== '');
	});
	return { shoutedGaps, emptyLabels, undatedPages, entryPages: entryPages.length };
}

export interface FundingReport {
	total: number;
	/** Schemes with a period of their own (start or end year). */
	withPeriod: string[];
	/** Schemes whose status (open, closed, replaced) a source or an official page gives. */
	withStatus: string[];
	/** Schemes with neither: dated only by the year of the documents that cite them. */
	citedOnly: string[];
}

export function fundingReport(records: ReportRecord[]): FundingReport {
	const schemes = records.filter((r) => r.collection === 'funding');
	const hasPeriod = (r: ReportRecord) => r.data.startYear !== undefined || r.data.endYear !== undefined;
	const hasStatus = (r: ReportRecord) => r.data.status !== undefined || r.data.supersededBy !== undefined;
	return {
		total: schemes.length,
		withPeriod: schemes.filter(hasPeriod).map((r) => r.id),
		withStatus: schemes.filter(hasStatus).map((r) => r.id),
		citedOnly: schemes.filter((r) => !hasPeriod(r) && !hasStatus(r)).map((r) => r.id),
	};
}
