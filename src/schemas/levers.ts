import { z } from 'astro/zod';
import { link, links } from './link.ts';
import { entryBase, level } from './shared.ts';

/** One key action of a lever: what a decision maker can do, with the examples the source gives. */
export const keyAction = z.strictObject({
	/** Short name of the action. Required. */
	title: z.string().min(1),
	/** What the action consists of, in our words. Required. */
	text: z.string().min(1),
	/** Examples the source gives for this action (→ initiatives). Optional. */
	examples: links('initiatives'),
});

/** A box of other mechanisms the source mentions beside the key actions (« autres mécanismes »). */
export const otherMechanism = z.strictObject({
	/** Name of the mechanism. Required. */
	title: z.string().min(1),
	/** What it is, in our words. Required. */
	text: z.string().min(1),
});

/** An action lever a local public decision maker can pull to support the ESS. */
export const leverSchema = z.strictObject({
	...entryBase,
	/** Programme or document series that sets out this lever (→ programmes). Required. */
	programme: link('programmes'),
	/** Position of the lever in its source (1 = first). Required. */
	number: z.number().int().positive(),
	/** Levels of local government that can pull it. Required, at least one. */
	levels: z.array(level).min(1),
	/** What the lever aims at, where the source states objectives. Optional. */
	objective: z.string().min(1).optional(),
	/** Key actions, in the source's order. Optional. */
	actions: z.array(keyAction).default([]),
	/** Other mechanisms the source mentions beside the key actions. Optional. */
	otherMechanisms: z.array(otherMechanism).default([]),
	/** Examples given for the lever as a whole (→ initiatives). Optional. */
	examples: links('initiatives'),
	/** Funding schemes the lever relies on (→ funding). Optional. */
	funding: links('funding'),
});
export type LeverData = z.infer<typeof leverSchema>;
