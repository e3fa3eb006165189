import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { GraphStore } from '../../../src/store/port';
import type { IngestService } from '../../../src/app/IngestService';
import type { Api } from '../../../src/api';
import { loadConfig, type Config } from '../../../src/config/config';
import { openStore } from '../../../src/compose/openStore';
import { leaseNeo4j, type Neo4jLease } from '../../support/neo4j';

// Neo4j answers in milliseconds on an idle machine, but ingest + linking through it can take
// tens of seconds on a busy CI runner; a slow store must not fail the API's tests.
jest.setTimeout(120_000);

/** The API suites run on both stores; Neo4j is never skipped (a failed start fails the suite). */
export const STORE_KINDS = ['sqlite', 'neo4j'] as const;
export type StoreKind = (typeof STORE_KINDS)[number];

export const EDITOR_KEY = 'editor-key-0123456789';
export const READER_KEY = 'reader-key-0123456789';
export const EXAMPLES_DIR = resolve(__dirname, '../../../examples');
export const ROOT = resolve(__dirname, '../../..');

export interface GqlError {
  message: string;
  path?: Array<string | number>;
  extensions?: { code?: string; [k: string]: unknown };
}

export interface GqlResponse<T = Record<string, unknown>> {
  status: number;
  headers: Headers;
  body: { data?: T | null; errors?: GqlError[] };
}

export interface Harness {
  kind: StoreKind;
  store: GraphStore;
  ingest: IngestService;
  api: Api;
  config: Config;
  /** POSTs an operation to /graphql in-process, as application/graphql-response+json. */
  gql<T = any>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<GqlResponse<T>>;
  /** Same, with the editor key. */
  editor<T = any>(query: string, variables?: Record<string, unknown>): Promise<GqlResponse<T>>;
  /** Empties the graph (a fresh store for SQLite, a cleared database for Neo4j). */
  reset(): Promise<void>;
  close(): Promise<void>;
  lease: Neo4jLease | null;
}

export interface HarnessOptions {
  /** CLAIMGRAPH_API_KEYS; default one editor and one reader key. */
  apiKeys?: string;
  env?: Record<string, string>;
  openAccess?: boolean;
  /** Wraps the store the API sees (counting proxies, failing stores). */
  wrapStore?: (store: GraphStore) => GraphStore;
  /** How long the Neo4j adapter retries a transaction on a dead server (its default is 15 s). */
  neo4jRetryMs?: number;
}

export async function openHarness(kind: StoreKind, opts: HarnessOptions = {}): Promise<Harness> {
  const env = { CLAIMGRAPH_API_KEYS: opts.apiKeys ?? `${EDITOR_KEY}:editor,${READER_KEY}:reader`, ...opts.env };
  const lease = kind === 'neo4j' ? await leaseNeo4j() : null;
  const storeUrl = kind === 'sqlite' ? 'sqlite::memory:' : 'bolt://placeholder';
  const config = loadConfig(env, { store: storeUrl });
  const storeConfig = () =>
    lease ? ({ kind: 'neo4j', uri: lease.uri, user: lease.user, password: lease.password, database: lease.database } as const) : config.store;

  const { IngestService } = await import('../../../src/app/IngestService');
  const { createApi } = await import('../../../src/api');
  const open = async (): Promise<GraphStore> => {
    if (!lease || opts.neo4jRetryMs === undefined) return openStore(storeConfig());
    const { Neo4jGraphStore } = await import('../../../src/store/neo4j/Neo4jGraphStore');
    const store = new Neo4jGraphStore({ uri: lease.uri, user: lease.user, password: lease.password, database: lease.database, maxRetryTimeMs: opts.neo4jRetryMs });
    await store.init();
    return store;
  };
  const build = async () => {
    const raw = await open();
    const store = opts.wrapStore ? opts.wrapStore(raw) : raw;
    const ingest = new IngestService(store, { maxArticleBytes: config.maxArticleBytes });
    const api = createApi({ store, config, ingest, openAccess: opts.openAccess, logging: false });
    return { raw, store, ingest, api };
  };
  let current = await build();

  const post = async <T>(query: string, variables?: Record<string, unknown>, headers: Record<string, string> = {}): Promise<GqlResponse<T>> => {
    const res = await current.api.fetch('http://test.local/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...headers },
      body: JSON.stringify({ query, variables }),
    });
    return { status: res.status, headers: res.headers, body: (await res.json()) as GqlResponse<T>['body'] };
  };

  const h: Harness = {
    kind,
    get store() {
      return current.store;
    },
    get ingest() {
      return current.ingest;
    },
    get api() {
      return current.api;
    },
    config,
    lease,
    gql: post,
    editor: (query, variables) => post(query, variables, { authorization: `Bearer ${EDITOR_KEY}` }),
    async reset() {
      await current.raw.close();
      if (lease) await lease.clear();
      current = await build();
    },
    async close() {
      await current.raw.close();
      await lease?.release();
    },
  };
  return h;
}

/** The sample articles in examples/, as the API's ingest input. */
export function sampleInputs(): Array<{ file: string; text: string }> {
  return readdirSync(EXAMPLES_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((file) => ({ file, text: readFileSync(join(EXAMPLES_DIR, file), 'utf8') }));
}

/** Ingests the sample articles through the use case (as `npm start --seed examples` does). */
export async function ingestSamples(h: Harness): Promise<void> {
  for (const { file, text } of sampleInputs()) {
    const results = await h.ingest.ingest({ file, content: text });
    for (const r of results) if (r.status === 'failed') throw new Error(`sample ${file} failed: ${r.error?.message}`);
  }
}

/** Throws with the errors when a response has any, so a failing test says why. */
export function data<T>(r: GqlResponse<T>): T {
  if (r.body.errors?.length) throw new Error(`GraphQL errors (HTTP ${r.status}): ${JSON.stringify(r.body.errors, null, 2)}`);
  if (r.body.data === undefined || r.body.data === null) throw new Error(`no data (HTTP ${r.status})`);
  return r.body.data;
}

export function codes(r: GqlResponse<unknown>): string[] {
  return (r.body.errors ?? []).map((e) => e.extensions?.code ?? '(none)');
}
