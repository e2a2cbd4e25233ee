/**
 * The browser's place resolution, shared by the search page and the dossier page: a département
 * (name or number) or a région from the inline table, a commune (name or postcode) from the lookup
 * chunk of its first two characters. Both tables are written at build time by src/lib/places.ts
 * from `@etalab/decoupage-administratif`.
 */
import { DEPARTEMENT_NUMBER, POSTCODE, placeChunkName, placeKey } from '../lib/place-key.ts';
import type { DepartementRow, PlaceLookupRow } from '../lib/places.ts';

export type Place = { kind: 'commune' | 'departement' | 'region'; nom: string; dep?: DepartementRow; region: string; regionLiaison: number };

export interface PlaceTables {
	/** The site's base path, where `recherche/lieux/` lives. */
	base: string;
	/** The commune lookup files that exist: a text whose first letters have none is not a commune, and asks nothing of the server. */
	chunks: Set<string>;
	departements: DepartementRow[];
}

/** Reads the tables a page carries: `data-place-chunks` on `root`, and the `data-departements` JSON script. */
export function placeTables(root: HTMLElement, base: string): PlaceTables {
	return {
		base,
		chunks: new Set((root.dataset.placeChunks ?? '').split(' ')),
		departements: JSON.parse(document.querySelector('[data-departements]')!.textContent!) as DepartementRow[],
	};
}

/** Commune lookup chunks asked for on this page, by address: each is fetched once, however often it is read. */
const loaded = new Map<string, Promise<PlaceLookupRow[] | undefined>>();

/** The address of the commune lookup chunk a text would be looked up in, if one exists. */
export function placeLookupUrl(q: string, { base, chunks }: Pick<PlaceTables, 'base' | 'chunks'>): string | undefined {
	const chunk = placeChunkName(placeKey(q.trim()));
	return chunks.has(chunk) ? `${base}recherche/lieux/${chunk}.json` : undefined;
}

/** The communes of the lookup chunk the text `q` falls in; undefined when no chunk exists or it cannot be fetched. */
function communeRows(q: string, tables: Pick<PlaceTables, 'base' | 'chunks'>): Promise<PlaceLookupRow[] | undefined> {
	const url = placeLookupUrl(q, tables);
	if (!url) return Promise.resolve(undefined);
	let rows = loaded.get(url);
	if (!rows) {
		rows = fetch(url)
			.then((response) => (response.ok ? (response.json() as Promise<PlaceLookupRow[]>) : undefined))
			.catch(() => undefined);
		loaded.set(url, rows);
	}
	return rows;
}

/**
 * Whether a text can name a commune: words without digits, or a postcode; while it is being typed
 * (`typing`), the first digits of one too.
 */
const mayBeCommune = (raw: string, typing = false) => (typing ? /^\d{2,5}$/ : POSTCODE).test(raw) || !/\d/.test(raw);

/**
 * Starts fetching the commune chunk a text being typed falls in, once its first letters say which:
 * by the last keystroke, `findPlace` finds it already there.
 */
export function prefetchPlace(q: string, tables: PlaceTables): void {
	const raw = q.trim();
	if (placeKey(raw) && mayBeCommune(raw, true)) void communeRows(raw, tables);
}

/** The place a text names, if any. */
export async function findPlace(q: string, tables: PlaceTables): Promise<Place | undefined> {
	const raw = q.trim();
	const { departements } = tables;
	const key = placeKey(raw);
	if (!key || key.split(' ').length > 6) return undefined;
	const dep = departements.find((d) => (DEPARTEMENT_NUMBER.test(raw) ? d.code === raw.toUpperCase().padStart(2, '0') : placeKey(d.nom) === key));
	if (dep) return { kind: 'departement', nom: dep.nom, dep, region: dep.region, regionLiaison: dep.regionLiaison };
	const region = departements.find((d) => placeKey(d.region) === key);
	if (region) return { kind: 'region', nom: region.region, region: region.region, regionLiaison: region.regionLiaison };
	if (!mayBeCommune(raw)) return undefined;
	const rows = await communeRows(raw, tables);
	if (!rows) return undefined;
	const row = rows.find(([nom, , postcodes]) => (POSTCODE.test(raw) ? postcodes.split(' ').includes(raw) : placeKey(nom) === key));
	const commune = row && departements.find((d) => d.code === row[1]);
	if (!row || !commune) return undefined;
	return { kind: 'commune', nom: row[0], dep: commune, region: commune.region, regionLiaison: commune.regionLiaison };
}
