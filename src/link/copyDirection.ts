import type { Article } from '../domain';
import { lookupAgency } from '../extract/clean/agencyNames';

/**
 * Which of two articles that share text is the copy. Evidence in order:
 *   0. one side is the agency the other credits: the agency's own story is the original;
 *   1. a wire credit on one side only (an agency other than the publisher itself): the
 *      credited text is nearer the wire original;
 *   2. publication dates: the later one copies the earlier (unknown dates sort last);
 *   3. on the same day, an agency's own story carrying its dateline credit is the original of
 *      a text that credits no one;
 *   4. otherwise the article ingested later is taken as the copy.
 */
export function copyDirection(incoming: Article, stored: Article): { copier: Article; original: Article; reason: string } {
  const wi = wireCredits(incoming);
  const ws = wireCredits(stored);
  // The credited agency's own story is the original: a paper crediting "(Reuters)" copies Reuters.
  if (publishedBy(stored, wi)) return { copier: incoming, original: stored, reason: `${name(incoming)} credits ${name(stored)}, which published it` };
  if (publishedBy(incoming, ws)) return { copier: stored, original: incoming, reason: `${name(stored)} credits ${name(incoming)}, which published it` };
  if ((wi.length > 0) !== (ws.length > 0)) {
    return wi.length > 0
      ? { copier: stored, original: incoming, reason: `${name(incoming)} credits ${wi.join(', ')}` }
      : { copier: incoming, original: stored, reason: `${name(stored)} credits ${ws.join(', ')}` };
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
  // Same day: an agency's own dated story ("BAGHDAD (AP) —" in AP's copy) is the original of an
  // uncredited text, whichever was stored first; the order of ingest must not decide.
  const si = selfCredited(incoming);
  const ss = selfCredited(stored);
  if (si !== ss && (si ? stored : incoming).credits.length === 0) {
    return si
      ? { copier: stored, original: incoming, reason: `${name(incoming)} carries its own dateline credit; ${name(stored)} credits no one` }
      : { copier: incoming, original: stored, reason: `${name(stored)} carries its own dateline credit; ${name(incoming)} credits no one` };
  }
  return { copier: incoming, original: stored, reason: 'stored first' };
}

/** The publisher credits itself ("BAGHDAD (AP) —" in the Associated Press's own story). */
function selfCredited(a: Article): boolean {
  const outlet = plainName(a.outlet ?? '');
  return outlet.length > 0 && a.credits.some((c) => plainName(c) === outlet);
}

/** Credits naming someone other than the publisher itself (PA Media crediting "PA Media" is a byline, not a wire credit). */
export function wireCredits(a: Article): string[] {
  const own = plainName(a.outlet ?? '');
  return a.credits.filter((c) => plainName(c) !== own);
}

/** Is `a` published by one of these credited agencies? */
function publishedBy(a: Article, credits: readonly string[]): boolean {
  const outlet = plainName(a.outlet ?? '');
  return outlet.length > 0 && credits.some((c) => plainName(c) === outlet);
}

/** A name as the gazetteer knows it ("Al Arabiya English" is Al Arabiya, "AFP" Agence France-Presse), lower case, without "the". */
export function plainName(n: string): string {
  return (lookupAgency(n)?.name ?? n).toLowerCase().replace(/^the\s+/u, '').trim();
}

function day(d: string | null): string | null {
  return d === null ? null : d.slice(0, 10);
}

export function name(a: Article): string {
  return a.outlet ?? a.title ?? a.url ?? a.id;
}
