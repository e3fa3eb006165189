import { ClaimgraphError } from '../domain/errors';
import { MAX_PAGE_SIZE, type PageArgs } from './port';

/**
 * Opaque keyset cursors shared by the store adapters. A cursor is base64url(JSON) of
 * `[list, ...key]`: the list name guards against handing a claims cursor to listArticles,
 * the key is the immutable unique sort key of the last item seen, so a cursor stays valid
 * however many rows are inserted before or after it. Pure: no I/O, no database.
 */

export type CursorValue = string | number;
/** Shape of a key: 's' string, 'n' finite number, 'i' integer. */
export type CursorShape = ReadonlyArray<'s' | 'n' | 'i'>;

export function encodeCursor(list: string, key: readonly CursorValue[]): string {
  return Buffer.from(JSON.stringify([list, ...key]), 'utf8').toString('base64url');
}

/** Decodes a cursor made by encodeCursor for the same list and key shape; anything else is BAD_INPUT. */
export function decodeCursor(list: string, cursor: string, shape: CursorShape): CursorValue[] {
  const bad = (why: string): ClaimgraphError =>
    new ClaimgraphError('BAD_INPUT', `malformed cursor for ${list}: ${why}`, { cursor: cursor.slice(0, 200) });
  if (typeof cursor !== 'string' || cursor.length === 0 || cursor.length > 4096 || !/^[A-Za-z0-9_-]+$/u.test(cursor)) {
    throw bad('not a cursor this service issued');
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw bad('not a cursor this service issued');
  }
  if (!Array.isArray(parsed) || parsed.length !== shape.length + 1) throw bad('not a cursor this service issued');
  if (parsed[0] !== list) throw bad(`it belongs to ${typeof parsed[0] === 'string' ? parsed[0] : 'another list'}`);
  const key = parsed.slice(1) as unknown[];
  shape.forEach((s, i) => {
    const v = key[i];
    const ok = s === 's' ? typeof v === 'string' : s === 'n' ? typeof v === 'number' && Number.isFinite(v) : Number.isSafeInteger(v);
    if (!ok) throw bad('its key has the wrong shape');
  });
  return key as CursorValue[];
}

/** Validates PageArgs.first (1..MAX_PAGE_SIZE); returns it. */
export function pageSize(page: PageArgs): number {
  const n = page.first;
  if (!Number.isSafeInteger(n) || n < 1 || n > MAX_PAGE_SIZE) {
    throw new ClaimgraphError('BAD_INPUT', `page size must be an integer from 1 to ${MAX_PAGE_SIZE}, got ${String(n)}`, { first: n });
  }
  return n;
}

/** Offset cursors for ranked results (search) where no immutable key exists: the rank of a row changes as the corpus grows. */
export function encodeOffsetCursor(list: string, offset: number): string {
  return encodeCursor(list, [offset]);
}

export function decodeOffsetCursor(list: string, cursor: string | null | undefined): number {
  if (cursor === null || cursor === undefined) return 0;
  const [offset] = decodeCursor(list, cursor, ['i']);
  if ((offset as number) < 0) throw new ClaimgraphError('BAD_INPUT', `malformed cursor for ${list}: negative offset`);
  return offset as number;
}

/** Sort key for a publication date: unknown dates sort after every known one. */
export const UNKNOWN_DATE_KEY = '~';
export function dateKey(date: string | null): string {
  return date ?? UNKNOWN_DATE_KEY;
}
