/** `/ressources/<id>/citation.<bib|ris|csl.json>`: one resource's reference, for reference managers. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalogue } from '../../../lib/catalogue.ts';
import { citationOf } from '../../../lib/citation/index.ts';
import { CITATION_FORMAT_NAMES, CITATION_FORMATS, type CitationFormat } from '../../../lib/citation/files.ts';
import { citationFile } from '../../../lib/citation/formats.ts';
import { SECTIONS } from '../../../lib/routes.ts';

export const getStaticPaths = (async () =>
	(await getCatalogue())
		.all('resources')
		.flatMap((resource) =>
			CITATION_FORMAT_NAMES.map((format) => ({ params: { section: SECTIONS.resources.slug, id: resource.id, format }, props: { format } })),
		)) satisfies GetStaticPaths;

export const GET: APIRoute<{ format: CitationFormat }> = async ({ params, props }) =>
	new Response(citationFile([(await citationOf(params.id!)).item], props.format), {
		headers: { 'content-type': `${CITATION_FORMATS[props.format].type}; charset=utf-8` },
	});
