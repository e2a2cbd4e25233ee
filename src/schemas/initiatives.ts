import { z } from 'astro/zod';
import { link, links } from './link.ts';
import { place } from './place.ts';
import { entryBase, foundAt, webUrl, level, year, zoning } from './shared.ts';

/** Kinds of initiative the sources give as examples. */
export const INITIATIVE_KINDS = ['entreprise-ess', 'dispositif-public', 'reseau', 'projet', 'plateforme'] as const;

/** Legal forms, as the sources name them. */
export const LEGAL_FORMS = [
	'association',
	'scic',
	'scop',
	'sapo',
	'cuma',
	'cae',
	'groupement-employeurs',
	'aci',
	'ai',
	'entreprise-insertion',
	'regie-de-quartier',
	'fondation',
	'mutuelle',
	'societe-commerciale',
	'collectivite',
	'epci',
	'petr',
	'syndicat-mixte',
	'etablissement-public',
] as const;

/**
 * A typed edge from an initiative to a lever it benefited from, with how the lever was used.
 * The lever's page lists these as its examples, with the same `how`.
 */
export const leverUsage = z.strictObject({
	/** The lever used (→ levers). Required. */
	lever: link('levers'),
	/** Number of the key action of that lever (1 = first), where the source makes it clear. Optional. */
	action: z.number().int().positive().optional(),
	/** Level of local government that acted, where one did. Optional. */
	by: level.optional(),
	/** Who acted, as the source names them (e.g. « conseil départemental de la Creuse »). Optional. */
	actor: z.string().min(1).optional(),
	/** How the lever was used, in one or two sentences of our own. Required. */
	how: z.string().min(1),
});

/** A number an initiative is known by (members, users, producers, jobs…). */
export const initiativeFact = z.strictObject({
	/** The number. Required. */
	value: z.number(),
	/** What is counted, in a few words (e.g. « producteurs partenaires »). Required. */
	label: z.string().min(1),
	/** Year the number refers to, where given. Optional. */
	year: year.optional(),
});

/** An ESS enterprise, project, network or public scheme used as an example. */
export const initiativeSchema = z.strictObject({
	...entryBase,
	/** What sort of initiative it is. Required. */
	kind: z.enum(INITIATIVE_KINDS),
	/** Legal form, where the source gives it. Optional. */
	legalForm: z.enum(LEGAL_FORMS).optional(),
	/** Approvals and labels it holds, as the source names them (ESUS, EVS, ACI…). Optional. */
	approvals: z.array(z.string().min(1)).default([]),
	/** Themes (→ themes); for the 16 enterprises of the ANCT study, its theme. Optional. */
	themes: links('themes'),
	/** Social-utility activities it illustrates (→ activities). Optional. */
	activities: links('activities'),
	/** Where it is, as official codes. Optional (empty for national initiatives). */
	places: z.array(place).default([]),
	/** Fragile or targeted zonings it lies in. Optional. */
	zonings: z.array(zoning).default([]),
	/** Territoire de projet or intercommunality it belongs to (→ territories). Optional. */
	territory: link('territories').optional(),
	/** Year it was founded or started. Optional. */
	founded: year.optional(),
	/** Website, where a source gives it. Optional: never guessed. */
	website: webUrl.optional(),
	/** Where a website no source gives was found (a stored page of the initiative) and when. Optional; only with `website`. */
	urlFoundAt: foundAt.optional(),
	/** Entry that replaces this one (→ initiatives), e.g. after a merger: the entry stays, marked as replaced. Optional. */
	supersededBy: link('initiatives').optional(),
	/** Numbers it is known by. Optional. */
	facts: z.array(initiativeFact).default([]),
	/** Every lever the sources show it using, as typed edges. Optional. */
	leverUsages: z.array(leverUsage).default([]),
	/** Partners, funders and support organisations (→ organisations). Optional. */
	partners: links('organisations'),
	/** Funding schemes it used (→ funding). Optional. */
	funding: links('funding'),
}).refine((initiative) => initiative.urlFoundAt === undefined || initiative.website !== undefined, {
	path: ['urlFoundAt'],
	error: 'urlFoundAt dit où le site a été trouvé : ajoutez l’adresse elle-même dans « website », ou retirez urlFoundAt',
});
export type InitiativeData = z.infer<typeof initiativeSchema>;
