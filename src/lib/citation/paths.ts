/** Where the citation files live: beside each resource's page, and the whole catalogue under `/donnees/`. */
import { DATA_SECTION } from '../open-data/files.ts';
import { entryPath, SECTIONS } from '../routes.ts';
import type { CitationFormat } from './formats.ts';

/** Path below the site's base of a resource's citation file (`ressources/<id>/citation.bib`). */
export const resourceCitationPath = (id: string, format: CitationFormat) => `${entryPath('resources', id)}citation.${format}`;

/** Path below the site's base of the whole catalogue's file (`donnees/ressources.bib`). */
export const catalogueCitationPath = (format: CitationFormat) => `${DATA_SECTION}${SECTIONS.resources.slug}.${format}`;
