/**
 * Schemas of the data collections: small records kept in one YAML file each (`src/content/data/`),
 * every record with an `id` that other entries link to.
 */
import { z } from 'astro/zod';
import { text } from './text.ts';
import { link, links } from './link.ts';
import { foundAt, uncertainties, webUrl, year } from './shared.ts';

/**
 * Identifier of a record: lower-case ASCII kebab-case, stable once published.
 * @fr Identifiant d’un enregistrement : minuscules ASCII séparées par des tirets, stable une fois publié.
 */
export const recordId = z
	.string()
	.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'identifiant en minuscules ASCII séparées par des tirets attendu (ex. cress-bretagne)');

/**
 * Acronyms written with one capital in French usage. Any other acronym needs two capitals: the glossary
 * turns every occurrence in every text into a link, so « de » or « Les » would hijack the whole site.
 */
export const ACRONYM_EXCEPTIONS = ['Ademe', 'Anru', 'Drac', 'Drom', 'Mapa', 'Sacem', 'Sapo', 'Sivom'];

const acronym = z
	.string()
	.min(1)
	.refine((value) => (value.match(/\p{Lu}/gu)?.length ?? 0) >= 2 || ACRONYM_EXCEPTIONS.includes(value), {
		error: `sigle à écrire comme un sigle : au moins deux majuscules (chaque occurrence du sigle dans les textes devient un lien vers le glossaire). Exceptions admises : ${ACRONYM_EXCEPTIONS.join(', ')}`,
	});

/**
 * Words readers use for an entry that the sources name otherwise (« covoiturage » for the mobility theme,
 * « emploi partagé » for a groupement d’employeurs): a search for one of them leads to the entry. Each one
 * word or a short phrase, in lower case unless a proper noun, used by no other entry as title or alias.
 * @fr Mots des lecteurs pour ce que les sources nomment autrement (« covoiturage » pour le thème de la
 *   mobilité, « emploi partagé » pour un groupement d’employeurs) : les chercher mène à l’entrée. Chacun un mot ou
 *   une courte expression, en minuscules sauf nom propre, qui n’est ni le titre ni un synonyme d’une autre entrée.
 */
const aliases = z.array(text().refine((value) => value.length <= 60, { error: 'synonyme trop long : un mot ou une courte expression (60 caractères au plus)' })).optional();

export const ORGANISATION_KINDS = [
	'reseau',
	'agence-publique',
	'administration',
	'collectivite',
	'association',
	'cooperative',
	'entreprise',
	'fondation',
	'financeur',
	'enseignement-recherche',
	'observatoire',
	'cabinet-conseil',
] as const;

/**
 * An organisation named as author, partner, funder or network.
 * @fr Organisation citée comme autrice, partenaire, financeur ou réseau.
 */
export const organisationSchema = z.strictObject({
	/**
	 * Identifier other entries link to. Required.
	 * @fr Identifiant vers lequel pointent les liens des autres entrées. Obligatoire.
	 */
	id: recordId,
	/**
	 * Name, as the sources spell it. Required.
	 * @fr Nom, tel que les sources l’écrivent. Obligatoire.
	 */
	name: text(),
	/**
	 * Acronym or short name, where it has one. Optional.
	 * @fr Sigle ou nom court, s’il y en a un. Facultatif.
	 */
	acronym: text().optional(),
	/**
	 * What sort of organisation it is. Optional: left out where no source says (and left out of the page).
	 * @fr Type d’organisation. Facultatif : absent quand aucune source ne le dit (et alors absent de la page).
	 */
	kind: z.enum(ORGANISATION_KINDS).optional(),
	/**
	 * What it does, in a sentence of our own. Optional.
	 * @fr Ce qu’elle fait, en une phrase de notre main. Facultatif.
	 */
	description: text().optional(),
	/**
	 * Website, where a source gives it, or where `urlFoundAt` says it was found. Optional: never guessed.
	 * @fr Site web, quand une source le donne ou là où « urlFoundAt » dit qu’il a été trouvé. Facultatif : jamais
	 *   deviné.
	 */
	website: webUrl.optional(),
	/**
	 * Where a website no source gives was found (a stored page of the organisation) and when. Optional; only with `website`.
	 * @fr Où et quand a été trouvé un site web qu’aucune source ne donne (une page enregistrée de l’organisation).
	 *   Facultatif ; seulement avec « website ».
	 */
	urlFoundAt: foundAt.optional(),
	/**
	 * Organisation that took over from this one (→ organisations), e.g. after a merger or a new name. Optional.
	 * @fr Organisation qui a pris sa suite (→ organisations), par exemple après une fusion ou un changement de nom.
	 *   Facultatif.
	 */
	supersededBy: link('organisations').optional(),
	/**
	 * Statements of this record that a source leaves in doubt, each with the key other entries share. Optional.
	 * @fr Affirmations de cet enregistrement qu’une source laisse dans le doute, chacune avec la clé que partagent les
	 *   autres entrées. Facultatif.
	 */
	uncertain: uncertainties,
	/**
	 * Documents that name it (→ resources). Required, at least one.
	 * @fr Documents qui la nomment (→ ressources). Obligatoire, au moins un.
	 */
	sources: z.array(link('resources')).min(1),
}).refine((organisation) => organisation.urlFoundAt === undefined || organisation.website !== undefined, {
	path: ['urlFoundAt'],
	error: 'urlFoundAt dit où le site a été trouvé : ajoutez l’adresse elle-même dans « website », ou retirez urlFoundAt',
});

/**
 * A term or acronym of the field, with its expansion and a short definition.
 * @fr Terme ou sigle du domaine, avec sa forme développée et une courte définition.
 */
export const glossarySchema = z
	.strictObject({
		/**
		 * Identifier, usually the acronym in lower case (e.g. `ptce`). Required.
		 * @fr Identifiant, le plus souvent le sigle en minuscules (par exemple « ptce »). Obligatoire.
		 */
		id: recordId,
		/**
		 * The acronym as written in texts (e.g. « PTCE »), for acronyms: at least two capitals or one of
		 * `ACRONYM_EXCEPTIONS`, since every occurrence in every body becomes a glossary link. Optional.
		 * @fr Le sigle tel qu’il s’écrit dans les textes (par exemple « PTCE »), pour les sigles. Facultatif.
		 */
		acronym: acronym.optional(),
		/**
		 * The term in full (e.g. « pôle territorial de coopération économique »). Required for a term without
		 * acronym; for an acronym, optional: left out where no source nor official page (`nameFoundAt`) spells it out.
		 * @fr Le terme en toutes lettres (par exemple « pôle territorial de coopération économique »). Obligatoire pour un
		 *   terme sans sigle ; facultatif pour un sigle : absent quand ni une source ni une page officielle
		 *   (« nameFoundAt ») ne le développe.
		 */
		name: text().optional(),
		/**
		 * Where an official expansion no source gives was found (a law, an administration's page) and when. Optional; only with `name`.
		 * @fr Où et quand a été trouvée une forme développée officielle qu’aucune source ne donne (une loi, la page d’une
		 *   administration). Facultatif ; seulement avec « name ».
		 */
		nameFoundAt: foundAt.optional(),
		/**
		 * One or two sentences of our own saying what it is. Optional for minor acronyms.
		 * @fr Une ou deux phrases de notre main qui disent ce que c’est. Facultatif pour les sigles secondaires.
		 */
		definition: text().optional(),
		/**
		 * Readers' words for the term, for the search (see `aliases`). Optional.
		 * @fr Mots des lecteurs pour ce terme, pour la recherche (voir « aliases »). Facultatif.
		 */
		aliases,
		/**
		 * Related terms (→ glossary). Optional.
		 * @fr Termes liés (→ glossaire). Facultatif.
		 */
		seeAlso: links('glossary'),
		/**
		 * Term that replaces this one (→ glossary), e.g. a renamed scheme. Optional.
		 * @fr Terme qui remplace celui-ci (→ glossaire), par exemple un dispositif renommé. Facultatif.
		 */
		supersededBy: link('glossary').optional(),
		/**
		 * Statements of this definition that a source leaves in doubt, each with the key other entries share. Optional.
		 * @fr Affirmations de cette définition qu’une source laisse dans le doute, chacune avec la clé que partagent les
		 *   autres entrées. Facultatif.
		 */
		uncertain: uncertainties,
		/**
		 * Documents that use it (→ resources). Required, at least one.
		 * @fr Documents qui l’emploient (→ ressources). Obligatoire, au moins un.
		 */
		sources: z.array(link('resources')).min(1),
	})
	.refine((term) => term.acronym !== undefined || term.name !== undefined, {
		path: ['name'],
		error: 'un terme sans sigle (acronym) doit avoir son nom en toutes lettres (name)',
	})
	.refine((term) => term.nameFoundAt === undefined || term.name !== undefined, {
		path: ['nameFoundAt'],
		error: 'nameFoundAt dit où la forme développée a été trouvée : ajoutez-la dans « name », ou retirez nameFoundAt',
	});

/**
 * One of the 15 local needs of fragile territories identified by the ANCT study.
 * @fr L’un des 15 besoins locaux des territoires fragiles relevés par l’étude de l’ANCT.
 */
export const needSchema = z.strictObject({
	/**
	 * Identifier. Required.
	 * @fr Identifiant. Obligatoire.
	 */
	id: recordId,
	/**
	 * Position in the study's list (1–15). Required.
	 * @fr Rang dans la liste de l’étude (1 à 15). Obligatoire.
	 */
	number: z.number().int().min(1).max(15),
	/**
	 * The need, in a short phrase. Required.
	 * @fr Le besoin, en quelques mots. Obligatoire.
	 */
	name: text(),
	/**
	 * Documents that set it out (→ resources). Required, at least one.
	 * @fr Documents qui l’exposent (→ ressources). Obligatoire, au moins un.
	 */
	sources: z.array(link('resources')).min(1),
});

/**
 * A social-utility activity answering a local need.
 * @fr Activité d’utilité sociale qui répond à un besoin local.
 */
export const activitySchema = z
	.strictObject({
		/**
		 * Identifier. Required.
		 * @fr Identifiant. Obligatoire.
		 */
		id: recordId,
		/**
		 * Name of the activity (e.g. « Épiceries sociales et solidaires »). Required.
		 * @fr Nom de l’activité (par exemple « Épiceries sociales et solidaires »). Obligatoire.
		 */
		name: text(),
		/**
		 * Needs it answers (→ needs); the first is the one the source files it under. Required unless `themes` is given.
		 * @fr Besoins auxquels elle répond (→ besoins) ; le premier est celui sous lequel la source la classe. Obligatoire
		 *   sauf si « themes » est donné.
		 */
		needs: links('needs'),
		/**
		 * Themes the source files it under (→ themes), for an activity the source ties to no need (the ANCT
		 * study's annex sorts some by theme only). Required unless `needs` is given.
		 * @fr Thèmes sous lesquels la source la classe (→ thèmes), pour une activité que la source ne rattache à aucun
		 *   besoin (l’annexe de l’étude de l’ANCT en classe certaines par thème seulement). Obligatoire sauf si « needs »
		 *   est donné.
		 */
		themes: links('themes'),
		/**
		 * Documents that set it out (→ resources). Required, at least one.
		 * @fr Documents qui l’exposent (→ ressources). Obligatoire, au moins un.
		 */
		sources: z.array(link('resources')).min(1),
	})
	.refine((activity) => activity.needs.length > 0 || activity.themes.length > 0, {
		path: ['needs'],
		error: 'une activité répond à au moins un besoin (needs) ou relève d’une thématique (themes)',
	});

/** How the source rounds a figure: « plus de 80 », « près de 14 % », « environ 3 000 », « moins de 10 000 ». */
export const FIGURE_QUALIFIERS = ['plus-de', 'pres-de', 'environ', 'moins-de'] as const;

export const FUNDING_FAMILIES = [
	'europe',
	'etat',
	'collectivites',
	'prive',
	'appel-a-projets',
	'commande-publique',
	'agrement',
] as const;

/** Whether a scheme is open, closed or replaced. */
export const SCHEME_STATES = ['ouvert', 'clos', 'remplace'] as const;

/**
 * The state of a funding scheme and who says so: a source (dated by its year) or a stored official page
 * (dated by the day it was seen). Nothing guessed: without one of them, leave `status` out.
 * @fr L’état d’un dispositif de financement et qui le dit : une source (datée par son année) ou une page officielle
 *   enregistrée (datée par le jour où elle a été consultée). Rien de deviné : sans l’une ou l’autre, laissez
 *   « status » de côté.
 */
export const schemeStatus = z
	.strictObject({
		/**
		 * `ouvert`, `clos` or `remplace` (replaced: name the successor in `replacedBy` or the scheme's `supersededBy`). Required.
		 * @fr « ouvert », « clos » ou « remplace » (remplacé : nommez son successeur dans « replacedBy » ou dans le
		 *   « supersededBy » du dispositif). Obligatoire.
		 */
		state: z.enum(SCHEME_STATES),
		/**
		 * The document that says so (→ resources); its year dates the status. Give it or `foundAt`.
		 * @fr Le document qui le dit (→ ressources) ; son année date l’état. Donnez-le, ou bien « foundAt ».
		 */
		source: link('resources').optional(),
		/**
		 * The stored official page that says so, and the day it was seen. Give it or `source`.
		 * @fr La page officielle enregistrée qui le dit, et le jour où elle a été consultée. Donnez-la, ou bien « source ».
		 */
		foundAt: foundAt.optional(),
		/**
		 * The successor as the source or the page names it, where it has no record of its own. Optional.
		 * @fr Le successeur tel que la source ou la page le nomme, quand il n’a pas d’enregistrement à lui. Facultatif.
		 */
		replacedBy: text().optional(),
	})
	.refine((status) => (status.source === undefined) !== (status.foundAt === undefined), {
		path: ['source'],
		error: 'dites qui donne cet état : « source » (identifiant d’une ressource) ou « foundAt » (page officielle consultée), l’un des deux',
	});

/**
 * A funding scheme, approval or contracting tool an ESS project or a local authority can use.
 * @fr Dispositif de financement, agrément ou outil de contractualisation qu’un projet d’ESS ou une collectivité peut
 *   mobiliser.
 */
export const fundingSchema = z.strictObject({
	/**
	 * Identifier. Required.
	 * @fr Identifiant. Obligatoire.
	 */
	id: recordId,
	/**
	 * Name of the scheme, as the sources spell it. Required.
	 * @fr Nom du dispositif, tel que les sources l’écrivent. Obligatoire.
	 */
	name: text(),
	/**
	 * Family it belongs to. Required.
	 * @fr Famille à laquelle il appartient. Obligatoire.
	 */
	family: z.enum(FUNDING_FAMILIES),
	/**
	 * What the source says of it, in our words. Required.
	 * @fr Ce qu’en dit la source, avec nos mots. Obligatoire.
	 */
	description: text(),
	/**
	 * Amount, threshold or rate the source gives, as written (e.g. « 30 M€ »). Optional.
	 * @fr Montant, seuil ou taux que donne la source, tel qu’il est écrit (par exemple « 30 M€ »). Facultatif.
	 */
	amount: text().optional(),
	/**
	 * Who runs or grants it (→ organisations). Optional.
	 * @fr Qui le gère ou l’accorde (→ organisations). Facultatif.
	 */
	providers: links('organisations'),
	/**
	 * Glossary entry for its acronym (→ glossary). Optional.
	 * @fr Entrée du glossaire pour son sigle (→ glossaire). Facultatif.
	 */
	term: link('glossary').optional(),
	/**
	 * Address where a source gives one, or where `urlFoundAt` says it was found. Optional: never guessed.
	 * @fr Adresse, quand une source en donne une ou là où « urlFoundAt » dit qu’elle a été trouvée. Facultatif : jamais
	 *   devinée.
	 */
	url: webUrl.optional(),
	/**
	 * Where an address no source gives was found (a stored official page) and when. Optional; only with `url`.
	 * @fr Où et quand a été trouvée une adresse qu’aucune source ne donne (une page officielle enregistrée).
	 *   Facultatif ; seulement avec « url ».
	 */
	urlFoundAt: foundAt.optional(),
	/**
	 * First year the scheme ran, where a source or an official page gives it. Optional.
	 * @fr Première année du dispositif, quand une source ou une page officielle la donne. Facultatif.
	 */
	startYear: year.optional(),
	/**
	 * Last year the scheme ran (or its call closed), where a source or an official page gives it. Optional.
	 * @fr Dernière année du dispositif (ou de clôture de son appel), quand une source ou une page officielle la donne.
	 *   Facultatif.
	 */
	endYear: year.optional(),
	/**
	 * Open, closed or replaced, with who says so. Optional: left out where nobody says.
	 * @fr Ouvert, clos ou remplacé, avec qui le dit. Facultatif : absent quand personne ne le dit.
	 */
	status: schemeStatus.optional(),
	/**
	 * Scheme that replaced it (→ funding): the record stays, marked as replaced. Optional.
	 * @fr Dispositif qui l’a remplacé (→ financements) : l’enregistrement reste, marqué comme remplacé. Facultatif.
	 */
	supersededBy: link('funding').optional(),
	/**
	 * Statements of this record that a source leaves in doubt, each with the key other entries share. Optional.
	 * @fr Affirmations de cet enregistrement qu’une source laisse dans le doute, chacune avec la clé que partagent les
	 *   autres entrées. Facultatif.
	 */
	uncertain: uncertainties,
	/**
	 * Documents that describe it (→ resources). Required, at least one.
	 * @fr Documents qui le décrivent (→ ressources). Obligatoire, au moins un.
	 */
	sources: z.array(link('resources')).min(1),
})
	.refine((scheme) => scheme.urlFoundAt === undefined || scheme.url !== undefined, {
		path: ['urlFoundAt'],
		error: 'urlFoundAt dit où l’adresse a été trouvée : ajoutez l’adresse elle-même dans « url », ou retirez urlFoundAt',
	})
	.refine((scheme) => scheme.startYear === undefined || scheme.endYear === undefined || scheme.startYear <= scheme.endYear, {
		path: ['endYear'],
		error: 'endYear avant startYear : vérifiez les deux années',
	});

/**
 * A theme used to group resources and initiatives.
 * @fr Thème qui sert à regrouper ressources et initiatives.
 */
export const themeSchema = z.strictObject({
	/**
	 * Identifier. Required.
	 * @fr Identifiant. Obligatoire.
	 */
	id: recordId,
	/**
	 * Name of the theme. Required.
	 * @fr Nom du thème. Obligatoire.
	 */
	name: text(),
	/**
	 * What it covers, in a sentence. Optional.
	 * @fr Ce qu’il couvre, en une phrase. Facultatif.
	 */
	description: text().optional(),
	/**
	 * Readers' words for the theme, for the search (see `aliases`). Optional.
	 * @fr Mots des lecteurs pour ce thème, pour la recherche (voir « aliases »). Facultatif.
	 */
	aliases,
	/**
	 * The few sentences that open the theme's page: why it matters in rural areas and what the ESS does there,
	 * in our own words, with where in the sources it comes from. Optional.
	 * @fr Les quelques phrases qui ouvrent la page du thème : pourquoi il compte dans les territoires ruraux et ce
	 *   qu’y fait l’ESS, écrites avec nos mots, avec l’endroit des sources d’où elles viennent. Facultatif.
	 */
	intro: z
		.strictObject({
			/**
			 * The introduction itself: two to four sentences, no figure the sources do not give. Required.
			 * @fr L’introduction elle-même : deux à quatre phrases, aucun chiffre que les sources ne donnent pas.
			 *   Obligatoire.
			 */
			text: text(),
			/**
			 * The documents it is written from, each with the part it draws on. Required, at least one.
			 * @fr Les documents à partir desquels elle est écrite, chacun avec la partie utilisée. Obligatoire, au moins un.
			 */
			from: z
				.array(
					z.strictObject({
						/**
						 * The document (→ resources). Required.
						 * @fr Le document (→ ressources). Obligatoire.
						 */
						source: link('resources'),
						/**
						 * Where in it: page or section, as the document names it (« partie 3, Mobilité soutenable »). Required.
						 * @fr Où dans le document : page ou partie, comme il la nomme (« partie 3, Mobilité soutenable »).
						 *   Obligatoire.
						 */
						part: text(),
					}),
				)
				.min(1, 'dites d’où vient l’introduction : au moins un document (source) et sa partie (part)'),
		})
		.optional(),
});

/**
 * A programme or study that produced resources or levers (e.g. TRESSONS, the ANCT study).
 * @fr Programme ou étude qui a produit des ressources ou des leviers (par exemple TRESSONS, l’étude de l’ANCT).
 */
export const programmeSchema = z.strictObject({
	/**
	 * Identifier. Required.
	 * @fr Identifiant. Obligatoire.
	 */
	id: recordId,
	/**
	 * Full name. Required.
	 * @fr Nom complet. Obligatoire.
	 */
	name: text(),
	/**
	 * Short name (e.g. « TRESSONS »). Optional.
	 * @fr Nom court (par exemple « TRESSONS »). Facultatif.
	 */
	acronym: text().optional(),
	/**
	 * First year. Optional.
	 * @fr Première année. Facultatif.
	 */
	startYear: year.optional(),
	/**
	 * Last year. Optional.
	 * @fr Dernière année. Facultatif.
	 */
	endYear: year.optional(),
	/**
	 * Organisations that ran it (→ organisations). Required, at least one.
	 * @fr Organisations qui l’ont mené (→ organisations). Obligatoire, au moins une.
	 */
	leads: z.array(link('organisations')).min(1),
	/**
	 * Funders and supporting networks (→ organisations). Optional.
	 * @fr Financeurs et réseaux qui l’ont soutenu (→ organisations). Facultatif.
	 */
	funders: links('organisations'),
	/**
	 * What it is, in a few sentences of our own. Required.
	 * @fr Ce que c’est, en quelques phrases de notre main. Obligatoire.
	 */
	description: text(),
	/**
	 * Its aims, one per item. Optional.
	 * @fr Ses objectifs, un par élément. Facultatif.
	 */
	aims: z.array(text()).default([]),
	/**
	 * Its fields of action (e.g. TRESSONS's four). Optional.
	 * @fr Ses champs d’action (par exemple les quatre de TRESSONS). Facultatif.
	 */
	fields: z.array(z.strictObject({ title: text(), text: text() })).default([]),
	/**
	 * Address where a source gives one. Optional: never guessed.
	 * @fr Adresse, quand une source en donne une. Facultatif : jamais devinée.
	 */
	url: webUrl.optional(),
	/**
	 * Documents that describe it (→ resources). Required, at least one.
	 * @fr Documents qui le décrivent (→ ressources). Obligatoire, au moins un.
	 */
	sources: z.array(link('resources')).min(1),
});

/**
 * A quantified fact: a share, a count, a threshold, an amount or a date.
 * @fr Fait chiffré : une part, un effectif, un seuil, un montant ou une date.
 */
export const figureSchema = z.strictObject({
	/**
	 * Identifier. Required.
	 * @fr Identifiant. Obligatoire.
	 */
	id: recordId,
	/**
	 * The number itself. Required.
	 * @fr Le nombre lui-même. Obligatoire.
	 */
	value: z.number(),
	/**
	 * How the source rounds it, when it does: `plus-de`, `pres-de`, `environ`, `moins-de`; shown before the number. Optional.
	 * @fr Comment la source l’arrondit, quand elle le fait : « plus-de », « pres-de », « environ », « moins-de » ; écrit
	 *   devant le nombre. Facultatif.
	 */
	qualifier: z.enum(FIGURE_QUALIFIERS).optional(),
	/**
	 * Unit: « % », « € », « emplois », « communes »… Required.
	 * @fr Unité : « % », « € », « emplois », « communes »… Obligatoire.
	 */
	unit: text(),
	/**
	 * What the number measures, in a short phrase of our own. Required.
	 * @fr Ce que mesure le nombre, en quelques mots de notre main. Obligatoire.
	 */
	label: text(),
	/**
	 * Year or period the number refers to, where given. Optional.
	 * @fr Année ou période à laquelle se rapporte le nombre, quand elle est donnée. Facultatif.
	 */
	year: year.optional(),
	/**
	 * Figures compared in one chart share a group (e.g. `emploi-ess-rural-urbain`). Optional.
	 * @fr Les chiffres comparés dans un même graphique partagent un groupe (par exemple « emploi-ess-rural-urbain »).
	 *   Facultatif.
	 */
	group: recordId.optional(),
	/**
	 * Label of this figure within its group (e.g. « territoires ruraux »). Optional; used with `group`.
	 * @fr Libellé de ce chiffre dans son groupe (par exemple « territoires ruraux »). Facultatif ; s’emploie avec
	 *   « group ».
	 */
	groupLabel: text().optional(),
	/**
	 * The initiative it describes, when it is about one (→ initiatives): its page then leads to it. Optional.
	 * @fr L’initiative qu’il décrit, s’il porte sur l’une d’elles (→ initiatives) : sa page y mène. Facultatif.
	 */
	initiative: link('initiatives').optional(),
	/**
	 * The territory it describes, when it is about one (→ territories): its page then leads to it. Optional.
	 * @fr Le territoire qu’il décrit, s’il porte sur l’un d’eux (→ territoires) : sa page y mène. Facultatif.
	 */
	territory: link('territories').optional(),
	/**
	 * Themes it informs (→ themes). Optional.
	 * @fr Thèmes qu’il éclaire (→ thèmes). Facultatif.
	 */
	themes: links('themes'),
	/**
	 * Where the number holds, as the source says: « France » for a national figure, else the place (« Martinique »,
	 * « Ille-et-Vilaine »). Optional; theme pages show only figures that say it.
	 * @fr Où vaut le nombre, d’après la source : « France » pour un chiffre national, sinon le lieu (« Martinique »,
	 *   « Ille-et-Vilaine »). Facultatif ; les pages des thèmes ne montrent que les chiffres qui le disent.
	 */
	place: text().optional(),
	/**
	 * Document that gives it (→ resources). Required.
	 * @fr Document qui le donne (→ ressources). Obligatoire.
	 */
	source: link('resources'),
});

