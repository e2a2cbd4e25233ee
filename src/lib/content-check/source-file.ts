/**
 * Reading content files the way Astro does (same YAML parser and options, same front matter), but
 * keeping positions, so that every problem can be reported at its line and column. The values come
 * from js-yaml as in Astro's loaders; the `yaml` library only locates nodes and refuses constructs first.
 */
import { isMap, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { Problem } from './problem.ts';
import { loadLikeAstro, yamlSourceProblem } from './yaml-source.ts';

/** js-yaml's reasons most often met, in French. */
const REASONS: [RegExp, string][] = [
	[/^duplicated mapping key|^Map keys must be unique/, 'clé en double dans le même objet'],
	[/^unknown tag/, 'étiquette inconnue'],
	[/^bad indentation/, 'indentation incorrecte'],
	[/^unsupported YAML version/i, 'version de YAML non prise en charge : retirez la ligne « %YAML … » du début du fichier'],
	[/^unknown document directive|^Unknown directive/i, 'directive YAML inconnue : retirez la ligne qui commence par « % »'],
	[/^expected valid JSON character|control characters are not allowed/, 'caractère de contrôle invisible (retapez le texte sans le copier-coller)'],
];
const reason = (text: string) => REASONS.find(([re]) => re.test(text))?.[1] ?? text;

export interface ParsedYaml {
	/** The plain value (what the schema parses). */
	value: unknown;
	/** Line/column of the node at a path, or of the nearest existing parent. */
	position(path: readonly PropertyKey[], key?: boolean): { line: number; column: number };
}

/** Text with a BOM removed and CRLF/CR line ends turned into LF: such files parse exactly like clean ones. */
export function normaliseText(raw: string): string {
	return raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

export function parseYaml(text: string, file: string, lineOffset = 0): ParsedYaml | Problem {
	const lineCounter = new LineCounter();
	const doc: Document = parseDocument(text, { lineCounter, customTags: ['timestamp'], prettyErrors: true });
	const unreadable = (line: number, column: number, message: string): Problem => ({
		file,
		line: line + lineOffset,
		column,
		rule: 'yaml-invalide',
		field: '',
		message: `YAML illisible : ${message}`,
		hint: 'vérifiez l’indentation (espaces, pas de tabulation) et mettez entre guillemets les valeurs contenant « : » ou « # »',
	});
	// Warnings are errors: what one parser only warns about, the other may read differently.
	const error = doc.errors[0] ?? doc.warnings.find((w) => w.code !== 'TAG_RESOLVE_FAILED');
	if (error) {
		const [line, column] = error.linePos?.[0] ? [error.linePos[0].line, error.linePos[0].col] : [1, 1];
		return unreadable(line, column, reason(error.message.split('\n')[0]!));
	}
	const locate = (offset: number) => {
		const pos = lineCounter.linePos(offset);
		return { line: pos.line + lineOffset, column: pos.col };
	};
	const refused = yamlSourceProblem(doc);
	if (refused) return { file, ...locate(refused.offset), rule: refused.rule, field: '', message: refused.message, hint: refused.hint };
	const loaded = loadLikeAstro(text, file);
	if ('message' in loaded) return unreadable(loaded.line, loaded.column, reason(loaded.message));
	return {
		value: loaded.value,
		position(path, key = false) {
			if (key && path.length > 0) {
				const parent = doc.getIn(path.slice(0, -1), true) as Node | undefined;
				const pair = isMap(parent) ? parent.items.find((p) => (p.key as any)?.value === path.at(-1)) : undefined;
				const range = (pair?.key as Node | undefined)?.range;
				if (range) return locate(range[0]);
			}
			// The deepest node that exists: a missing field is reported at the object that lacks it.
			for (let depth = path.length; depth >= 0; depth--) {
				const node = (depth ? doc.getIn(path.slice(0, depth), true) : doc.contents) as Node | undefined;
				if (node?.range) return locate(node.range[0]);
			}
			return { line: 1 + lineOffset, column: 1 };
		},
	};
}

export interface FrontMatterFile {
	yaml: ParsedYaml;
	/** Body after the front matter. */
	body: string;
	/** 1-based line where the body starts. */
	bodyLine: number;
}

/** Splits an MDX file into its YAML front matter and body. */
export function parseFrontMatterFile(raw: string, file: string): FrontMatterFile | Problem {
	const text = normaliseText(raw);
	const problem = (line: number, rule: string, message: string, hint: string): Problem => ({
		file,
		line,
		column: 1,
		rule,
		field: '',
		message,
		hint,
	});
	if (text.trim() === '') {
		return problem(0, 'fichier-vide', 'le fichier est vide', 'commencez par un en-tête entre deux lignes « --- » (voir CONTRIBUTING.md)');
	}
	if (!text.startsWith('---\n')) {
		return problem(1, 'en-tete-absent', 'le fichier ne commence pas par « --- »', 'ajoutez l’en-tête YAML entre deux lignes « --- » en tout début de fichier');
	}
	const end = text.indexOf('\n---', 3);
	const afterEnd = end === -1 ? '' : text.slice(end + 4, end + 5);
	if (end === -1 || (afterEnd !== '\n' && afterEnd !== '')) {
		return problem(1, 'en-tete-non-ferme', 'l’en-tête ouvert par « --- » n’est jamais refermé', 'ajoutez une ligne « --- » à la fin de l’en-tête');
	}
	const yamlText = text.slice(4, end + 1);
	const yaml = parseYaml(yamlText, file, 1);
	if ('rule' in yaml) return yaml;
	const bodyStart = end + 5;
	return { yaml, body: text.slice(bodyStart), bodyLine: text.slice(0, bodyStart).split('\n').length };
}
