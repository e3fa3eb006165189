import type { Article, Claim, Link, Source } from '../domain';
import { sourceId } from '../domain';
import type { GraphStore } from '../store/port';
import type { OriginFacts } from './originOf';

/**
 * Gathers, in a fixed number of batched store calls, what originOf needs for a set of
 * claims: their articles, speakers, publishers, credits, the copy chains of their articles
 * (two hops outward) and the credits of the articles copied.
 */
export async function gatherOriginFacts(store: GraphStore, claims: readonly Claim[]): Promise<{ facts: Map<string, OriginFacts>; articles: Map<string, Article> }> {
  const articleIds = [...new Set(claims.map((c) => c.articleId))];
  const [articlesList, articleSources, copyLinks] = await Promise.all([
    store.getArticles(articleIds),
    store.getArticleSources(articleIds),
    store.getLinks(articleIds, { types: ['copies'] }),
  ]);
  const articles = new Map<string, Article>();
  articlesList.forEach((a) => a && articles.set(a.id, a));
  // Copy chains outward: this article -> what it copies (-> what that copies).
  const copiesFrom = new Map<string, Link[]>();
  const addCopy = (l: Link): void => {
    const list = copiesFrom.get(l.from) ?? [];
    if (!list.some((x) => x.to === l.to)) list.push(l);
    copiesFrom.set(l.from, list);
  };
  copyLinks.forEach(addCopy);
  const hop1 = [...new Set(copyLinks.filter((l) => articles.has(l.from)).map((l) => l.to))].filter((id) => !articles.has(id));
  let hop1Sources: Array<{ publisherId: string | null; creditIds: string[] }> = [];
  if (hop1.length > 0) {
    const [hopArticles, hopSources, hopLinks] = await Promise.all([store.getArticles(hop1), store.getArticleSources(hop1), store.getLinks(hop1, { types: ['copies'] })]);
    hopArticles.forEach((a) => a && articles.set(a.id, a));
    hop1Sources = hopSources;
    hopLinks.filter((l) => hop1.includes(l.from)).forEach(addCopy);
  }
  const sourcesOf = new Map<string, { publisherId: string | null; creditIds: string[] }>();
  articleIds.forEach((id, i) => sourcesOf.set(id, articleSources[i] ?? { publisherId: null, creditIds: [] }));
  hop1.forEach((id, i) => sourcesOf.set(id, hop1Sources[i] ?? { publisherId: null, creditIds: [] }));

  const wanted = new Set<string>();
  for (const c of claims) {
    if (c.sourceId) wanted.add(c.sourceId);
    if (c.credit) wanted.add(sourceId(c.credit));
  }
  for (const s of sourcesOf.values()) {
    if (s.publisherId) wanted.add(s.publisherId);
    s.creditIds.forEach((id) => wanted.add(id));
  }
  const wantedIds = [...wanted];
  const got = wantedIds.length > 0 ? await store.getSources(wantedIds) : [];
  const source = new Map<string, Source>();
  wantedIds.forEach((id, i) => {
    const s = got[i];
    if (s) source.set(id, s);
  });

  const facts = new Map<string, OriginFacts>();
  for (const c of claims) {
    const article = articles.get(c.articleId);
    if (!article) continue;
    const own = sourcesOf.get(c.articleId) ?? { publisherId: null, creditIds: [] };
    const chain = copyChain(c.articleId, copiesFrom, articles);
    const inherited: Source[] = [];
    for (const a of chain) {
      const st = sourcesOf.get(a.id);
      for (const id of st?.creditIds ?? []) {
        const s = source.get(id);
        if (s && !inherited.includes(s)) inherited.push(s);
      }
      // Copy of an agency's own article (PA Media, Reuters) inherits that agency.
      const pub = st?.publisherId ? source.get(st.publisherId) : undefined;
      if (pub && pub.type === 'news_agency' && !inherited.includes(pub)) inherited.push(pub);
    }
    facts.set(c.id, {
      claim: c,
      article,
      speaker: c.sourceId ? (source.get(c.sourceId) ?? null) : null,
      publisher: own.publisherId ? (source.get(own.publisherId) ?? null) : null,
      credits: own.creditIds.map((id) => source.get(id)).filter((s): s is Source => s !== undefined),
      inheritedCredits: inherited,
      claimCredit: c.credit ? (source.get(sourceId(c.credit)) ?? null) : null,
      // An article others copy is the root of its own chain, so it and its copies group together.
      copyRoot: chain.length > 0 ? (chain[chain.length - 1] as Article) : copyLinks.some((l) => l.to === c.articleId) ? article : null,
    });
  }
  return { facts, articles };
}

/** Articles `id` copies, nearest first (two hops at most; the strongest copy at each hop). */
function copyChain(id: string, copiesFrom: Map<string, Link[]>, articles: Map<string, Article>): Article[] {
  const out: Article[] = [];
  let at = id;
  const seen = new Set([id]);
  for (let hop = 0; hop < 2; hop++) {
    const next = (copiesFrom.get(at) ?? []).filter((l) => !seen.has(l.to)).sort((a, b) => (b.share ?? 0) - (a.share ?? 0))[0];
    if (!next) break;
    const a = articles.get(next.to);
    if (!a) break;
    out.push(a);
    seen.add(a.id);
    at = a.id;
  }
  return out;
}
