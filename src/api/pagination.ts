import { MAX_PAGE_SIZE, type Page, type PageArgs } from '../store/port';
import { badInput } from './errors';

/** A Relay connection as resolvers return it; the edge nodes are domain objects. */
export interface ConnectionModel<T> {
  edges: Array<{ cursor: string; node: T }>;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  totalCount: number;
}

/** Checks `first` / `after` before they reach the store, so the caller gets a clear BAD_INPUT. */
export function pageArgs(first: number | null | undefined, after: string | null | undefined, dflt = 20): PageArgs {
  const n = first ?? dflt;
  if (!Number.isInteger(n) || n < 1 || n > MAX_PAGE_SIZE) {
    throw badInput(`first must be a whole number from 1 to ${MAX_PAGE_SIZE}, got ${n}`, { argument: 'first' });
  }
  if (after !== null && after !== undefined && (after.length === 0 || after.length > 1024)) {
    throw badInput('after is not a cursor from this API', { argument: 'after' });
  }
  return { first: n, after: after ?? null };
}

export function toConnection<T>(page: Page<T>, after: string | null | undefined): ConnectionModel<T> {
  const edges = page.items.map((node, i) => ({ cursor: page.cursors[i] as string, node }));
  return {
    edges,
    pageInfo: {
      hasNextPage: page.hasNextPage,
      hasPreviousPage: after !== null && after !== undefined,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: page.endCursor,
    },
    totalCount: page.totalCount,
  };
}

/**
 * Pages over a list already in memory (an article's claims, which never change once
 * stored, so a position is a stable cursor). Cursors are opaque: base64url of "o:<index>".
 */
export function connectionOfList<T>(items: readonly T[], args: PageArgs): ConnectionModel<T> {
  const start = args.after ? decodeOffset(args.after) + 1 : 0;
  const slice = items.slice(start, start + args.first);
  const edges = slice.map((node, i) => ({ cursor: encodeOffset(start + i), node }));
  return {
    edges,
    pageInfo: {
      hasNextPage: start + slice.length < items.length,
      hasPreviousPage: start > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount: items.length,
  };
}

function encodeOffset(i: number): string {
  return Buffer.from(`o:${i}`, 'utf8').toString('base64url');
}

function decodeOffset(cursor: string): number {
  const m = /^o:(\d{1,9})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!m) throw badInput('after is not a cursor from this list', { argument: 'after' });
  return Number(m[1]);
}
