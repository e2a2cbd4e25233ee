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

/**
 * A territoire de projet, intercommunality or other territory the sources describe.
 * @fr Territoire de projet, intercommunalité ou autre territoire que décrivent les sources.
 */
export const territorySchema = z.strictObject({
	...entryBase,
	/**
	 * What sort of territory it is. Required.
	 * @fr Type de territoire. Obligatoire.
	 */
	kind: z.enum(TERRITORY_KINDS),
	/**
	 * SIREN of the intercommunality, for an EPCI in the official table. Optional.
	 * @fr SIREN de l’intercommunalité, pour un EPCI de la table officielle. Facultatif.
	 */
	epci: epciSiren.optional(),
	/**
	 * Départements it lies in (official codes); its région is derived from them. Optional: empty where no source places it.
	 * @fr Départements où il se trouve (codes officiels) ; sa région s’en déduit. Facultatif : vide quand aucune source
	 *   ne le situe.
	 */
	departements: z.array(departementCode).default([]),
	/**
	 * Monographs and other resources about it (→ resources). Optional.
	 * @fr Monographies et autres ressources qui le concernent (→ ressources). Facultatif.
	 */
	monographs: links('resources'),
	/**
	 * Organisations it works with (→ organisations). Optional.
	 * @fr Organisations avec lesquelles il travaille (→ organisations). Facultatif.
	 */
	partners: links('organisations'),
});
export type TerritoryData = z.infer<typeof territorySchema>;
