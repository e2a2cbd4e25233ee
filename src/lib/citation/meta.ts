/**
 * The `citation_*` meta tags (Highwire Press, read by Google Scholar and Zotero's « Embedded
 * Metadata » translator) of a resource's page, from the same CSL-JSON item as its reference and
 * files, so that « enregistrer dans Zotero » gives the same item as the downloads. Pure.
 */
import type { CslItem } from './csl.ts';

export type MetaTag = [name: string, content: string];

/** Google Scholar wants `YYYY`, `YYYY/MM` or `YYYY/MM/DD`. */
const scholarDate = (parts: number[]) => parts.map((p, i) => (i === 0 ? String(p) : String(p).padStart(2, '0'))).join('/');

export function citationMetaTags(item: CslItem, page: string): MetaTag[] {
	const tags: MetaTag[] = [['citation_title', item.title]];
	// People as « Family, Given » (Zotero splits at the comma); institutions whole, as named.
	for (const name of item.author ?? []) tags.push(['citation_author', 'literal' in name ? name.literal : [name.family, name.given].filter(Boolean).join(', ')]);
	const issued = item.issued?.['date-parts'][0].filter((p): p is number => p !== undefined);
	if (issued?.length) tags.push(['citation_publication_date', scholarDate(issued)]);
	if (item.publisher) {
		tags.push(['citation_publisher', item.publisher]);
		if (item.type === 'report') tags.push(['citation_technical_report_institution', item.publisher]);
	}
	if (item['collection-title']) tags.push(['citation_series_title', item['collection-title']]);
	tags.push(['citation_language', item.language]);
	// The page describing the resource; the document itself where its address is known.
	tags.push(['citation_public_url', page]);
	if (item.URL) tags.push([/\.pdf(?:$|[?#])/i.test(item.URL) ? 'citation_pdf_url' : 'citation_fulltext_html_url', item.URL]);
	return tags;
}

/** OpenURL genre of each CSL type in a COinS (Zotero: report, presentation, video…, else document). */
const COINS_GENRES: Record<string, string> = { report: 'report', document: 'document' };

/**
 * The same item as a COinS (OpenURL ContextObject in a `span.Z3988`), which Zotero also reads (its
 * COinS translator): the one way to name an institution as such (`rft.aucorp`), where Zotero always
 * splits a `citation_author` into a first and last name.
 */
export function coins(item: CslItem): string {
	const kev = new URLSearchParams({ ctx_ver: 'Z39.88-2004', rft_val_fmt: 'info:ofi/fmt:kev:mtx:book', 'rft.genre': COINS_GENRES[item.type] ?? 'document' });
	// `rft.title`: Zotero reads `rft.btitle` as the title of a book or a report only, not of a document.
	kev.append('rft.title', item.title);
	// The first person by parts, the others whole (« Family, Given »), as OpenURL has it.
	let first = true;
	for (const name of item.author ?? []) {
		if ('literal' in name) kev.append('rft.aucorp', name.literal);
		else if (first) {
			kev.append('rft.aulast', name.family);
			if (name.given) kev.append('rft.aufirst', name.given);
			first = false;
		} else kev.append('rft.au', [name.family, name.given].filter(Boolean).join(', '));
	}
	const year = item.issued?.['date-parts'][0].filter((p): p is number => p !== undefined);
	if (year?.length) kev.append('rft.date', year.map((p, i) => (i === 0 ? String(p) : String(p).padStart(2, '0'))).join('-'));
	if (item.publisher) kev.append('rft.pub', item.publisher);
	if (item['collection-title']) kev.append('rft.series', item['collection-title']);
	if (item.URL) kev.append('rft_id', item.URL);
	kev.append('rft.language', item.language);
	// Spaces as %20 rather than +, which not every OpenURL reader decodes.
	return kev.toString().replace(/\+/g, '%20');
}
