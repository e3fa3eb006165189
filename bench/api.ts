/**
 * API load benchmark (npm run bench:api). For each store (SQLite file; Neo4j through the test
 * launcher) a child process ingests the dev corpus (../shared/corpus/dev, else examples/) and
 * serves the API on loopback; this process is the load generator: N concurrent clients on
 * Node's fetch (undici, keep-alive), each scenario bounded in time and request count.
 *
 * Scenarios: `{ __typename }` (the floor: HTTP + yoga with no resolver work, same server,
 * same run), claim(id), provenance, corroboration, searchClaims. Printed: requests/s, p50,
 * p99, errors, throughput relative to the floor. Targets on SQLite: claim(id) >= 40% of the
 * floor's throughput; provenance and corroboration p99 <= 15 ms with 10 clients.
 *
 *   BENCH_SECONDS (default 5)   time per scenario, after a 1 s warm-up
 *   BENCH_CLIENTS (default 10)  concurrent clients
 *   BENCH_STORES  (default "sqlite,neo4j")
 */
import { fork, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:http';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { loadConfig } from '../src/config/config';
import { openStore } from '../src/compose/openStore';
import { IngestService } from '../src/app/IngestService';
import { createApi } from '../src/api';
import { leaseNeo4j, stopOwnNeo4j } from '../test/support/neo4j';
import { repoRoot } from '../src/config/repoRoot';

type StoreKind = 'sqlite' | 'neo4j';

interface Ready {
  kind: 'ready';
  port: number;
  claimIds: string[];
  articles: number;
  claims: number;
  links: number;
  ingestMs: number;
  corpus: string;
}

const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 10);
const MAX_REQUESTS = 200_000;
const WARMUP_MS = 1000;
const SEARCH_TERMS = ['fighters', 'embassy', 'Pompeo said', 'rocket attack', 'Baghdad', 'Kataib Hezbollah', 'protesters', 'air strikes', 'Soleimani', 'contractor'];

const SCENARIOS: Array<{ name: string; query: string; vars: (ids: string[], i: number) => Record<string, unknown> }> = [
  { name: '{ __typename } (floor)', query: '{ __typename }', vars: () => ({}) },
  {
    name: 'claim(id)',
    query: 'query($id: ID!) { claim(id: $id) { id text kind certainty speaker { name } article { outlet published } } }',
    vars: (ids, i) => ({ id: ids[i % ids.length] }),
  },
  {
    name: 'provenance',
    query: `query($id: ID!) { provenance(claimId: $id) {
      origin { description source { name } article { outlet } }
      chain { kind evidence cue source { name } }
      earliest { claim { id } article { outlet published } }
      appearances { relation score claim { id } article { outlet } }
    } }`,
    vars: (ids, i) => ({ id: ids[i % ids.length] }),
  },
  {
    name: 'corroboration',
    query: `query($id: ID!) { corroboration(claimId: $id) {
      independentOrigins supportingCount
      groups { key label kind size members { claim { id text } article { outlet } link { type score basis } } }
    } }`,
    vars: (ids, i) => ({ id: ids[i % ids.length] }),
  },
  {
    name: 'searchClaims',
    query: 'query($t: String!) { searchClaims(text: $t, first: 10) { totalCount edges { score node { id text article { outlet } } } } }',
    vars: (_ids, i) => ({ t: SEARCH_TERMS[i % SEARCH_TERMS.length] }),
  },
];

// ---- the server side (a child process per store) -------------------------------------------

function corpusFiles(): { files: Array<{ file: string; content: string }>; from: string } {
  const repo = repoRoot();
  const shared = process.env.CLAIMGRAPH_SHARED ? resolve(process.env.CLAIMGRAPH_SHARED) : resolve(repo, '..', 'shared');
  const dev = join(shared, 'corpus', 'dev');
  const dir = existsSync(dev) ? dev : join(repo, 'examples');
  const files = readdirSync(dir)
    .filter((f) => /\.(?:txt|md|html?|json|jsonl)$/iu.test(f))
    .sort()
    .map((file) => ({ file, content: readFileSync(join(dir, file), 'utf8') }));
  return { files, from: dir };
}

async function serve(kind: StoreKind): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'claimgraph-bench-api-'));
  const lease = kind === 'neo4j' ? await leaseNeo4j() : null;
  const config = loadConfig({}, { store: lease ? 'bolt://127.0.0.1:7687' : `sqlite:${join(dir, 'bench.db')}` });
  const store = await openStore(lease ? { kind: 'neo4j', uri: lease.uri, user: lease.user, password: lease.password, database: lease.database } : config.store);
  const ingest = new IngestService(store, { maxArticleBytes: config.maxArticleBytes });
  const { files, from } = corpusFiles();
  const t0 = performance.now();
  for (const f of files) await ingest.ingest({ file: f.file, content: f.content });
  const ingestMs = performance.now() - t0;
  const counts = await store.counts();
  const claimIds = (await store.listClaims({}, { first: 500 })).items.map((c) => c.id);
  const api = createApi({ store, config, ingest, logging: 'error' });
  const server = createServer(api);
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const ready: Ready = {
    kind: 'ready',
    port: (server.address() as AddressInfo).port,
    claimIds,
    articles: counts.articles,
    claims: counts.claims,
    links: counts.links,
    ingestMs,
    corpus: from,
  };
  process.send?.(ready);
  // The load generator asks for the server's CPU time around each scenario; anything else means stop.
  await new Promise<void>((r) =>
    process.on('message', (m) => {
      if (m === 'cpu') process.send?.({ kind: 'cpu', usage: process.cpuUsage() });
      else r();
    }),
  );
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
  await store.close();
  await lease?.release();
  if (lease) await stopOwnNeo4j();
  rmSync(dir, { recursive: true, force: true });
  process.exit(0);
}

// ---- the load generator ----------------------------------------------------------------------

interface Result {
  name: string;
  /** Server CPU time per request (user + system), warm-up included: insensitive to other load on the machine. */
  cpuMs: number;
  requests: number;
  errors: number;
  seconds: number;
  p50: number;
  p99: number;
  rps: number;
  firstError: string | null;
}

function serverCpu(child: ChildProcess): Promise<number> {
  return new Promise((resolvePromise) => {
    const on = (m: unknown) => {
      const msg = m as { kind?: string; usage?: NodeJS.CpuUsage };
      if (msg.kind !== 'cpu' || !msg.usage) return;
      child.off('message', on);
      resolvePromise((msg.usage.user + msg.usage.system) / 1000);
    };
    child.on('message', on);
    child.send('cpu');
  });
}

async function load(base: string, scenario: (typeof SCENARIOS)[number], ids: string[], child: ChildProcess): Promise<Result> {
  const cpuBefore = await serverCpu(child);
  const latencies: number[] = [];
  let errors = 0;
  let firstError: string | null = null;
  let sent = 0;
  const start = performance.now();
  const warmEnd = start + WARMUP_MS;
  const end = warmEnd + SECONDS * 1000;
  let measuredFrom = Number.POSITIVE_INFINITY;
  let measuredTo = 0;

  const client = async (c: number): Promise<void> => {
    let i = c * 7919;
    while (sent < MAX_REQUESTS) {
      const t = performance.now();
      if (t >= end) return;
      i++;
      sent++;
      const res = await fetch(`${base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
        body: JSON.stringify({ query: scenario.query, variables: scenario.vars(ids, i) }),
      });
      const body = (await res.json()) as { errors?: Array<{ message: string; extensions?: { code?: string } }> };
      const done = performance.now();
      if (t >= warmEnd) {
        latencies.push(done - t);
        measuredFrom = Math.min(measuredFrom, t);
        measuredTo = Math.max(measuredTo, done);
        if (res.status !== 200 || body.errors?.length) {
          errors++;
          firstError ??= `${res.status} ${body.errors?.[0]?.extensions?.code ?? ''} ${body.errors?.[0]?.message ?? ''}`.trim();
        }
      }
    }
  };
  await Promise.all(Array.from({ length: CLIENTS }, (_, c) => client(c)));
  const cpuMs = ((await serverCpu(child)) - cpuBefore) / sent;
  latencies.sort((a, b) => a - b);
  const pct = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? Number.NaN;
  const seconds = (measuredTo - measuredFrom) / 1000;
  return { name: scenario.name, cpuMs, requests: latencies.length, errors, seconds, p50: pct(50), p99: pct(99), rps: latencies.length / seconds, firstError };
}

function startServer(kind: StoreKind): Promise<{ child: ChildProcess; ready: Ready }> {
  return new Promise((resolvePromise, reject) => {
    // One Neo4j instance is all a benchmark needs (the test launcher starts four by default).
    const env = { ...process.env, CLAIMGRAPH_NEO4J_INSTANCES: process.env.CLAIMGRAPH_NEO4J_INSTANCES ?? '1' };
    // The compiled copy (bin/run.js) forks itself as it is; the TypeScript source needs tsx.
    const child = fork(__filename, ['--serve', kind], { execArgv: __filename.endsWith('.ts') ? ['-r', 'tsx/cjs'] : [], env, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    child.once('message', (m) => resolvePromise({ child, ready: m as Ready }));
    child.once('exit', (code) => reject(new Error(`the ${kind} server exited (${code}) before it was ready`)));
  });
}

async function benchStore(kind: StoreKind): Promise<Result[] | string> {
  let started: { child: ChildProcess; ready: Ready };
  try {
    started = await startServer(kind);
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
  const { child, ready } = started;
  process.stdout.write(
    `\n${kind}: ${ready.articles} articles, ${ready.claims} claims, ${ready.links} links from ${ready.corpus} (ingested in ${(ready.ingestMs / 1000).toFixed(1)} s); ${CLIENTS} clients, ${SECONDS} s per scenario\n`,
  );
  const base = `http://127.0.0.1:${ready.port}`;
  const results: Result[] = [];
  try {
    for (const s of SCENARIOS) results.push(await load(base, s, ready.claimIds, child));
  } finally {
    child.send('stop');
    await new Promise((r) => child.once('exit', r));
  }
  return results;
}

function table(kind: StoreKind, results: Result[]): string {
  const floor = results[0]!.rps;
  const rows = results.map((r) => [
    kind,
    r.name,
    r.rps.toFixed(0),
    r.p50.toFixed(2),
    r.p99.toFixed(2),
    String(r.requests),
    r.cpuMs.toFixed(3),
    r.errors === 0 ? '0' : `${r.errors} (${r.firstError})`,
    r === results[0] ? '100%' : `${((r.rps / floor) * 100).toFixed(0)}%`,
  ]);
  const head = ['store', 'operation', 'req/s', 'p50 ms', 'p99 ms', 'requests', 'server cpu ms/req', 'errors', 'vs floor'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] as string).length)));
  const line = (cells: string[]) => cells.map((c, i) => (i >= 2 && i <= 6 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('  ');
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

function verdicts(results: Result[]): string[] {
  const get = (name: string) => results.find((r) => r.name === name)!;
  const floor = results[0]!.rps;
  const claim = get('claim(id)');
  const out = [`claim(id) throughput ${((claim.rps / floor) * 100).toFixed(0)}% of the floor (target >= 40%): ${claim.rps / floor >= 0.4 ? 'MET' : 'MISSED'}`];
  for (const name of ['provenance', 'corroboration']) {
    const r = get(name);
    out.push(
      `${name} p99 ${r.p99.toFixed(2)} ms with ${CLIENTS} clients (target <= 15 ms): ${r.p99 <= 15 ? 'MET' : 'MISSED'}` +
        ` (server CPU ${r.cpuMs.toFixed(2)} ms/request: ${CLIENTS} queued requests take ${(r.cpuMs * CLIENTS).toFixed(1)} ms of CPU on an idle core)`,
    );
  }
  if (results.some((r) => r.errors > 0)) out.push('ERRORS in some scenarios: see the table');
  return out;
}

async function main(): Promise<void> {
  const stores = (process.env.BENCH_STORES ?? 'sqlite,neo4j').split(',').map((s) => s.trim()) as StoreKind[];
  // Latency targets are absolute: say how busy the machine was, so figures can be judged.
  const load = () => loadavg().map((l) => l.toFixed(1)).join(' ');
  process.stdout.write(`bench:api on ${cpus().length} cores, load average ${load()}\n`);
  let failed = false;
  for (const kind of stores) {
    const results = await benchStore(kind);
    if (typeof results === 'string') {
      process.stdout.write(`\n${kind}: not measured: ${results}\n`);
      failed = true;
      continue;
    }
    process.stdout.write(`${table(kind, results)}\n`);
    if (kind === 'sqlite') for (const v of verdicts(results)) process.stdout.write(`  ${v}\n`);
    if (results.some((r) => r.errors > 0)) failed = true;
  }
  process.stdout.write(`\nload average at the end ${load()}\n`);
  process.exitCode = failed ? 1 : 0;
}

const serveIndex = process.argv.indexOf('--serve');
if (serveIndex >= 0) {
  serve(process.argv[serveIndex + 1] as StoreKind).catch((e: unknown) => {
    process.stderr.write(`bench server: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(1);
  });
} else {
  main().catch((e: unknown) => {
    process.stderr.write(`bench:api: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exit(1);
  });
}
