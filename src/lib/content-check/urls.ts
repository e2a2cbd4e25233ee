/** Sorting the URLs found in bodies: dangerous, external (https only), or a page of the site. */
import { parseEntities } from 'parse-entities';

export type UrlKind =
	| { kind: 'dangerous'; scheme: string }
	| { kind: 'external' }
	| { kind: 'mail' }
	| { kind: 'not-https'; scheme: string }
	| { kind: 'malformed'; reason: string }
	| { kind: 'internal' };

/**
 * Browsers drop ASCII whitespace and control characters inside a scheme and decode character
 * references before reading it, so `java&#x09;script:` and ` JaVaScRiPt:` are the same scheme.
 */
export function effectiveScheme(raw: string): string | undefined {
	const decoded = parseEntities(raw);
	const squeezed = decoded.replace(/[\u0000-\u0020\u007f-\u009f\u00ad\u200b-\u200f\u2028\u2029\u2060\ufeff]/g, '');
	return /^([a-z][a-z0-9+.-]*):/i.exec(squeezed)?.[1]?.toLowerCase();
}

const DANGEROUS = new Set(['javascript', 'data', 'vbscript', 'livescript']);
const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/i;
const EMAIL = /^mailto:[^\s@/]+@[^\s@/]+\.[a-z]{2,}(\?.*)?$/i;

function checkHttps(raw: string): UrlKind {
	if (/\s/.test(raw)) return { kind: 'malformed', reason: 'l’adresse contient une espace' };
	if (!/^https:\/\/[^/]/i.test(raw)) return { kind: 'malformed', reason: 'l’adresse doit commencer par « https:// » suivi du nom du site' };
	let url: URL;
	try {
		url = new URL(raw);
	} catch {
		return { kind: 'malformed', reason: 'adresse illisible' };
	}
	if (url.username || url.password) return { kind: 'malformed', reason: 'l’adresse contient un identifiant ou un mot de passe' };
	const labels = url.hostname.split('.');
	const tld = labels.at(-1) ?? '';
	if (labels.length < 2 || !labels.every((l) => LABEL.test(l)) || !/^(?:[a-z]{2,63}|xn--[a-z0-9-]+)$/i.test(tld)) {
		return { kind: 'malformed', reason: `nom de site invalide « ${url.hostname} »` };
	}
	return { kind: 'external' };
}

export function classifyUrl(raw: string): UrlKind {
	const scheme = effectiveScheme(raw);
	if (scheme && DANGEROUS.has(scheme)) return { kind: 'dangerous', scheme };
	const value = raw.trim();
	if (scheme === 'https') return checkHttps(value);
	if (scheme === 'mailto') return EMAIL.test(value) ? { kind: 'mail' } : { kind: 'malformed', reason: 'adresse électronique invalide' };
	if (scheme) return { kind: 'not-https', scheme };
	if (value.startsWith('//')) return { kind: 'not-https', scheme: '' };
	if (/^www\./i.test(value)) return { kind: 'malformed', reason: 'l’adresse d’un autre site commence par « https:// »' };
	if (/\s/.test(value)) return { kind: 'malformed', reason: 'l’adresse contient une espace' };
	return { kind: 'internal' };
}
