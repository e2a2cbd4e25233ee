/**
 * Printed page counts: the Départements fiche and a dossier, printed to A4 PDF in Chromium with
 * the site's print stylesheet, so a change that makes handouts longer shows in the bench output.
 */
import { launchChromium } from '../../tests/helpers/browser.ts';
import { serveSite } from '../../tests/helpers/serve.ts';

/** Pages the bench prints (real content only: synthetic catalogues have other ids). */
export const PRINTED = ['fiches/departements-ess-ruralites/', 'pour/commune/commerces-de-proximite/'];

/** Number of pages of each printed path, or the reason it could not be printed. */
export async function printedPages(dist: string, paths = PRINTED): Promise<Record<string, number | string>> {
	const served = await serveSite(dist, '/');
	const browser = await launchChromium();
	try {
		const page = await browser.newPage();
		const counts: Record<string, number | string> = {};
		for (const path of paths) {
			const response = await page.goto(`${served.url}${path}`);
			if (!response?.ok()) {
				counts[path] = `n/a (${response?.status()})`;
				continue;
			}
			const pdf = (await page.pdf({ format: 'A4', printBackground: false })).toString('latin1');
			// Each page object of the PDF (not the /Pages tree node).
			counts[path] = pdf.match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
		}
		return counts;
	} finally {
		await browser.close();
		await served.close();
	}
}
