/**
 * Reads the HTML out of an MDX body compiled by Astro's MDX renderer with `optimize`: a body without
 * components, expressions, imports or images compiles to one `Fragment` whose `set:html` is the whole
 * body, which is exactly what the page would print. Any other shape (a component, a layout, an export)
 * is left to Astro's module for the body.
 */
import { parse } from 'acorn';
import type { CallExpression, Expression, Program, Statement } from 'acorn';
import type { MarkdownHeading } from 'astro';

export interface StaticBody {
	/** The body's HTML, as the page prints it. */
	html: string;
	/** Its headings, with the ids the HTML gives them. */
	headings: MarkdownHeading[];
	/** The front matter as the Markdown plugins left it (the glossary adds the terms a body uses). */
	frontmatter: Record<string, unknown>;
}

/** What the compiled module may hold besides the body: the MDX runtime's own functions and Astro's two exports. */
const RUNTIME_FUNCTIONS = new Set(['_createMdxContent', 'MDXContent', '_missingMdxReference']);
const EXPORTS = new Set(['frontmatter', 'getHeadings']);

/** The HTML string of `return _jsx(Fragment, { "set:html": "…" })`, if that is what `statement` is. */
function fragmentHtml(statement: Statement | undefined): string | undefined {
	if (statement?.type !== 'ReturnStatement' || statement.argument?.type !== 'CallExpression') return undefined;
	const call: CallExpression = statement.argument;
	const [component, props] = call.arguments;
	if (call.callee.type !== 'Identifier' || call.callee.name !== '_jsx' || call.arguments.length !== 2 || component.type !== 'Identifier' || component.name !== 'Fragment') return undefined;
	if (props.type !== 'ObjectExpression' || props.properties.length !== 1) return undefined;
	const [prop] = props.properties;
	if (prop.type !== 'Property' || prop.key.type !== 'Literal' || prop.key.value !== 'set:html') return undefined;
	return prop.value.type === 'Literal' && typeof prop.value.value === 'string' ? prop.value.value : undefined;
}

/** A value the renderer wrote into the module as JSON (`JSON.stringify`), read back. */
const jsonOf = <T>(code: string, expression: Expression | null | undefined): T | undefined =>
	expression?.type === 'ArrayExpression' || expression?.type === 'ObjectExpression' ? (JSON.parse(code.slice(expression.start, expression.end)) as T) : undefined;

/** The body's HTML and headings when `code` (a compiled MDX body) is static HTML and nothing else; otherwise `undefined`. */
export function staticBody(code: string): StaticBody | undefined {
	const program: Program = parse(code, { ecmaVersion: 'latest', sourceType: 'module' });
	let html: string | undefined;
	let headings: MarkdownHeading[] | undefined;
	let frontmatter: Record<string, unknown> | undefined;
	for (const node of program.body) {
		if (node.type === 'ImportDeclaration') {
			if (node.source.value !== 'astro/jsx-runtime') return undefined;
		} else if (node.type === 'FunctionDeclaration') {
			if (!RUNTIME_FUNCTIONS.has(node.id.name)) return undefined;
			if (node.id.name === '_createMdxContent') html = fragmentHtml(node.body.body.at(-1));
		} else if (node.type === 'ExportNamedDeclaration' && node.declaration) {
			const declaration = node.declaration;
			const name = declaration.type === 'VariableDeclaration' ? declaration.declarations.map((d) => (d.id.type === 'Identifier' ? d.id.name : '')).join() : declaration.id?.name;
			if (!name || !EXPORTS.has(name)) return undefined;
			if (declaration.type === 'VariableDeclaration') frontmatter = jsonOf(code, declaration.declarations[0].init);
			else if (declaration.type === 'FunctionDeclaration') {
				const returned = declaration.body.body.at(-1);
				headings = returned?.type === 'ReturnStatement' ? jsonOf(code, returned.argument) : undefined;
			}
		} else {
			return undefined;
		}
	}
	return html === undefined || headings === undefined || frontmatter === undefined ? undefined : { html, headings, frontmatter };
}
