/**
 * What a body image address may be, shared by the content check (which reports it) and the
 * build's safe-bodies plugin (src/lib/markdown/safe-bodies.ts, which drops the image): a raster file beside the entry or in public/,
 * written as a plain path. Anything else would make the bundler read, copy or publish another file.
 */
import { posix } from 'node:path';

/** Raster formats only: an SVG is a document that can carry script, served from the site's own origin. */
export const IMAGE_EXTENSIONS = ['.png', '.jpg', '.jpeg', '.webp', '.avif', '.gif'];

export interface ImagePathProblem {
	rule: 'image-invalide' | 'lien-mal-forme';
	message: string;
	hint: string;
}

/** Why a local image address is refused, or undefined when it is a plain path to a raster file. */
export function imagePathProblem(url: string): ImagePathProblem | undefined {
	// A query (?raw, ?url, ?inline) makes the bundler read the file as text or code and print it.
	if (/[?#]/.test(url)) return { rule: 'image-invalide', message: 'une adresse d’image ne peut pas contenir « ? » ni « # »', hint: 'écrivez seulement le chemin du fichier : « ./image.png »' };
	let path: string;
	try {
		path = decodeURI(url);
	} catch {
		return { rule: 'lien-mal-forme', message: 'caractère « % » invalide', hint: 'écrivez le chemin du fichier sans « % » : « ./image.png »' };
	}
	// Leaving the entry's folder would let an entry publish any file of the machine that builds the site.
	const normal = posix.normalize(path.replaceAll('\\', '/'));
	if (!path.startsWith('/') && (normal === '..' || normal.startsWith('../'))) {
		return { rule: 'image-invalide', message: 'le chemin sort du dossier de l’entrée', hint: 'placez l’image à côté du fichier de l’entrée (« ./image.png ») ou dans public/ (« /image.png »)' };
	}
	const extension = posix.extname(normal).toLowerCase();
	if (extension === '.svg') return { rule: 'image-invalide', message: 'les images SVG sont refusées, elles peuvent contenir du code exécuté sur le site', hint: 'exportez l’image en PNG, JPEG ou WebP' };
	if (!IMAGE_EXTENSIONS.includes(extension)) return { rule: 'image-invalide', message: `extension « ${extension || '(aucune)'} » non acceptée`, hint: `formats acceptés : ${IMAGE_EXTENSIONS.join(', ')}` };
	return undefined;
}
