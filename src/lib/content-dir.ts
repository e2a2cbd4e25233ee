/**
 * Where the content lives. `CONTENT_DIR` points the build at another folder (test fixtures,
 * synthetic benchmark content) so that such content never mixes with the real one.
 */
export function contentDir(env: Record<string, string | undefined> = process.env): string {
	return (env.CONTENT_DIR ?? 'src/content').replace(/\/+$/, '');
}
