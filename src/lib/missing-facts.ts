/**
 * Facts the sources leave out, and why: a page simply leaves them out, but the open data keeps the empty field
 * with its reason (column `missing`), so that a reuser knows the gap is the sources', not the export's.
 */
import type { CollectionName } from '../schemas/names.ts';

interface MissingRule {
	/** The field left empty. */
	field: string;
	/** Whether the record leaves it empty in a way worth explaining. */
	applies(data: Record<string, any>): boolean;
	/** Why, in French, for reusers. */
	reason(data: Record<string, any>): string;
}

const LOST_IN_CATALOGUE = 'lien perdu dans la version disponible du catalogue TRESSONS, et aucune page publique consultée ne le donne';
const NOT_GIVEN = (what: string) => `aucune source ne donne ${what}, et aucune page publique consultée ne la donne`;

const RULES: Partial<Record<CollectionName, MissingRule[]>> = {
	resources: [
		{ field: 'url', applies: (d) => !d.url, reason: (d) => (d.part ? LOST_IN_CATALOGUE : NOT_GIVEN('d’adresse')) },
		{ field: 'year', applies: (d) => d.year === undefined && d.date === undefined, reason: (d) => (d.notBefore ? `document non daté, de ${d.notBefore} ou après d’après les faits qu’il cite` : 'document non daté ; la page donne l’année des sources qui le citent') },
	],
	glossary: [{ field: 'name', applies: (d) => !d.name, reason: () => NOT_GIVEN('la forme développée du sigle') }],
	figures: [{ field: 'year', applies: (d) => d.year === undefined, reason: () => 'la source ne dit pas de quelle année date le chiffre ; la page donne l’année de la source' }],
	funding: [
		{ field: 'startYear', applies: (d) => d.startYear === undefined && d.endYear === undefined, reason: () => 'les sources ne donnent pas la période du dispositif ; la page donne l’année des sources qui le citent' },
		{ field: 'status', applies: (d) => d.status === undefined && d.supersededBy === undefined, reason: () => 'ni les sources ni une page officielle consultée ne disent s’il est encore ouvert' },
	],
};

/** Field → reason, for every field of `data` the sources leave empty that `collection` explains. */
export function missingFacts(collection: CollectionName, data: Record<string, any>): Record<string, string> {
	return Object.fromEntries((RULES[collection] ?? []).filter((rule) => rule.applies(data)).map((rule) => [rule.field, rule.reason(data)]));
}
