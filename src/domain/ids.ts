import { createHash } from 'node:crypto';

/**
 * Stable identities. An article is its normalised content: the same text ingested twice,
 * from any file or format, is one article; the same text from another outlet is that outlet's
 * article (see republishedArticleId). A claim is a span of one article.
 */

/**
 * Whitespace a run of which folds to one space: runs of two or more, and single characters other
 * than the space itself. Matching /\s+/ and replacing every run (single spaces too) gives the same
 * text but rebuilds it whole; this leaves the ordinary spaces of prose in place (~2.5x cheaper).
 */
const FOLDED_SPACE = /\s{2,}|[^\S ]/g;

/** Unicode NFC, curly quotes kept, whitespace runs folded to one space, trimmed. */
export function normaliseText(text: string): string {
  return text.normalize('NFC').replace(FOLDED_SPACE, ' ').trim();
}

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

export function contentHash(text: string): string {
  return sha256Hex(normaliseText(text));
}

export function articleIdFromHash(hash: string): string {
  return `a_${hash.slice(0, 20)}`;
}

export function articleId(text: string): string {
  return articleIdFromHash(contentHash(text));
}

/**
 * The id of the same text published by another outlet than the one it is first stored under
 * (two outlets running one agency story word for word): its own article, keyed by text and outlet.
 */
export function republishedArticleId(hash: string, publisherKey: string): string {
  return articleIdFromHash(sha256Hex(`${hash}\n${publisherKey}`));
}

export function claimId(articleIdValue: string, start: number, end: number): string {
  return `${articleIdValue}:${start}-${end}`;
}

/** Lower-case, diacritics folded, non letters/digits to '-'; scripts other than Latin are kept. */
export function slug(name: string): string {
  const s = name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['’‘`]/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/gu, '');
  return s.length > 0 && s.length <= 80 ? s : sha256Hex(name).slice(0, 16);
}

export function sourceId(canonicalName: string): string {
  return `s_${slug(canonicalName)}`;
}

export function entityId(canonicalName: string): string {
  return `n_${slug(canonicalName)}`;
}

/** Events are global: one id per (label, date, place) happening; see src/link for merging. */
export function eventId(key: string): string {
  return `e_${sha256Hex(key).slice(0, 16)}`;
}

export function reviewId(claimIdValue: string, reviewer: string, url: string | null): string {
  return `r_${sha256Hex(`${claimIdValue}\u0000${reviewer}\u0000${url ?? ''}`).slice(0, 16)}`;
}
