import type { Article, Claim, Source } from '../domain';
import type { OriginGroup } from './reports';

/**
 * Where one appearance of a claim comes from, for counting independent origins. In order:
 *   1. the named speaker whose statement it reports (quotes of the same statement are one
 *      origin however many outlets carry them);
 *   2. a news agency: the claim's own credit (photo credit, "an AP reporter saw"), the
 *      article's wire credit, or a credit inherited along the copy chain (an outlet that
 *      reprints AP copy without a credit line is still AP);
 *   3. the first article of a copy chain without any credit;
 *   4. otherwise the outlet's own reporting (one outlet's articles are one origin).
 */

export interface OriginFacts {
  claim: Claim;
  article: Article;
  /** Speaker's source, after redirects. */
  speaker: Source | null;
  /** Publisher of the article. */
  publisher: Source | null;
  /** Agencies credited by the article itself. */
  credits: Source[];
  /** Agencies credited by articles this one copies (along the copy chain), nearest first. */
  inheritedCredits: Source[];
  /** Source of the claim's own credit (photo credit, agency reporter), when it names one. */
  claimCredit: Source | null;
  /** The first article of the copy chain this article belongs to (itself when others copy it); null outside copy chains. */
  copyRoot: Article | null;
}

export interface Origin {
  key: string;
  label: string;
  kind: OriginGroup['kind'];
}

/** Speakers that name no one in particular: "officials", "sources", "the crowd". */
const GENERIC_SPEAKER = /^(the\s+)?((us|u\.s\.|iraqi|american|iranian|security|militia|government|military|local|western|senior|unnamed|anonymous|two|several)\s+)*(officials?|sources?|spokesm[ae]n|witness(es)?|residents?|people|crowd|protesters|reports?|media|journalists|diplomats?|someone|analysts)$/i;

export function isSpecificSpeaker(s: Source): boolean {
  if (s.type === 'group' || s.type === 'unknown' || s.type === 'witness') return false;
  return !GENERIC_SPEAKER.test(s.name.trim());
}

function outletName(a: Article, publisher: Source | null): string {
  return publisher?.name ?? a.outlet ?? a.url ?? a.id;
}

export function originOf(f: OriginFacts): Origin {
  const sp = f.speaker;
  if (sp && isSpecificSpeaker(sp) && sp.id !== f.publisher?.id) {
    if (sp.type === 'news_agency') return { key: `agency:${sp.id}`, label: `${sp.name} wire copy`, kind: 'agency' };
    return { key: `speaker:${sp.id}`, label: `statement by ${sp.name}`, kind: 'speaker' };
  }
  // The claim's own credit may name an agency (photo credit) or the outlet it came through ("CNN reported").
  const claimCredit = f.claimCredit && (f.claimCredit.type === 'news_agency' || f.claimCredit.type === 'outlet') ? f.claimCredit : null;
  if (claimCredit && claimCredit.type === 'outlet' && claimCredit.id !== f.publisher?.id) {
    return { key: `outlet:${claimCredit.id}`, label: `reported by ${claimCredit.name}`, kind: 'outlet' };
  }
  const agency = (claimCredit?.type === 'news_agency' ? claimCredit : null) ?? f.credits.find((c) => c.type === 'news_agency') ?? f.inheritedCredits.find((c) => c.type === 'news_agency') ?? null;
  if (agency) {
    // An agency crediting itself (PA Media's own byline) is its own reporting, not someone's wire copy.
    if (agency.id === f.publisher?.id) return { key: `agency:${agency.id}`, label: `${agency.name} (own reporting)`, kind: 'agency' };
    const how = claimCredit || f.credits.includes(agency) ? '' : ' (reprinted without credit)';
    return { key: `agency:${agency.id}`, label: `${agency.name} wire copy${how}`, kind: 'agency' };
  }
  // An agency that publishes under its own name (PA Media, Reuters) is its own origin.
  if (f.publisher && f.publisher.type === 'news_agency' && (!f.copyRoot || f.copyRoot.id === f.article.id)) {
    return { key: `agency:${f.publisher.id}`, label: `${f.publisher.name} (own reporting)`, kind: 'agency' };
  }
  if (f.copyRoot) {
    return { key: `article:${f.copyRoot.id}`, label: `copy chain from ${f.copyRoot.outlet ?? f.copyRoot.file ?? f.copyRoot.id}${f.copyRoot.published ? ` ${f.copyRoot.published.slice(0, 10)}` : ''}`, kind: 'copy_chain' };
  }
  const key = f.publisher ? `outlet:${f.publisher.id}` : f.article.outlet ? `outlet:${f.article.outlet.toLowerCase()}` : `article:${f.article.id}`;
  return { key, label: `${outletName(f.article, f.publisher)} (own reporting)`, kind: 'outlet' };
}
