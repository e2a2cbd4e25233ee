/**
 * Schemas of the data collections: small records kept in one YAML file each (`src/content/data/`),
 * every record with an `id` that other entries link to.
 */
import { z } from 'astro/zod';
import { link, links } from './link.ts';
import { foundAt, uncertainties, webUrl, year } from './shared.ts';

/** Identifier of a record: lower-case ASCII kebab-case, stable once published. */
export const recordId = z
	.string()
	.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'identifiant en minuscules ASCII séparées par des tirets attendu (ex. cress-bretagne)');

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

/** An organisation named as author, partner, funder or network. */
export const organisationSchema = z.strictObject({
	/** Identifier other entries link to. Required. */
	id: recordId,
	/** Name, as the sources spell it. Required. */
	name: z.string().min(1),
	/** Acronym or short name, where it has one. Optional. */
	acronym: z.string().min(1).optional(),
	/** What sort of organisation it is. Optional: left out where no source says (and left out of the page). */
	kind: z.enum(ORGANISATION_KINDS).optional(),
	/** What it does, in a sentence of our own. Optional. */
	description: z.string().min(1).optional(),
	/** Website, where a source gives it, or where `urlFoundAt` says it was found. Optional: never guessed. */
	website: webUrl.optional(),
	/** Where a website no source gives was found (a stored page of the organisation) and when. Optional; only with `website`. */
	urlFoundAt: foundAt.optional(),
	/** Organisation that took over from this one (→ organisations), e.g. after a merger or a new name. Optional. */
	supersededBy: link('organisations').optional(),
	/** Statements of this record that a source leaves in doubt, each with the key other entries share. Optional. */
	uncertain: uncertainties,
	/** Documents that name it (→ resources). Required, at least one. */
	sources: z.array(link('resources')).min(1),
}).refine((organisation) => organisation.urlFoundAt === undefined || organisation.website !== undefined, {
	path: ['urlFoundAt'],
	error: 'urlFoundAt dit où le site a été trouvé : ajoutez l’adresse elle-même dans « website », ou retirez urlFoundAt',
});

/** A term or acronym of the field, with its expansion and a short definition. */
export const glossarySchema = z
	.strictObject({
		/** Identifier, usually the acronym in lower case (e.g. `ptce`). Required. */
		id: recordId,
		/** The acronym as written in texts (e.g. « PTCE »), for acronyms. Optional. */
		acronym: z.string().min(1).optional(),
		/**
		 * The term in full (e.g. « pôle territorial de coopération économique »). Required for a term without
		 * acronym; for an acronym, optional: left out where no source nor official page (`nameFoundAt`) spells it out.
		 */
		name: z.string().min(1).optional(),
		/** Where an official expansion no source gives was found (a law, an administration's page) and when. Optional; only with `name`. */
		nameFoundAt: foundAt.optional(),
		/** One or two sentences of our own saying what it is. Optional for minor acronyms. */
		definition: z.string().min(1).optional(),
		/** Related terms (→ glossary). Optional. */
		seeAlso: links('glossary'),
		/** Term that replaces this one (→ glossary), e.g. a renamed scheme. Optional. */
		supersededBy: link('glossary').optional(),
		/** Statements of this definition that a source leaves in doubt, each with the key other entries share. Optional. */
		uncertain: uncertainties,
		/** Documents that use it (→ resources). Required, at least one. */
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

/** One of the 15 local needs of fragile territories identified by the ANCT study. */
export const needSchema = z.strictObject({
	/** Identifier. Required. */
	id: recordId,
	/** Position in the study's list (1–15). Required. */
	number: z.number().int().min(1).max(15),
	/** The need, in a short phrase. Required. */
	name: z.string().min(1),
	/** Documents that set it out (→ resources). Required, at least one. */
	sources: z.array(link('resources')).min(1),
});

/** A social-utility activity answering a local need. */
export const activitySchema = z
	.strictObject({
		/** Identifier. Required. */
		id: recordId,
		/** Name of the activity (e.g. « Épiceries sociales et solidaires »). Required. */
		name: z.string().min(1),
		/** Needs it answers (→ needs); the first is the one the source files it under. Required unless `themes` is given. */
		needs: links('needs'),
		/**
		 * Themes the source files it under (→ themes), for an activity the source ties to no need (the ANCT
		 * study's annex sorts some by theme only). Required unless `needs` is given.
		 */
		themes: links('themes'),
		/** Documents that set it out (→ resources). Required, at least one. */
		sources: z.array(link('resources')).min(1),
	})
	.refine((activity) => activity.needs.length > 0 || activity.themes.length > 0, {
		path: ['needs'],
		error: 'une activité répond à au moins un besoin (needs) ou relève d’une thématique (themes)',
	});

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
 */
export const schemeStatus = z
	.strictObject({
		/** `ouvert`, `clos` or `remplace` (replaced: name the successor in `replacedBy` or the scheme's `supersededBy`). Required. */
		state: z.enum(SCHEME_STATES),
		/** The document that says so (→ resources); its year dates the status. Give it or `foundAt`. */
		source: link('resources').optional(),
		/** The stored official page that says so, and the day it was seen. Give it or `source`. */
		foundAt: foundAt.optional(),
		/** The successor as the source or the page names it, where it has no record of its own. Optional. */
		replacedBy: z.string().min(1).optional(),
	})
	.refine((status) => (status.source === undefined) !== (status.foundAt === undefined), {
		path: ['source'],
		error: 'dites qui donne cet état : « source » (identifiant d’une ressource) ou « foundAt » (page officielle consultée), l’un des deux',
	});

/** A funding scheme, approval or contracting tool an ESS project or a local authority can use. */
export const fundingSchema = z.strictObject({
	/** Identifier. Required. */
	id: recordId,
	/** Name of the scheme, as the sources spell it. Required. */
	name: z.string().min(1),
	/** Family it belongs to. Required. */
	family: z.enum(FUNDING_FAMILIES),
	/** What the source says of it, in our words. Required. */
	description: z.string().min(1),
	/** Amount, threshold or rate the source gives, as written (e.g. « 30 M€ »). Optional. */
	amount: z.string().min(1).optional(),
	/** Who runs or grants it (→ organisations). Optional. */
	providers: links('organisations'),
	/** Glossary entry for its acronym (→ glossary). Optional. */
	term: link('glossary').optional(),
	/** Address where a source gives one, or where `urlFoundAt` says it was found. Optional: never guessed. */
	url: webUrl.optional(),
	/** Where an address no source gives was found (a stored official page) and when. Optional; only with `url`. */
	urlFoundAt: foundAt.optional(),
	/** First year the scheme ran, where a source or an official page gives it. Optional. */
	startYear: year.optional(),
	/** Last year the scheme ran (or its call closed), where a source or an official page gives it. Optional. */
	endYear: year.optional(),
	/** Open, closed or replaced, with who says so. Optional: left out where nobody says. */
	status: schemeStatus.optional(),
	/** Scheme that replaced it (→ funding): the record stays, marked as replaced. Optional. */
	supersededBy: link('funding').optional(),
	/** Statements of this record that a source leaves in doubt, each with the key other entries share. Optional. */
	uncertain: uncertainties,
	/** Documents that describe it (→ resources). Required, at least one. */
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

/** A theme used to group resources and initiatives. */
export const themeSchema = z.strictObject({
	/** Identifier. Required. */
	id: recordId,
	/** Name of the theme. Required. */
	name: z.string().min(1),
	/** What it covers, in a sentence. Optional. */
	description: z.string().min(1).optional(),
});

/** A programme or study that produced resources or levers (e.g. TRESSONS, the ANCT study). */
export const programmeSchema = z.strictObject({
	/** Identifier. Required. */
	id: recordId,
	/** Full name. Required. */
	name: z.string().min(1),
	/** Short name (e.g. « TRESSONS »). Optional. */
	acronym: z.string().min(1).optional(),
	/** First year. Optional. */
	startYear: year.optional(),
	/** Last year. Optional. */
	endYear: year.optional(),
	/** Organisations that ran it (→ organisations). Required, at least one. */
	leads: z.array(link('organisations')).min(1),
	/** Funders and supporting networks (→ organisations). Optional. */
	funders: links('organisations'),
	/** What it is, in a few sentences of our own. Required. */
	description: z.string().min(1),
	/** Its aims, one per item. Optional. */
	aims: z.array(z.string().min(1)).default([]),
	/** Its fields of action (e.g. TRESSONS's four). Optional. */
	fields: z.array(z.strictObject({ title: z.string().min(1), text: z.string().min(1) })).default([]),
	/** Address where a source gives one. Optional: never guessed. */
	url: webUrl.optional(),
	/** Documents that describe it (→ resources). Required, at least one. */
	sources: z.array(link('resources')).min(1),
});

/** A quantified fact: a share, a count, a threshold, an amount or a date. */
export const figureSchema = z.strictObject({
	/** Identifier. Required. */
	id: recordId,
	/** The number itself. Required. */
	value: z.number(),
	/** Unit: « % », « € », « emplois », « communes »… Required. */
	unit: z.string().min(1),
	/** What the number measures, in a short phrase of our own. Required. */
	label: z.string().min(1),
	/** Year or period the number refers to, where given. Optional. */
	year: year.optional(),
	/** Figures compared in one chart share a group (e.g. `emploi-ess-rural-urbain`). Optional. */
	group: recordId.optional(),
	/** Label of this figure within its group (e.g. « territoires ruraux »). Optional; used with `group`. */
	groupLabel: z.string().min(1).optional(),
	/** Themes it informs (→ themes). Optional. */
	themes: links('themes'),
	/** Document that gives it (→ resources). Required. */
	source: link('resources'),
});

