/**
 * Finds the Chromium the browser tests drive (Debian's `chromium` package), installing it
 * with apt-get when running as root, or says exactly what to run. Prints the path found.
 */
import { execFileSync } from 'node:child_process';
import { findChromium } from '../tests/helpers/chromium-path.ts';

let path = findChromium();
if (!path && process.getuid?.() === 0) {
	console.log('Chromium absent : installation du paquet Debian « chromium »…');
	execFileSync('sh', ['-c', 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium'], { stdio: 'inherit' });
	path = findChromium();
}
if (!path) {
	console.error(
		'Chromium introuvable pour les tests dans le navigateur.\n' +
			'Installez-le : « sudo apt-get install chromium » (Debian/Ubuntu), ou indiquez son chemin : CHROMIUM_PATH=/chemin/vers/chromium npm test',
	);
	process.exit(1);
}
console.log(`Chromium : ${path}`);
