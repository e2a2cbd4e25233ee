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
