import { z } from 'astro/zod';
import { link, links } from './link.ts';
import { audience, entryBase, foundAt, webUrl, year } from './shared.ts';

/** Kinds of resource, as the catalogue and the other sources label them. */
export const RESOURCE_KINDS = [
	'etude',
	'synthese',
	'etude-de-cas',
	'webinaire',
	'seminaire',
	'fiche-pratique',
	'fiche-thematique',
	'analyse',
	'video',
	'carnet-de-projets',
	'mode-d-emploi',
	'guide',
	'rapport',
	'publication',
	'texte-juridique',
	'site-web',
	'plateforme',
] as const;
export const resourceKind = z.enum(RESOURCE_KINDS);

/** The three parts of the TRESSONS catalogue. */
export const CATALOGUE_PARTS = ['comprendre', 's-inspirer', 'agir'] as const;
export const cataloguePart = z.enum(CATALOGUE_PARTS);

/** A publication, event, legal text or website: the catalogue entries and everything the sources cite. */
export const resourceSchema = z.strictObject({
	...entryBase,
	/** What sort of resource it is. Required. */
	kind: resourceKind,
	/** The kind exactly as the source words it (e.g. « Étude quantitative »). Optional. */
	kindLabel: z.string().min(1).optional(),
	/** Year of publication or of the event. Optional: leave it out where the source gives none. */
	year: year.optional(),
	/**
	 * For an undated document: the earliest year it can be from, as its own text shows (e.g. it mentions a
	 * 2021 event). Shown as « 2021 ou après ». Optional; only without `year`.
	 */
	notBefore: year.optional(),
	/** Exact date (YYYY-MM-DD), for a webinar, a seminar or a law. Optional. */
	date: z.coerce.date().optional(),
	/** Organisations that wrote or published it (→ organisations). Optional. */
	authors: links('organisations'),
	/** People named as authors (e.g. the Sciences Po students), spelt as the source spells them. Optional. */
	people: z.array(z.string().min(1)).default([]),
	/** Collection or series it belongs to (e.g. « Kit MunicipalESS », « RepèrESS »). Optional. */
	series: z.string().min(1).optional(),
	/** Programme it was produced in (→ programmes). Optional. */
	programme: link('programmes').optional(),
	/** Part of the TRESSONS catalogue it is filed under. Only for the catalogue's own entries. */
	part: cataloguePart.optional(),
	/** Position in its catalogue part, in the catalogue's order (1 = first). Only with `part`. */
	order: z.number().int().positive().optional(),
	/** Address where a source gives one. Optional: never guessed; the catalogue's `(#)` links stay empty. */
	url: webUrl.optional(),
	/** Where an address no source gives was found (a stored page of the publisher) and when. Optional; only with `url`. */
	urlFoundAt: foundAt.optional(),
	/** Newer resource that replaces this one (→ resources): the entry stays, marked as replaced. Optional. */
	supersededBy: link('resources').optional(),
	/** Themes it deals with (→ themes). Optional. */
	themes: links('themes'),
	/** Who it is written for. Optional. */
	audiences: z.array(audience).default([]),
	/** Other resources closely related to it (→ resources). Optional. */
	related: links('resources'),
})
	.refine((resource) => resource.notBefore === undefined || resource.year === undefined, {
		path: ['notBefore'],
		error: 'notBefore sert aux documents sans année : gardez « year » ou « notBefore », pas les deux',
	})
	.refine((resource) => resource.urlFoundAt === undefined || resource.url !== undefined, {
		path: ['urlFoundAt'],
		error: 'urlFoundAt dit où l’adresse a été trouvée : ajoutez l’adresse elle-même dans « url », ou retirez urlFoundAt',
	});
export type ResourceData = z.infer<typeof resourceSchema>;
