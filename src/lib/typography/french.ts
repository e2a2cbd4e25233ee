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
/** What every protected stretch contains (a colon, an at sign or « www. »): a text without any has none. */
const MAY_PROTECT = /[:@]|www\./i;

/** Units written after a number, kept on its line. */
const UNIT = String.raw`(?:%|‰|€|k€|M€|Md€|\$|£)`;
const NUMBER_UNIT = new RegExp(String.raw`(\d)[ \t${NBSP}${NNBSP}]?(${UNIT})`, 'gu');
// 23 000 → 23 000 (narrow no-break space); « 2020 200 » is not a number and stays.
const THOUSANDS = new RegExp(String.raw`(?<![\d,.])(\d{1,3})[ ${NBSP}](\d{3})(?!\d)`, 'gu');
const NARROW_COLON = new RegExp(`${NNBSP}:`, 'g');
const SPACED_RATIO = new RegExp(String.raw`(\d)[${NBSP}${NNBSP}]:(?=\d)`, 'g');

const thousands = (text: string) => {
	let previous: string;
	do {
		previous = text;
		text = text.replace(THOUSANDS, `$1${NNBSP}$2`);
	} while (text !== previous);
	return text;
};

/**
 * Each rule with what a text must contain for it to change anything: most text nodes hold no digit, quote
 * or high mark, and richtypo's rules look behind every position for a tag, which costs on long paragraphs
 * (the largest part of the typography stage before these tests, issue 20). Tested on the text as the rules
 * before it left it, so that the result is the same as running them all.
 */
const RULES: [needs: RegExp, rule: (text: string) => string][] = [
	// Two hyphens, as typed for a dash (« l’État -- enfin -- »), make one; three or more are left as they are.
	[/--/, (text) => text.replace(/(?<!-)--(?!-)/g, '—')],
	// aujourd'hui, l'État → aujourd’hui, l’État; an apostrophe that closes a word before a space or punctuation too.
	[/'/, (text) => text.replace(/(?<=\p{L})'(?=\p{L})/gu, '’').replace(/(?<=\p{L})'(?=[\s«"“]|$)/gu, '’')],
	// English curly quotes become French guillemets.
	[/[“”]/, (text) => text.replace(/“\s*/g, `«${NNBSP}`).replace(/\s*”/g, `${NNBSP}»`)],
	// A hyphen that stands for a minus: « -2,6 % », « (-3) ».
	[/-\d/, (text) => text.replace(/(^|[\s(\[])-(?=\d)/g, '$1−')],
	// 40 % and 23 000 € keep their unit; a missing space is added.
	[/[%‰€$£]/, (text) => text.replace(NUMBER_UNIT, `$1${NBSP}$2`)],
	[/"/, quotes],
	[/[?!:;«»]/, punctuationMarks],
	[/\.\./, ellipses],
	[/\d/, numberUnits],
	[/[˚°]/, degreeSigns],
	// « n° 2 » keeps the number with its sign on one line.
	[/[nN]° \d/, (text) => text.replace(/(?<!\p{L})([nN]°) (?=\d)/gu, `$1${NBSP}`)],
	[new RegExp(`\\d[ ${NBSP}]\\d`), thousands],
	// richtypo puts a narrow space before every high mark; French wants a full no-break space before « : ».
	[new RegExp(`${NNBSP}:`), (text) => text.replace(NARROW_COLON, `${NBSP}:`)],
	// « 2:3 » or « ::» are not French punctuation: undo the space richtypo put there.
	[new RegExp(`[${NBSP}${NNBSP}]:\\d`), (text) => text.replace(SPACED_RATIO, '$1:')],
];

const applyRules = (text: string) => RULES.reduce((result, [needs, rule]) => (needs.test(result) ? rule(result) : result), text);

/** `text` with `change` applied to everything but the protected stretches (addresses, times). */
export function outsideProtected(text: string, change: (prose: string) => string): string {
	if (!MAY_PROTECT.test(text)) return change(text);
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
