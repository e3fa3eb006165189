import { claimId, republishedArticleId, type Article } from '../domain';
import type { Extraction } from '../extract/types';
import { siteDomain } from '../extract/parse/hostNames';
import { plainName } from './copyDirection';

/**
 * Who published an article, as far as identity goes: its outlet as the gazetteer names it ("AP" and
 * "The Associated Press" are one), folded to letters and digits, else the domain its address is under; null
 * when neither is known.
 */
export function publisherKey(article: Pick<Article, 'outlet' | 'url'>): string | null {
  const outlet = article.outlet === null ? '' : plainName(article.outlet).normalize('NFKD').replace(/[^\p{L}\p{N}]+/gu, '');
  if (outlet.length > 0) return `outlet:${outlet}`;
  const host = siteDomain(article.url);
  return host === null ? null : `host:${host}`;
}

/**
 * An article whose text is already stored under another publisher: ABC News running AP's story
 * word for word is an appearance of its own, not the same article ingested again. Only when both
 * publishers are known: the same text pasted without its outlet is the article already stored.
 */
export function isRepublication(stored: Pick<Article, 'outlet' | 'url'>, incoming: Pick<Article, 'outlet' | 'url'>): boolean {
  const a = publisherKey(stored);
  const b = publisherKey(incoming);
  return a !== null && b !== null && a !== b;
}

/** The extraction under the id of its publisher's own publication of the text (see republishedArticleId). */
export function asRepublication(x: Extraction): Extraction {
  const key = publisherKey(x.article);
  if (key === null) return x;
  const from = x.article.id;
  const id = republishedArticleId(x.article.contentHash, key);
  const eventId = (e: string): string => (e.startsWith(`${from}#`) ? id + e.slice(from.length) : e);
  const claimIds = new Map(x.claims.map((c) => [c.id, claimId(id, c.start, c.end)]));
  return {
    ...x,
    article: { ...x.article, id },
    claims: x.claims.map((c) => ({ ...c, id: claimIds.get(c.id)!, articleId: id, event: c.event ? { ...c.event, id: eventId(c.event.id) } : null })),
    events: x.events.map((e) => ({ ...e, id: eventId(e.id) })),
    verdicts: x.verdicts.map((v) => ({ ...v, claimId: claimIds.get(v.claimId) ?? v.claimId })),
  };
}
