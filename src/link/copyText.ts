/**
 * Text normalisation for copy detection. Wire copy is reprinted with small edits
 * (U.S./US, curly quotes, "An Associated Press reporter" -> "A reporter"), so tokens are
 * folded before shingling. Quoted passages of some length are left out: two outlets that
 * quote the same tweet or statement are not copying each other.
 */

import { tweetSignature } from '../extract/attribution/tweetSignature';

const QUOTED = /[“"«„]([^”"»“„]{25,}?)[”"»]/gu;

/** Lower-case word tokens with diacritics, dots in abbreviations and punctuation folded away. */
export function copyTokens(text: string, opts: { dropQuotes?: boolean } = {}): string[] {
  let t = text;
  if (opts.dropQuotes !== false) t = dropQuoted(t);
  if (/[^\x00-\x7f]/.test(t)) {
    t = t
      .normalize('NFKD')
      .replace(/\p{M}+/gu, '')
      .toLowerCase()
      // "u.s." -> "us", "a.m." -> "am": abbreviations written with or without dots.
      .replace(/\b(\p{L})\.(?=\p{L}\.)/gu, '$1')
      .replace(/\b(\p{L})\.(?=\s|$)/gu, '$1')
      .replace(/['’‘`]/gu, '')
      .replace(/[^\p{L}\p{N}]+/gu, ' ');
  } else {
    // Most news text is ASCII: the same folding without Unicode classes, much faster.
    t = t
      .toLowerCase()
      .replace(/\b([a-z])\.(?=[a-z]\.)/g, '$1')
      .replace(/\b([a-z])\.(?=\s|$)/g, '$1')
      .replace(/['`]/g, '')
      .replace(/[^a-z0-9]+/g, ' ');
  }
  const out: string[] = [];
  for (const w of t.split(' ')) if (w.length > 0) out.push(w);
  return out;
}

/** The text with quoted passages of 25+ characters blanked out (same length, so offsets hold). */
export function dropQuoted(text: string): string {
  return text.replace(QUOTED, (m) => ' '.repeat(m.length));
}

/** 32-bit FNV-1a of a string; cheap, stable across runs and platforms. */
export function fnv1a(s: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Hashes of the word n-grams of `tokens` (unique). Fewer than n tokens give one shingle of them all. */
export function shingleHashes(tokens: readonly string[], n: number): Set<number> {
  const out = new Set<number>();
  if (tokens.length === 0) return out;
  if (tokens.length < n) {
    out.add(fnv1a(tokens.join(' ')));
    return out;
  }
  // Hash each token once, then combine n of them per shingle.
  const wh = windowHashes(tokenHashes(tokens), n);
  for (let i = 0; i < wh.length; i++) out.add(wh[i] as number);
  return out;
}

/** fnv1a of each token. */
export function tokenHashes(tokens: readonly string[]): Uint32Array {
  const th = new Uint32Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) th[i] = fnv1a(tokens[i] as string);
  return th;
}

/**
 * The shingle hash of every window of n token hashes, in order (not unique): entry i covers
 * tokens i..i+n-1. Empty when there are fewer than n tokens.
 */
export function windowHashes(th: Uint32Array, n: number): Uint32Array {
  const count = Math.max(0, th.length - n + 1);
  const out = new Uint32Array(count);
  for (let i = 0; i < count; i++) {
    let h = 0x9e3779b9;
    for (let j = i; j < i + n; j++) {
      h = Math.imul(h ^ (th[j] as number), 0x85ebca6b);
      h ^= h >>> 13;
    }
    out[i] = h >>> 0;
  }
  return out;
}

/** Paragraphs of a cleaned article text (blank-line separated; single newlines also split headlines). */
export function splitParagraphs(text: string): Array<{ start: number; end: number; text: string }> {
  const out: Array<{ start: number; end: number; text: string }> = [];
  const re = /[^\n]+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (body.length === 0) continue;
    out.push({ start: m.index + lead, end: m.index + lead + body.length, text: body });
  }
  return out;
}

/**
 * The lines of `paragraphs` that are embedded tweets: a line that ends with a tweet's signature,
 * and the line before a signature that stands alone. Two outlets embedding the same tweet are
 * not copying each other, as with quotations.
 */
export function embeddedTweetLines(paragraphs: ReadonlyArray<{ text: string }>): Set<number> {
  const out = new Set<number>();
  paragraphs.forEach((p, i) => {
    const sig = tweetSignature(p.text);
    if (!sig) return;
    out.add(i);
    // A signature alone on its line (a picture link at most before it) signs the line above.
    if (sig.textEnd < 20 && i > 0) out.add(i - 1);
  });
  return out;
}

/** Rough sentence split for fingerprints: end punctuation followed by a space and a capital or quote. */
export function splitSentences(text: string): string[] {
  return text
    .split(/(?<=[.!?][”"’)]?)\s+(?=[“"‘(]?[\p{Lu}\p{N}])/u)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}
