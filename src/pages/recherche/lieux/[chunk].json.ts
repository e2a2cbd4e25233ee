/**
 * `/recherche/lieux/<xx>.json`: the communes whose name (or a postcode) starts with `xx`, for the
 * search page to understand « Aubusson » or « 23200 ». Fetched only when a query may be a place.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { type PlaceLookupRow, placeLookupChunks } from '../../../lib/places.ts';
import { getCatalogue } from '../../../lib/catalogue.ts';
import { withKeys } from '../../../lib/render-key.ts';

export const getStaticPaths = (async () =>
	withKeys(await getCatalogue(), [...placeLookupChunks()].map(([chunk, rows]) => ({ params: { chunk }, props: { rows } })))) satisfies GetStaticPaths;

export const GET: APIRoute<{ rows: PlaceLookupRow[] }> = ({ props }) =>
	new Response(JSON.stringify(props.rows), { headers: { 'content-type': 'application/json; charset=utf-8' } });
