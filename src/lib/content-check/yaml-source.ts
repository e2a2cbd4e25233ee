/**
 * YAML read exactly as Astro's loaders read it (js-yaml's `load`, default schema: the file loader and
 * the front matter of the glob loader both call it), with every warning an error, and the constructs
 * a content file never needs refused before any value is built: anchors and aliases (an alias bomb
 * grows exponentially once expanded), explicit tags (`!Nouveau` makes js-yaml throw, which drops a
 * whole data collection), and dates that do not exist (YAML turns 2026-02-30 into 2 March).
 */
import { load, YAMLException } from 'js-yaml';
import { type Document, isAlias, isScalar, type Node, visit } from 'yaml';
import { isCalendarDay } from '../../schemas/day.ts';

export interface YamlSourceProblem {
	/** Offset in the YAML text. */
	offset: number;
	rule: string;
	message: string;
	hint: string;
}

const LOOKS_LIKE_DAY = /^\d{4}-\d{2}-\d{2}$/;
/** What js-yaml reads as a timestamp (its own pattern): a day with one-digit parts, or with a time. */
const TIMESTAMP = /^\d{4}-\d\d?-\d\d?(?:$|[Tt]|[ \t]+\d)/;

/** The first construct of `doc` (parsed with positions) that content must not use. */
export function yamlSourceProblem(doc: Document): YamlSourceProblem | undefined {
	let found: YamlSourceProblem | undefined;
	visit(doc, (_key, node) => {
		const n = node as Node & { anchor?: string; tag?: string; source?: string; type?: string };
		const offset = n.range?.[0] ?? 0;
		if (isScalar(n) && n.value === '<<' && _key === 'key') {
			found = {
				offset,
				rule: 'yaml-alias',
				message: 'clé de fusion YAML « << » : refusée dans le contenu (elle recopie un autre objet, souvent par un alias)',
				hint: 'écrivez chaque champ en toutes lettres',
			};
		} else if (isAlias(n) || n.anchor) {
			found = {
				offset,
				rule: 'yaml-alias',
				message: `ancre ou alias YAML (« ${isAlias(n) ? `*${n.source}` : `&${n.anchor}`} ») : refusés dans le contenu (un alias répété peut faire exploser la taille du fichier lu)`,
				hint: 'écrivez la valeur en entier à chaque endroit, sans « & » ni « * »',
			};
		} else if (n.tag) {
			found = {
				offset,
				rule: 'yaml-etiquette',
				message: `étiquette YAML « ${n.tag.replace('tag:yaml.org,2002:', '!!')} » : refusée dans le contenu (le site ignorerait tout le fichier)`,
				hint: 'retirez l’étiquette ; pour un texte qui commence par « ! », mettez-le entre guillemets',
			};
		} else if (isScalar(n) && n.type === 'PLAIN' && typeof n.source === 'string' && TIMESTAMP.test(n.source) && !isCalendarDay(n.source)) {
			found = {
				offset,
				rule: 'date-invalide',
				message: LOOKS_LIKE_DAY.test(n.source)
					? `la date « ${n.source} » n’existe pas (le site afficherait un autre jour)`
					: `la date « ${n.source} » n’est pas écrite AAAA-MM-JJ (une heure ou un chiffre seul peut décaler le jour publié)`,
				hint: 'écrivez un jour qui existe, AAAA-MM-JJ, sans heure (par exemple 2026-11-22)',
			};
		}
		return found ? visit.BREAK : undefined;
	});
	return found;
}

/** The value Astro's loaders get from `text`, or js-yaml's complaint with its 1-based position. */
export function loadLikeAstro(text: string, filename: string): { value: unknown } | { line: number; column: number; message: string } {
	const warnings: YAMLException[] = [];
	try {
		const value = load(text, { filename, onWarning: (warning) => warnings.push(warning) });
		const warning = warnings[0];
		if (warning) return { line: warning.mark.line + 1, column: warning.mark.column + 1, message: warning.reason };
		return { value };
	} catch (error) {
		if (error instanceof YAMLException) return { line: error.mark.line + 1, column: error.mark.column + 1, message: error.reason };
		throw error;
	}
}
