/**
 * The body linter. MDX compiles to JavaScript that runs at build time with the builder's
 * environment, so a body must stay content: no import/export, no expression, only the
 * allowlisted components and elements, no script-carrying markup or URL, and accessible,
 * working headings, images and links. Bodies are parsed by the build's own parser (Sätteri, in
 * Rust), so the check accepts what the build compiles and every problem has the line and column
 * the compiler would give.
 */
import { existsSync, realpathSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { closest } from 'fastest-levenshtein';
import GithubSlugger from 'github-slugger';
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { markdownToMdast, mdxToMdast } from 'satteri';
import { visit } from 'unist-util-visit';
import { BODY_FEATURES } from '../markdown/features.ts';
import { placeAttributes } from './attribute-places.ts';
import { CONTENT_COMPONENTS, FORBIDDEN_ELEMENTS, HTML_ELEMENTS, MARKDOWN_EQUIVALENTS, URL_ATTRIBUTES } from './allowlist.ts';
import { imagePathProblem } from './image-path.ts';
import { text } from '../../schemas/text.ts';
import type { Problem } from './problem.ts';
import type { SiteMap } from './site-map.ts';
import { classifyUrl } from './urls.ts';

/** An entry body to lint. */
export interface BodySource {
	/** Path relative to the project root, for messages. */
	file: string;
	/** Absolute path, to find images next to it. */
	absolute: string;
	/** Site path of the entry's page (`fiches/x/`). */
	page: string;
	body: string;
	/** 1-based line of the body's first line in the file. */
	bodyLine: number;
}

export interface ParsedBody {
	source: BodySource;
	tree: Root;
	/** Heading ids of the rendered page, as Astro computes them (GitHub slugs of the headings' text). */
	anchors: Set<string>;
}

/** Hints for the parser's messages (« 1:7: Unexpected end of file in expression… (mdx-jsx:…) »), by what they say. */
const SYNTAX_HINTS: [RegExp, string][] = [
	[/closing tag/i, 'chaque balise ouverte doit être refermée, dans le même paragraphe ou bloc : <Encadre …>…</Encadre>'],
	[/expression|brace/i, 'en MDX, « { » ouvre une expression : pour afficher une accolade, écrivez \\{'],
	[/after `<`|JSX|tag/i, 'en MDX, « < » ouvre une balise : pour afficher le signe, écrivez \\< ; sinon refermez la balise (<Encadre …>…</Encadre>)'],
];
const SYNTAX_ERROR = /^(\d+):(\d+): ([\s\S]*?)(?: \([\w-]+:[\w-]+\))?$/;

export const problemAt = (source: BodySource, point: { line: number; column: number } | undefined, rule: string, message: string, hint?: string): Problem => ({
	file: source.file,
	line: (point?.line ?? 1) + source.bodyLine - 1,
	column: point?.column ?? 1,
	rule,
	field: '',
	message,
	hint,
});

const short = (text: string, max = 60) => {
	const line = text.replace(/\s+/g, ' ').trim();
	return line.length > max ? `${line.slice(0, max - 1)}…` : line;
};

export function parseBody(source: BodySource): ParsedBody | Problem {
	let tree: Root;
	try {
		tree = (source.file.endsWith('.md') ? markdownToMdast : mdxToMdast)(source.body, { features: BODY_FEATURES }) as Root;
	} catch (error) {
		const message = String((error as Error).message ?? error);
		const [, line, column, reason = message] = SYNTAX_ERROR.exec(message) ?? [];
		return problemAt(
			source,
			line ? { line: Number(line), column: Number(column) } : undefined,
			'mdx-invalide',
			`syntaxe MDX illisible : ${reason}`,
			SYNTAX_HINTS.find(([pattern]) => pattern.test(reason))?.[1] ?? 'vérifiez les caractères « < » et « { » de cette ligne (écrivez \\< ou \\{ pour les afficher)',
		);
	}
	placeAttributes(tree, source.body);
	const slugger = new GithubSlugger();
	const anchors = new Set<string>();
	visit(tree, 'heading', (heading) => {
		// The text as written: the build runs no smartypants, and its typography comes after the ids.
		anchors.add(slugger.slug(toString(heading, { includeImageAlt: false })));
	});
	return { source, tree, anchors };
}

/** What the linter needs to know about the rest of the site. */
export interface LintContext {
	site: SiteMap;
	/** Heading ids of the page at a site path, when it has a body. */
	anchorsOf(page: string): Set<string> | undefined;
	/** Whether the page is an entry whose file could not be read (its headings are unknown). */
	unreadable?(page: string): boolean;
	/** Folder of files served at the site root. */
	publicDir: string;
}

/** Records a problem at a node (or attribute) of the tree. */
type Report = (at: any, rule: string, message: string, hint?: string) => void;

/** An expression holding only comments compiles to nothing: a note for other editors, not code. */
const isOnlyComments = (node: any) => !String(node.value).replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*/g, '').trim();

function elementProblems(node: any, report: Report) {
	const name: string | null = node.name;
	const tag = `<${name ?? ''}>`;
	let allowed: Record<string, { values?: readonly string[]; required?: boolean } | undefined> | undefined;
	if (name === null) {
		report(node, 'composant-inconnu', 'fragment JSX « <> » inutile dans le contenu', 'supprimez « <> » et « </> »');
	} else if (FORBIDDEN_ELEMENTS.has(name.toLowerCase())) {
		const why =
			name.toLowerCase() === 'script'
				? 'elle exécuterait du code dans le navigateur des lecteurs'
				: name.toLowerCase() === 'style'
					? 'elle changerait la mise en forme de tout le site'
					: 'elle chargerait un autre document ou un programme dans la page';
		report(node, 'balise-interdite', `balise « ${tag} » interdite : ${why}`, 'supprimez-la ; pour une vidéo, une carte ou un document, mettez un lien [texte](https://…)');
	} else if (/^[a-z][a-z0-9]*$/.test(name)) {
		const attributes = HTML_ELEMENTS[name];
		if (attributes) allowed = Object.fromEntries(attributes.map((a) => [a, {}]));
		else
			report(
				node,
				'balise-non-autorisee',
				`balise HTML « ${tag} » non autorisée dans le contenu`,
				MARKDOWN_EQUIVALENTS[name] ?? `balises HTML possibles : ${Object.keys(HTML_ELEMENTS).join(', ')}`,
			);
	} else if (CONTENT_COMPONENTS[name]) {
		allowed = CONTENT_COMPONENTS[name].attributes;
	} else {
		const names = Object.keys(CONTENT_COMPONENTS);
		report(
			node,
			'composant-inconnu',
			`composant « ${tag} » inconnu : seuls les composants du projet sont disponibles`,
			`vouliez-vous dire « <${closest(name, names)}> » ? Composants possibles : ${names.join(', ')} (voir CONTRIBUTING.md)`,
		);
	}

	const present = new Set<string>();
	for (const attribute of node.attributes) {
		const at = attribute.position ? attribute : node;
		if (attribute.type === 'mdxJsxExpressionAttribute') {
			report(at, 'expression', `attribut calculé « {${short(attribute.value)}} » : le contenu ne peut pas exécuter de code`, 'écrivez chaque attribut en toutes lettres : nom="valeur"');
			continue;
		}
		const attrName: string = attribute.name;
		present.add(attrName);
		const value = attribute.value;
		if (/^on/i.test(attrName)) {
			report(at, 'attribut-evenement', `attribut « ${attrName} » interdit : il exécuterait du code dans le navigateur`, 'supprimez cet attribut');
		} else if (value !== null && typeof value === 'object') {
			report(at, 'expression', `valeur calculée « ${attrName}={${short(value.value)}} » : le contenu ne peut pas exécuter de code`, `écrivez la valeur entre guillemets : ${attrName}="…"`);
		} else if (typeof value === 'string' && URL_ATTRIBUTES.has(attrName.toLowerCase()) && classifyUrl(value).kind === 'dangerous') {
			report(at, 'url-dangereuse', `adresse « ${short(value, 40)} » interdite : elle exécuterait du code`, 'mettez une adresse https:// ou celle d’une page du site');
		} else if (allowed) {
			const spec = allowed[attrName];
			const names = Object.keys(allowed);
			if (!spec) {
				report(at, 'attribut-invalide', `attribut « ${attrName} » non accepté par « ${tag} »`, names.length ? `attributs possibles : ${names.join(', ')}` : 'cette balise ne prend aucun attribut');
			} else if (typeof value !== 'string') {
				report(at, 'attribut-invalide', `attribut « ${attrName} » sans valeur`, `écrivez ${attrName}="…"`);
			} else if (spec.values && !spec.values.includes(value)) {
				report(at, 'attribut-invalide', `valeur « ${value} » non reconnue pour « ${attrName} »`, `vouliez-vous dire « ${closest(value, [...spec.values])} » ? Valeurs possibles : ${spec.values.join(', ')}`);
			} else if (!spec.values) {
				// Free text is shown as is (a title): the same rule as every text field of the front matter.
				const refused = text().safeParse(value).error?.issues[0];
				if (refused) report(at, 'attribut-invalide', `attribut « ${attrName} » de « ${tag} » : ${refused.message}`, `écrivez ${attrName}="…" avec un texte visible`);
			}
		}
	}
	for (const [attrName, spec] of Object.entries(allowed ?? {})) {
		if (spec?.required && !present.has(attrName)) report(node, 'attribut-invalide', `attribut « ${attrName} » obligatoire pour « ${tag} »`, `ajoutez ${attrName}="…"`);
	}
}

const NOT_HTTPS_HINTS: Record<string, string> = {
	http: 'écrivez « https:// » (vérifiez que le site répond bien en https)',
	'': 'écrivez l’adresse complète, « https://… »',
};

function urlProblems(
	url: string,
	node: any,
	image: boolean,
	source: BodySource,
	context: LintContext,
	report: Report,
) {
	const quoted = `« ${short(url, 70)} »`;
	const what = image ? 'image' : 'lien';
	const kind = classifyUrl(url);
	switch (kind.kind) {
		case 'dangerous':
			return report(node, 'url-dangereuse', `adresse ${quoted} interdite : une adresse « ${kind.scheme}: » exécuterait du code ou cacherait un contenu`, 'mettez une adresse https:// ou celle d’une page du site');
		case 'not-https':
			return report(node, 'lien-non-https', `${what} ${quoted} : seules les adresses https:// sont acceptées`, NOT_HTTPS_HINTS[kind.scheme] ?? 'mettez une adresse https:// (ou mailto: pour une adresse électronique)');
		case 'malformed':
			return report(node, 'lien-mal-forme', `${what} ${quoted} mal formé : ${kind.reason}`, 'copiez l’adresse depuis la barre d’adresse du navigateur');
		case 'external':
		case 'mail':
			if (!image) return;
			// The site's policy (img-src 'self') blocks it, and the other site would see every reader.
			return report(node, 'image-externe', `image ${quoted} chargée depuis un autre site : la page l’afficherait cassée, et cet autre site verrait passer chaque lecteur`, 'téléchargez l’image (si sa licence le permet), placez-la à côté du fichier de l’entrée (« ./image.png ») et créditez son auteur dans le texte');
		case 'internal':
			return image ? imageFileProblems(url, node, source, context, report) : internalLinkProblems(url, node, source, context, report);
	}
}

function imageFileProblems(url: string, node: any, source: BodySource, context: LintContext, report: Report) {
	const refused = imagePathProblem(url);
	if (refused) return report(node, refused.rule, `image « ${short(url, 60)} » : ${refused.message}`, refused.hint);
	const path = decodeURI(url);
	const file = path.startsWith('/') ? join(context.publicDir, path) : resolve(dirname(source.absolute), path);
	if (!existsSync(file)) {
		return report(node, 'lien-interne-inconnu', `image « ${url} » introuvable`, path.startsWith('/') ? 'une adresse commençant par « / » désigne un fichier du dossier public/' : 'le chemin part du dossier du fichier : « ./image.png » pour une image placée à côté');
	}
	// A symlink (the file or a folder on its way) named like an image would publish whatever it points to.
	if (realpathSync(file) !== file) {
		report(node, 'image-invalide', `image « ${short(url, 60)} » : ce fichier est un lien symbolique`, 'remplacez le lien par une copie de l’image elle-même');
	}
}

function internalLinkProblems(url: string, node: any, source: BodySource, context: LintContext, report: Report) {
	const target = new URL(url, `https://site.invalid/${source.page}`);
	let path: string;
	let anchor: string;
	try {
		path = decodeURIComponent(target.pathname).slice(1);
		anchor = decodeURIComponent(target.hash.slice(1));
	} catch {
		return report(node, 'lien-mal-forme', `lien « ${url} » mal formé : caractère « % » invalide`, 'recopiez l’adresse de la page');
	}
	if (!context.site.has(path)) {
		const hint = context.site.has(`${path}/`)
			? `ajoutez « / » à la fin : /${path}/`
			: `page la plus proche : /${closest(path, context.site.paths())} — une page d’entrée a pour adresse /<section>/<nom-du-fichier>/`;
		return report(node, 'lien-interne-inconnu', `lien « ${url} » : aucune page /${path} dans le site`, hint);
	}
	if (!anchor || context.unreadable?.(path)) return;
	const anchors = [...(context.anchorsOf(path) ?? [])];
	if (anchors.includes(anchor)) return;
	report(
		node,
		'ancre-inconnue',
		`lien « ${url} » : la page /${path} n’a pas d’intertitre « #${anchor} »`,
		anchors.length ? `ancre la plus proche : « #${closest(anchor, anchors)} » ; ancres possibles : ${anchors.map((a) => `#${a}`).join(', ')}` : 'cette page n’a pas d’intertitre : retirez la partie « #… »',
	);
}

/** A point in the body (1-based line and column, relative to the body's first line). */
type Point = { line: number; column: number };

/**
 * What one body says on its own, in the order the linter meets it: a problem that needs nothing
 * else (`problem`), or an address to check against the rest of the site (`url`). Plain data, so
 * that it can be cached by the body's content (see body-cache.ts) and replayed on every run.
 */
export type BodyFact =
	| { problem: { at?: Point; rule: string; message: string; hint?: string } }
	| { url: string; image: boolean; at?: Point };

/** The facts of one parsed body: every context-free problem, and every address, in reading order. */
export function bodyFacts(tree: Root): BodyFact[] {
	const facts: BodyFact[] = [];
	const pointOf = (at: any): Point | undefined => {
		const start = at?.position?.start;
		return start ? { line: start.line, column: start.column } : undefined;
	};
	const report: Report = (at, rule, message, hint) => facts.push({ problem: { at: pointOf(at), rule, message, ...(hint === undefined ? {} : { hint }) } });
	const address = (url: string, node: any, image: boolean) => facts.push({ url, image, at: pointOf(node) });
	let previousDepth = 1;
	// A definition used by an image reference (![alt][ref] … [ref]: ./carte.svg) is an image address.
	const imageDefinitions = new Set<string>();
	visit(tree, 'imageReference', (node: any) => void imageDefinitions.add(String(node.identifier).toLowerCase()));
	visit(tree, (node: any) => {
		switch (node.type) {
			case 'mdxjsEsm':
				report(node, 'import-export', `« ${short(node.value.split('\n')[0])} » : le contenu ne peut ni importer ni exporter de code`, 'supprimez la ligne : les composants autorisés sont disponibles sans import (voir CONTRIBUTING.md)');
				break;
			case 'mdxFlowExpression':
			case 'mdxTextExpression':
				if (isOnlyComments(node)) break;
				report(
					node,
					'expression',
					/import\.meta|process\.env|globalThis/.test(node.value)
						? `expression « {${short(node.value)}} » : elle lirait l’environnement de la machine qui construit le site`
						: `expression « {${short(node.value)}} » : le contenu ne peut pas exécuter de code`,
					'supprimez-la ; pour afficher une accolade, écrivez \\{',
				);
				break;
			case 'mdxJsxFlowElement':
			case 'mdxJsxTextElement':
				elementProblems(node, report);
				break;
			case 'html': {
				// Check what remains once comments are taken out: « <!-- a --><meta …><!-- b --> » is one node that
				// starts and ends like a comment, yet its middle reaches the page unchanged.
				const markup = node.value.replace(/<!--[\s\S]*?-->/g, '').trim();
				if (!markup) break;
				const tags = [...markup.matchAll(/<\s*\/?\s*([a-z][a-z0-9-]*)/gi)].map((m) => m[1].toLowerCase());
				const forbidden = tags.find((t) => FORBIDDEN_ELEMENTS.has(t));
				if (forbidden) report(node, 'balise-interdite', `balise « <${forbidden}> » interdite dans le contenu`, 'supprimez-la');
				else report(node, 'html-brut', `HTML « ${short(markup, 40)} » interdit dans un fichier .md`, 'écrivez-le en Markdown, ou renommez le fichier en .mdx pour les balises autorisées');
				break;
			}
			case 'heading':
				if (node.depth === 1) {
					report(node, 'h1-en-double', 'second titre de niveau 1 : le titre de la page vient déjà du champ « title »', 'écrivez les intertitres avec « ## »');
				} else if (node.depth > previousDepth + 1) {
					report(
						node,
						'titre-niveau-saute',
						`titre de niveau ${node.depth} après un titre de niveau ${previousDepth} : niveau ${previousDepth + 1} sauté`,
						`écrivez « ${'#'.repeat(previousDepth + 1)} » (les lecteurs d’écran naviguent par niveaux)`,
					);
				}
				previousDepth = node.depth;
				break;
			case 'image':
			case 'imageReference':
				if (!node.alt?.trim()) {
					report(node, 'image-sans-alt', 'image sans texte alternatif', 'décrivez l’image entre les crochets : ![Ce que montre l’image](adresse) — ce texte est lu à qui ne la voit pas');
				}
				if (node.type === 'image') address(node.url, node, true);
				break;
			case 'link':
				address(node.url, node, false);
				break;
			case 'definition':
				address(node.url, node, imageDefinitions.has(String(node.identifier).toLowerCase()));
				break;
		}
	});
	return facts;
}

/** The problems of one body from its facts: the context-free ones as they are, each address checked against the site. */
export function lintFacts(source: BodySource, facts: BodyFact[], context: LintContext): Problem[] {
	const problems: Problem[] = [];
	const report: Report = (at, rule, message, hint) => problems.push(problemAt(source, at?.position?.start, rule, message, hint));
	for (const fact of facts) {
		if ('problem' in fact) problems.push(problemAt(source, fact.problem.at, fact.problem.rule, fact.problem.message, fact.problem.hint));
		else urlProblems(fact.url, { position: { start: fact.at } }, fact.image, source, context, report);
	}
	return problems;
}

/** Every problem in one parsed body. */
export function lintBody({ source, tree }: ParsedBody, context: LintContext): Problem[] {
	return lintFacts(source, bodyFacts(tree), context);
}
