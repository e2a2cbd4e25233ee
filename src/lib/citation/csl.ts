/**
 * One resource as a CSL-JSON item, the pivot every citation format is produced from (BibTeX, RIS,
 * the French reference, the `citation_*` meta tags). Organisations are institutions: a CSL
 * `literal` name, never split into a first and last name. People keep the spelling of the source.
 * Pure: the tests run it on fixtures and on the real catalogue.
 */
import { RESOURCE_KIND_LABELS } from '../labels.ts';
import { frenchTypography } from '../typography/french.ts';
import type { RESOURCE_KINDS } from '../../schemas/resources.ts';

type ResourceKind = (typeof RESOURCE_KINDS)[number];

/** A name in CSL-JSON: an institution (`literal`) or a person (`family`, `given`). */
export type CslName = { literal: string } | { family: string; given?: string };
export type CslDate = { 'date-parts': [[number, number?, number?]] };

export interface CslItem {
	id: string;
	type: string;
	title: string;
	author?: CslName[];
	/** A video's makers, as well as its authors: RIS names a film's makers only as directors. */
	director?: CslName[];
	issued?: CslDate;
	accessed?: CslDate;
	publisher?: string;
	genre?: string;
	'collection-title'?: string;
	URL?: string;
	language: 'fr';
}

/** What an item needs from outside the resource: the names of its organisations. */
export interface CitationContext {
	organisation(id: string): { name: string; acronym?: string } | undefined;
}

/** The resource fields a citation uses (the parsed front matter of `src/content/resources/`). */
export interface CitableResource {
	id: string;
	data: {
		title: string;
		kind: ResourceKind;
		year?: number;
		date?: Date;
		authors?: { id: string }[];
		people?: string[];
		series?: string;
		url?: string;
		urlFoundAt?: { page: string; seen: Date };
	};
}

/** CSL type of each kind of resource: what reference managers file it as (Zotero: report, presentation, web page…). */
const CSL_TYPES: Record<ResourceKind, string> = {
	etude: 'report',
	synthese: 'report',
	'etude-de-cas': 'report',
	analyse: 'report',
	rapport: 'report',
	'carnet-de-projets': 'report',
	webinaire: 'speech',
	seminaire: 'speech',
	video: 'motion_picture',
	'texte-juridique': 'legislation',
	'site-web': 'webpage',
	plateforme: 'webpage',
	'fiche-pratique': 'document',
	'fiche-thematique': 'document',
	'mode-d-emploi': 'document',
	guide: 'document',
	publication: 'document',
};

const day = (d: Date): CslDate => ({ 'date-parts': [[d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()]] });

/**
 * A person's name as the source spells it, split on its last space (« Sophie Mignon » → Mignon,
 * Sophie); a single word stays whole, as an institution would.
 */
export function personName(name: string): CslName {
	const at = name.trim().lastIndexOf(' ');
	return at < 0 ? { literal: name.trim() } : { family: name.slice(at + 1).trim(), given: name.slice(0, at).trim() };
}

export function resourceCsl(resource: CitableResource, ctx: CitationContext): CslItem {
	const d = resource.data;
	const organisations = (d.authors ?? []).map((a) => ctx.organisation(a.id)).filter((o) => o !== undefined);
	const people = (d.people ?? []).map(personName);
	// Named people wrote it, the organisations published it; otherwise the organisations are both.
	const author: CslName[] = people.length > 0 ? people : organisations.map((o) => ({ literal: frenchTypography(o.name) }));
	const publisher = frenchTypography(organisations.map((o) => o.acronym ?? o.name).join(' ; '));
	const issued = d.date ? day(d.date) : d.year !== undefined ? { 'date-parts': [[d.year]] as [[number]] } : undefined;
	const item: CslItem = {
		id: resource.id,
		type: CSL_TYPES[d.kind],
		title: frenchTypography(d.title),
		language: 'fr',
		genre: RESOURCE_KIND_LABELS[d.kind],
	};
	if (author.length > 0) item.author = author;
	if (author.length > 0 && item.type === 'motion_picture') item.director = author;
	if (issued) item.issued = issued;
	if (publisher) item.publisher = publisher;
	if (d.series) item['collection-title'] = frenchTypography(d.series);
	if (d.url) item.URL = d.url;
	// The day seen is only known for addresses found outside the sources; never made up for the others.
	if (d.url && d.urlFoundAt) item.accessed = day(d.urlFoundAt.seen);
	return item;
}
