/** `/donnees/<section>.json`: every record of one collection, links as ids and page addresses. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { exportJson } from '../../lib/open-data/export.ts';
import { type DataProps, dataPaths } from '../../lib/open-data/files.ts';
import { getCatalogue } from '../../lib/catalogue.ts';
import { withKeys } from '../../lib/render-key.ts';

export const getStaticPaths = (async () => {
	const catalogue = await getCatalogue();
	return withKeys(catalogue, dataPaths(), ({ collection }) => catalogue.all(collection));
}) satisfies GetStaticPaths;

export const GET: APIRoute<DataProps> = async ({ props }) =>
	new Response(`${JSON.stringify(await exportJson(props.collection), null, '\t')}\n`, {
		headers: { 'content-type': 'application/json; charset=utf-8' },
	});
