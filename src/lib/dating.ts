/**
 * When the information of an entry holds: its own year (a document's publication, a figure's year, a
 * scheme's period) or else the years of the documents it is written from. The sources date from a few
 * years back; saying so on every page keeps a reader from taking a 2021 fact for today's.
 */
import type { CollectionName } from '../schemas/names.ts';
import type { NodeKey } from './graph.ts';

/** An entry as the dating needs it: what the catalogue and the content checker both hold. */
export interface DatedNode {
	collection: CollectionName;
	id: string;
	data: Record<string, any>;
}

/** How to reach other entries: the catalogue at build time, the checker's records in scripts. */
export interface DatingContext {
	find(key: NodeKey): DatedNode | undefined;
	/** Entries that link to `node` (a theme is dated by what is filed under it). */
	linkedFrom(node: NodeKey): DatedNode[];
}

export interface Dating {
	from: number;
	to: number;
	/** The year is a lower bound: an undated document that mentions events of that year. */
	orLater: boolean;
	/** `own`: the entry's own year; `sources`: the documents it is written from; `contents`: what is filed under it. */
	basis: 'own' | 'sources' | 'contents';
	/** The dated documents the years come from (basis `sources`), in the entry's order. */
	documents: DatedNode[];
}

const yearOfDate = (date: unknown) => (date instanceof Date ? date.getUTCFullYear() : undefined);

/** The years an entry gives itself, without looking at its sources. */
function ownYears(node: DatedNode): Omit<Dating, 'basis' | 'documents'> | undefined {
	const d = node.data;
	const span = (from?: number, to?: number) => (from ?? to) === undefined ? undefined : { from: (from ?? to)!, to: (to ?? from)!, orLater: false };
	switch (node.collection) {
		case 'resources': {
			const year = d.year ?? yearOfDate(d.date);
			if (year !== undefined) return { from: year, to: year, orLater: false };
			return d.notBefore === undefined ? undefined : { from: d.notBefore, to: d.notBefore, orLater: true };
		}
		case 'figures':
			return span(d.year);
		case 'funding':
		case 'programmes':
			return span(d.startYear, d.endYear);
		default:
			return undefined;
	}
}

/** Spans merged into one: from the earliest to the latest year; a lower bound only if the latest is one. */
export function merge(spans: Omit<Dating, 'basis' | 'documents'>[]): Omit<Dating, 'basis' | 'documents'> | undefined {
	if (spans.length === 0) return undefined;
	const to = Math.max(...spans.map((s) => s.to));
	return { from: Math.min(...spans.map((s) => s.from)), to, orLater: spans.some((s) => s.orLater && s.to === to) };
}

const sourcesOf = (node: DatedNode): NodeKey[] => node.data.sources ?? (node.data.source ? [node.data.source] : []);

/** The years the documents `keys` were published in (a document that is its own source counts once). */
function documentsDating(keys: NodeKey[], context: DatingContext) {
	const documents = keys.map((k) => context.find(k)).filter((d): d is DatedNode => d !== undefined && ownYears(d) !== undefined);
	const span = merge(documents.map((d) => ownYears(d)!));
	return span && { ...span, documents };
}

/** When the information of `node` holds, or undefined when neither it nor its sources say. */
export function datingOf(node: DatedNode, context: DatingContext): Dating | undefined {
	const own = ownYears(node);
	if (own) return { ...own, basis: 'own', documents: [] };
	const fromSources = documentsDating(sourcesOf(node), context);
	if (fromSources) return { ...fromSources, basis: 'sources' };
	if (node.collection === 'themes') {
		const contents = merge(
			context
				.linkedFrom(node)
				.map((entry) => datingOf(entry, context))
				.filter((d): d is Dating => d !== undefined),
		);
		return contents && { ...contents, basis: 'contents', documents: [] };
	}
	return undefined;
}

/**
 * When what a page says of an entry holds, for its footer. A scheme's or a programme's own years are its
 * period (the DLA since 2002), not the date of what the page says of it: that is its sources' date.
 */
export function informationDating(node: DatedNode, context: DatingContext): Dating | undefined {
	if (node.collection !== 'funding' && node.collection !== 'programmes') return datingOf(node, context);
	const fromSources = documentsDating(sourcesOf(node), context);
	return fromSources && { ...fromSources, basis: 'sources' };
}

/** « 2021 », « 2019 à 2022 », « 2021 ou après ». */
export function formatYears(dating: Pick<Dating, 'from' | 'to' | 'orLater'>): string {
	const years = dating.from === dating.to ? String(dating.to) : `${dating.from} à ${dating.to}`;
	return dating.orLater ? `${years} ou après` : years;
}

/** « de 2021 », « de 2019 à 2022 » — with the preposition a French sentence needs before the years. */
export const ofYears = (dating: Pick<Dating, 'from' | 'to' | 'orLater'>) => `de ${formatYears(dating)}`;

/** « en 2021 », « de 2021 à 2022 »: when documents were published, years only. */
export const publishedIn = (span: Pick<Dating, 'from' | 'to'>) => (span.from === span.to ? `en ${span.to}` : `de ${span.from} à ${span.to}`);

/** The documents the site is written from: those that are their own source. */
export function sourceDocuments<N extends DatedNode>(resources: N[]): N[] {
	return resources.filter((r) => sourcesOf(r).some((s) => s.collection === 'resources' && s.id === r.id));
}

/** « 2 décembre 2026 »: a day as French readers write it. */
export const formatDay = (date: Date) => date.toLocaleDateString('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/**
 * « en 2021, selon « L’ESS, une chance pour les territoires fragiles » »: when and by whom an amount or a threshold is given, from the first
 * dated document among `sources`. A legal figure changes; the reader must know which year it is from.
 */
export function citedIn(sources: NodeKey[], context: { dating(key: NodeKey): Dating | undefined; title(collection: CollectionName, id: string): string }): string {
	const source = sources.find((s) => context.dating(s) !== undefined);
	if (!source) return '';
	const title = context.title(source.collection, source.id);
	return `en ${formatYears(context.dating(source)!)}, selon ${title.startsWith('«') ? title : `« ${title} »`}`;
}
