/**
 * The full name of a body written out: capitalised words, joined by of/for/and/the/on/de
 * ("Syrian Observatory for Human Rights", "Roper Center for Public Opinion Research").
 */
const BODY_NAME_PATTERN = "\\p{Lu}[\\p{L}'’.&-]*(?:\\s+(?:(?:of|for|and|the|on|de)\\s+)*\\p{Lu}[\\p{L}'’.&-]*)+";

const WHOLE = new RegExp(`^${BODY_NAME_PATTERN}$`, 'u');
const ASIDE = new RegExp(`^\\s*(?:the\\s+)?(${BODY_NAME_PATTERN})\\s*$`, 'u');

export function isBodyName(text: string): boolean {
  return WHOLE.test(text);
}

/** The name inside an aside between commas (" the Syrian Observatory for Human Rights"), or null. */
export function bodyNameAside(aside: string): string | null {
  return ASIDE.exec(aside)?.[1] ?? null;
}
