/** Words of English that French text never uses: a description that has one was left in English. */
const ENGLISH = /\b(the|of|and|its|is|are|from|with|which|where|when|must|should|required|optional|only|link|address|entry|field|fields|name|number|year)\b/i;

/** The field names a French text quotes (« year », « supersededBy ») are code, not English: left out of the check. */
const prose = (text: string) => text.replace(/«[\s\u00a0\u202f]*[\w-]+[\s\u00a0\u202f]*»/g, '');

/** Whether `text` reads as English rather than French. */
export const looksEnglish = (text: string) => ENGLISH.test(prose(text));
