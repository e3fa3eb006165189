import { sourceId, type Article, type Claim, type LinkType, type Source } from '../domain';
import type { GraphStore } from '../store/port';
import type { Appearance, ProvenanceReport, ProvenanceStep } from './reports';
import { byPublished } from './byPublished';
import { isSpecificSpeaker } from './originOf';

const CHAIN_DEPTH = 5;
const APPEARANCE_DEPTH = 2;
const APPEARANCE_LIMIT = 300;

/** Words that show an intermediary carried someone else's words: "told Reuters", "IRNA reported", "according to AP". */
function intermediaryCue(sentence: string, name: string): string | null {
  const n = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const patterns: Array<[RegExp, string]> = [
    [new RegExp(`\\btold\\s+(?:the\\s+)?${n}`, 'i'), 'told'],
    [new RegExp(`${n}(?:'s)?(?:\\s+[\\w-]+){0,4}\\s+(?:reported|quoted|cited|said|wrote|carried)`, 'i'), 'reported'],
    [new RegExp(`according\\s+to\\s+(?:the\\s+)?${n}`, 'i'), 'according to'],
    [new RegExp(`\\b(?:quoted|cited)\\s+by\\s+(?:the\\s+)?${n}`, 'i'), 'quoted by'],
    [new RegExp(`\\(${n}\\)`, 'i'), 'credit'],
  ];
  for (const [re, cue] of patterns) if (re.test(sentence)) return cue;
  return null;
}

/**
 * Where a claim comes from: its speaker, the agencies or outlets it was quoted through,
 * the agency credited for it (photo credit, wire credit, or inherited from the article it
 * copies), the articles it was copied from and the claims it derives from, and its
 * publisher; the origin at the end of that chain; and every appearance of the claim
 * (itself, its copies, claims that corroborate it) in publication order with its place in
 * each article. A fixed number of store calls (about eight) whatever the graph size.
 * Returns null when the claim does not exist.
 */
export async function buildProvenance(store: GraphStore, claimId: string): Promise<ProvenanceReport | null> {
  const [graph, walked] = await Promise.all([
    store.provenance(claimId, CHAIN_DEPTH),
    store.traverseLinks(claimId, ['derived_from', 'corroborates'], APPEARANCE_DEPTH, APPEARANCE_LIMIT),
  ]);
  if (!graph) return null;
  const { claim, article } = graph;

  // Appearances: the claim, its copies and the claims stating the same, each with its article.
  // Beyond its own links only copies count as appearances of the claim (as in corroboration).
  const relation = new Map<string, { type: LinkType; score: number }>();
  for (const l of walked) {
    if (l.depth > 1 && l.type !== 'derived_from') continue;
    for (const id of [l.from, l.to]) if (id !== claimId && !relation.has(id)) relation.set(id, { type: l.type, score: l.score });
  }
  const otherIds = [...relation.keys()];
  const others = otherIds.length > 0 ? (await store.getClaims(otherIds)).filter((c): c is Claim => c !== null) : [];

  // Articles and sources still unknown: of the appearances, the copied articles, the derived claims.
  const articles = new Map<string, Article>([[article.id, article]]);
  for (const c of graph.copies) articles.set(c.article.id, c.article);
  const needArticles = [...new Set([...others.map((c) => c.articleId), ...graph.derivedFrom.map((d) => d.claim.articleId)])].filter((id) => !articles.has(id));
  const chainArticleIds = [...new Set([...graph.copies.map((c) => c.article.id), ...graph.derivedFrom.map((d) => d.claim.articleId)])];
  const [moreArticles, chainSources] = await Promise.all([
    needArticles.length > 0 ? store.getArticles(needArticles) : Promise.resolve([]),
    chainArticleIds.length > 0 ? store.getArticleSources(chainArticleIds) : Promise.resolve([]),
  ]);
  moreArticles.forEach((a) => a && articles.set(a.id, a));

  const deepest = graph.derivedFrom.length > 0 ? graph.derivedFrom.reduce((a, b) => (b.depth > a.depth ? b : a)) : null;
  const wantSources = new Set<string>();
  if (claim.credit) wantSources.add(sourceId(claim.credit));
  if (deepest?.claim.sourceId) wantSources.add(deepest.claim.sourceId);
  if (deepest?.claim.credit) wantSources.add(sourceId(deepest.claim.credit));
  for (const s of chainSources) {
    s.creditIds.forEach((id) => wantSources.add(id));
    if (s.publisherId) wantSources.add(s.publisherId);
  }
  const entityIntermediaries = claim.entities.filter((e) => (e.type === 'news_agency' || e.type === 'outlet') && e.id !== null);
  for (const e of entityIntermediaries) wantSources.add(sourceId(e.name));
  const wantIds = [...wantSources];
  const gotSources = wantIds.length > 0 ? await store.getSources(wantIds) : [];
  const sources = new Map<string, Source>();
  wantIds.forEach((id, i) => {
    const s = gotSources[i];
    if (s) sources.set(id, s);
  });
  for (const s of [graph.source, graph.publisher, ...graph.credits]) if (s) sources.set(s.id, s);

  // The chain, nearest first.
  const chain: ProvenanceStep[] = [];
  let depth = 1;
  if (graph.source) {
    chain.push({
      kind: 'speaker',
      source: graph.source,
      article,
      claim,
      evidence: claim.cue ? `${claim.sentence} (cue: "${claim.cue}")` : claim.sentence,
      cue: claim.cue,
      depth: depth++,
    });
  }
  for (const e of entityIntermediaries) {
    const s = sources.get(sourceId(e.name)) ?? null;
    if (s && s.id === graph.source?.id) continue;
    const cue = intermediaryCue(claim.sentence, e.name);
    if (!cue) continue;
    chain.push({ kind: 'quoted_through', source: s, article, claim, evidence: claim.sentence, cue, depth: depth++ });
  }
  const credited: Source[] = [];
  if (claim.credit) {
    const s = sources.get(sourceId(claim.credit)) ?? null;
    // A credit other than the article's own wire credit, on a claim with a speaker, is the
    // channel the words came through ("…, CNN reported, citing a statement from …").
    const articleCredit = article.credits.some((c) => c.toLowerCase() === claim.credit?.toLowerCase());
    const through = (claim.via?.name ?? null) === claim.credit || (graph.source !== null && !articleCredit && s?.type !== 'news_agency');
    if (through) {
      if (!chain.some((c) => c.kind === 'quoted_through' && c.source?.id === s?.id)) {
        chain.push({ kind: 'quoted_through', source: s, article, claim, evidence: claim.sentence, cue: intermediaryCue(claim.sentence, claim.credit) ?? 'via', depth: depth++ });
      }
    } else {
      chain.push({ kind: 'credited_agency', source: s, article, claim, evidence: `credited to ${claim.credit}: ${claim.sentence}`, cue: 'credit', depth: depth++ });
      if (s) credited.push(s);
    }
  }
  for (const s of graph.credits) {
    if (credited.some((c) => c.id === s.id)) continue;
    chain.push({ kind: 'credited_agency', source: s, article, claim: null, evidence: `the article credits ${s.name}${article.byline ? ` (byline "${article.byline}")` : ''}`, cue: 'wire credit', depth: depth++ });
    credited.push(s);
  }
  const copies = [...graph.copies].sort((a, b) => a.depth - b.depth);
  copies.forEach((c, i) => {
    chain.push({
      kind: 'copied_from',
      source: null,
      article: c.article,
      claim: null,
      evidence: c.link.basis || `${Math.round((c.link.share ?? 0) * 100)}% of the text reused`,
      cue: c.link.share !== null ? `${Math.round(c.link.share * 100)}% reused` : null,
      depth: depth + c.depth - 1,
    });
    // A copy inherits the agency credit of the article it copies: for this claim when it is
    // itself copied text, or when the article credits no one.
    const st = chainSources[chainArticleIds.indexOf(c.article.id)];
    const inherits = graph.derivedFrom.length > 0 || article.credits.length === 0;
    for (const id of inherits ? (st?.creditIds ?? []) : []) {
      const s = sources.get(id);
      if (s && !credited.some((x) => x.id === s.id)) {
        chain.push({ kind: 'credited_agency', source: s, article: c.article, claim: null, evidence: `${c.article.outlet ?? c.article.id}, which this copies, credits ${s.name}`, cue: 'inherited credit', depth: depth + c.depth - 1 });
        credited.push(s);
      }
    }
    if (i === copies.length - 1) depth += c.depth;
  });
  for (const d of [...graph.derivedFrom].sort((a, b) => a.depth - b.depth)) {
    chain.push({ kind: 'derived_from', source: null, article: articles.get(d.claim.articleId) ?? null, claim: d.claim, evidence: d.link.basis || d.claim.sentence, cue: null, depth: depth + d.depth - 1 });
  }
  if (graph.publisher) {
    chain.push({ kind: 'publisher', source: graph.publisher, article, claim: null, evidence: `published by ${graph.publisher.name}${article.published ? ` on ${article.published.slice(0, 10)}` : ''}`, cue: null, depth: chain.length + 1 });
  }

  chain.forEach((step, i) => (step.depth = i + 1));

  // Origin: the claim it was copied from, if any; who it is credited to, in order of strength.
  const originClaim = deepest?.claim ?? claim;
  const originArticle = articles.get(originClaim.articleId) ?? (copies.length > 0 ? copies[copies.length - 1]!.article : article);
  const speaker = deepest ? (deepest.claim.sourceId ? (sources.get(deepest.claim.sourceId) ?? null) : null) : graph.source;
  const namedSpeaker = speaker && isSpecificSpeaker(speaker) ? speaker : null;
  const agency = (deepest?.claim.credit ? sources.get(sourceId(deepest.claim.credit)) : undefined) ?? credited[0] ?? null;
  const publisherIsAgency = graph.publisher && graph.publisher.type === 'news_agency' ? graph.publisher : null;
  const originSource = namedSpeaker ?? agency ?? speaker ?? publisherIsAgency ?? graph.publisher ?? null;
  const how: string[] = [];
  if (namedSpeaker) how.push(`${namedSpeaker.type === 'news_agency' ? 'reported by' : 'statement by'} ${namedSpeaker.name}`);
  if (agency && agency !== namedSpeaker) {
    const own = agency.id === graph.publisher?.id;
    how.push(own ? `${agency.name} (own reporting)` : `${agency.name} ${namedSpeaker ? 'carried it' : 'wire copy'}`);
  }
  if (!namedSpeaker && !agency) how.push(`${originSource?.name ?? originArticle.outlet ?? 'the outlet'} (own reporting)`);
  if (originArticle.id !== article.id) how.push(`first seen here in ${originArticle.outlet ?? originArticle.id}${originArticle.published ? ` (${originArticle.published.slice(0, 10)})` : ''}`);

  const appearances: Appearance[] = [{ claim, article, relation: 'self', score: 1 }];
  for (const c of others) {
    const a = articles.get(c.articleId);
    const r = relation.get(c.id);
    if (a && r) appearances.push({ claim: c, article: a, relation: r.type, score: r.score });
  }
  appearances.sort((x, y) => byPublished(x.article, y.article) || x.claim.start - y.claim.start);

  return {
    claim,
    article,
    origin: { source: originSource, article: originArticle, claim: originClaim, description: how.join('; ') },
    chain,
    earliest: appearances[0] as Appearance,
    appearances,
  };
}
