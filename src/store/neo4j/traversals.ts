import type { Article, Claim, Link, LinkType } from '../../domain';
import type { TraversedLink } from '../port';
import { LINK_REL, type QueryName } from './queries';
import { cmp, toArticle, toClaim, toLink, type Props } from './values';

/**
 * Bounded breadth-first walks, one query per level inside one read transaction. Cypher cannot
 * take a variable-length bound as a parameter, and enumerating paths explodes on dense
 * corroboration clusters; a level-by-level walk visits each node once. A node's distance is
 * its shortest hop count from the start; a link is reported once, at depth 1 + the smaller
 * distance of its ends (the SQLite adapter's recursive CTE computes the same).
 */

type Run = (name: QueryName, params: Record<string, unknown>) => Promise<Array<Record<string, unknown>>>;

const linkKey = (l: Pick<Link, 'from' | 'to' | 'type'>): string => `${l.type}\u0000${l.from}\u0000${l.to}`;

export function compareTraversed(a: TraversedLink, b: TraversedLink): number {
  return a.depth - b.depth || cmp(a.from, b.from) || cmp(a.to, b.to) || cmp(a.type, b.type);
}

/** Both directions, several link types (traverseLinks). */
export async function walkLinks(run: Run, startId: string, types: readonly LinkType[], maxDepth: number, limit: number): Promise<TraversedLink[]> {
  const relTypes = [...new Set(types)].map((t) => LINK_REL[t].rel);
  const dist = new Map<string, number>([[startId, 0]]);
  const found = new Map<string, TraversedLink>();
  let frontier = [startId];
  for (let d = 0; d < maxDepth && frontier.length > 0; d++) {
    const next: string[] = [];
    for (const r of await run('traverse-step', { ids: frontier, relTypes })) {
      const link = toLink(r.from as string, r.to as string, r.type as string, r.props as Props);
      const key = linkKey(link);
      // BFS: the first level that meets a link is the smaller distance of its ends, plus one.
      if (!found.has(key)) found.set(key, { ...link, depth: d + 1 });
      for (const end of [link.from, link.to]) {
        if (!dist.has(end)) {
          dist.set(end, d + 1);
          next.push(end);
        }
      }
    }
    // Every later link is deeper, so once `limit` links are in hand the shallowest are known.
    if (found.size >= limit) break;
    frontier = next;
  }
  return [...found.values()].sort(compareTraversed).slice(0, limit);
}

export interface ChainStep<T> {
  link: Link;
  depth: number;
  target: T;
}

export interface ProvenanceChains {
  copies: Array<ChainStep<Article>>;
  derivedFrom: Array<ChainStep<Claim>>;
}

/**
 * Both outward provenance chains (COPIES from the article, DERIVED_FROM from the claim), walked
 * together: one query per level serves both, so a walk costs max(depth)+1 round trips. A node's
 * data travels once, the first time it is reached.
 */
export async function walkProvenance(run: Run, article: Article, claim: Claim, maxDepth: number): Promise<ProvenanceChains> {
  const copies = new Chain<Article>(article.id, article);
  const derived = new Chain<Claim>(claim.id, claim);
  for (let d = 0; d < maxDepth && (copies.frontier.length > 0 || derived.frontier.length > 0); d++) {
    const rows = await run('provenance-step', {
      articleIds: copies.frontier,
      claimIds: derived.frontier,
      seenArticles: copies.seen(),
      seenClaims: derived.seen(),
    });
    for (const r of rows) {
      if (r.chain === 'copies') copies.add(r, 'COPIES', d + 1, toArticle);
      else derived.add(r, 'DERIVED_FROM', d + 1, toClaim);
    }
    copies.endLevel();
    derived.endLevel();
  }
  return { copies: copies.steps, derivedFrom: derived.steps };
}

/** One outward chain: its frontier, the nodes reached (with their data) and the links walked. */
class Chain<T> {
  frontier: string[];
  readonly steps: Array<ChainStep<T>> = [];
  private readonly targets = new Map<string, T>();
  private next: string[] = [];
  private level: Array<ChainStep<T>> = [];

  constructor(startId: string, start: T) {
    this.frontier = [startId];
    this.targets.set(startId, start);
  }

  seen(): string[] {
    return [...this.targets.keys()];
  }

  add(r: Record<string, unknown>, rel: string, depth: number, toTarget: (p: Props) => T): void {
    const link = toLink(r.from as string, r.to as string, rel, r.props as Props);
    let target = this.targets.get(link.to);
    if (target === undefined) {
      // Not reached before, so the server sent its data.
      target = toTarget(r.target as Props);
      this.targets.set(link.to, target);
      this.next.push(link.to);
    }
    this.level.push({ link, depth, target });
  }

  endLevel(): void {
    this.level.sort((a, b) => cmp(a.link.from, b.link.from) || cmp(a.link.to, b.link.to));
    this.steps.push(...this.level);
    this.level = [];
    this.frontier = this.next;
    this.next = [];
  }
}
