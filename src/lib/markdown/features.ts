/**
 * The Markdown syntax of entry bodies, one setting for the build (processor.ts), the content check and
 * the open-data text: GFM, and no smart punctuation — the French typography stage (src/lib/typography/)
 * makes quotes, apostrophes, ellipses and « -- » typographic on every page, and heading ids are slugged
 * from the text as written.
 */
export const BODY_FEATURES = { gfm: true, smartPunctuation: false } as const;
