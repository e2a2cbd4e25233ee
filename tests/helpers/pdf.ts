/**
 * Reads a PDF as a reader would see it: each page's text, where the text stops, and the links it carries.
 * pdf.js (Mozilla's PDF reader) does the parsing, so tests check the printed document, not the page's CSS.
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface PrintedPage {
	/** The text of the page's body (inside its margins), in reading order, items joined by spaces. */
	text: string;
	/** Text printed in the page margins (running header, page number). */
	margins: string;
	/** Share of the body's height (the page less its margins) above the lowest line of body text (0 to 1). */
	filled: number;
	/** Targets of the page's link annotations (clickable links in the PDF). */
	links: string[];
}

/** Points in a millimetre: PDF lengths are in points (1/72 inch). */
const PT_PER_MM = 72 / 25.4;

/** The pages of a PDF printed with `marginMm` margins, with their text, how far down they are filled and their links. */
export async function readPdf(pdf: Uint8Array, marginMm: number): Promise<PrintedPage[]> {
	const margin = marginMm * PT_PER_MM;
	// pdf.js takes ownership of the buffer: hand it a copy.
	const document = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false, isEvalSupported: false }).promise;
	try {
		const pages: PrintedPage[] = [];
		for (let n = 1; n <= document.numPages; n++) {
			const page = await document.getPage(n);
			const [, , , height] = page.view as [number, number, number, number];
			const content = await page.getTextContent();
			let lowest = height - margin;
			const parts: string[] = [];
			const marginParts: string[] = [];
			for (const item of content.items) {
				if (!('str' in item) || item.str.trim() === '') continue;
				// PDF y grows upwards from the bottom edge; transform[5] is the text's baseline.
				const y = item.transform[5] as number;
				if (y < margin || y > height - margin) {
					marginParts.push(item.str);
					continue;
				}
				parts.push(item.str);
				lowest = Math.min(lowest, y);
			}
			const annotations = await page.getAnnotations();
			pages.push({
				text: parts.join(' ').replace(/\s+/g, ' '),
				margins: marginParts.join(' ').replace(/\s+/g, ' '),
				filled: parts.length === 0 ? 0 : (height - margin - lowest) / (height - 2 * margin),
				links: annotations.filter((a) => a.subtype === 'Link' && typeof a.url === 'string').map((a) => a.url as string),
			});
		}
		return pages;
	} finally {
		await document.destroy();
	}
}
