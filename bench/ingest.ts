/**
 * Ingest benchmark (npm run bench:ingest): parse, extract, link and store synthetic news
 * (bench/ingestCorpus.ts: real articles with systematic variations of names, figures,
 * dates and wording, a share of them light-edited reprints) on each store, and the cost of
 * one more article when the store holds 1,000 and when it holds 20,000.
 *
 *   npm run bench:ingest -- [--sizes 1000,20000] [--window 500] [--stores sqlite,neo4j]
 *                          [--baseline N] [--copy-rate 0.2] [--same-rate 0.15] [--seed 7]
 *                          [--checkpoint inline|background]
 *
 * 1. End to end, the product path: IngestService.ingestMany, the code `claimgraph ingest`
 *    and `serve --seed` run (parse + extract ahead in a worker thread, link + write in order
 *    on the main thread). Articles/s of WALL time over the window of articles just before the
 *    store holds N, with the CPU time of the main thread (Linux /proc, 10 ms ticks summed
 *    over the window) and of the whole process. In-run baselines: the smallest size, and the
 *    same path in one thread (no worker) over the first --baseline articles (default: the
 *    smallest size; 0 skips it) on a fresh store.
 * 2. CPU breakdown, each part alone in one thread so that nothing else is counted: parse +
 *    extract of the window articles (process CPU, no worker running), and link and write per
 *    article, replayed on a fresh store (the articles extracted again, off the clock).
 * Wall figures depend on the machine's other load; the CPU figures and ratios much less.
 */
import os from 'node:os';
import path from 'node:path';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { Extraction } from '../src/extract/types';
import type { GraphStore } from '../src/store/port';
import { SqliteGraphStore } from '../src/store/sqlite/SqliteGraphStore';
import { Neo4jGraphStore } from '../src/store/neo4j/Neo4jGraphStore';
import { leaseNeo4j, stopOwnNeo4j } from '../test/support/neo4j';
import { Linker } from '../src/link/Linker';
import { copyFingerprint, DEFAULT_COPY_PARAMS } from '../src/link/copyFingerprint';
import { IngestService } from '../src/app/IngestService';
import { ExtractWorker } from '../src/app/ExtractWorker';
import { prepareInput } from '../src/app/prepareInput';
import { CorpusGenerator, loadBases, type BenchArticle } from './ingestCorpus';
import { repoRoot } from '../src/config/repoRoot';

interface Options {
  sizes: number[];
  window: number;
  stores: string[];
  baseline: number;
  copyRate: number;
  sameRate: number;
  seed: number;
  /** SQLite: WAL checkpoints in the writer's commits (the default) or in a worker thread (CLAIMGRAPH_SQLITE_CHECKPOINT=background). */
  checkpoint: 'background' | 'inline';
}

function checkpointOption(value: string | undefined): Options['checkpoint'] {
  if (value === undefined || value === 'inline' || value === 'background') return value ?? 'inline';
  throw new Error(`--checkpoint takes inline or background; got ${value}`);
}

function parseOptions(argv: string[]): Options {
  const get = (name: string): string | undefined => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
  };
  const sizes = (get('sizes') ?? '1000,20000').split(',').map((s) => Number(s.trim())).filter((n) => Number.isInteger(n) && n > 0).sort((a, b) => a - b);
  if (sizes.length === 0) throw new Error('--sizes must list positive integers, e.g. 1000,20000');
  const window = Number(get('window') ?? Math.min(500, sizes[0]!));
  return {
    sizes,
    window: Math.max(1, Math.min(window, sizes[0]!)),
    stores: (get('stores') ?? 'sqlite,neo4j').split(',').map((s) => s.trim()),
    baseline: Math.max(0, Number(get('baseline') ?? sizes[0])),
    copyRate: Number(get('copy-rate') ?? 0.2),
    sameRate: Number(get('same-rate') ?? 0.15),
    seed: Number(get('seed') ?? 7),
    checkpoint: checkpointOption(get('checkpoint')),
  };
}

interface Extracted {
  index: number;
  kind: BenchArticle['kind'];
  /** JSON of the extractions: a string is one opaque object to the garbage collector, 20,000 object graphs are not. */
  extractions: string;
  error: string | null;
}

/** CPU time of the calling thread in ms (Linux; 10 ms ticks), NaN elsewhere. */
function threadCpuMs(): number {
  try {
    const stat = readFileSync('/proc/thread-self/stat', 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(f[11]) + Number(f[12])) * 10;
  } catch {
    return NaN;
  }
}

function processCpuMs(): number {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1000;
}

/**
 * Parse + extract every article again, off the clock, in worker threads (the product's
 * ExtractWorker), for the breakdown replay. Kept as JSON strings: a string is one opaque
 * object to the garbage collector, 20,000 object graphs are not (holding them during the
 * end-to-end run would tax its main thread with garbage collection).
 */
async function extractForReplay(articles: BenchArticle[]): Promise<Extracted[]> {
  const out: Extracted[] = new Array(articles.length);
  let next = 0;
  const threads = Math.max(1, os.cpus().length);
  await Promise.all(
    Array.from({ length: threads }, async () => {
      const w = new ExtractWorker(MAX_BYTES);
      try {
        while (!w.ready) await new Promise((r) => setTimeout(r, 20));
        while (next < articles.length) {
          const a = articles[next++]!;
          const raw = { file: `bench-${a.index}.txt`, content: a.content };
          const p = (await w.run(raw)) ?? prepareInput(raw, MAX_BYTES);
          const bad = p.records.find((r) => r.error !== null);
          out[a.index] = { index: a.index, kind: a.kind, extractions: JSON.stringify(p.records.flatMap((r) => (r.extraction ? [r.extraction] : []))), error: bad?.error?.message ?? null };
        }
      } finally {
        await w.close();
      }
    }),
  );
  return out;
}

interface EndToEnd {
  store: string;
  /** performance.now() when each article's results came back, and the CPU clocks then. */
  at: number[];
  mainCpu: number[];
  processCpu: number[];
  started: { at: number; mainCpu: number; processCpu: number };
  failures: number;
  error: string | null;
}

const MAX_BYTES = 10 * 1024 * 1024;

/** Ingest the articles through IngestService.ingestMany, as `claimgraph ingest` does. */
async function runEndToEnd(name: string, open: () => Promise<{ store: GraphStore; dispose: () => Promise<void> }>, articles: BenchArticle[], worker: boolean): Promise<EndToEnd> {
  const run: EndToEnd = { store: name, at: [], mainCpu: [], processCpu: [], started: { at: 0, mainCpu: 0, processCpu: 0 }, failures: 0, error: null };
  let handle;
  try {
    handle = await open();
  } catch (e) {
    return { ...run, error: e instanceof Error ? e.message : String(e) };
  }
  const { store, dispose } = handle;
  const service = new IngestService(store, { maxArticleBytes: MAX_BYTES });
  const fileOf = (a: BenchArticle): string => `bench-${a.index}.txt`;
  const clock = Date.now();
  run.started = { at: performance.now(), mainCpu: threadCpuMs(), processCpu: processCpuMs() };
  try {
    await service.ingestMany(
      articles,
      {
        read: async (a) => ({ file: fileOf(a), content: a.content }),
        readFailed: () => [],
        done: (a, results) => {
          run.at.push(performance.now());
          run.mainCpu.push(threadCpuMs());
          run.processCpu.push(processCpuMs());
          for (const r of results) {
            if (r.status !== 'failed') continue;
            run.failures++;
            if (run.failures <= 3) process.stderr.write(`  ${name}: article ${a.index}: ${r.error?.message ?? 'failed'}\n`);
          }
          if (run.at.length % 1000 === 0) process.stderr.write(`  ${name}: ${run.at.length}/${articles.length} ingested (${((Date.now() - clock) / 1000).toFixed(0)} s)\n`);
        },
      },
      { worker },
    );
  } finally {
    await dispose();
  }
  return run;
}

/** Parse + extract CPU per article, on this thread with nothing else running in the process. */
function extractCpu(articles: BenchArticle[]): number[] {
  return articles.map((a) => {
    const c0 = processCpuMs();
    prepareInput({ file: `bench-${a.index}.txt`, content: a.content }, MAX_BYTES);
    return processCpuMs() - c0;
  });
}

interface StoreRun {
  store: string;
  /** Wall-clock time per article (includes waiting for Neo4j over Bolt). */
  perArticleMs: number[];
  /** CPU time of this process per article (robust to other load on a shared machine). */
  perArticleCpuMs: number[];
  /** Wall time of each linker phase, summed over all articles. */
  phases: Record<string, number>;
  /** Wall time of each linker phase, per article. */
  phasePerArticle: Array<Record<string, number>>;
  /** Of which linking (the rest is the store's write). */
  linkCpuMs: number[];
  links: number;
  copies: number;
  linksByType: Record<string, number>;
  keys: { article: number; claim: number };
  failures: number;
  error: string | null;
}

async function runStore(name: string, open: () => Promise<{ store: GraphStore; dispose: () => Promise<void> }>, items: Extracted[]): Promise<StoreRun> {
  const run: StoreRun = { store: name, perArticleMs: [], perArticleCpuMs: [], linkCpuMs: [], phases: {}, phasePerArticle: [], links: 0, copies: 0, linksByType: {}, keys: { article: 0, claim: 0 }, failures: 0, error: null };
  let handle;
  try {
    handle = await open();
  } catch (e) {
    return { ...run, error: e instanceof Error ? e.message : String(e) };
  }
  const { store, dispose } = handle;
  let current: Record<string, number> = {};
  const linker = new Linker(store, {
    onPhase: (p, ms) => {
      run.phases[p] = (run.phases[p] ?? 0) + ms;
      current[p] = (current[p] ?? 0) + ms;
    },
  });
  const started = Date.now();
  try {
    for (const item of items) {
      const extractions = JSON.parse(item.extractions) as Extraction[];
      // In the product the article's fingerprint is made with its extraction (prepareInput,
      // in the worker thread): it counts as parse + extract, not as linking.
      const fingerprints = extractions.map((x) => copyFingerprint(x.article.text, DEFAULT_COPY_PARAMS));
      current = {};
      const t0 = performance.now();
      const c0 = process.cpuUsage();
      let linkCpu = 0;
      for (const [k, x] of extractions.entries()) {
        try {
          const l0 = process.cpuUsage();
          const bundle = await linker.link(x, { fingerprint: fingerprints[k] });
          const l = process.cpuUsage(l0);
          linkCpu += (l.user + l.system) / 1000;
          const r = await store.writeArticle(bundle);
          run.links += r.links;
          run.copies += bundle.links.filter((l) => l.type === 'copies').length;
          if (r.created) {
            for (const l of bundle.links) run.linksByType[l.type] = (run.linksByType[l.type] ?? 0) + 1;
            run.keys.article += bundle.articleKeys.length;
            run.keys.claim += bundle.claimKeys.reduce((n, k) => n + k.keys.length, 0);
          }
        } catch (e) {
          run.failures++;
          if (run.failures <= 3) process.stderr.write(`  ${name}: article ${item.index}: ${e instanceof Error ? e.message : String(e)}\n`);
        }
      }
      run.perArticleMs.push(performance.now() - t0);
      const c = process.cpuUsage(c0);
      run.perArticleCpuMs.push((c.user + c.system) / 1000);
      run.linkCpuMs.push(linkCpu);
      run.phasePerArticle.push(current);
      if (run.perArticleMs.length % 1000 === 0) process.stderr.write(`  ${name}: ${run.perArticleMs.length}/${items.length} linked and stored (${((Date.now() - started) / 1000).toFixed(0)} s)\n`);
    }
  } finally {
    await dispose();
  }
  return run;
}

function mean(xs: number[]): number {
  return xs.length === 0 ? NaN : xs.reduce((a, b) => a + b, 0) / xs.length;
}

type Opener = () => Promise<{ store: GraphStore; dispose: () => Promise<void> }>;

function opener(name: string, opts: Options): Opener | null {
  if (name === 'sqlite') {
    return async () => {
      const dir = mkdtempSync(path.join(os.tmpdir(), 'cg-bench-'));
      const store = new SqliteGraphStore({ path: path.join(dir, 'bench.db'), checkpointInBackground: opts.checkpoint === 'background' });
      await store.init();
      return { store, dispose: async () => { await store.close(); rmSync(dir, { recursive: true, force: true }); } };
    };
  }
  if (name === 'neo4j') {
    return async () => {
      // The launcher and lease live with the tests; a benchmark may use them too.
      const lease = await leaseNeo4j();
      const store = new Neo4jGraphStore({ uri: lease.uri, user: lease.user, password: lease.password, database: lease.database });
      await store.init();
      return { store, dispose: async () => { await store.close(); await lease.release(); await stopOwnNeo4j(); } };
    };
  }
  return null;
}

/** Per-article means over the window of articles [from, to) of a cumulative clock. */
function windowRate(clock: number[], start: number, from: number, to: number): number {
  const before = from === 0 ? start : (clock[from - 1] as number);
  return ((clock[to - 1] as number) - before) / (to - from);
}

async function main(): Promise<void> {
  const opts = parseOptions(process.argv.slice(2));
  const repo = repoRoot();
  const shared = process.env.CLAIMGRAPH_SHARED ? path.resolve(process.env.CLAIMGRAPH_SHARED) : path.resolve(repo, '..', 'shared');
  const bases = loadBases(repo, shared);
  const total = opts.sizes[opts.sizes.length - 1]!;
  const gen = new CorpusGenerator(bases, { seed: opts.seed, copyRate: opts.copyRate, sameHappeningRate: opts.sameRate });
  const articles = Array.from({ length: total }, (_, i) => gen.next(i));
  const kinds = { report: 0, 'same-happening': 0, copy: 0 };
  for (const a of articles) kinds[a.kind]++;
  console.log(`ingest benchmark: ${total.toLocaleString('en')} synthetic articles from ${bases.length} base texts (${kinds.report} reports of new happenings, ${kinds['same-happening']} second reports of a happening, ${kinds.copy} light-edited reprints), seed ${opts.seed}`);
  console.log(`machine: ${os.cpus().length} cores, load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}; window ${opts.window} articles; SQLite WAL checkpoints ${opts.checkpoint === 'background' ? 'in a worker thread (CLAIMGRAPH_SQLITE_CHECKPOINT=background)' : "in the writer's commits (the default)"}`);
  const windows = opts.sizes.map((size) => ({ size, from: Math.max(0, size - opts.window), to: size }));

  for (const name of opts.stores) {
    const open = opener(name, opts);
    if (!open) {
      console.log(`${name.padEnd(8)} not available: unknown store "${name}" (sqlite or neo4j)`);
      continue;
    }
    // 1. End to end through IngestService (the product path), with its one-thread baseline.
    let base: EndToEnd | null = null;
    if (opts.baseline > 0) {
      process.stderr.write(`${name}: end to end in one thread (baseline) over the first ${opts.baseline} articles...\n`);
      base = await runEndToEnd(name, open, articles.slice(0, opts.baseline), false);
    }
    process.stderr.write(`${name}: end to end through IngestService.ingestMany (worker thread for parse + extract)...\n`);
    const e2e = await runEndToEnd(name, open, articles, true);
    if (e2e.error) {
      console.log(`${name.padEnd(8)} not available: ${e2e.error}`);
      continue;
    }
    console.log('');
    console.log(`${name}: end to end through IngestService.ingestMany (claimgraph ingest's path: parse + extract in a worker thread, link + write in order on the main thread)`);
    console.log('store    at size   end-to-end art/s (wall)   ms/article: main-thread cpu | process cpu   vs baseline (wall | main cpu)');
    let first: { wall: number; main: number } | null = null;
    for (const w of windows) {
      const wall = windowRate(e2e.at, e2e.started.at, w.from, w.to);
      const main = windowRate(e2e.mainCpu, e2e.started.mainCpu, w.from, w.to);
      const proc = windowRate(e2e.processCpu, e2e.started.processCpu, w.from, w.to);
      first ??= { wall, main };
      console.log(
        `${name.padEnd(8)} ${w.size.toLocaleString('en').padStart(7)}   ${(1000 / wall).toFixed(1).padStart(23)}   ${`${main.toFixed(2)} | ${proc.toFixed(2)}`.padStart(36)}   ${w === windows[0] ? 'baseline' : `x${(wall / first.wall).toFixed(2)} | x${(main / first.main).toFixed(2)} per article`}`,
      );
    }
    const last = windows[windows.length - 1]!;
    const wallFirst = windowRate(e2e.at, e2e.started.at, windows[0]!.from, windows[0]!.to);
    const wallLast = windowRate(e2e.at, e2e.started.at, last.from, last.to);
    const mainFirst = windowRate(e2e.mainCpu, e2e.started.mainCpu, windows[0]!.from, windows[0]!.to);
    const mainLast = windowRate(e2e.mainCpu, e2e.started.mainCpu, last.from, last.to);
    console.log(
      `${name.padEnd(8)} end to end at ${last.size.toLocaleString('en')}: ${(1000 / wallLast).toFixed(1)} art/s wall${name === 'sqlite' ? ` (target >= 200: ${1000 / wallLast >= 200 ? 'OK' : 'BELOW'})` : ''}; per-article cost at ${last.size.toLocaleString('en')} vs ${windows[0]!.size.toLocaleString('en')}: ratio ${(wallLast / wallFirst).toFixed(2)} wall, ${(mainLast / mainFirst).toFixed(2)} main-thread cpu (target <= 1.5) ${mainLast / mainFirst <= 1.5 ? 'OK' : 'OVER'}; ${e2e.failures} failures; whole run ${((e2e.at[e2e.at.length - 1]! - e2e.started.at) / 1000).toFixed(0)} s`,
    );
    if (base && !base.error && base.at.length > 0) {
      const n = base.at.length;
      const from = Math.max(0, n - opts.window);
      const bWall = windowRate(base.at, base.started.at, from, n);
      const bCpu = windowRate(base.mainCpu, base.started.mainCpu, from, n);
      const wWall = windowRate(e2e.at, e2e.started.at, from, n);
      const wCpu = windowRate(e2e.mainCpu, e2e.started.mainCpu, from, n);
      console.log(
        `${name.padEnd(8)} same path in one thread (no worker), articles ${from + 1}..${n} on a fresh store: ${(1000 / bWall).toFixed(1)} art/s wall, ${bCpu.toFixed(2)} ms main-thread cpu per article; with the worker over the same articles: ${(1000 / wWall).toFixed(1)} art/s wall, ${wCpu.toFixed(2)} ms -> x${(bWall / wWall).toFixed(2)} wall, main thread x${(bCpu / wCpu).toFixed(2)} less cpu`,
      );
    }

    // 2. CPU breakdown: each part alone in one thread.
    process.stderr.write(`${name}: parse + extract cpu of the window articles...\n`);
    const exCpu = new Map<number, number>();
    for (const w of windows) extractCpu(articles.slice(w.from, w.to)).forEach((ms, k) => exCpu.set(w.from + k, ms));
    process.stderr.write(`${name}: link + write replayed in one thread (articles extracted again off the clock)...\n`);
    const items = await extractForReplay(articles);
    const r = await runStore(name, open, items);
    items.length = 0;
    if (r.error) {
      console.log(`${name.padEnd(8)} breakdown not available: ${r.error}`);
      continue;
    }
    console.log(`${name}: CPU breakdown per article (each part alone in one thread; link and write replayed on a fresh store)`);
    console.log('store    at size   parse+extract   link   write   = one-core sum -> art/s   two-core bound art/s (max of the halves)   link+write vs baseline');
    let lwBase: number | null = null;
    for (const w of windows) {
      const ex = mean(Array.from({ length: w.to - w.from }, (_, k) => exCpu.get(w.from + k) ?? NaN));
      const link = mean(r.linkCpuMs.slice(w.from, w.to));
      const lw = mean(r.perArticleCpuMs.slice(w.from, w.to));
      lwBase ??= lw;
      console.log(
        `${name.padEnd(8)} ${w.size.toLocaleString('en').padStart(7)}   ${ex.toFixed(2).padStart(13)}   ${link.toFixed(2).padStart(4)}   ${(lw - link).toFixed(2).padStart(5)}   ${`${(ex + lw).toFixed(2)} -> ${(1000 / (ex + lw)).toFixed(0)}`.padStart(22)}   ${(1000 / Math.max(ex, lw)).toFixed(0).padStart(40)}   ${w === windows[0] ? 'baseline' : `x${(lw / lwBase).toFixed(2)} per article`}`,
      );
    }
    const n = r.perArticleMs.length || 1;
    for (const w of windows) {
      const ph: Record<string, number> = {};
      const win = r.phasePerArticle.slice(w.from, w.to);
      for (const a of win) for (const [k, v] of Object.entries(a)) ph[k] = (ph[k] ?? 0) + v / win.length;
      console.log(`${name.padEnd(8)} at ${w.size.toLocaleString('en').padStart(7)}: linker phases (wall ms): ${Object.entries(ph).map(([k, v]) => `${k} ${v.toFixed(2)}`).join(', ')}`);
    }
    console.log(`${name.padEnd(8)} per article: ${(r.keys.article / n).toFixed(0)} article keys, ${(r.keys.claim / n).toFixed(0)} claim keys, links ${Object.entries(r.linksByType).map(([t, c]) => `${t} ${(c / n).toFixed(2)}`).join(', ')}; ${r.copies} copies, ${r.links} links written, ${r.failures} failures`);
  }
}

main().then(
  () => process.exit(0),
  (e) => {
    process.stderr.write(`bench failed: ${e instanceof Error ? e.stack : String(e)}\n`);
    process.exit(1);
  },
);
