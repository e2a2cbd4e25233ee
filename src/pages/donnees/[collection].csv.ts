/** `/donnees/<section>.csv`: one row per record, for spreadsheet software. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { exportCsv } from '../../lib/open-data/export.ts';
import { type DataProps, dataPaths } from '../../lib/open-data/files.ts';
import { getCatalogue } from '../../lib/catalogue.ts';
import { withKeys } from '../../lib/render-key.ts';

export const getStaticPaths = (async () => {
	const catalogue = await getCatalogue();
	return withKeys(catalogue, dataPaths(), ({ collection }) => catalogue.all(collection));
}) satisfies GetStaticPaths;

export const GET: APIRoute<DataProps> = async ({ props }) =>
	new Response(await exportCsv(props.collection), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
