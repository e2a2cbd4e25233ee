/**
 * What an MDX body may contain beyond Markdown: the project's own content components (handed
 * to every body by `src/components/content/index.ts`, so no `import` is ever needed) and a few
 * harmless HTML elements that Markdown cannot express. Everything else is refused by the
 * content checker. CONTRIBUTING.md documents each entry; keep both in step.
 */

export interface AttributeSpec {
	/** What the attribute is for, in French (shown in hints). */
	description: string;
	/** Accepted values; any text when omitted. */
	values?: readonly string[];
	required?: boolean;
}

export interface ContentComponent {
	/** What the component shows, in French. */
	description: string;
	attributes: Record<string, AttributeSpec>;
	/** A complete use, checked by the tests and quoted in CONTRIBUTING.md. */
	example: string;
}

export const CONTENT_COMPONENTS: Record<string, ContentComponent> = {
	Encadre: {
		description: 'un encadré mis en valeur dans le texte : à retenir, point de vigilance',
		attributes: {
			titre: { description: 'titre court de l’encadré', required: true },
			ton: { description: 'couleur de l’encadré : « info » (par défaut) ou « attention »', values: ['info', 'attention'] },
		},
		example: '<Encadre titre="À retenir" ton="info">\n\nLe texte de l’encadré, en **Markdown**.\n\n</Encadre>',
	},
};

/** Attributes any allowed HTML element may carry. */
const COMMON_HTML_ATTRIBUTES = ['lang'];

/** Harmless inline and block elements with no Markdown equivalent, and the attributes each accepts. */
export const HTML_ELEMENTS: Record<string, readonly string[]> = Object.fromEntries(
	Object.entries({
		abbr: ['title'],
		br: [],
		cite: [],
		dd: [],
		details: [],
		dl: [],
		dt: [],
		figcaption: [],
		figure: [],
		kbd: [],
		mark: [],
		q: [],
		small: [],
		sub: [],
		summary: [],
		sup: [],
	}).map(([name, attributes]) => [name, [...attributes, ...COMMON_HTML_ATTRIBUTES]]),
);

/** Elements that run code, load another document or restyle the page: never in content. */
export const FORBIDDEN_ELEMENTS = new Set([
	'script',
	'style',
	'iframe',
	'frame',
	'frameset',
	'object',
	'embed',
	'applet',
	'base',
	'link',
	'meta',
	'form',
	'input',
	'button',
	'textarea',
	'select',
	'template',
	'noscript',
	'svg',
	'math',
	'portal',
]);

/** The Markdown to write instead of an HTML element that has an equivalent. */
export const MARKDOWN_EQUIVALENTS: Record<string, string> = {
	a: 'un lien s’écrit [texte du lien](adresse)',
	img: 'une image s’écrit ![texte alternatif](adresse)',
	h1: 'le titre de la page vient du champ « title » ; un intertitre s’écrit « ## Intertitre »',
	h2: 'écrivez « ## Intertitre »',
	h3: 'écrivez « ### Sous-intertitre »',
	h4: 'écrivez « #### … »',
	h5: 'écrivez « ##### … »',
	h6: 'écrivez « ###### … »',
	p: 'séparez les paragraphes par une ligne vide',
	strong: 'écrivez **texte en gras**',
	b: 'écrivez **texte en gras**',
	em: 'écrivez *texte en italique*',
	i: 'écrivez *texte en italique*',
	ul: 'une liste s’écrit une ligne « - élément » par élément',
	ol: 'une liste numérotée s’écrit « 1. élément »',
	li: 'une liste s’écrit une ligne « - élément » par élément',
	blockquote: 'une citation s’écrit « > texte »',
	table: 'un tableau s’écrit avec des « | » (voir CONTRIBUTING.md)',
	code: 'écrivez `code` entre accents graves',
	hr: 'un séparateur s’écrit « --- » entre deux lignes vides',
	div: 'le texte se passe de conteneur ; pour un encadré, utilisez <Encadre titre="…">',
	span: 'le texte se passe de conteneur',
};

/** Attributes whose value is fetched or followed by the browser. */
export const URL_ATTRIBUTES = new Set(['href', 'src', 'srcset', 'cite', 'action', 'formaction', 'poster', 'data', 'background', 'xlink:href', 'ping', 'longdesc', 'manifest', 'codebase']);
