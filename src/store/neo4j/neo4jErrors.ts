import { Neo4jError } from 'neo4j-driver';
import { ClaimgraphError } from '../../domain';

/**
 * Maps driver failures to the port's error codes with one line that names the server (never
 * credentials). ClaimgraphErrors pass through; anything unrecognised (a Cypher bug) is
 * returned unchanged so it surfaces as an unexpected error.
 */
export function mapNeo4jError(e: unknown, where: string): unknown {
  if (e instanceof ClaimgraphError) return e;
  const unavailable = (why: string): ClaimgraphError =>
    new ClaimgraphError('STORE_UNAVAILABLE', `Neo4j at ${where}: ${why}`, { store: where }, { cause: e });
  const message = e instanceof Error ? e.message : String(e);
  const code = e instanceof Neo4jError ? e.code : typeof (e as { code?: unknown })?.code === 'string' ? (e as { code: string }).code : '';

  if (code === 'Neo.ClientError.Security.Unauthorized' || code === 'Neo.ClientError.Security.AuthenticationRateLimit') {
    return unavailable('authentication failed (check NEO4J_USER / NEO4J_PASSWORD or the credentials in the store URL)');
  }
  if (code.startsWith('Neo.ClientError.Security.')) return unavailable(`access refused (${firstLine(message)})`);
  if (code === 'Neo.ClientError.Database.DatabaseNotFound') return unavailable(`database does not exist (${firstLine(message)})`);
  if (code === 'Neo.TransientError.General.DatabaseUnavailable' || code === 'Neo.ClientError.General.DatabaseUnavailable') {
    return unavailable('database is unavailable (starting, stopping or offline)');
  }
  if (code === 'ServiceUnavailable' || code === 'SessionExpired' || /ECONNREFUSED|ECONNRESET|EHOSTUNREACH|ENOTFOUND|ETIMEDOUT|EPIPE/u.test(message)) {
    return unavailable(`server is unreachable or went away (${firstLine(message)})`);
  }
  if (/Pool is closed|driver (has been|is) closed/iu.test(message)) return unavailable('store is closed');
  if (code.startsWith('Neo.TransientError.')) return unavailable(`server is busy; the write was retried and still failed (${firstLine(message)})`);
  if (code === 'Neo.ClientError.Transaction.TransactionTimedOut' || code === 'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration') {
    return unavailable('transaction timed out');
  }
  return e;
}

function firstLine(s: string): string {
  const line = s.split('\n')[0] ?? '';
  return line.length > 200 ? `${line.slice(0, 200)}…` : line;
}
