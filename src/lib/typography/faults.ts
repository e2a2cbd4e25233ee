/**
 * What counts as a French typography fault in a text a reader sees: the checker of the built site
 * (tests/e2e/typography.test.ts) runs it on every text node, feed and export field.
 */
import { maskProtected } from './french.ts';

export interface TypographyFault {
	/** What is wrong, in French. */
	rule: string;
	/** The fault with a few characters around it. */
	excerpt: string;
}

/** Each fault, as a pattern over prose (web addresses, e-mail addresses and times are left out). */
const FAULTS: { rule: string; pattern: RegExp }[] = [
	{ rule: 'espace ordinaire avant « : ; ! ? »', pattern: /[ \t\n](?=[:;!?])/g },
	{ rule: 'pas d’espace avant « ; ! ? »', pattern: /(?<=[\p{L}\d)»%])[;!?]/gu },
	{ rule: 'pas d’espace avant « : »', pattern: /(?<=[\p{L})»%]):(?![\d/])/gu },
	{ rule: 'espace ordinaire (ou aucune) dans les guillemets', pattern: /«(?![\u00a0\u202f])|(?<![\u00a0\u202f])»/g },
	{ rule: 'apostrophe droite', pattern: /(?<=\p{L})'|'(?=\p{L})/gu },
	{ rule: 'trait d’union au lieu du signe moins', pattern: /(?<=^|[\s(])-(?=\d)/g },
	{ rule: 'espace ordinaire (ou aucune) entre un nombre et « % » ou « € »', pattern: /(?<=\d)(?: ?)(?=[%€])/g },
	{ rule: 'espace ordinaire comme séparateur de milliers', pattern: /(?<![\d,.])\d{1,3} \d{3}(?!\d)/g },
	{ rule: 'espace ordinaire entre « n° » et son numéro', pattern: /(?<!\p{L})[nN]° (?=\d)/gu },
	{ rule: 'capitale sans accent', pattern: /\b(?:Etat|Etats|Emergence|Ecole|Economie|Education|Energie|Equipe|Etude|Etudes|Evaluation|Elus|Epicerie)\b/g },
	{ rule: 'accent manquant', pattern: /\bvous plait\b/g },
	{ rule: 'pas d’espace après la fin d’une phrase', pattern: /(?<=\p{Ll}{2}[.;!?])(?=\p{Lu}\p{Ll})/gu },
];

/** Every fault in `text`, with a few characters around it. */
export function typographyFaults(text: string): TypographyFault[] {
	// Addresses and times are masked by a character no pattern matches, so places stay the same.
	const prose = maskProtected(text);
	const faults: TypographyFault[] = [];
	for (const { rule, pattern } of FAULTS) {
		for (const match of prose.matchAll(pattern)) {
			faults.push({ rule, excerpt: text.slice(Math.max(0, match.index - 20), match.index + 20) });
		}
	}
	return faults;
}
