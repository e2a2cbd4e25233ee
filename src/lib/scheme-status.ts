/**
 * Whether a funding scheme is still open or belongs to history, from what its record says: a status given by
 * a source or an official page, a successor, or a period that has ended. Nothing else is inferred: a scheme
 * the sources describe without an end is « ouvert à la date des sources », which the page says is not today.
 */
export type SchemeTime = 'ouverts' | 'historiques';

/** Labels of the two values, for the filter and the scheme pages. */
export const SCHEME_TIME_LABELS: Record<SchemeTime, string> = {
	ouverts: 'Encore ouverts (à la date des sources)',
	historiques: 'Historiques (clos, remplacés ou d’une période passée)',
};

export const STATE_LABELS = { ouvert: 'ouvert', clos: 'clos', remplace: 'remplacé' } as const;

interface SchemeData {
	endYear?: number;
	status?: { state: keyof typeof STATE_LABELS };
	supersededBy?: unknown;
}

/** `historiques` when a source or page says it is closed or replaced, or when its last year has passed. */
export function schemeTime(scheme: SchemeData, thisYear: number = new Date().getUTCFullYear()): SchemeTime {
	if (scheme.supersededBy !== undefined) return 'historiques';
	if (scheme.status && scheme.status.state !== 'ouvert') return 'historiques';
	if (scheme.endYear !== undefined && scheme.endYear < thisYear) return 'historiques';
	return 'ouverts';
}

/** « créé en 2014 », « dispositif de 2021 », « de 2020 à 2022 »: the scheme's own period, when it has one. */
export function periodLabel(scheme: { startYear?: number; endYear?: number }): string | undefined {
	const { startYear: from, endYear: to } = scheme;
	if (from !== undefined && to !== undefined) return from === to ? `dispositif de ${to}` : `de ${from} à ${to}`;
	if (from !== undefined) return `créé en ${from}`;
	return to === undefined ? undefined : `jusqu’en ${to}`;
}
