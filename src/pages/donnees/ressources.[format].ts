/** `/donnees/ressources.<bib|ris|csl.json>`: every resource's reference in one file, for reference managers. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { catalogueCitationFile } from '../../lib/citation/index.ts';
import { CITATION_FORMAT_NAMES, CITATION_FORMATS, type CitationFormat } from '../../lib/citation/files.ts';
import { getCatalogue } from '../../lib/catalogue.ts';
import { withKeys } from '../../lib/render-key.ts';

export const getStaticPaths = (async () => withKeys(await getCatalogue(), CITATION_FORMAT_NAMES.map((format) => ({ params: { format }, props: { format } })))) satisfies GetStaticPaths;

export const GET: APIRoute<{ format: CitationFormat }> = async ({ props }) =>
	new Response(await catalogueCitationFile(props.format), {
		headers: { 'content-type': `${CITATION_FORMATS[props.format].type}; charset=utf-8` },
	});
