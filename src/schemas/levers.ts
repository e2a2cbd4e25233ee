import { z } from 'astro/zod';
import { text } from './text.ts';
import { link, links } from './link.ts';
import { entryBase, level } from './shared.ts';

/**
 * One key action of a lever: what a decision maker can do, with the examples the source gives.
 * @fr Une action clé d’un levier : ce qu’un décideur peut faire, avec les exemples que donne la source.
 */
export const keyAction = z.strictObject({
	/**
	 * Short name of the action. Required.
	 * @fr Nom court de l’action. Obligatoire.
	 */
	title: text(),
	/**
	 * What the action consists of, in our words. Required.
	 * @fr En quoi consiste l’action, avec nos mots. Obligatoire.
	 */
	text: text(),
	/**
	 * Examples the source gives for this action (→ initiatives). Optional.
	 * @fr Exemples que la source donne pour cette action (→ initiatives). Facultatif.
	 */
	examples: links('initiatives'),
});

/**
 * A box of other mechanisms the source mentions beside the key actions (« autres mécanismes »).
 * @fr Encadré des autres mécanismes que la source cite à côté des actions clés (« autres mécanismes »).
 */
export const otherMechanism = z.strictObject({
	/**
	 * Name of the mechanism. Required.
	 * @fr Nom du mécanisme. Obligatoire.
	 */
	title: text(),
	/**
	 * What it is, in our words. Required.
	 * @fr Ce que c’est, avec nos mots. Obligatoire.
	 */
	text: text(),
});

/**
 * An action lever a local public decision maker can pull to support the ESS.
 * @fr Levier d’action qu’un décideur public local peut actionner pour soutenir l’ESS.
 */
export const leverSchema = z.strictObject({
	...entryBase,
	/**
	 * Programme or document series that sets out this lever (→ programmes). Required.
	 * @fr Programme ou série de documents qui expose ce levier (→ programmes). Obligatoire.
	 */
	programme: link('programmes'),
	/**
	 * Position of the lever in its source (1 = first). Required.
	 * @fr Rang du levier dans sa source (1 = le premier). Obligatoire.
	 */
	number: z.number().int().positive(),
	/**
	 * Levels of local government that can pull it. Required, at least one.
	 * @fr Échelons de collectivité qui peuvent l’actionner. Obligatoire, au moins un.
	 */
	levels: z.array(level).min(1),
	/**
	 * What the lever aims at, where the source states objectives. Optional.
	 * @fr Ce que vise le levier, quand la source en énonce les objectifs. Facultatif.
	 */
	objective: text().optional(),
	/**
	 * Key actions, in the source's order. Optional.
	 * @fr Actions clés, dans l’ordre de la source. Facultatif.
	 */
	actions: z.array(keyAction).default([]),
	/**
	 * Other mechanisms the source mentions beside the key actions. Optional.
	 * @fr Autres mécanismes que la source cite à côté des actions clés. Facultatif.
	 */
	otherMechanisms: z.array(otherMechanism).default([]),
	/**
	 * Examples given for the lever as a whole (→ initiatives). Optional.
	 * @fr Exemples donnés pour le levier dans son ensemble (→ initiatives). Facultatif.
	 */
	examples: links('initiatives'),
	/**
	 * Funding schemes the lever relies on (→ funding). Optional.
	 * @fr Dispositifs de financement sur lesquels le levier s’appuie (→ financements). Facultatif.
	 */
	funding: links('funding'),
});
export type LeverData = z.infer<typeof leverSchema>;
