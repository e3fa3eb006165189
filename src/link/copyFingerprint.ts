import { copyTokens, dropQuoted, embeddedTweetLines, shingleHashes, splitParagraphs, splitSentences, tokenHashes, windowHashes } from './copyText';
import { createMinHasher, type MinHasher } from './minHash';
import { lshBandKeys } from './lshBands';

/** Parameters of copy detection; the defaults suit news paragraphs of 20..200 words. */
export interface CopyParams {
  /** Words per shingle. */
  shingle: number;
  bands: number;
  rows: number;
  /** Sentences with fewer shingles carry no band keys (datelines, "4 min read"). */
  minSentenceShingles: number;
}

/**
 * Band keys are taken per sentence, not per paragraph or article: a copied sentence inside
 * a long paragraph of otherwise new text still makes its sentence signature collide.
 * 4 bands of 2 rows: sentences of Jaccard 0.5 collide with p=0.68, 0.2 with p=0.15. A copy
 * reuses several sentences, so the article is found all the same: 8 bands found no more copies
 * on the synthetic ingest corpus (827 against 834 with four, over 2,000 articles) and cost
 * twice the index rows, each a random b-tree insert (half of an article's write at 20,000
 * articles). The bands are the first four of the eight used before, so stores written then are
 * read the same way.
 */
export const DEFAULT_COPY_PARAMS: CopyParams = { shingle: 5, bands: 4, rows: 2, minSentenceShingles: 6 };

export interface ParagraphPrint {
  start: number;
  end: number;
  shingles: Set<number>;
}

/** What copy detection knows about one article text. */
export interface CopyFingerprint {
  paragraphs: ParagraphPrint[];
  /** All shingles of the article. */
  shingles: Set<number>;
  /** LSH band keys of the sentences (unique), for ArticleBundle.articleKeys. */
  keys: string[];
}

const hashers = new Map<number, MinHasher>();
function hasher(k: number): MinHasher {
  let h = hashers.get(k);
  if (!h) {
    h = createMinHasher(k);
    hashers.set(k, h);
  }
  return h;
}

export function copyFingerprint(text: string, params: CopyParams = DEFAULT_COPY_PARAMS): CopyFingerprint {
  const mh = hasher(params.bands * params.rows);
  const paragraphs: ParagraphPrint[] = [];
  const all = new Set<number>();
  const keys = new Set<string>();
  const lines = splitParagraphs(text);
  const tweets = embeddedTweetLines(lines);
  for (const [i, p] of lines.entries()) {
    if (tweets.has(i)) continue;
    // Tokenise each sentence once: its tokens give the sentence's band keys, and joined
    // they give the paragraph's shingles.
    const sentences = splitSentences(dropQuoted(p.text)).map((s) => copyTokens(s, { dropQuotes: false }));
    const flat = sentences.flat();
    let sh: Set<number>;
    if (flat.length < params.shingle) sh = shingleHashes(flat, params.shingle);
    else {
      // Every token is hashed once and every window once: a sentence's shingles are the
      // paragraph's windows that lie inside the sentence.
      const windows = windowHashes(tokenHashes(flat), params.shingle);
      sh = new Set<number>(windows);
      let at = 0;
      for (const tokens of sentences) {
        const from = at;
        at += tokens.length;
        if (tokens.length < params.shingle + params.minSentenceShingles - 1) continue;
        // A minimum ignores repeats, so the windows need not be made unique first.
        for (const k of lshBandKeys(mh.signature(windows.subarray(from, at - params.shingle + 1)), params.bands, params.rows)) keys.add(k);
      }
    }
    paragraphs.push({ start: p.start, end: p.end, shingles: sh });
    for (const s of sh) all.add(s);
  }
  return { paragraphs, shingles: all, keys: [...keys] };
}

export interface ReuseEstimate {
  /** Share of `a`'s shingles found in `b` (containment of a in b), 0..1. */
  share: number;
  /** Shingles of `a` found in `b`. */
  sharedShingles: number;
  /** Paragraphs of `a` mostly found in `b` (containment >= paragraphThreshold), with their containment. */
  paragraphs: Array<{ index: number; start: number; end: number; containment: number }>;
}

/** How much of `a` reuses `b`'s text, overall and paragraph by paragraph. */
export function estimateReuse(a: CopyFingerprint, b: CopyFingerprint, paragraphThreshold = 0.5): ReuseEstimate {
  let shared = 0;
  for (const s of a.shingles) if (b.shingles.has(s)) shared++;
  const paragraphs: ReuseEstimate['paragraphs'] = [];
  a.paragraphs.forEach((p, index) => {
    if (p.shingles.size === 0) return;
    let hit = 0;
    for (const s of p.shingles) if (b.shingles.has(s)) hit++;
    const containment = hit / p.shingles.size;
    if (containment >= paragraphThreshold && hit >= 3) paragraphs.push({ index, start: p.start, end: p.end, containment });
  });
  return { share: a.shingles.size === 0 ? 0 : shared / a.shingles.size, sharedShingles: shared, paragraphs };
}
