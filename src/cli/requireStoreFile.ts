import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { ClaimgraphError } from '../domain/errors';
import type { StoreConfig } from '../config/storeUrl';

/**
 * Readers (export, query) of a SQLite store whose file is not there fail with one clear message:
 * opening it would create an empty graph, and a mistyped path would print nothing, exit 0.
 */
export function requireStoreFile(store: StoreConfig, cwd: string): void {
  if (store.kind === 'sqlite' && store.path !== ':memory:' && !existsSync(resolve(cwd, store.path))) {
    throw new ClaimgraphError('CONFIG', `no claimgraph database at ${store.path} (ingest articles or run "npm start" first, or pass --store)`);
  }
}
