import type { LinkType } from '../../domain';
import { DEFAULT_TRAVERSAL_LIMIT, checkDepth, checkLimit, checkLinkTypes } from '../checks';
import type { TraversedLink } from '../port';
import { toLink, type LinkRow } from './rows';
import type { StatementCache } from './StatementCache';

/**
 * Bounded walks as recursive CTEs. A node's distance is its shortest hop count from the
 * start over live links of the wanted types; a link is walked at depth 1 + the smaller
 * distance of its ends and returned when that is <= maxDepth, once. The recursion's
 * UNION removes repeated (node, depth) rows, so cycles cost at most maxDepth rounds.
 * CROSS JOIN pins the join order (SQLite never reorders it): the walk must drive from the
 * few reached nodes into the links indexes, never scan links and probe the reached set.
 */

const UNDIRECTED = `
WITH RECURSIVE
  wanted(type) AS (SELECT value FROM json_each(@types)),
  reach(node, depth) AS (
    SELECT @start, 0
    UNION
    SELECT l.to_id, r.depth + 1 FROM reach r CROSS JOIN links l ON l.from_id = r.node
      WHERE r.depth + 1 < @maxDepth AND l.removed = 0 AND l.type IN (SELECT type FROM wanted)
    UNION
    SELECT l.from_id, r.depth + 1 FROM reach r CROSS JOIN links l ON l.to_id = r.node
      WHERE r.depth + 1 < @maxDepth AND l.removed = 0 AND l.type IN (SELECT type FROM wanted)
  ),
  dist(node, d) AS (SELECT node, min(depth) FROM reach GROUP BY node),
  walked AS (
    SELECT l.*, d.d + 1 AS depth FROM dist d CROSS JOIN links l ON l.from_id = d.node
      WHERE l.removed = 0 AND l.type IN (SELECT type FROM wanted)
    UNION ALL
    SELECT l.*, d.d + 1 AS depth FROM dist d CROSS JOIN links l ON l.to_id = d.node
      WHERE l.removed = 0 AND l.type IN (SELECT type FROM wanted)
  )
SELECT from_id, to_id, type, score, basis, slot, share, origin, removed, note, created_at, min(depth) AS depth
FROM walked GROUP BY from_id, to_id, type
ORDER BY depth, from_id, to_id, type
LIMIT @limit`;

/** Outward only (from -> to), one link type: the COPIES and DERIVED_FROM chains of provenance. */
const OUTWARD = `
WITH RECURSIVE
  reach(node, depth) AS (
    SELECT @start, 0
    UNION
    SELECT l.to_id, r.depth + 1 FROM reach r CROSS JOIN links l ON l.from_id = r.node AND l.type = @type
      WHERE r.depth + 1 < @maxDepth AND l.removed = 0
  ),
  dist(node, d) AS (SELECT node, min(depth) FROM reach GROUP BY node)
SELECT l.*, d.d + 1 AS depth FROM dist d CROSS JOIN links l ON l.from_id = d.node AND l.type = @type
WHERE l.removed = 0
ORDER BY depth, l.from_id, l.to_id`;

export function traverseLinks(st: StatementCache, startId: string, types: readonly LinkType[], maxDepth: number, limit = DEFAULT_TRAVERSAL_LIMIT): TraversedLink[] {
  checkDepth(maxDepth);
  checkLimit(limit);
  checkLinkTypes(types);
  if (maxDepth === 0 || types.length === 0) return [];
  const rows = st.get(UNDIRECTED).all({ start: startId, types: JSON.stringify(types), maxDepth, limit }) as Array<LinkRow & { depth: number }>;
  return rows.map((r) => ({ ...toLink(r), depth: r.depth }));
}

export function outwardChain(st: StatementCache, startId: string, type: LinkType, maxDepth: number): TraversedLink[] {
  checkDepth(maxDepth);
  if (maxDepth === 0) return [];
  const rows = st.get(OUTWARD).all({ start: startId, type, maxDepth }) as Array<LinkRow & { depth: number }>;
  return rows.map((r) => ({ ...toLink(r), depth: r.depth }));
}
