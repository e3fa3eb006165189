import { ClaimgraphError } from '../domain/errors';

export type StoreConfig =
  /** checkpoint: who copies the WAL back into the file (CLAIMGRAPH_SQLITE_CHECKPOINT). */
  | { kind: 'sqlite'; path: string; checkpoint: 'background' | 'inline' }
  | { kind: 'neo4j'; uri: string; user: string | null; password: string | null; database: string | null };

/**
 * Parses a store URL: `sqlite:./data/claimgraph.db`, `sqlite::memory:`, `bolt://host:7687`,
 * `neo4j://user:pass@host:7687/dbname`, `neo4j+s://…`. Credentials may also come from
 * NEO4J_USER / NEO4J_PASSWORD / NEO4J_DATABASE (the URL wins); a SQLite store's checkpointing
 * from CLAIMGRAPH_SQLITE_CHECKPOINT (`inline`, the default: in the writer's own commits, as
 * SQLite does; `background`: in a worker thread).
 */
export function parseStoreUrl(url: string, env: Record<string, string | undefined> = {}): StoreConfig {
  const raw = url.trim();
  if (raw.startsWith('sqlite:')) {
    const path = raw.slice('sqlite:'.length).replace(/^\/\/(?=\/)/, '');
    if (path.length === 0) throw configError(`store URL "${raw}" names no file: use sqlite:./data/claimgraph.db or sqlite::memory:`);
    const checkpoint = env.CLAIMGRAPH_SQLITE_CHECKPOINT || 'inline';
    if (checkpoint !== 'background' && checkpoint !== 'inline') {
      throw configError(`CLAIMGRAPH_SQLITE_CHECKPOINT must be background or inline, got "${checkpoint}"`);
    }
    return { kind: 'sqlite', path, checkpoint };
  }
  const m = /^(bolt|bolt\+s|bolt\+ssc|neo4j|neo4j\+s|neo4j\+ssc):\/\/(.+)$/.exec(raw);
  if (!m) {
    throw configError(
      `store URL "${redact(raw)}" is not understood: use sqlite:PATH (embedded, the default) or bolt://HOST:PORT / neo4j://HOST:PORT[/DATABASE]`,
    );
  }
  let parsed: URL;
  try {
    parsed = new URL(raw.replace(/^[a-z0-9+]+:/, 'http:'));
  } catch {
    throw configError(`store URL "${redact(raw)}" is malformed`);
  }
  if (!parsed.hostname) throw configError(`store URL "${redact(raw)}" has no host`);
  const scheme = m[1] as string;
  const user = parsed.username ? decodeURIComponent(parsed.username) : (env.NEO4J_USER ?? env.NEO4J_USERNAME ?? null);
  const password = parsed.password ? decodeURIComponent(parsed.password) : (env.NEO4J_PASSWORD ?? null);
  const dbFromPath = parsed.pathname.replace(/^\/+|\/+$/g, '');
  const database = dbFromPath.length > 0 ? decodeURIComponent(dbFromPath) : (env.NEO4J_DATABASE ?? null);
  if (database !== null && !/^[A-Za-z][A-Za-z0-9.\-]{0,62}$/.test(database)) {
    throw configError(`Neo4j database name "${database}" is not valid`);
  }
  const port = parsed.port ? `:${parsed.port}` : '';
  return { kind: 'neo4j', uri: `${scheme}://${parsed.hostname}${port}`, user, password, database };
}

/** The URL with any password removed, for messages and logs. */
export function redact(url: string): string {
  return url.replace(/(\/\/[^:/@]+):[^@/]*@/, '$1:***@');
}

export function describeStore(c: StoreConfig): string {
  return c.kind === 'sqlite' ? `sqlite:${c.path}` : `${c.uri}${c.database ? `/${c.database}` : ''}`;
}

function configError(message: string): ClaimgraphError {
  return new ClaimgraphError('CONFIG', message);
}
