/**
 * French typography for a run of plain text (one text node, one export field): no-break spaces around
 * the high punctuation and inside guillemets, typographic apostrophes, dashes, minus signs, units and thousands.
 * The rules come from richtypo's French set where it has them; web addresses, e-mail addresses and times
 * (9:30) are left exactly as written.
 */
import { degreeSigns, ellipses, numberUnits, punctuationMarks, quotes } from 'richtypo/rules/fr';

/** No-break space: before « : » and between a number and its unit. */
export const NBSP = '\u00a0';
/** Narrow no-break space: before « ; ! ? », inside « », as a thousands separator. */
export const NNBSP = '\u202f';

/** Stretches of text no rule may touch. */
const PROTECTED = /\b[a-z][a-z\d+.-]*:\/\/[^\s<>«»"]*|\b(?:mailto|tel):[^\s<>«»"]+|\bwww\.[^\s<>«»"]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\b\d{1,2}:\d{2}\b/giu;

/** Units written after a number, kept on its line. */
const UNIT = String.raw`(?:%|‰|€|k€|M€|Md€|\$|£)`;

const ownRules: ((text: string) => string)[] = [
	// Two hyphens, as typed for a dash (« l’État -- enfin -- »), make one; three or more are left as they are.
	(text) => text.replace(/(?<!-)--(?!-)/g, '—'),
	// aujourd'hui, l'État → aujourd’hui, l’État
	(text) => text.replace(/(?<=\p{L})'(?=\p{L})/gu, '’'),
	// An apostrophe that closes a word before a space or punctuation stays typographic as well.
	(text) => text.replace(/(?<=\p{L})'(?=[\s«"“]|$)/gu, '’'),
	// English curly quotes become French guillemets.
	(text) => text.replace(/“\s*/g, `«${NNBSP}`).replace(/\s*”/g, `${NNBSP}»`),
	// A hyphen that stands for a minus: « -2,6 % », « (-3) ».
	(text) => text.replace(/(^|[\s(\[])-(?=\d)/g, '$1−'),
	// 40 % and 23 000 € keep their unit; a missing space is added.
	(text) => text.replace(new RegExp(String.raw`(\d)[ \t${NBSP}${NNBSP}]?(${UNIT})`, 'gu'), `$1${NBSP}$2`),
];

const thousands = (text: string) => {
	let previous: string;
	do {
		previous = text;
		// 23 000 → 23 000 (narrow no-break space); « 2020 200 » is not a number and stays.
		text = text.replace(new RegExp(String.raw`(?<![\d,.])(\d{1,3})[ ${NBSP}](\d{3})(?!\d)`, 'gu'), `$1${NNBSP}$2`);
	} while (text !== previous);
	return text;
};

/** richtypo puts a narrow space before every high mark; French wants a full no-break space before « : ». */
const colon = (text: string) => text.replace(new RegExp(`${NNBSP}:`, 'g'), `${NBSP}:`);

/** « 2:3 » or « ::» are not French punctuation: undo the space richtypo put there. */
const betweenDigits = (text: string) => text.replace(new RegExp(String.raw`(\d)[${NBSP}${NNBSP}]:(?=\d)`, 'g'), '$1:');

const RULES = [...ownRules, quotes, punctuationMarks, ellipses, numberUnits, degreeSigns, thousands, colon, betweenDigits];

const applyRules = (text: string) => RULES.reduce((result, rule) => rule(result), text);

/** `text` with `change` applied to everything but the protected stretches (addresses, times). */
export function outsideProtected(text: string, change: (prose: string) => string): string {
	let result = '';
	let last = 0;
	for (const match of text.matchAll(PROTECTED)) {
		result += change(text.slice(last, match.index)) + match[0];
		last = match.index + match[0].length;
	}
	return result + change(text.slice(last));
}

/** `text` with each protected stretch replaced by as many U+2063 (a character no rule looks at). */
export const maskProtected = (text: string) => text.replace(PROTECTED, (stretch) => '\u2063'.repeat(stretch.length));

/** The text with French typography; protected stretches (addresses, times) are copied unchanged. */
export function frenchTypography(text: string): string {
	if (!/[:;!?«»"'“”\d.-]/.test(text)) return text;
	return outsideProtected(text, applyRules);
}
