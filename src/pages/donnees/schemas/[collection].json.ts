/** `/donnees/schemas/<section>.json`: the JSON Schema of `/donnees/<section>.json`. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { fileSchema } from '../../../lib/open-data/export.ts';
import { type DataProps, dataPaths } from '../../../lib/open-data/files.ts';
import { getCatalogue } from '../../../lib/catalogue.ts';
import { withKeys } from '../../../lib/render-key.ts';

export const getStaticPaths = (async () => withKeys(await getCatalogue(), dataPaths())) satisfies GetStaticPaths;

export const GET: APIRoute<DataProps> = ({ props }) =>
	new Response(`${JSON.stringify(fileSchema(props.collection), null, '\t')}\n`, {
		headers: { 'content-type': 'application/schema+json; charset=utf-8' },
	});
