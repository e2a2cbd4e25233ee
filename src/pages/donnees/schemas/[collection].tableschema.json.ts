/** `/donnees/schemas/<section>.tableschema.json`: the Table Schema of `/donnees/<section>.csv`. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { type DataProps, dataPaths } from '../../../lib/open-data/files.ts';
import { tableSchema } from '../../../lib/open-data/table-schema.ts';
import { getCatalogue } from '../../../lib/catalogue.ts';
import { withKeys } from '../../../lib/render-key.ts';

export const getStaticPaths = (async () => withKeys(await getCatalogue(), dataPaths())) satisfies GetStaticPaths;

export const GET: APIRoute<DataProps> = ({ props }) =>
	new Response(`${JSON.stringify(tableSchema(props.collection), null, '\t')}\n`, { headers: { 'content-type': 'application/json; charset=utf-8' } });
