import type { Article, Link } from '../domain';
import type { GraphStore } from '../store/port';
import { copyFingerprint, estimateReuse, type CopyFingerprint, type CopyParams, DEFAULT_COPY_PARAMS, type ReuseEstimate } from './copyFingerprint';
import { copyDirection, name } from './copyDirection';
import { machineLink } from './machineLink';

export interface CopyOptions {
  params: CopyParams;
  /** Most candidate articles examined per new article (the ones sharing most band keys). */
  maxCandidates: number;
  /** Band keys a candidate must share to be examined (one shared sentence is a coincidence or a stock phrase). */
  minSharedKeys: number;
  /** Shared shingles needed for a copy (5-word shingles: about three sentences' worth of words in common). */
  minSharedShingles: number;
  /** Share of the copying article's text that must be reused, unless a whole paragraph is. */
  minShare: number;
}

// A copied sentence collides in all 4 of its bands, a loose paraphrase in one or two: two shared keys make a
// candidate, and shingle containment decides (a stock phrase shares keys but not 15 shingles).
export const DEFAULT_COPY_OPTIONS: CopyOptions = { params: DEFAULT_COPY_PARAMS, maxCandidates: 12, minSharedKeys: 2, minSharedShingles: 15, minShare: 0.1 };

export interface CopyMatch {
  copier: Article;
  original: Article;
  /** Reuse of the copier's text in the original. */
  reuse: ReuseEstimate;
  link: Link;
}

/**
 * Articles that share text with `article`, found through LSH band keys (never all pairs),
 * verified by shingle containment against the stored text, each as a `copies` link from
 * the copying article to the original.
 */
export async function detectCopies(
  store: GraphStore,
  article: Article,
  fp: CopyFingerprint,
  now: string,
  opts: CopyOptions = DEFAULT_COPY_OPTIONS,
  cache?: { getOrCreate(id: string, make: () => CopyFingerprint): CopyFingerprint },
): Promise<CopyMatch[]> {
  if (fp.keys.length === 0) return [];
  const hits = (await store.findArticlesByKeys(fp.keys, opts.maxCandidates + 1)).filter((h) => h.articleId !== article.id && h.shared >= opts.minSharedKeys);
  if (hits.length === 0) return [];
  const stored = await store.getArticles(hits.slice(0, opts.maxCandidates).map((h) => h.articleId));
  const out: CopyMatch[] = [];
  for (const other of stored) {
    if (!other) continue;
    const ofp = cache ? cache.getOrCreate(other.id, () => copyFingerprint(other.text, opts.params)) : copyFingerprint(other.text, opts.params);
    const dir = copyDirection(article, other);
    const copierFp = dir.copier === article ? fp : ofp;
    const originalFp = dir.copier === article ? ofp : fp;
    const reuse = estimateReuse(copierFp, originalFp);
    if (reuse.sharedShingles < opts.minSharedShingles) continue;
    if (reuse.share < opts.minShare && reuse.paragraphs.length === 0) continue;
    out.push({ copier: dir.copier, original: dir.original, reuse, link: copyLink(dir.copier, dir.original, reuse, dir.reason, now) });
  }
  return withoutSiblings(store, article, out);
}

/**
 * A new copy of a story is linked to the story, not to the other copies of it already stored: ABC
 * News and the Fayetteville Observer both run AP's story and share its text, but neither copied the
 * other. A stored copy stays linked when the new text is nearer to it than to the story (it took
 * that copy's changes with it).
 */
async function withoutSiblings(store: GraphStore, article: Article, matches: CopyMatch[]): Promise<CopyMatch[]> {
  const own = new Map(matches.filter((m) => m.copier.id === article.id).map((m) => [m.original.id, m]));
  if (own.size < 2) return matches;
  const siblings = new Set<string>();
  for (const l of await store.getLinks([...own.keys()], { types: ['copies'] })) {
    const sibling = own.get(l.from);
    const story = own.get(l.to);
    if (sibling && story && sibling !== story && sibling.reuse.share <= story.reuse.share) siblings.add(l.from);
  }
  return siblings.size === 0 ? matches : matches.filter((m) => m.copier.id !== article.id || !siblings.has(m.original.id));
}

function copyLink(copier: Article, original: Article, reuse: ReuseEstimate, reason: string, now: string): Link {
  const pct = Math.round(reuse.share * 100);
  const credit = original.credits.length > 0 ? ` (${original.credits.join(', ')} copy)` : '';
  const paras = reuse.paragraphs.length > 0 ? `, ${reuse.paragraphs.length} paragraph${reuse.paragraphs.length === 1 ? '' : 's'} nearly whole` : '';
  const basis = `${pct}% of the text reuses ${name(original)} ${original.published?.slice(0, 10) ?? 'undated'}${credit}${paras}; direction: ${reason}`;
  const score = Math.min(0.99, 0.6 + reuse.sharedShingles / 100);
  return machineLink(copier.id, original.id, 'copies', score, basis, now, { share: Math.round(reuse.share * 1000) / 1000 });
}
