import { z } from 'astro/zod';

/** Bidirectional controls reverse what follows them on screen (a title can read as something else). */
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;
/** Control characters other than tab and line ends: invisible, and refused by XML exports. */
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
/** Spaces and zero-width characters: a text made only of them publishes as an empty heading or cell. */
const INVISIBLE = /[\p{White_Space}\u200B-\u200D\u2060\uFEFF\u00AD]/gu;

/**
 * A required piece of text: trimmed, refused when empty or made only of invisible characters, and
 * refused when it holds bidirectional or other control characters. A new schema per field, so that
 * each field keeps its own description in the published JSON Schemas.
 */
export const text = () =>
	z
	.string()
	.trim()
	.min(1, 'texte vide : écrivez le texte, ou retirez le champ s’il est facultatif')
	.refine((value) => value.replace(INVISIBLE, '') !== '', {
		error: 'texte fait seulement d’espaces ou de caractères invisibles : écrivez le texte, ou retirez le champ s’il est facultatif',
	})
	.refine((value) => !BIDI_CONTROLS.test(value), {
		error: 'caractère de contrôle de sens d’écriture (U+202E…) : il inverse l’affichage du texte ; retapez le texte sans le copier-coller',
	})
	.refine((value) => !CONTROL_CHARACTERS.test(value), {
		error: 'caractère de contrôle invisible dans le texte : retapez le texte sans le copier-coller',
	});
