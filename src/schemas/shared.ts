import { z } from 'astro/zod';
import { text } from './text.ts';
import { link } from './link.ts';
import { day } from './day.ts';

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
 * @fr Adresse web complète, exactement comme une source la donne : « https:// », ou « http:// » quand la source
 *   n’imprime que celle-ci (la récrire en https reviendrait à deviner une adresse qui n’existe peut-être pas).
 */
export const webUrl = z
	.url({ protocol: /^https?$/, error: 'adresse complète en https:// (ou http:// si la source ne donne que celle-ci) attendue' })
	.describe('http(s) URL');

/**
 * A calendar year as the sources give it.
 * @fr Année civile, telle que les sources la donnent.
 */
export const year = z.number().int().min(1800).max(2100);

/**
 * Where a fact the five sources do not give (an address, the expansion of an acronym) was found: a stored
 * public page that shows it, and the day it was seen there. Nothing from memory: no page, no fact.
 * @fr Où a été trouvé un fait que les cinq sources ne donnent pas (une adresse, la forme développée d’un sigle) : une
 *   page publique enregistrée qui le montre, et le jour où elle a été consultée. Rien de mémoire : pas de page, pas
 *   de fait.
 */
export const foundAt = z.strictObject({
	/**
	 * Address of the public page that shows the fact (the publisher's own page, a law, an administration). Required.
	 * @fr Adresse de la page publique qui montre le fait (la page de l’éditeur lui-même, une loi, une administration).
	 *   Obligatoire.
	 */
	page: webUrl,
	/**
	 * Day the page was seen showing it (YYYY-MM-DD). Required; not after today.
	 * @fr Jour où la page a été consultée et montrait le fait (AAAA-MM-JJ). Obligatoire ; au plus tard aujourd’hui.
	 */
	seen: day({ hint: 'date à venir : indiquez le jour où la page a été consultée' }),
});
export type FoundAt = z.infer<typeof foundAt>;

/**
 * A statement this entry makes that a source leaves in doubt. Every entry that states the same thing carries a
 * marker with the same `claim`, so that no page says as certain what another flags as uncertain
 * (tests/content/uncertain.test.ts checks it).
 * @fr Une affirmation de cette entrée qu’une source laisse dans le doute. Toute entrée qui affirme la même chose
 *   porte un marqueur avec la même clé « claim », pour qu’aucune page ne présente comme certain ce qu’une autre
 *   signale comme incertain (tests/content/uncertain.test.ts le vérifie).
 */
export const uncertainty = z.strictObject({
	/**
	 * Key of the doubtful statement, the same in every entry that makes it (e.g. `coopelis-financement-climaxion`). Required.
	 * @fr Clé de l’affirmation douteuse, la même dans chaque entrée qui la fait (par exemple
	 *   « coopelis-financement-climaxion »). Obligatoire.
	 */
	claim: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'clé en minuscules ASCII séparées par des tirets attendue (ex. coopelis-financement-climaxion)'),
	/**
	 * What is in doubt and why, for readers, in a sentence of our own naming the source. Required.
	 * @fr Ce qui est douteux et pourquoi, pour les lecteurs, en une phrase de notre main qui nomme la source.
	 *   Obligatoire.
	 */
	note: text(),
	/**
	 * Words that, found together in one sentence of any entry, mean that sentence makes the statement
	 * (e.g. [Coopelis, financ]); the consistency test then expects the same marker there. Optional.
	 * @fr Mots qui, trouvés ensemble dans une même phrase d’une entrée, signifient que cette phrase fait l’affirmation
	 *   (par exemple [Coopelis, financ]) ; le test de cohérence attend alors le même marqueur à cet endroit. Facultatif.
	 */
	words: z.array(text()).default([]),
	/**
	 * Ids of entries this one links to whose link the doubt bears on (e.g. a funder); named with the note. Optional.
	 * @fr Identifiants des entrées vers lesquelles celle-ci pointe et dont le lien est mis en doute (par exemple un
	 *   financeur) ; nommées avec la note. Facultatif.
	 */
	links: z.array(text()).default([]),
});
export type Uncertainty = z.infer<typeof uncertainty>;

/**
 * Statements of an entry flagged as uncertain, empty when omitted.
 * @fr Affirmations d’une entrée signalées comme incertaines ; vide si absent.
 */
export const uncertainties = z.array(uncertainty).default([]);

/**
 * Fields every MDX entry carries, whatever its collection.
 * `sources` is required: nothing is published without the document it comes from.
 */
export const entryBase = {
	/**
	 * Title of the entry, exactly as the source spells it. Required.
	 * @fr Titre de l’entrée, exactement comme la source l’écrit. Obligatoire.
	 */
	title: text(),
	/**
	 * One or two sentences, in our own words, shown in listings and search results. Required.
	 * @fr Une ou deux phrases, avec nos mots, affichées dans les listes et les résultats de recherche. Obligatoire.
	 */
	summary: text(),
	/**
	 * The documents this entry is written from (→ resources). Required, at least one.
	 * @fr Les documents à partir desquels cette entrée est écrite (→ ressources). Obligatoire, au moins un.
	 */
	sources: z.array(link('resources')).min(1, 'au moins une source attendue'),
	/**
	 * Date the entry was last checked against its sources (YYYY-MM-DD). Required; not after today.
	 * @fr Date de la dernière relecture de l’entrée d’après ses sources (AAAA-MM-JJ). Obligatoire ; au plus tard
	 *   aujourd’hui.
	 */
	reviewed: day({ hint: 'date à venir : indiquez le jour où l’entrée a été relue' }),
	/**
	 * Where the sources are silent, ambiguous or disagree, said plainly for readers; shown folded at the foot of the page. Optional.
	 * @fr Les points où les sources se taisent, restent ambiguës ou se contredisent, expliqués simplement aux lecteurs ;
	 *   affichés repliés au pied de la page. Facultatif.
	 */
	caveats: z.array(text()).default([]),
	/**
	 * Statements of this entry that a source leaves in doubt, each with the key other entries share. Optional.
	 * @fr Affirmations de cette entrée qu’une source laisse dans le doute, chacune avec la clé que partagent les autres
	 *   entrées. Facultatif.
	 */
	uncertain: uncertainties,
};
