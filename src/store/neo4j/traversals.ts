import type { Link, LinkType } from '../../domain';
import type { TraversedLink } from '../port';
import { LINK_REL, type QueryName } from './queries';
import { cmp, toLink, toNumber, type Props } from './values';

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

/** One chain as the provenance query returns it: live links with their depth and target node. */
export interface ChainRow {
  from: string;
  to: string;
  depth: unknown;
  props: Props;
  target: Props;
}

/**
 * Maps a chain of the provenance query (cypher/provenance.cypher) to steps ordered by depth,
 * then by link ends: the order a level-by-level walk reports them in.
 */
export function chainSteps<T>(rows: readonly ChainRow[] | null | undefined, rel: string, toTarget: (p: Props) => T): Array<ChainStep<T>> {
  return (rows ?? [])
    .map((r) => ({ link: toLink(r.from, r.to, rel, r.props), depth: toNumber(r.depth), target: toTarget(r.target) }))
    .sort((a, b) => a.depth - b.depth || cmp(a.link.from, b.link.from) || cmp(a.link.to, b.link.to));
}
