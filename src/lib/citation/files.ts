/** The citation files, and where they live: beside each resource's page, and the whole catalogue under `/donnees/`. */
import { DATA_SECTION } from '../open-data/files.ts';
import { entryPath, SECTIONS } from '../routes.ts';

/** The downloadable formats: file extension, name shown to readers, media type. */
export const CITATION_FORMATS = {
	bib: { label: 'BibTeX', type: 'application/x-bibtex' },
	ris: { label: 'RIS', type: 'application/x-research-info-systems' },
	'csl.json': { label: 'CSL-JSON', type: 'application/vnd.citationstyles.csl+json' },
} as const;
export type CitationFormat = keyof typeof CITATION_FORMATS;
export const CITATION_FORMAT_NAMES = Object.keys(CITATION_FORMATS) as CitationFormat[];

/** Path below the site's base of a resource's citation file (`ressources/<id>/citation.bib`). */
export const resourceCitationPath = (id: string, format: CitationFormat) => `${entryPath('resources', id)}citation.${format}`;

/** Path below the site's base of the whole catalogue's file (`donnees/ressources.bib`). */
export const catalogueCitationPath = (format: CitationFormat) => `${DATA_SECTION}${SECTIONS.resources.slug}.${format}`;
