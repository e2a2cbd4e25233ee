/**
 * `npm run content:report [dossier-du-site]`: how dated, linked and quietly honest the catalogue is. Reads
 * the content (src/content, or CONTENT_DIR) and the built site (dist/, or the folder given; run
 * `npm run build` first), prints the counts, and exits 1 when an entry page shows no date or a label is empty.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { checkContent } from '../src/lib/content-check/check.ts';
import { addressReport, foundFacts, fundingReport, siteReport } from '../src/lib/content-report.ts';
import { contentDir } from '../src/lib/content-dir.ts';
import { htmlFiles } from '../tests/helpers/site-files.ts';

const siteDir = resolve(process.argv[2] ?? process.env.OUT_DIR ?? 'dist');
if (!existsSync(join(siteDir, 'index.html'))) {
	console.error(`Aucun site construit dans ${siteDir} : lancez « npm run build » d’abord, ou donnez le dossier du site.`);
	process.exit(2);
}
const { records, problems } = checkContent(resolve(contentDir()), process.cwd());
if (problems.length > 0) {
	console.error(`${problems.length} problème(s) dans le contenu : lancez « npm run lint:content ».`);
	process.exit(2);
}
const addresses = addressReport(records);
const site = siteReport(siteDir, htmlFiles(siteDir), records);
const funding = fundingReport(records);
const found = addresses.withAddress.filter((a) => a.foundAt);
const outside = foundFacts(records);
const byPage = new Map<string, number>();
for (const gap of site.shoutedGaps) byPage.set(gap.page, (byPage.get(gap.page) ?? 0) + 1);

const lines = [
	`Ressources avec adresse : ${addresses.withAddress.length} (dont ${found.length} relevées sur une page publique, avec sa provenance)`,
	...found.map((a) => `  ${a.id} : ${a.url} — relevée sur ${a.foundAt!.page} le ${a.foundAt!.seen.toISOString().slice(0, 10)}`),
	`Ressources sans adresse : ${addresses.withoutAddress.length}`,
	...addresses.withoutAddress.map((a) => `  ${a.id} : ${a.reason}`),
	`Faits relevés hors des sources (adresses, sites, formes développées, états de dispositifs) : ${outside.length}`,
	...outside.map((f) => `  ${f.entry} ${f.field} « ${f.value} » — ${f.page}, vu le ${f.seen.toISOString().slice(0, 10)}`),
	`Mentions du type « non précisé » sur le site construit : ${site.shoutedGaps.length} sur ${byPage.size} page(s)`,
	...[...byPage].map(([page, n]) => `  ${page} : ${n}`),
	`Étiquettes vides (« Source : » sans rien après) : ${site.emptyLabels.length}`,
	...site.emptyLabels.map((label) => `  ${label.page} : « ${label.text} »`),
	`Pages d’entrée sans date visible : ${site.undatedPages.length} sur ${site.entryPages}`,
	...site.undatedPages.map((page) => `  ${page}`),
	`Financements : ${funding.total} ; avec une période : ${funding.withPeriod.length} ; avec un état (ouvert, clos, remplacé) : ${funding.withStatus.length} ; datés seulement par leurs sources : ${funding.citedOnly.length}`,
];
console.log(lines.join('\n'));
process.exitCode = site.undatedPages.length > 0 || site.emptyLabels.length > 0 ? 1 : 0;
