import { z } from 'astro/zod';
import { link } from './link.ts';

/** The levels of local government the catalogue serves, from the smallest to the largest. */
export const LEVELS = ['commune', 'intercommunalite', 'territoire-de-projet', 'departement', 'region'] as const;
export const level = z.enum(LEVELS);
export type Level = z.infer<typeof level>;

/** Who a resource is written for: a level of local government, or a project holder or support organisation. */
export const AUDIENCES = [...LEVELS, 'etat', 'porteurs-de-projet', 'accompagnement'] as const;
export const audience = z.enum(AUDIENCES);

/** Zonings of fragile or targeted territories used by the sources. */
export const ZONINGS = [
	'qpv',
	'zrr',
	'drom',
	'montagne',
	'action-coeur-de-ville',
	'petites-villes-de-demain',
	'territoires-d-industrie',
] as const;
export const zoning = z.enum(ZONINGS);

/**
 * An absolute web address, exactly as a source gives it: `https://`, or `http://` where that is all the
 * source prints (rewriting it to https would be guessing an address that may not exist).
 */
export const webUrl = z
	.url({ protocol: /^https?$/, error: 'adresse complète en https:// (ou http:// si la source ne donne que celle-ci) attendue' })
	.describe('http(s) URL');

/** One day in milliseconds: a review date may be today wherever the contributor lives, never later. */
const DAY_MS = 24 * 60 * 60 * 1000;

/** A calendar year as the sources give it. */
export const year = z.number().int().min(1800).max(2100);

/**
 * Fields every MDX entry carries, whatever its collection.
 * `sources` is required: nothing is published without the document it comes from.
 */
export const entryBase = {
	/** Title of the entry, exactly as the source spells it. Required. */
	title: z.string().min(1),
	/** One or two sentences, in our own words, shown in listings and search results. Required. */
	summary: z.string().min(1),
	/** The documents this entry is written from (→ resources). Required, at least one. */
	sources: z.array(link('resources')).min(1, 'au moins une source attendue'),
	/** Date the entry was last checked against its sources (YYYY-MM-DD). Required; not after today. */
	reviewed: z.coerce.date().refine((date) => date.getTime() < Date.now() + DAY_MS, { error: 'date à venir : indiquez le jour où l’entrée a été relue' }),
	/** Where the sources are silent, ambiguous or disagree, said plainly. Optional. */
	caveats: z.array(z.string().min(1)).default([]),
};
