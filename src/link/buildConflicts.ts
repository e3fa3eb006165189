import { byPublished } from './byPublished';
import type { Article, Claim, Source } from '../domain';
import type { GraphStore } from '../store/port';
import type { ConflictEntry, ConflictReport } from './reports';

/**
 * Claims that give a different figure for the same slot, or state the opposite, side by
 * side with their articles and sources. Four store calls whatever the graph size.
 * Returns null when the claim does not exist.
 */
export async function buildConflicts(store: GraphStore, claimId: string): Promise<ConflictReport | null> {
  const [claim] = await store.getClaims([claimId]);
  if (!claim) return null;
  const links = await store.getLinks([claimId], { types: ['different_figure', 'contradicts'] });
  const otherIds = [...new Set(links.map((l) => (l.from === claimId ? l.to : l.from)))];
  const others = otherIds.length > 0 ? await store.getClaims(otherIds) : [];
  const claimById = new Map<string, Claim>();
  others.forEach((c) => c && claimById.set(c.id, c));
  const articleIds = [...new Set([...claimById.values()].map((c) => c.articleId))];
  const sourceIds = [...new Set([...claimById.values()].map((c) => c.sourceId).filter((s): s is string => s !== null))];
  const [articles, sources] = await Promise.all([
    articleIds.length > 0 ? store.getArticles(articleIds) : Promise.resolve([]),
    sourceIds.length > 0 ? store.getSources(sourceIds) : Promise.resolve([]),
  ]);
  const articleById = new Map<string, Article>();
  articles.forEach((a) => a && articleById.set(a.id, a));
  const sourceById = new Map<string, Source>();
  sourceIds.forEach((id, i) => {
    const s = sources[i];
    if (s) sourceById.set(id, s);
  });

  const differentFigures: ConflictEntry[] = [];
  const contradictions: ConflictEntry[] = [];
  for (const link of links) {
    const other = claimById.get(link.from === claimId ? link.to : link.from);
    const article = other ? articleById.get(other.articleId) : undefined;
    if (!other || !article) continue;
    const entry: ConflictEntry = {
      claim: other,
      article,
      source: other.sourceId ? (sourceById.get(other.sourceId) ?? null) : null,
      link,
      slot: link.type === 'different_figure' ? link.slot : null,
      quantities: other.quantities,
    };
    (link.type === 'different_figure' ? differentFigures : contradictions).push(entry);
  }
  const order = (a: ConflictEntry, b: ConflictEntry): number =>
    (a.slot ?? '').localeCompare(b.slot ?? '') || (a.quantities[0]?.value ?? 0) - (b.quantities[0]?.value ?? 0) || byPublished(a.article, b.article);
  differentFigures.sort(order);
  contradictions.sort((a, b) => byPublished(a.article, b.article));
  return { claim, differentFigures, contradictions };
}
