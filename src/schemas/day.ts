import { z } from 'astro/zod';

/** One day in milliseconds: a past date may be today wherever the contributor lives, never later. */
const DAY_MS = 24 * 60 * 60 * 1000;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether `text` is a day written AAAA-MM-JJ that exists in the calendar (no 2026-02-30). */
export function isCalendarDay(text: string): boolean {
	const match = ISO_DAY.exec(text);
	if (!match) return false;
	const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
	const date = new Date(Date.UTC(year, month - 1, day));
	return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const DAY_ERROR = 'date AAAA-MM-JJ attendue, un jour qui existe (par exemple 2026-11-22, pas 22/11/2026 ni 2026-02-30)';

/**
 * A day written AAAA-MM-JJ. YAML reads an unquoted one as a date (and rolls 2026-02-30 over to
 * 2 March: the content check refuses that from the source text); a quoted or otherwise written one
 * arrives as text and must be a real day in that form. Anything else (22/11/2026, « hier ») is refused,
 * never guessed. With `past`, a day after today (wherever the contributor lives) is refused too.
 */
export const day = (past?: { hint: string }) => {
	const schema = z.preprocess(
		(value) => (typeof value === 'string' && isCalendarDay(value.trim()) ? new Date(`${value.trim()}T00:00:00Z`) : value),
		z.date({ error: DAY_ERROR }).refine((date) => !Number.isNaN(date.getTime()), { error: DAY_ERROR }),
	);
	const checked = past ? schema.refine((date) => date.getTime() < Date.now() + DAY_MS, { error: past.hint }) : schema;
	return checked;
};
