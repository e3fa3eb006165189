/**
 * Turns user search text into a Lucene query for the claim_text full-text index without
 * letting any query syntax through: every word becomes an escaped quoted term, searched in
 * the claim text (weighted 4x, like the SQLite adapter's bm25 weights) and its sentence, OR-ed
 * so a claim with more of the words ranks higher while a claim with one still matches.
 * Returns null when nothing searchable remains.
 */
const MAX_TERMS = 32;
const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/gu;

export function escapeLucene(s: string): string {
  return s.replace(LUCENE_SPECIAL, '\\$&');
}

export function luceneQuery(text: string): string | null {
  const words = text.normalize('NFC').replace(/[°©®™]/gu, ' ').match(/[\p{L}\p{N}\p{M}\p{Co}\p{So}]+/gu) ?? [];
  const unique = [...new Set(words.map((w) => w.toLowerCase()))].slice(0, MAX_TERMS);
  if (unique.length === 0) return null;
  return unique
    .map((w) => {
      const term = `"${escapeLucene(w)}"`;
      return `text:${term}^4 OR sentence:${term}`;
    })
    .join(' OR ');
}

/** Quoted-phrase escaping: inside quotes only the quote and the backslash are special. */
function quoted(s: string): string {
  return `"${s.replace(/["\\]/gu, '\\$&')}"`;
}

/** Lucene's default limit on the clauses of one boolean query. */
export const MAX_KEY_CLAUSES = 1000;

/**
 * An exact-match query for keyword-analyzed key indexes: any of these keys, each a quoted
 * phrase (one token under the keyword analyzer, so matched whole and case-sensitively).
 */
export function keysQuery(keys: readonly string[]): string {
  return keys.map(quoted).join(' OR ');
}
