/**
 * The bytes of a content file as the build will read them. Astro decodes every file as UTF-8,
 * silently turning other bytes into « � », and finds front matter by LF: a Latin-1 file or one
 * with old-Mac CR-only line ends would publish garbled or shifted text that the checker never saw.
 */
import type { Problem } from './problem.ts';

/** Offset of the first byte that is not part of valid UTF-8, or -1. */
function firstInvalidUtf8(bytes: Uint8Array): number {
	let i = 0;
	while (i < bytes.length) {
		const b = bytes[i]!;
		const length = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
		if (length === 0) return i;
		for (let k = 1; k < length; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i;
		// Overlong forms, UTF-16 surrogates and code points past U+10FFFF.
		const second = bytes[i + 1] ?? 0;
		if ((b === 0xe0 && second < 0xa0) || (b === 0xed && second > 0x9f) || (b === 0xf0 && second < 0x90) || (b === 0xf4 && second > 0x8f)) return i;
		i += length;
	}
	return -1;
}

function position(bytes: Uint8Array, offset: number): { line: number; column: number } {
	let line = 1;
	let start = 0;
	for (let i = 0; i < offset; i++) {
		if (bytes[i] === 0x0a || (bytes[i] === 0x0d && bytes[i + 1] !== 0x0a)) {
			line++;
			start = i + 1;
		}
	}
	return { line, column: offset - start + 1 };
}

/** The file's text when it is UTF-8 with LF or CRLF line ends (a BOM is fine), else the problem. */
export function decodeContentFile(bytes: Uint8Array, file: string): string | Problem {
	const invalid = firstInvalidUtf8(bytes);
	if (invalid !== -1) {
		const byte = bytes[invalid]!;
		const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
		const latin1 = utf16 ? ' (il est en UTF-16)' :  byte >= 0xa0 ? ` (en Latin-1 ou Windows-1252, l’octet 0x${byte.toString(16).toUpperCase()} est « ${String.fromCharCode(byte)} »)` : '';
		return {
			file,
			...position(bytes, invalid),
			rule: 'encodage',
			field: '',
			message: `le fichier n’est pas en UTF-8${latin1} : le site afficherait « � » à la place des lettres accentuées`,
			hint: 'enregistrez le fichier en UTF-8 (VS Code : cliquez sur l’encodage en bas à droite, « Enregistrer avec l’encodage », UTF-8)',
		};
	}
	const lone = bytes.findIndex((b, i) => b === 0x0d && bytes[i + 1] !== 0x0a);
	if (lone !== -1) {
		return {
			file,
			...position(bytes, lone),
			rule: 'fins-de-ligne',
			field: '',
			message: 'fin de ligne « CR » seule (ancien format Mac) : le site ne lirait pas ce fichier ligne par ligne',
			hint: 'enregistrez le fichier avec des fins de ligne LF (ou CRLF) : VS Code, « CR » en bas à droite → LF',
		};
	}
	return new TextDecoder('utf-8').decode(bytes);
}
