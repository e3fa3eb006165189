import type { Link, LinkType } from '../../domain';
import type { TraversedLink } from '../port';
import { LINK_REL, type QueryName } from './queries';
import { cmp, toLink, type Props } from './values';

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

/** Outward only (from -> to) along one link type: the COPIES and DERIVED_FROM chains of provenance. */
export async function walkOutward<T>(
  run: Run,
  step: 'provenance-copies-step' | 'provenance-derived-step',
  type: LinkType,
  startId: string,
  maxDepth: number,
  toTarget: (p: Props) => T,
): Promise<Array<ChainStep<T>>> {
  const rel = LINK_REL[type].rel;
  const seen = new Set<string>([startId]);
  const out: Array<ChainStep<T>> = [];
  let frontier = [startId];
  for (let d = 0; d < maxDepth && frontier.length > 0; d++) {
    const next: string[] = [];
    const level: Array<ChainStep<T>> = [];
    for (const r of await run(step, { ids: frontier })) {
      const link = toLink(r.from as string, r.to as string, rel, r.props as Props);
      level.push({ link, depth: d + 1, target: toTarget(r.target as Props) });
      if (!seen.has(link.to)) {
        seen.add(link.to);
        next.push(link.to);
      }
    }
    level.sort((a, b) => cmp(a.link.from, b.link.from) || cmp(a.link.to, b.link.to));
    out.push(...level);
    frontier = next;
  }
  return out;
}
