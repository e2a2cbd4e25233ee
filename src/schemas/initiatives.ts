import { z } from 'astro/zod';
import { text } from './text.ts';
import { link, links } from './link.ts';
import { place } from './place.ts';
import { FIGURE_QUALIFIERS } from './data.ts';
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
 * @fr Lien typé d’une initiative vers un levier dont elle a bénéficié, avec la façon dont le levier a été utilisé. La
 *   page du levier les donne comme ses exemples, avec le même « how ».
 */
export const leverUsage = z.strictObject({
	/**
	 * The lever used (→ levers). Required.
	 * @fr Le levier utilisé (→ leviers). Obligatoire.
	 */
	lever: link('levers'),
	/**
	 * Number of the key action of that lever (1 = first), where the source makes it clear. Optional.
	 * @fr Numéro de l’action clé de ce levier (1 = la première), quand la source le rend clair. Facultatif.
	 */
	action: z.number().int().positive().optional(),
	/**
	 * Level of local government that acted, where one did. Optional.
	 * @fr Échelon de collectivité qui a agi, s’il y en a un. Facultatif.
	 */
	by: level.optional(),
	/**
	 * Who acted, as the source names them (e.g. « conseil départemental de la Creuse »). Optional.
	 * @fr Qui a agi, tel que la source le nomme (par exemple « conseil départemental de la Creuse »). Facultatif.
	 */
	actor: text().optional(),
	/**
	 * How the lever was used, in one or two sentences of our own. Required.
	 * @fr Comment le levier a été utilisé, en une ou deux phrases de notre main. Obligatoire.
	 */
	how: text(),
});

/**
 * A number an initiative is known by (members, users, producers, jobs…).
 * @fr Un nombre qui caractérise une initiative (adhérents, usagers, producteurs, emplois…).
 */
export const initiativeFact = z.strictObject({
	/**
	 * The number. Required.
	 * @fr Le nombre. Obligatoire.
	 */
	value: z.number(),
	/**
	 * What is counted, in a few words (e.g. « producteurs partenaires »). Required.
	 * @fr Ce qui est compté, en quelques mots (par exemple « producteurs partenaires »). Obligatoire.
	 */
	label: text(),
	/**
	 * How the source rounds it (« plus de 80 sociétaires »), read before the number. Optional: the number is exact.
	 * @fr Comment la source l’arrondit (« plus de 80 sociétaires »), lu devant le nombre. Facultatif : sinon le
	 *   nombre est exact.
	 */
	qualifier: z.enum(FIGURE_QUALIFIERS).optional(),
	/**
	 * Year the number refers to, where given. Optional.
	 * @fr Année à laquelle se rapporte le nombre, quand elle est donnée. Facultatif.
	 */
	year: year.optional(),
});

/**
 * An ESS enterprise, project, network or public scheme used as an example.
 * @fr Entreprise, projet, réseau ou dispositif public de l’ESS cité en exemple.
 */
export const initiativeSchema = z.strictObject({
	...entryBase,
	/**
	 * What sort of initiative it is. Required.
	 * @fr Type d’initiative. Obligatoire.
	 */
	kind: z.enum(INITIATIVE_KINDS),
	/**
	 * Legal form, where the source gives it. Optional.
	 * @fr Forme juridique, quand la source la donne. Facultatif.
	 */
	legalForm: z.enum(LEGAL_FORMS).optional(),
	/**
	 * Approvals and labels it holds, as the source names them (ESUS, EVS, ACI…). Optional.
	 * @fr Agréments et labels qu’elle détient, tels que la source les nomme (ESUS, EVS, ACI…). Facultatif.
	 */
	approvals: z.array(text()).default([]),
	/**
	 * Themes (→ themes); for the 16 enterprises of the ANCT study, its theme. Optional.
	 * @fr Thèmes (→ thèmes) ; pour les 16 entreprises de l’étude de l’ANCT, son thème. Facultatif.
	 */
	themes: links('themes'),
	/**
	 * Social-utility activities it illustrates (→ activities). Optional.
	 * @fr Activités d’utilité sociale qu’elle illustre (→ activités). Facultatif.
	 */
	activities: links('activities'),
	/**
	 * Where it is, as official codes. Optional (empty for national initiatives).
	 * @fr Où elle se trouve, en codes officiels. Facultatif (vide pour les initiatives nationales).
	 */
	places: z.array(place).default([]),
	/**
	 * Fragile or targeted zonings it lies in. Optional.
	 * @fr Zonages de territoires fragiles ou ciblés où elle se situe. Facultatif.
	 */
	zonings: z.array(zoning).default([]),
	/**
	 * Territoire de projet or intercommunality it belongs to (→ territories). Optional.
	 * @fr Territoire de projet ou intercommunalité dont elle fait partie (→ territoires). Facultatif.
	 */
	territory: link('territories').optional(),
	/**
	 * Year it was founded or started. Optional.
	 * @fr Année de sa création ou de son lancement. Facultatif.
	 */
	founded: year.optional(),
	/**
	 * Website, where a source gives it. Optional: never guessed.
	 * @fr Site web, quand une source le donne. Facultatif : jamais deviné.
	 */
	website: webUrl.optional(),
	/**
	 * Where a website no source gives was found (a stored page of the initiative) and when. Optional; only with `website`.
	 * @fr Où et quand a été trouvé un site web qu’aucune source ne donne (une page enregistrée de l’initiative).
	 *   Facultatif ; seulement avec « website ».
	 */
	urlFoundAt: foundAt.optional(),
	/**
	 * Entry that replaces this one (→ initiatives), e.g. after a merger: the entry stays, marked as replaced. Optional.
	 * @fr Entrée qui remplace celle-ci (→ initiatives), par exemple après une fusion : l’entrée reste, marquée comme
	 *   remplacée. Facultatif.
	 */
	supersededBy: link('initiatives').optional(),
	/**
	 * Numbers it is known by. Optional.
	 * @fr Les nombres qui la caractérisent. Facultatif.
	 */
	facts: z.array(initiativeFact).default([]),
	/**
	 * Every lever the sources show it using, as typed edges. Optional.
	 * @fr Chaque levier que, d’après les sources, elle a utilisé, sous forme de liens typés. Facultatif.
	 */
	leverUsages: z.array(leverUsage).default([]),
	/**
	 * Partners, funders and support organisations (→ organisations). Optional.
	 * @fr Partenaires, financeurs et structures d’accompagnement (→ organisations). Facultatif.
	 */
	partners: links('organisations'),
	/**
	 * Funding schemes it used (→ funding). Optional.
	 * @fr Dispositifs de financement qu’elle a utilisés (→ financements). Facultatif.
	 */
	funding: links('funding'),
}).refine((initiative) => initiative.urlFoundAt === undefined || initiative.website !== undefined, {
	path: ['urlFoundAt'],
	error: 'urlFoundAt dit où le site a été trouvé : ajoutez l’adresse elle-même dans « website », ou retirez urlFoundAt',
});
export type InitiativeData = z.infer<typeof initiativeSchema>;
