import { ClaimgraphError } from '../../domain';

/**
 * Maps driver failures to the port's error codes, naming the database path so the
 * operator knows which file is at fault. ClaimgraphErrors pass through unchanged.
 */
export function mapSqliteError(e: unknown, path: string, busyTimeoutMs: number): unknown {
  if (e instanceof ClaimgraphError) return e;
  const unavailable = (why: string): ClaimgraphError =>
    new ClaimgraphError('STORE_UNAVAILABLE', `SQLite store ${path}: ${why}`, { path }, { cause: e });
  if (isSqliteError(e)) {
    const code = e.code;
    if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
      return unavailable(`database is locked by another connection (waited ${busyTimeoutMs} ms)`);
    }
    if (code === 'SQLITE_FULL') return unavailable('disk is full');
    if (code.startsWith('SQLITE_READONLY')) return unavailable('database file is read-only');
    if (code.startsWith('SQLITE_CANTOPEN')) return unavailable('cannot open the database file (missing folder or no permission?)');
    if (code.startsWith('SQLITE_IOERR')) return unavailable(`I/O error (${code})`);
    if (code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB') return unavailable(`file is not a usable SQLite database (${code})`);
    if (code === 'SQLITE_PERM' || code === 'SQLITE_AUTH') return unavailable(`permission denied (${code})`);
    if (code.startsWith('SQLITE_CONSTRAINT')) {
      return new ClaimgraphError('BAD_INPUT', `SQLite store ${path}: write refused by a constraint: ${e.message}`, { path }, { cause: e });
    }
    return e;
  }
  const message = typeof e === 'object' && e !== null ? (e as { message?: unknown }).message : undefined;
  if (typeof message === 'string' && /database connection is not open/iu.test(message)) return unavailable('store is closed');
  return e;
}

/**
 * Duck-typed on purpose: the native addon keeps the SqliteError class of the first copy of
 * better-sqlite3 loaded in the process, so `instanceof` fails wherever the JS module is
 * loaded again (jest runs many test files in one worker; bundlers may duplicate it).
 */
function isSqliteError(e: unknown): e is Error & { code: string } {
  // No `instanceof Error` either: each jest test file is its own realm, and the addon's
  // error class belongs to whichever file loaded it first.
  if (typeof e !== 'object' || e === null) return false;
  const { name, code } = e as { name?: unknown; code?: unknown };
  return name === 'SqliteError' && typeof code === 'string';
}
