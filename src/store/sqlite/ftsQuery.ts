/**
 * Turns user search text into an FTS5 MATCH expression without letting any FTS syntax
 * through: every word becomes a quoted phrase, words are OR-ed so a claim with more of
 * them ranks higher (bm25) while a claim with one still matches. Word characters are the
 * same as the claims_fts tokenizer's (letters, digits, marks, private use, symbols such
 * as emoji, minus the listed separators). Returns null when nothing searchable remains.
 */
const MAX_TERMS = 32;

export function ftsQuery(text: string): string | null {
  const words = text.normalize('NFC').replace(/[°©®™]/gu, ' ').match(/[\p{L}\p{N}\p{M}\p{Co}\p{So}]+/gu) ?? [];
  const unique = [...new Set(words.map((w) => w.toLowerCase()))].slice(0, MAX_TERMS);
  if (unique.length === 0) return null;
  return unique.map((w) => `"${w.replace(/"/gu, '""')}"`).join(' OR ');
}
