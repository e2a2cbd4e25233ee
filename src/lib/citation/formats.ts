/**
 * Citation files and the French reference, produced by Citation.js from CSL-JSON items
 * (csl.ts): BibTeX, RIS and CSL-JSON, for one resource or the whole catalogue. No formatter of our
 * own: the library writes every format and reads them back in the tests.
 */
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-ris';
import type { CslItem } from './csl.ts';
import type { CitationFormat } from './files.ts';
import { frenchTypography } from '../typography/french.ts';
import { FRENCH_STYLE, FRENCH_STYLE_ID } from './style.ts';

// BibTeX keys are the resources' ids (the library drops their hyphens): stable from one build to the next, and unique.
plugins.config.get('@bibtex').format.useIdAsLabel = true;
const styles = plugins.config.get('@csl').styles;
if (!styles.has(FRENCH_STYLE_ID)) styles.add(FRENCH_STYLE_ID, FRENCH_STYLE);

/**
 * RIS from the library's tag mapping, one line per tag. Its own text output cuts values every 70
 * characters, which readers (the library's own parser included) join back with a space: addresses
 * and long names came back broken.
 */
function ris(items: CslItem[]): string {
	const entries = new Cite(items).format('ris', { format: 'object' }) as Record<string, string | string[]>[];
	return entries
		// The whole id: the library cuts it to RIS's old 20 characters, which made several resources share one.
		.map((entry, i): Record<string, string | string[]> => ({ ...entry, ID: items[i]!.id }))
		.map(({ TY, ...tags }) =>
			[`TY  - ${TY}`, ...Object.entries(tags).flatMap(([tag, values]) => [values].flat().map((value) => `${tag}  - ${value}`)), 'ER  - '].join('\n'),
		)
		.join('\n\n');
}

/** The file of `items` in `format`, ending with a newline. */
export function citationFile(items: CslItem[], format: CitationFormat): string {
	if (format === 'csl.json') return `${JSON.stringify(items, null, '\t')}\n`;
	const text = format === 'ris' ? ris(items) : (new Cite(items).format('bibtex', { format: 'text' }) as string);
	return `${text.trim()}\n`;
}

/** The French references of `items` by id, as plain text (pages escape it like any other text), in one pass of citeproc. */
export function frenchReferences(items: CslItem[]): Map<string, string> {
	const entries = new Cite(items).format('bibliography', { format: 'text', template: FRENCH_STYLE_ID, lang: 'fr-FR', asEntryArray: true }) as [string, string][];
	// Typeset like every text of the site, so that the reference copied is the one shown.
	return new Map(entries.map(([id, text]) => [id, frenchTypography(text.trim())]));
}

/** The French reference of one item. */
export const frenchReference = (item: CslItem): string => frenchReferences([item]).get(item.id)!;
