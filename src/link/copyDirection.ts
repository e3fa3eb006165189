import type { Article } from '../domain';

/**
 * Which of two articles that share text is the copy. Evidence in order:
 *   1. an agency credit on one side only: the credited text is nearer the wire original;
 *   2. publication dates: the later one copies the earlier (unknown dates sort last);
 *   3. otherwise the article ingested later is taken as the copy.
 */
export function copyDirection(incoming: Article, stored: Article): { copier: Article; original: Article; reason: string } {
  const ci = incoming.credits.length > 0;
  const cs = stored.credits.length > 0;
  if (ci !== cs) {
    return ci
      ? { copier: stored, original: incoming, reason: `${name(incoming)} credits ${incoming.credits.join(', ')}` }
      : { copier: incoming, original: stored, reason: `${name(stored)} credits ${stored.credits.join(', ')}` };
  }
  const di = day(incoming.published);
  const ds = day(stored.published);
  if (di !== ds) {
    if (di === null) return { copier: incoming, original: stored, reason: `${name(stored)} is dated ${ds}, the other is undated` };
    if (ds === null) return { copier: stored, original: incoming, reason: `${name(incoming)} is dated ${di}, the other is undated` };
    return di > ds
      ? { copier: incoming, original: stored, reason: `${name(stored)} appeared first (${ds})` }
      : { copier: stored, original: incoming, reason: `${name(incoming)} appeared first (${di})` };
  }
  return { copier: incoming, original: stored, reason: 'stored first' };
}

function day(d: string | null): string | null {
  return d === null ? null : d.slice(0, 10);
}

export function name(a: Article): string {
  return a.outlet ?? a.title ?? a.url ?? a.id;
}
