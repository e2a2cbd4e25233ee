/**
 * French labels for every kind of link, both ways: what a field means seen from the entry that
 * holds it, and what it means seen from the entry it points to (its backlinks).
 */
import type { CollectionName } from '../schemas/names.ts';
import { SECTIONS } from './routes.ts';
import { BODY_RELATION } from './graph.ts';

interface RelationLabel {
	/** Heading over the links, on the page of the entry that holds the field. */
	forward: string;
	/** Heading over the backlinks, on the page of the entry pointed to. */
	backward: string;
}

const LABELS: Record<string, RelationLabel> = {
	'resources:authors': { forward: 'Auteurs', backward: 'Publications' },
	'resources:programme': { forward: 'Programme', backward: 'Ressources du programme' },
	'resources:themes': { forward: 'Thèmes', backward: 'Ressources sur ce thème' },
	'resources:related': { forward: 'Ressources liées', backward: 'Citée avec' },
	'fiches:resource': { forward: 'Document', backward: 'Fiche tirée de ce document' },
	'fiches:levers': { forward: 'Leviers de la fiche', backward: 'Fiches qui présentent ce levier' },
	'fiches:examples': { forward: 'Exemples', backward: 'Cité en exemple dans les fiches' },
	'fiches:figures': { forward: 'Chiffres clés', backward: 'Cité dans les fiches' },
	'fiches:further': { forward: 'Pour aller plus loin', backward: 'Recommandé par les fiches' },
	'fiches:seeAlso': { forward: 'Voir aussi', backward: 'Fiches qui y renvoient' },
	'fiches:mentions': { forward: 'Fiches citées', backward: 'Fiches qui y renvoient' },
	'levers:programme': { forward: 'Source du levier', backward: 'Leviers' },
	'levers:actions': { forward: 'Exemples des actions clés', backward: 'Exemple des actions clés' },
	'levers:examples': { forward: 'Exemples', backward: 'Exemple des leviers' },
	'levers:funding': { forward: 'Financements mobilisés', backward: 'Leviers qui s’appuient sur ce dispositif' },
	'initiatives:themes': { forward: 'Thèmes', backward: 'Initiatives sur ce thème' },
	'initiatives:activities': { forward: 'Activités d’utilité sociale', backward: 'Initiatives qui l’illustrent' },
	'initiatives:territory': { forward: 'Territoire', backward: 'Initiatives du territoire' },
	'initiatives:leverUsages': { forward: 'Leviers mobilisés', backward: 'Initiatives qui en ont bénéficié' },
	'initiatives:partners': { forward: 'Partenaires', backward: 'Partenaire des initiatives' },
	'initiatives:funding': { forward: 'Financements', backward: 'Initiatives financées' },
	'territories:monographs': { forward: 'Monographies et études', backward: 'Territoires étudiés' },
	'territories:partners': { forward: 'Partenaires', backward: 'Partenaire des territoires' },
	'organisations:sources': { forward: 'Sources', backward: 'Organisations citées' },
	'glossary:seeAlso': { forward: 'Voir aussi', backward: 'Termes liés' },
	'activities:needs': { forward: 'Besoins', backward: 'Activités qui y répondent' },
	'activities:themes': { forward: 'Thématique', backward: 'Activités de cette thématique' },
	'funding:providers': { forward: 'Porté par', backward: 'Dispositifs portés' },
	'funding:term': { forward: 'Terme', backward: 'Dispositifs' },
	'programmes:leads': { forward: 'Pilotes', backward: 'Programmes pilotés' },
	'programmes:funders': { forward: 'Soutiens', backward: 'Programmes soutenus' },
	'figures:themes': { forward: 'Thèmes', backward: 'Chiffres clés' },
	'figures:initiative': { forward: 'Initiative', backward: 'Chiffres de l’initiative' },
	'figures:territory': { forward: 'Territoire', backward: 'Chiffres du territoire' },
	'themes:intro': { forward: 'Introduction d’après', backward: 'Thèmes qu’il introduit' },
	'figures:source': { forward: 'Source', backward: 'Chiffres tirés de ce document' },
	'funding:status': { forward: 'État du dispositif selon', backward: 'Dispositifs dont il donne l’état' },
	...Object.fromEntries(
		(['resources', 'initiatives', 'organisations', 'glossary', 'funding'] as const).map((c) => [`${c}:supersededBy`, { forward: 'Remplacé par', backward: 'Remplace' }]),
	),
};

/** Heading for links held in `relation` by an entry of `collection`. */
export function forwardLabel(collection: CollectionName, relation: string): string {
	if (relation === 'sources') return 'Sources';
	return LABELS[`${collection}:${relation}`]?.forward ?? relation;
}

/** Heading for backlinks coming from entries of `collection` through `relation`. */
export function backwardLabel(collection: CollectionName, relation: string): string {
	if (relation === 'sources') return `${SECTIONS[collection].plural} (d’après ce document)`;
	if (relation === BODY_RELATION) return `${SECTIONS[collection].plural} qui en parlent`;
	return LABELS[`${collection}:${relation}`]?.backward ?? `${SECTIONS[collection].plural} (${relation})`;
}
