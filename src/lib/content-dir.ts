/**
 * Where the content lives. `CONTENT_DIR` points the build at another folder (test fixtures,
 * synthetic benchmark content) so that such content never mixes with the real one.
 */
export function contentDir(env: Record<string, string | undefined> = process.env): string {
	return (env.CONTENT_DIR ?? 'src/content').replace(/\/+$/, '');
}

/**
 * Astro's cache folder for the content in `contentDir()`: its own for any other folder than the real one.
 * Astro keeps an unchanged entry from its data store even when the entry now comes from another folder, so
 * after a build of benchmark or test content the real site's « Proposer une modification » links pointed
 * into that other folder.
 */
export function astroCacheDir(env: Record<string, string | undefined> = process.env): string {
	const dir = contentDir(env);
	return dir === 'src/content' ? './node_modules/.astro/' : `./node_modules/.astro/content-${dir.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '')}/`;
}
