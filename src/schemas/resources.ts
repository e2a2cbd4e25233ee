import { z } from 'astro/zod';
import { day } from './day.ts';
import { text } from './text.ts';
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

/**
 * A publication, event, legal text or website: the catalogue entries and everything the sources cite.
 * @fr Publication, événement, texte juridique ou site web : les entrées du catalogue et tout ce que citent les
 *   sources.
 */
export const resourceSchema = z.strictObject({
	...entryBase,
	/**
	 * What sort of resource it is. Required.
	 * @fr Type de ressource. Obligatoire.
	 */
	kind: resourceKind,
	/**
	 * The kind exactly as the source words it (e.g. « Étude quantitative »). Optional.
	 * @fr Le type exactement comme la source le formule (par exemple « Étude quantitative »). Facultatif.
	 */
	kindLabel: text().optional(),
	/**
	 * Year of publication or of the event. Optional: leave it out where the source gives none.
	 * @fr Année de publication ou de l’événement. Facultatif : absente quand la source n’en donne pas.
	 */
	year: year.optional(),
	/**
	 * For an undated document: the earliest year it can be from, as its own text shows (e.g. it mentions a
	 * 2021 event). Shown as « 2021 ou après ». Optional; only without `year`.
	 * @fr Pour un document non daté : l’année la plus ancienne dont il peut dater, d’après son propre texte (par
	 *   exemple, il mentionne un événement de 2021). Affichée « 2021 ou après ». Facultatif ; seulement sans « year ».
	 */
	notBefore: year.optional(),
	/**
	 * Exact date (YYYY-MM-DD), for a webinar, a seminar or a law. Optional.
	 * @fr Date exacte (AAAA-MM-JJ), pour un webinaire, un séminaire ou une loi. Facultatif.
	 */
	date: day().optional(),
	/**
	 * Organisations that wrote or published it (→ organisations). Optional.
	 * @fr Organisations qui l’ont écrite ou publiée (→ organisations). Facultatif.
	 */
	authors: links('organisations'),
	/**
	 * People named as authors (e.g. the Sciences Po students), spelt as the source spells them. Optional.
	 * @fr Personnes citées comme autrices (par exemple les étudiants de Sciences Po), nommées comme la source les nomme.
	 *   Facultatif.
	 */
	people: z.array(text()).default([]),
	/**
	 * Collection or series it belongs to (e.g. « Kit MunicipalESS », « RepèrESS »). Optional.
	 * @fr Collection ou série dont elle fait partie (par exemple « Kit MunicipalESS », « RepèrESS »). Facultatif.
	 */
	series: text().optional(),
	/**
	 * Programme it was produced in (→ programmes). Optional.
	 * @fr Programme dans lequel elle a été produite (→ programmes). Facultatif.
	 */
	programme: link('programmes').optional(),
	/**
	 * Part of the TRESSONS catalogue it is filed under. Only for the catalogue's own entries.
	 * @fr Partie du catalogue TRESSONS où elle est classée. Seulement pour les entrées propres au catalogue.
	 */
	part: cataloguePart.optional(),
	/**
	 * Position in its catalogue part, in the catalogue's order (1 = first). Only with `part`.
	 * @fr Rang dans sa partie du catalogue, dans l’ordre du catalogue (1 = la première). Seulement avec « part ».
	 */
	order: z.number().int().positive().optional(),
	/**
	 * Address where a source gives one. Optional: never guessed; the catalogue's `(#)` links stay empty.
	 * @fr Adresse, quand une source en donne une. Facultatif : jamais devinée ; les liens « (#) » du catalogue restent
	 *   vides.
	 */
	url: webUrl.optional(),
	/**
	 * Where an address no source gives was found (a stored page of the publisher) and when. Optional; only with `url`.
	 * @fr Où et quand a été trouvée une adresse qu’aucune source ne donne (une page enregistrée de l’éditeur).
	 *   Facultatif ; seulement avec « url ».
	 */
	urlFoundAt: foundAt.optional(),
	/**
	 * Newer resource that replaces this one (→ resources): the entry stays, marked as replaced. Optional.
	 * @fr Ressource plus récente qui remplace celle-ci (→ ressources) : l’entrée reste, marquée comme remplacée.
	 *   Facultatif.
	 */
	supersededBy: link('resources').optional(),
	/**
	 * Themes it deals with (→ themes). Optional.
	 * @fr Thèmes qu’elle traite (→ thèmes). Facultatif.
	 */
	themes: links('themes'),
	/**
	 * Who it is written for. Optional.
	 * @fr À qui elle s’adresse. Facultatif.
	 */
	audiences: z.array(audience).default([]),
	/**
	 * Other resources closely related to it (→ resources). Optional.
	 * @fr Autres ressources qui lui sont étroitement liées (→ ressources). Facultatif.
	 */
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
