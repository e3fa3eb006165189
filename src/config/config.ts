import { ClaimgraphError } from '../domain/errors';
import { parseStoreUrl, type StoreConfig } from './storeUrl';

export type Role = 'reader' | 'editor';

export interface ApiKey {
  key: string;
  role: Role;
}

/** Everything claimgraph reads from the environment and flags, parsed and validated once. */
export interface Config {
  store: StoreConfig;
  host: string;
  port: number;
  /** API keys with roles; mutations need an editor key. Never logged. */
  apiKeys: ApiKey[];
  /** Allowed CORS origins; ['*'] for any; [] to disable CORS headers. */
  corsOrigins: string[];
  /** Largest request body accepted by the API, in bytes. */
  maxRequestBytes: number;
  /** Largest single article accepted (ingest, API), in bytes. */
  maxArticleBytes: number;
  limits: { maxDepth: number; maxAliases: number; maxTokens: number; maxCost: number };
}

export const DEFAULT_STORE_URL = 'sqlite:./data/claimgraph.db';

/** Flags win over the environment. Unknown values give one clear CONFIG error. */
export function loadConfig(env: Record<string, string | undefined>, flags: Record<string, string | undefined> = {}): Config {
  const storeUrl = flags.store ?? env.CLAIMGRAPH_STORE ?? DEFAULT_STORE_URL;
  return {
    store: parseStoreUrl(storeUrl, env),
    host: flags.host ?? env.HOST ?? '127.0.0.1',
    port: int('port', flags.port ?? env.PORT, 4000, 0, 65535),
    apiKeys: parseApiKeys(env.CLAIMGRAPH_API_KEYS ?? ''),
    corsOrigins: (flags.cors ?? env.CLAIMGRAPH_CORS_ORIGINS ?? '*')
      .split(',')
      .map((s) => s.trim())
      .filter((s) => s.length > 0),
    maxRequestBytes: int('CLAIMGRAPH_MAX_REQUEST_BYTES', env.CLAIMGRAPH_MAX_REQUEST_BYTES, 12 * 1024 * 1024, 1024, 1024 ** 3),
    maxArticleBytes: int('CLAIMGRAPH_MAX_ARTICLE_BYTES', env.CLAIMGRAPH_MAX_ARTICLE_BYTES, 10 * 1024 * 1024, 1024, 1024 ** 3),
    limits: {
      maxDepth: int('CLAIMGRAPH_MAX_DEPTH', env.CLAIMGRAPH_MAX_DEPTH, 10, 1, 100),
      maxAliases: int('CLAIMGRAPH_MAX_ALIASES', env.CLAIMGRAPH_MAX_ALIASES, 15, 1, 1000),
      maxTokens: int('CLAIMGRAPH_MAX_TOKENS', env.CLAIMGRAPH_MAX_TOKENS, 2000, 10, 100000),
      maxCost: int('CLAIMGRAPH_MAX_COST', env.CLAIMGRAPH_MAX_COST, 5000, 10, 1000000),
    },
  };
}

/** "key1:editor,key2:reader" (role defaults to reader). */
export function parseApiKeys(spec: string): ApiKey[] {
  const keys: ApiKey[] = [];
  for (const part of spec.split(',').map((s) => s.trim()).filter((s) => s.length > 0)) {
    const idx = part.lastIndexOf(':');
    const key = idx > 0 ? part.slice(0, idx) : part;
    const role = idx > 0 ? part.slice(idx + 1) : 'reader';
    if (role !== 'reader' && role !== 'editor') {
      throw new ClaimgraphError('CONFIG', `CLAIMGRAPH_API_KEYS: role must be reader or editor, got "${role}"`);
    }
    if (key.length < 8) throw new ClaimgraphError('CONFIG', 'CLAIMGRAPH_API_KEYS: each key must be at least 8 characters');
    keys.push({ key, role });
  }
  return keys;
}

function int(name: string, raw: string | undefined, dflt: number, min: number, max: number): number {
  if (raw === undefined || raw === '') return dflt;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new ClaimgraphError('CONFIG', `${name} must be a whole number from ${min} to ${max}, got "${raw}"`);
  }
  return n;
}
