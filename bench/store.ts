/**
 * Store benchmark (issue 2): bulk write rate, provenance traversal and claim-by-id latency,
 * and size on disk, for each GraphStore adapter on the same synthetic corpus.
 *
 *   npm run bench:store -- [--stores sqlite,neo4j] [--articles 10000] [--batch 500] [--samples 2000] [--seed 42]
 *                         [--checkpoint inline|background]
 *
 * Baseline, measured in the same run on the same rows: raw better-sqlite3 inserting each
 * claim as one JSON row into a bare table (no indexes, no FTS, one transaction per batch)
 * and reading it back by primary key: the ceiling any SQLite-based store works under.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as v8 from 'node:v8';
import * as vm from 'node:vm';
import Database from 'better-sqlite3';
import type { ArticleBundle } from '../src/domain';
import type { GraphStore } from '../src/store/port';
import { SqliteGraphStore } from '../src/store/sqlite/SqliteGraphStore';
import { buildCorpus, rng, type SyntheticStats } from './synthetic';

interface Args {
  stores: string[];
  articles: number;
  batch: number;
  samples: number;
  seed: number;
  /** SQLite: WAL checkpoints in the writer's commits (the default) or in a worker thread (CLAIMGRAPH_SQLITE_CHECKPOINT=background). */
  checkpoint: 'background' | 'inline';
}

function parseArgs(argv: string[]): Args {
  const args: Args = { stores: ['sqlite', 'neo4j'], articles: 10_000, batch: 500, samples: 2000, seed: 42, checkpoint: 'inline' };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]!;
    const value = argv[i + 1];
    const num = (): number => {
      const n = Number(value);
      if (!Number.isSafeInteger(n) || n < 1) throw new Error(`${flag} needs a positive integer, got ${value}`);
      i++;
      return n;
    };
    if (flag === '--stores') {
      args.stores = (value ?? '').split(',').map((s) => s.trim()).filter(Boolean);
      const bad = args.stores.filter((s) => s !== 'sqlite' && s !== 'neo4j');
      if (bad.length > 0 || args.stores.length === 0) throw new Error(`--stores takes sqlite,neo4j; got ${value}`);
      i++;
    } else if (flag === '--articles') args.articles = num();
    else if (flag === '--batch') args.batch = num();
    else if (flag === '--samples') args.samples = num();
    else if (flag === '--seed') args.seed = num();
    else if (flag === '--checkpoint') {
      if (value !== 'background' && value !== 'inline') throw new Error(`--checkpoint takes background or inline; got ${value}`);
      args.checkpoint = value;
      i++;
    } else throw new Error(`unknown flag ${flag} (use --stores, --articles, --batch, --samples, --seed, --checkpoint)`);
  }
  return args;
}

interface Latency {
  p50: number;
  p99: number;
  /** p99 of this process's CPU time per call: the tail without other processes' preemption. */
  cpuP99: number;
}

interface Row {
  name: string;
  claimsPerSec: number | null;
  /** Claims per second of this process's own CPU time: what an otherwise idle core would do. */
  claimsPerCpuSec: number | null;
  writeSeconds: number | null;
  provenance: Latency | null;
  getClaim: Latency | null;
  traverse: Latency | null;
  sizeBytes: number | null;
  note: string;
}

const TARGETS: Record<string, { write: number; traversalP99: number }> = {
  sqlite: { write: 50_000, traversalP99: 5 },
  neo4j: { write: 10_000, traversalP99: 20 },
};

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

// A full collection before each timed loop, so the corpus built for writing is not collected inside one.
v8.setFlagsFromString('--expose-gc');
const collectGarbage = vm.runInNewContext('gc') as () => void;

/** Runs `call` once per id (after a warm-up) and returns p50/p99 in milliseconds. */
async function latency(ids: string[], call: (id: string) => Promise<unknown>): Promise<Latency> {
  for (const id of ids.slice(0, Math.min(200, ids.length))) await call(id);
  collectGarbage();
  const times: number[] = [];
  const cpuTimes: number[] = [];
  for (const id of ids) {
    const c0 = process.cpuUsage();
    const t0 = process.hrtime.bigint();
    await call(id);
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
    const c = process.cpuUsage(c0);
    cpuTimes.push((c.user + c.system) / 1e3);
  }
  times.sort((a, b) => a - b);
  cpuTimes.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p99: percentile(times, 99), cpuP99: percentile(cpuTimes, 99) };
}

function dirSize(dir: string): number {
  let total = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) total += dirSize(p);
    else if (entry.isFile()) total += fs.statSync(p).size;
  }
  return total;
}

/** Claim ids to probe: uniform over the corpus, plus every tenth from a reprint (those have copy/derivation chains). */
function sampleClaims(bundles: ArticleBundle[], n: number, seed: number): string[] {
  const r = rng(seed + 1);
  const reprints = bundles.filter((b) => b.links.some((l) => l.type === 'copies'));
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    const pool = i % 10 === 0 && reprints.length > 0 ? reprints : bundles;
    const b = pool[Math.floor(r() * pool.length)]!;
    ids.push(b.claims[Math.floor(r() * b.claims.length)]!.id);
  }
  return ids;
}

async function benchStore(name: string, store: GraphStore, bundles: ArticleBundle[], args: Args, claimIds: string[]): Promise<Omit<Row, 'sizeBytes' | 'note'> & { depth: number }> {
  const claims = bundles.reduce((n, b) => n + b.claims.length, 0);
  const t0 = process.hrtime.bigint();
  const cpu0 = process.cpuUsage();
  for (let i = 0; i < bundles.length; i += args.batch) {
    const results = await store.writeArticles(bundles.slice(i, i + args.batch));
    if (results.some((r) => !r.created)) throw new Error(`${name}: an article was already stored (is the database empty?)`);
  }
  const writeSeconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const cpu = process.cpuUsage(cpu0);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const counts = await store.counts();
  if (counts.claims !== claims) throw new Error(`${name}: wrote ${claims} claims but the store counts ${counts.claims}`);

  let deepest = 0;
  const provenance = await latency(claimIds, async (id) => {
    const p = await store.provenance(id, 5);
    if (p === null) throw new Error(`${name}: provenance of ${id} is null`);
    deepest = Math.max(deepest, ...p.copies.map((c) => c.depth), ...p.derivedFrom.map((d) => d.depth));
  });
  const getClaim = await latency(claimIds, async (id) => {
    const [c] = await store.getClaims([id]);
    if (c === null || c === undefined) throw new Error(`${name}: claim ${id} not found`);
  });
  const traverse = await latency(claimIds, (id) => store.traverseLinks(id, ['corroborates', 'different_figure', 'same_event', 'derived_from'], 2, 200));
  return { name, claimsPerSec: claims / writeSeconds, claimsPerCpuSec: claims / cpuSeconds, writeSeconds, provenance, getClaim, traverse, depth: deepest };
}

function baseline(bundles: ArticleBundle[], args: Args, claimIds: string[], dir: string): Row {
  const db = new Database(path.join(dir, 'baseline.db'));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.exec('CREATE TABLE claims (id TEXT PRIMARY KEY, body TEXT NOT NULL)');
  const insert = db.prepare('INSERT INTO claims (id, body) VALUES (?, ?)');
  const batch = db.transaction((bs: ArticleBundle[]) => {
    for (const b of bs) for (const c of b.claims) insert.run(c.id, JSON.stringify(c));
  });
  const claims = bundles.reduce((n, b) => n + b.claims.length, 0);
  const t0 = process.hrtime.bigint();
  const cpu0 = process.cpuUsage();
  for (let i = 0; i < bundles.length; i += args.batch) batch(bundles.slice(i, i + args.batch));
  const writeSeconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const cpu = process.cpuUsage(cpu0);
  const get = db.prepare('SELECT body FROM claims WHERE id = ?').pluck();
  const times: number[] = [];
  for (const id of claimIds) {
    const t = process.hrtime.bigint();
    JSON.parse(get.get(id) as string);
    times.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  times.sort((a, b) => a - b);
  db.close();
  return {
    name: 'baseline: raw SQLite rows',
    claimsPerSec: claims / writeSeconds,
    claimsPerCpuSec: claims / ((cpu.user + cpu.system) / 1e6),
    writeSeconds,
    provenance: null,
    getClaim: { p50: percentile(times, 50), p99: percentile(times, 99), cpuP99: Number.NaN },
    traverse: null,
    sizeBytes: dirSize(dir),
    note: 'one JSON row per claim, no indexes/FTS',
  };
}

async function runSqlite(bundles: ArticleBundle[], args: Args, claimIds: string[]): Promise<Row> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimgraph-bench-sqlite-'));
  try {
    const store = new SqliteGraphStore({ path: path.join(dir, 'graph.db'), checkpointInBackground: args.checkpoint === 'background' });
    await store.init();
    const r = await benchStore('sqlite', store, bundles, args, claimIds);
    await store.close();
    return { ...r, sizeBytes: dirSize(dir), note: `chains reached depth ${r.depth}` };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function runNeo4j(bundles: ArticleBundle[], args: Args, claimIds: string[]): Promise<Row> {
  /** The launcher JVM's pid from the run state beside the DBMS folder, or null. */
  function readLauncherPid(runDir: string): number | null {
    try {
      const state = JSON.parse(fs.readFileSync(path.join(runDir, 'state.json'), 'utf8')) as { launcherPid?: number };
      return typeof state.launcherPid === 'number' ? state.launcherPid : null;
    } catch {
      return null;
    }
  }

  /** User + system CPU seconds of a process (Linux /proc; 0 elsewhere). */
  function processCpuSeconds(pid: number): number {
    try {
      const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      // utime and stime are fields 14 and 15 of stat(5); here 0-based after the command name.
      return (Number(fields[11]) + Number(fields[12])) / 100;
    } catch {
      return 0;
    }
  }
  const unavailable = (reason: string): Row => ({
    name: 'neo4j',
    claimsPerSec: null,
    claimsPerCpuSec: null,
    writeSeconds: null,
    provenance: null,
    getClaim: null,
    traverse: null,
    sizeBytes: null,
    note: `not available (${reason})`,
  });
  let support: typeof import('../test/support/neo4j');
  let adapter: typeof import('../src/store/neo4j/Neo4jGraphStore');
  try {
    // require, not import(): under tsx/cjs import() goes to Node's ESM loader, which cannot load .ts;
    // and loading lazily lets a missing or broken Neo4j part be reported instead of killing the run.
    /* eslint-disable @typescript-eslint/no-require-imports */
    support = require('../test/support/neo4j') as typeof import('../test/support/neo4j');
    adapter = require('../src/store/neo4j/Neo4jGraphStore') as typeof import('../src/store/neo4j/Neo4jGraphStore');
    /* eslint-enable @typescript-eslint/no-require-imports */
  } catch (e) {
    return unavailable(`adapter or launcher missing: ${(e as Error).message.split('\n')[0]}`);
  }
  let lease: Awaited<ReturnType<typeof support.leaseNeo4j>>;
  try {
    process.stdout.write('neo4j: starting (first run builds the launcher with Maven)...\n');
    lease = await support.leaseNeo4j();
  } catch (e) {
    await support.stopOwnNeo4j().catch(() => undefined);
    return unavailable((e as Error).message.split('\n')[0]!);
  }
  const runDir = process.env.CLAIMGRAPH_NEO4J_RUN_DIR;
  const dbmsDir = runDir !== undefined && lease.launched ? runDir : null;
  try {
    await lease.clear();
    const before = dbmsDir !== null ? dirSize(dbmsDir) : null;
    const store = new adapter.Neo4jGraphStore({ uri: lease.uri, user: lease.user, password: lease.password, database: lease.database });
    await store.init();
    // The server's own CPU time while writing (launched JVM only): claims per JVM CPU-second and
    // its share of the wall time show whether the server or the machine's load is the limit.
    const jvmPid = dbmsDir !== null ? readLauncherPid(dbmsDir) : null;
    let jvmWriteSeconds = 0;
    const measured = new Proxy(store, {
      get(target, prop, receiver) {
        if (prop !== 'writeArticles' || jvmPid === null) return Reflect.get(target, prop, receiver) as unknown;
        return async (batch: ArticleBundle[]) => {
          const c0 = processCpuSeconds(jvmPid);
          const out = await target.writeArticles(batch);
          jvmWriteSeconds += processCpuSeconds(jvmPid) - c0;
          return out;
        };
      },
    });
    try {
      const r = await benchStore('neo4j', measured, bundles, args, claimIds);
      const after = dbmsDir !== null ? dirSize(dbmsDir) : null;
      const claims = bundles.reduce((n, b) => n + b.claims.length, 0);
      const jvm =
        jvmPid !== null && jvmWriteSeconds > 0 && r.writeSeconds !== null
          ? `; write: ${Math.round(claims / jvmWriteSeconds).toLocaleString('en-US')} claims per JVM CPU-s, JVM CPU ${jvmWriteSeconds.toFixed(1)} s = ${((100 * jvmWriteSeconds) / r.writeSeconds).toFixed(0)}% of wall`
          : '';
      return {
        ...r,
        sizeBytes: before !== null && after !== null ? after - before : null,
        note: `chains reached depth ${r.depth}${before !== null ? '; size = growth of the DBMS folder' : '; size n/a (external server)'}${jvm}`,
      };
    } finally {
      await store.close();
    }
  } catch (e) {
    return unavailable((e as Error).message.split('\n')[0]!);
  } finally {
    await lease.release().catch(() => undefined);
    await support.stopOwnNeo4j().catch(() => undefined);
  }
}

const fmt = {
  rate: (n: number | null): string => (n === null ? '-' : Math.round(n).toLocaleString('en-US')),
  ms: (l: Latency | null): string => (l === null ? '-' : `${l.p50.toFixed(3)} / ${l.p99.toFixed(3)}`),
  cpu: (l: Latency | null): string => (l === null || Number.isNaN(l.cpuP99) ? '-' : l.cpuP99.toFixed(3)),
  size: (b: number | null): string => (b === null ? '-' : `${(b / 1024 / 1024).toFixed(1)} MB`),
  s: (n: number | null): string => (n === null ? '-' : n.toFixed(2)),
};

function printTable(rows: Row[]): void {
  const head = ['store', 'write claims/s', 'claims/CPU-s', 'write s', 'provenance p50/p99 ms', 'provenance CPU p99 ms', 'getClaims p50/p99 ms', 'traverse(2) p50/p99 ms', 'size on disk', 'notes'];
  const body = rows.map((r) => [r.name, fmt.rate(r.claimsPerSec), fmt.rate(r.claimsPerCpuSec), fmt.s(r.writeSeconds), fmt.ms(r.provenance), fmt.cpu(r.provenance), fmt.ms(r.getClaim), fmt.ms(r.traverse), fmt.size(r.sizeBytes), r.note]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((row) => row[i]!.length)));
  const line = (cells: string[]): string => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  console.log(line(head));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const row of body) console.log(line(row));
}

function verdicts(rows: Row[]): string[] {
  const out: string[] = [];
  for (const r of rows) {
    const t = TARGETS[r.name];
    if (t === undefined || r.claimsPerSec === null || r.provenance === null) continue;
    const w = r.claimsPerSec >= t.write ? 'met' : 'MISSED';
    const p = r.provenance.p99 <= t.traversalP99 ? 'met' : 'MISSED';
    // For an embedded store this process's CPU is the query's own cost; for a server it is only
    // the client's side (driver, parsing, GC threads), so it says nothing about the target.
    const cpu =
      r.name === 'neo4j'
        ? `client-side CPU p99 ${r.provenance.cpuP99.toFixed(2)} ms; the server's time is in the wall figure`
        : `CPU ${r.provenance.cpuP99.toFixed(2)} ms, ${r.provenance.cpuP99 <= t.traversalP99 ? 'within' : 'over'} the target`;
    // Per CPU-second of the process doing the work: for neo4j that is the client only.
    const perCpu = `${Math.round(r.claimsPerCpuSec ?? 0).toLocaleString('en-US')} per ${r.name === 'neo4j' ? 'client ' : ''}CPU-second`;
    out.push(
      `${r.name}: write target >= ${t.write.toLocaleString('en-US')} claims/s ${w} (${Math.round(r.claimsPerSec).toLocaleString('en-US')}; ${perCpu}); ` +
        `provenance p99 target <= ${t.traversalP99} ms ${p} (wall ${r.provenance.p99.toFixed(2)} ms; ${cpu})`,
    );
  }
  return out;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const t0 = Date.now();
  const { bundles, stats } = buildCorpus({ articles: args.articles, seed: args.seed });
  const genSeconds = (Date.now() - t0) / 1000;
  const claimIds = sampleClaims(bundles, args.samples, args.seed);
  const load = os.loadavg().map((l) => l.toFixed(1)).join(' ');
  console.log(`claimgraph store benchmark — ${os.cpus().length} CPU cores (${os.cpus()[0]?.model ?? 'unknown'}), load average ${load}, Node ${process.version}`);
  console.log(describeCorpus(stats, genSeconds, args));
  if (args.stores.includes('sqlite')) console.log(`SQLite WAL checkpoints ${args.checkpoint === 'background' ? 'in a worker thread (CLAIMGRAPH_SQLITE_CHECKPOINT=background)' : "in the writer's commits (the default)"}`);

  const rows: Row[] = [];
  const baseDir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimgraph-bench-base-'));
  try {
    rows.push(baseline(bundles, args, claimIds, baseDir));
  } finally {
    fs.rmSync(baseDir, { recursive: true, force: true });
  }
  if (args.stores.includes('sqlite')) rows.push(await runSqlite(bundles, args, claimIds));
  if (args.stores.includes('neo4j')) rows.push(await runNeo4j(bundles, args, claimIds));

  console.log('');
  printTable(rows);
  console.log('');
  for (const v of verdicts(rows)) console.log(v);
  console.log(
    "claims/CPU-s and provenance CPU p99 count only this process's CPU time (for neo4j: the client side only): on a busy machine they show what an idle core would do, while wall-clock rates and p99 latencies include waiting for other processes.",
  );
  for (const r of rows) if (r.name === 'neo4j' && r.claimsPerSec === null) console.log(`neo4j: ${r.note}`);
}

function describeCorpus(stats: SyntheticStats, genSeconds: number, args: Args): string {
  const links = Object.entries(stats.links)
    .map(([t, n]) => `${t} ${n}`)
    .join(', ');
  return (
    `corpus: ${stats.articles} articles x ${args.articles > 0 ? Math.round(stats.claims / stats.articles) : 0} claims = ${stats.claims} claims ` +
    `(${stats.reprints} reprints; links: ${links}), seed ${args.seed}, generated in ${genSeconds.toFixed(1)} s; ` +
    `writes in batches of ${args.batch} articles (writeArticles); latencies over ${args.samples} claims`
  );
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
