import { z } from 'astro/zod';
import { text } from './text.ts';
import { link, links } from './link.ts';
import { entryBase, level } from './shared.ts';

/**
 * A mention of another fiche (« voir la fiche n°… »). The source often leaves the number blank
 * or names a fiche the catalogue does not hold: then `fiche` stays empty and the page says so.
 * @fr Renvoi vers une autre fiche (« voir la fiche n°… »). La source laisse souvent le numéro en blanc ou nomme une
 *   fiche que le catalogue ne contient pas : « fiche » reste alors vide et la page le signale.
 */
export const ficheMention = z.strictObject({
	/**
	 * What the mention is about, in our words (e.g. « politique de développement économique »). Required.
	 * @fr Sur quoi porte le renvoi, avec nos mots (par exemple « politique de développement économique »). Obligatoire.
	 */
	about: text(),
	/**
	 * Number of the fiche, where the source prints it. Optional.
	 * @fr Numéro de la fiche, quand la source l’imprime. Facultatif.
	 */
	number: z.number().int().positive().optional(),
	/**
	 * The fiche itself, where the catalogue holds it (→ fiches). Optional.
	 * @fr La fiche elle-même, quand le catalogue la contient (→ fiches). Facultatif.
	 */
	fiche: link('fiches').optional(),
});

/**
 * A practical sheet written for one level of local government.
 * @fr Fiche pratique écrite pour un échelon de collectivité.
 */
export const ficheSchema = z.strictObject({
	...entryBase,
	/**
	 * Level of local government the fiche is written for. Required.
	 * @fr Échelon de collectivité pour lequel la fiche est écrite. Obligatoire.
	 */
	level,
	/**
	 * Series or kit it belongs to (e.g. « Départements & ESS »). Optional.
	 * @fr Série ou kit dont elle fait partie (par exemple « Départements & ESS »). Facultatif.
	 */
	series: text().optional(),
	/**
	 * Number within its series, where the source prints it. Optional: left out when blank.
	 * @fr Numéro dans sa série, quand la source l’imprime. Facultatif : absent quand il est en blanc.
	 */
	number: z.number().int().positive().optional(),
	/**
	 * The resource entry this fiche is (→ resources). Optional.
	 * @fr L’entrée de ressource qui correspond à cette fiche (→ ressources). Facultatif.
	 */
	resource: link('resources').optional(),
	/**
	 * Levers the fiche sets out (→ levers), in the fiche's order. Optional.
	 * @fr Leviers que la fiche expose (→ leviers), dans l’ordre de la fiche. Facultatif.
	 */
	levers: links('levers'),
	/**
	 * Examples the fiche gives (→ initiatives). Optional.
	 * @fr Exemples que donne la fiche (→ initiatives). Facultatif.
	 */
	examples: links('initiatives'),
	/**
	 * Key figures the fiche quotes (→ figures). Optional.
	 * @fr Chiffres clés que cite la fiche (→ chiffres). Facultatif.
	 */
	figures: links('figures'),
	/**
	 * Its « pour aller plus loin » list (→ resources). Optional.
	 * @fr Sa liste « pour aller plus loin » (→ ressources). Facultatif.
	 */
	further: links('resources'),
	/**
	 * Other fiches of the catalogue to read with it (→ fiches). Optional.
	 * @fr Autres fiches du catalogue à lire avec elle (→ fiches). Facultatif.
	 */
	seeAlso: links('fiches'),
	/**
	 * Every « voir la fiche … » the source prints, resolved where possible. Optional.
	 * @fr Chaque « voir la fiche… » que la source imprime, résolu quand c’est possible. Facultatif.
	 */
	mentions: z.array(ficheMention).default([]),
});
export type FicheData = z.infer<typeof ficheSchema>;
