import { z } from 'astro/zod';
import { link, links } from './link.ts';
import { entryBase, level } from './shared.ts';

/**
 * A mention of another fiche (« voir la fiche n°… »). The source often leaves the number blank
 * or names a fiche the catalogue does not hold: then `fiche` stays empty and the page says so.
 */
export const ficheMention = z.strictObject({
	/** What the mention is about, in our words (e.g. « politique de développement économique »). Required. */
	about: z.string().min(1),
	/** Number of the fiche, where the source prints it. Optional. */
	number: z.number().int().positive().optional(),
	/** The fiche itself, where the catalogue holds it (→ fiches). Optional. */
	fiche: link('fiches').optional(),
});

/** A practical sheet written for one level of local government. */
export const ficheSchema = z.strictObject({
	...entryBase,
	/** Level of local government the fiche is written for. Required. */
	level,
	/** Series or kit it belongs to (e.g. « Départements & ESS »). Optional. */
	series: z.string().min(1).optional(),
	/** Number within its series, where the source prints it. Optional: left out when blank. */
	number: z.number().int().positive().optional(),
	/** The resource entry this fiche is (→ resources). Optional. */
	resource: link('resources').optional(),
	/** Levers the fiche sets out (→ levers), in the fiche's order. Optional. */
	levers: links('levers'),
	/** Examples the fiche gives (→ initiatives). Optional. */
	examples: links('initiatives'),
	/** Key figures the fiche quotes (→ figures). Optional. */
	figures: links('figures'),
	/** Its « pour aller plus loin » list (→ resources). Optional. */
	further: links('resources'),
	/** Other fiches of the catalogue to read with it (→ fiches). Optional. */
	seeAlso: links('fiches'),
	/** Every « voir la fiche … » the source prints, resolved where possible. Optional. */
	mentions: z.array(ficheMention).default([]),
});
export type FicheData = z.infer<typeof ficheSchema>;
