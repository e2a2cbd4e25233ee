/**
 * The site's security policy, in one place: the Content-Security-Policy directives Astro puts
 * in every page's `<meta>` (it adds `script-src` and `style-src` itself, with the hashes of the
 * scripts and styles it bundles or inlines), and the headers the
 * `_headers` file gives hosts that can set them.
 *
 * What the site loads: its own scripts, styles, images and fonts; Pagefind's `pagefind.js`,
 * its WebAssembly (hence `'wasm-unsafe-eval'`), its web worker and index fragments (fetches);
 * a service worker and a web app manifest. Nothing from another origin.
 *
 * Astro hashes only what it processes: its `<script>`s (those small enough to be inlined are
 * covered by their hash) and its styles; an `is:inline` script or a `style=""`
 * attribute would be refused, as tests/e2e/csp.test.ts checks. A `<meta>` policy does not reach
 * workers: Pagefind's worker compiles its WebAssembly under the header policy only.
 */
export const CSP_DIRECTIVES = [
	"default-src 'self'",
	"img-src 'self'",
	"font-src 'self'",
	"connect-src 'self'",
	"worker-src 'self'",
	"manifest-src 'self'",
	"object-src 'none'",
	"base-uri 'self'",
	"form-action 'self'",
] as const;

/** Sources of `script-src` besides the hashes Astro adds. */
export const CSP_SCRIPT_RESOURCES = ["'self'", "'wasm-unsafe-eval'"];

/** Directives a `<meta>` policy ignores (browsers warn about them there): header only. */
export const CSP_HEADER_ONLY_DIRECTIVES = ["frame-ancestors 'none'"];

/**
 * The policy of every SVG file the site serves (the favicon, icons): an SVG opened on its own is a
 * document that can run script on the site's origin, and a `<meta>` policy cannot reach it.
 */
export const SVG_POLICY = "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; script-src 'none'; sandbox";

/** Headers for every file, besides the policy. */
export const SECURITY_HEADERS: Record<string, string> = {
	'X-Content-Type-Options': 'nosniff',
	'Referrer-Policy': 'strict-origin-when-cross-origin',
	'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
};

const ENTITIES: Record<string, string> = { '&#39;': "'", '&quot;': '"', '&lt;': '<', '&gt;': '>', '&amp;': '&' };

/** The policy of a built page's `<meta http-equiv="content-security-policy">`, unescaped. */
export function policyOfPage(html: string): string | undefined {
	const tag = html.match(/<meta\b[^>]*http-equiv="content-security-policy"[^>]*>/i)?.[0];
	const content = tag?.match(/\bcontent="([^"]*)"/)?.[1];
	return content?.replace(/&#39;|&quot;|&lt;|&gt;|&amp;/g, (e) => ENTITIES[e]!).trim();
}

/**
 * The `_headers` file: the security headers for every path, and the pages' policy plus the
 * header-only directives. Astro gives every page of a static build the same policy; if that
 * ever changes, the build stops here rather than publish a header that contradicts a page.
 */
export function headersFile(pages: { file: string; policy: string | undefined }[]): string {
	const missing = pages.filter((p) => !p.policy).map((p) => p.file);
	if (missing.length) {
		throw new Error(`Pages sans politique de sécurité (<meta http-equiv="content-security-policy">) : ${missing.slice(0, 5).join(', ')} → vérifiez « security.csp » dans astro.config.mjs.`);
	}
	const policies = new Set(pages.map((p) => p.policy!));
	if (policies.size !== 1) {
		throw new Error(`Les pages ont ${policies.size} politiques de sécurité différentes : « _headers » n’en donne qu’une → regroupez les scripts et styles en ligne, ou écrivez une règle par page dans src/lib/security.ts.`);
	}
	const [policy] = policies;
	const csp = [policy!.replace(/;\s*$/, ''), ...CSP_HEADER_ONLY_DIRECTIVES].join('; ');
	const lines = Object.entries({ 'Content-Security-Policy': csp, ...SECURITY_HEADERS }).map(([name, value]) => `  ${name}: ${value}`);
	// Hosts give a file the headers of every block that matches it: an SVG gets both policies, and obeys the stricter.
	return `/*\n${lines.join('\n')}\n\n/*.svg\n  Content-Security-Policy: ${SVG_POLICY}\n`;
}
