/** French labels for every enumerated value of the content model. */
import type { LEGAL_FORMS, INITIATIVE_KINDS } from '../schemas/initiatives.ts';
import type { RESOURCE_KINDS, CATALOGUE_PARTS } from '../schemas/resources.ts';
import type { AUDIENCES, ZONINGS } from '../schemas/shared.ts';
import type { TERRITORY_KINDS } from '../schemas/territories.ts';
import type { FIGURE_QUALIFIERS, FUNDING_FAMILIES, ORGANISATION_KINDS } from '../schemas/data.ts';

type Labels<T extends readonly string[]> = Record<T[number], string>;

export const AUDIENCE_LABELS: Labels<typeof AUDIENCES> = {
	commune: 'Commune',
	intercommunalite: 'Intercommunalité',
	'territoire-de-projet': 'Territoire de projet (Pays, PETR)',
	departement: 'Département',
	region: 'Région',
	etat: 'État',
	'porteurs-de-projet': 'Porteurs de projet',
	accompagnement: 'Structures d’accompagnement',
};
export const LEVEL_LABELS = AUDIENCE_LABELS;

/**
 * A label inside a sentence (« levier : région »): its first letter lowered, the rest as written, so that
 * acronyms keep their capitals (« Pays, PETR »); « État », the State, is a proper noun and keeps its own.
 */
export const inSentence = (label: string) => (/^État\b/u.test(label) ? label : label.charAt(0).toLowerCase() + label.slice(1));

export const RESOURCE_KIND_LABELS: Labels<typeof RESOURCE_KINDS> = {
	etude: 'Étude',
	synthese: 'Synthèse',
	'etude-de-cas': 'Étude de cas',
	webinaire: 'Webinaire',
	seminaire: 'Séminaire',
	'fiche-pratique': 'Fiche pratique',
	'fiche-thematique': 'Fiche thématique',
	analyse: 'Analyse',
	video: 'Vidéo',
	'carnet-de-projets': 'Carnet de projets',
	'mode-d-emploi': 'Mode d’emploi',
	guide: 'Guide',
	rapport: 'Rapport',
	publication: 'Publication',
	'texte-juridique': 'Texte juridique',
	'site-web': 'Site web',
	plateforme: 'Plateforme',
};

export const PART_LABELS: Labels<typeof CATALOGUE_PARTS> = {
	comprendre: 'Comprendre la place de l’ESS dans les territoires ruraux',
	's-inspirer': 'S’inspirer des solutions existantes',
	agir: 'Passer à l’action et coconstruire les projets',
};

export const INITIATIVE_KIND_LABELS: Labels<typeof INITIATIVE_KINDS> = {
	'entreprise-ess': 'Entreprise de l’ESS',
	'dispositif-public': 'Dispositif public',
	reseau: 'Réseau',
	projet: 'Projet',
	plateforme: 'Plateforme',
};

export const LEGAL_FORM_LABELS: Labels<typeof LEGAL_FORMS> = {
	association: 'Association',
	scic: 'SCIC',
	scop: 'SCOP',
	sapo: 'Sapo',
	cuma: 'CUMA',
	cae: 'Coopérative d’activité et d’emploi',
	'groupement-employeurs': 'Groupement d’employeurs',
	aci: 'Atelier et chantier d’insertion',
	ai: 'Association intermédiaire',
	'entreprise-insertion': 'Entreprise d’insertion',
	'regie-de-quartier': 'Régie de quartier',
	fondation: 'Fondation',
	mutuelle: 'Mutuelle',
	'societe-commerciale': 'Société commerciale',
	collectivite: 'Collectivité',
	epci: 'EPCI',
	petr: 'PETR',
	'syndicat-mixte': 'Syndicat mixte',
	'etablissement-public': 'Établissement public',
};

export const ZONING_LABELS: Labels<typeof ZONINGS> = {
	qpv: 'Quartier prioritaire (QPV)',
	zrr: 'Zone de revitalisation rurale (ZRR)',
	drom: 'Outre-mer (DROM)',
	montagne: 'Montagne',
	'action-coeur-de-ville': 'Action cœur de ville',
	'petites-villes-de-demain': 'Petites villes de demain',
	'territoires-d-industrie': 'Territoires d’industrie',
};

export const TERRITORY_KIND_LABELS: Labels<typeof TERRITORY_KINDS> = {
	pays: 'Pays',
	petr: 'PETR',
	pnr: 'Parc naturel régional',
	'communaute-de-communes': 'Communauté de communes',
	'communaute-d-agglomeration': 'Communauté d’agglomération',
	'syndicat-mixte': 'Syndicat mixte',
	departement: 'Département',
	region: 'Région',
};

export const ORGANISATION_KIND_LABELS: Labels<typeof ORGANISATION_KINDS> = {
	reseau: 'Réseau',
	'agence-publique': 'Agence publique',
	administration: 'Administration',
	collectivite: 'Collectivité',
	association: 'Association',
	cooperative: 'Coopérative',
	entreprise: 'Entreprise',
	fondation: 'Fondation',
	financeur: 'Financeur',
	'enseignement-recherche': 'Enseignement et recherche',
	observatoire: 'Observatoire',
	'cabinet-conseil': 'Cabinet de conseil',
};

export const FUNDING_FAMILY_LABELS: Labels<typeof FUNDING_FAMILIES> = {
	europe: 'Fonds européens',
	etat: 'État',
	collectivites: 'Collectivités',
	prive: 'Financements privés',
	'appel-a-projets': 'Appels à projets',
	'commande-publique': 'Commande publique',
	agrement: 'Agréments',
};

const TABLES: Record<string, string>[] = [
	AUDIENCE_LABELS,
	RESOURCE_KIND_LABELS,
	PART_LABELS,
	INITIATIVE_KIND_LABELS,
	LEGAL_FORM_LABELS,
	ZONING_LABELS,
	TERRITORY_KIND_LABELS,
	ORGANISATION_KIND_LABELS,
	FUNDING_FAMILY_LABELS,
];

/** The labels of an enumeration known only by its values (in a JSON Schema): the first table that names them all. */
export function enumLabels(values: readonly string[]): Record<string, string> | undefined {
	return TABLES.find((table) => values.every((value) => value in table));
}

const numberFormat = new Intl.NumberFormat('fr-FR');
const yearFormat = new Intl.NumberFormat('fr-FR', { useGrouping: false });

/** A number in French typography (`11 250`, `4,9`), with its unit (`14 %`, `30 M€`). */
export function formatFigure(value: number, unit = ''): string {
	// A year is written 2022, not « 2 022 » nor « 2022 année ».
	if (/^(année|an)$/i.test(unit)) return yearFormat.format(value);
	const n = numberFormat.format(value);
	// A rank reads as an ordinal, « 1er », « 3ᵉ », not « 3 rang ».
	if (unit === 'rang') return value === 1 ? '1er' : `${n}ᵉ`;
	if (!unit) return n;
	return `${n}\u202f${unit}`;
}

export const FIGURE_QUALIFIER_LABELS: Labels<typeof FIGURE_QUALIFIERS> = {
	'plus-de': 'plus de',
	'pres-de': 'près de',
	environ: 'environ',
	'moins-de': 'moins de',
};

/** A figure's value as the source gives it: « près de 14 % », « plus de 80 sociétaires », « 2022 ». */
export function figureValue({ value, unit, qualifier }: { value: number; unit?: string; qualifier?: (typeof FIGURE_QUALIFIERS)[number] }): string {
	const figure = formatFigure(value, unit);
	return qualifier ? `${FIGURE_QUALIFIER_LABELS[qualifier]} ${figure}` : figure;
}
