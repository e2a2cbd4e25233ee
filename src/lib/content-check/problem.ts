/** One thing wrong with the content, located precisely enough for a contributor to fix it. */
export interface Problem {
	/** Path of the file, relative to the project root. */
	file: string;
	/** 1-based line, 0 when the whole file is concerned. */
	line: number;
	/** 1-based column, 0 when unknown. */
	column: number;
	/** Short name of the rule broken (e.g. `schema`, `lien-inconnu`, `id-en-double`). */
	rule: string;
	/** Field concerned, as a dotted path (`leverUsages.0.lever`), empty for the whole entry. */
	field: string;
	/** What is wrong, in French. */
	message: string;
	/** How to fix it, in French. */
	hint?: string;
}

/** `file:line:column  [rule] field : message — hint`, one line per problem, as compilers print them. */
export function formatProblem(p: Problem): string {
	const where = `${p.file}:${p.line}:${p.column}`;
	const field = p.field ? ` champ « ${p.field} » :` : '';
	const hint = p.hint ? ` → ${p.hint}` : '';
	return `${where}  [${p.rule}]${field} ${p.message}${hint}`;
}

export function formatReport(problems: Problem[]): string {
	const lines = problems.map(formatProblem);
	const n = problems.length;
	lines.push(n === 0 ? 'Contenu valide : aucun problème.' : `${n} problème${n > 1 ? 's' : ''} dans le contenu.`);
	return lines.join('\n');
}
