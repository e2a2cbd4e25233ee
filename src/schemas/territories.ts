import { z } from 'astro/zod';
import { links } from './link.ts';
import { departementCode, epciSiren } from './place.ts';
import { entryBase } from './shared.ts';

/** Kinds of territory the sources describe. */
export const TERRITORY_KINDS = [
	'pays',
	'petr',
	'pnr',
	'communaute-de-communes',
	'communaute-d-agglomeration',
	'syndicat-mixte',
	'departement',
	'region',
] as const;

/** A territoire de projet, intercommunality or other territory the sources describe. */
export const territorySchema = z.strictObject({
	...entryBase,
	/** What sort of territory it is. Required. */
	kind: z.enum(TERRITORY_KINDS),
	/** SIREN of the intercommunality, for an EPCI in the official table. Optional. */
	epci: epciSiren.optional(),
	/** Départements it lies in (official codes); its région is derived from them. Optional: empty where no source places it. */
	departements: z.array(departementCode).default([]),
	/** Monographs and other resources about it (→ resources). Optional. */
	monographs: links('resources'),
	/** Organisations it works with (→ organisations). Optional. */
	partners: links('organisations'),
});
export type TerritoryData = z.infer<typeof territorySchema>;
