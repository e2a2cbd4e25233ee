import { describe, expect, it } from 'vitest';
import { frenchTypography, NBSP, NNBSP } from '../../src/lib/typography/french.ts';
import { typographyFaults } from '../../src/lib/typography/faults.ts';
import { EditsThread } from '../../src/lib/typography/edits-thread.ts';
import { htmlEdits, typesetHtml, typesetXml } from '../../src/lib/typography/html.ts';

/** Spaces made visible, so that a failure shows which one is wrong. */
const show = (text: string) => text.replaceAll(NBSP, '⍽').replaceAll(NNBSP, '·');

describe('frenchTypography', () => {
	it.each([
		['projet de territoire : fiche, leviers', 'projet de territoire⍽: fiche, leviers'],
		['Pourquoi? Parce que ; enfin !', 'Pourquoi·? Parce que·; enfin·!'],
		['« projet »', '«·projet·»'],
		['le "mot" ici', 'le «·mot·» ici'],
		["s'inspirer de l'action", 's’inspirer de l’action'],
		['une baisse de -2,6 %', 'une baisse de −2,6⍽%'],
		// Two hyphens typed for a dash make one; a longer run is left as written.
		["l'État -- enfin -- arrive, x---y", 'l’État — enfin — arrive, x---y'],
		['et puis...', 'et puis…'],
		['(-3)', '(−3)'],
		['2019-2022 et Ille-et-Vilaine', '2019-2022⍽et Ille-et-Vilaine'],
		['40% et 23 000 €', '40⍽% et 23·000⍽€'],
		['1 234 567 habitants', '1·234·567⍽habitants'],
		// A year then a count is not one number.
		['en 2020 200 communes', 'en 2020⍽200⍽communes'],
		// An acronym before a colon keeps its letters.
		['ESS : définition', 'ESS⍽: définition'],
		['RTES: réseau', 'RTES⍽: réseau'],
		// Addresses and times are not prose.
		['voir https://www.rtes.fr/node/8990?page=2#a : la page', 'voir https://www.rtes.fr/node/8990?page=2#a⍽: la page'],
		['ouvert depuis file:// (fichiers)', 'ouvert depuis file:// (fichiers)'],
		['écrire à contact@example.org ; merci', 'écrire à contact@example.org·; merci'],
		['de 9:30 à 12h30', 'de 9:30 à 12h30'],
		['un rapport de 2:3', 'un rapport de 2:3'],
		['Attendez...', 'Attendez…'],
		// A number stays on the line of its « n° »; « Sivom » is not one.
		['action clé n° 2 et N° 12, Sivom° 3', 'action clé n°⍽2⍽et N°⍽12, Sivom° 3'],
	])('%j', (input, expected) => {
		expect(show(frenchTypography(input))).toBe(expected);
	});

	it('leaves a text without French punctuation untouched', () => {
		expect(frenchTypography('Le village')).toBe('Le village');
	});

	it('is stable: typesetting twice changes nothing more', () => {
		const once = frenchTypography('« Un café s’il vous plaît ! » : 23 000 € en 2021 ; -2 %');
		expect(frenchTypography(once)).toBe(once);
		expect(typographyFaults(once)).toEqual([]);
	});
});

describe('typesetHtml', () => {
	it('typesets text nodes only: code, scripts, styles and attributes stay byte for byte', () => {
		const html =
			'<!doctype html><html lang="fr"><head><title>ESS : le site</title><style>a::after{content:" : "}</style></head>' +
			'<body><p title="Titre : attribut" data-q="a ? b">Question ? <code>x ? y : z</code> <a href="https://a.fr/?q=1:2">lien</a> : fin</p>' +
			'<pre>ligne : code</pre><script>if (a ? b : c) {}</script></body></html>';
		const out = typesetHtml(html);
		expect(out).toContain(`<title>ESS${NBSP}: le site</title>`);
		expect(out).toContain(`Question${NNBSP}? <code>x ? y : z</code>`);
		expect(out).toContain(`</a>${NBSP}: fin`);
		expect(out).toContain('title="Titre : attribut" data-q="a ? b"');
		expect(out).toContain('href="https://a.fr/?q=1:2"');
		expect(out).toContain('<style>a::after{content:" : "}</style>');
		expect(out).toContain('<pre>ligne : code</pre>');
		expect(out).toContain('<script>if (a ? b : c) {}</script>');
	});

	it('leaves comments and a script holding markup-like text byte for byte, and typesets the text after them', () => {
		const html = '<p>avant ; <!-- note : x --> milieu ; <script>if (a<b) x = "<p>a : b</p>";</script> après ; </p><textarea>a : b</textarea>';
		expect(typesetHtml(html)).toBe(
			`<p>avant${NNBSP}; <!-- note : x --> milieu${NNBSP}; <script>if (a<b) x = "<p>a : b</p>";</script> après${NNBSP}; </p><textarea>a : b</textarea>`,
		);
	});

	it('typesets what a reader without JavaScript sees in <noscript>', () => {
		expect(typesetHtml('<!doctype html><html><body><noscript><p>Sans JavaScript ; les listes</p></noscript></body></html>')).toContain(`JavaScript${NNBSP}; les listes`);
	});

	it('keeps entities and escapes what must be escaped', () => {
		expect(typesetHtml('<p>R&amp;D : l&#39;équipe &lt;b&gt;</p>')).toBe(`<p>R&amp;D${NBSP}: l’équipe &lt;b&gt;</p>`);
	});

	it('returns a page without faults unchanged', () => {
		const html = '<!DOCTYPE html><html><body><p>Rien à changer</p></body></html>';
		expect(typesetHtml(html)).toBe(html);
	});
});

describe('EditsThread (pages typeset beside the main thread as Astro renders them)', () => {
	it('answers each page with the edits htmlEdits makes, whatever the order the answers come in', async () => {
		const pages = [
			'<!doctype html><html lang="fr"><body><p>Question ? <code>a ? b</code> l\'État : 23 000 €</p></body></html>',
			'<p>Rien à changer</p>',
			'<p>« mot » ; et puis...</p><script>if (a ? b : c) {}</script>',
		];
		const thread = new EditsThread();
		const edits = await Promise.all(pages.map((page) => thread.edits(page)));
		await thread.close();
		expect(edits).toEqual(pages.map((page) => htmlEdits(page)));
		expect(edits[0]!.length).toBeGreaterThan(0);
		// Closed, it starts again when asked.
		expect(await thread.edits(pages[2]!)).toEqual(htmlEdits(pages[2]!));
		await thread.close();
	});
});

describe('typesetXml', () => {
	it('typesets element text, not addresses', () => {
		const xml = '<rss><channel><title>Flux : ressources</title><link>https://a.fr/x:y/</link><description>l&apos;État ?</description></channel></rss>';
		expect(typesetXml(xml)).toBe(`<rss><channel><title>Flux${NBSP}: ressources</title><link>https://a.fr/x:y/</link><description>l’État${NNBSP}?</description></channel></rss>`);
	});
});

describe('typographyFaults', () => {
	it.each([
		['projet : fiche', 'espace ordinaire avant « : ; ! ? »'],
		['vraiment?', 'pas d’espace avant « ; ! ? »'],
		['« mot »', 'espace ordinaire (ou aucune) dans les guillemets'],
		["l'action", 'apostrophe droite'],
		['soit -2,6 points', 'trait d’union au lieu du signe moins'],
		['40 %', 'espace ordinaire (ou aucune) entre un nombre et « % » ou « € »'],
		['23 000 habitants', 'espace ordinaire comme séparateur de milliers'],
		['l’Etat', 'capitale sans accent'],
		['s’il vous plait', 'accent manquant'],
		['ses sources.Les informations', 'pas d’espace après la fin d’une phrase'],
		['l’action clé n° 2', 'espace ordinaire entre « n° » et son numéro'],
	])('finds %j', (text, rule) => {
		expect(typographyFaults(text).map((f) => f.rule)).toContain(rule);
	});

	it('ignores addresses and times', () => {
		expect(typographyFaults('https://www.rtes.fr/node/8990?a=b, à 9:30, contact@example.org, www.avise.org, n°\u00a02.4, A.N.C.T.')).toEqual([]);
	});
});
