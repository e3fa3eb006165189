/**
 * Ingest benchmark (npm run bench:ingest): parse, extract, link and store synthetic news
 * (bench/ingestCorpus.ts: real articles with systematic variations of names, figures,
 * dates and wording, a share of them light-edited reprints) on each store, and the cost of
 * one more article when the store holds 1,000 and when it holds 20,000.
 *
 *   node -r tsx/cjs bench/ingest.ts [--sizes 1000,20000] [--window 500] [--stores sqlite,neo4j]
 *                                  [--workers N] [--copy-rate 0.2] [--same-rate 0.15] [--seed 7]
 *
 * Parse + extract is measured once (in worker threads, per-article CPU time inside each
 * worker); link + store is measured per store, article by article in one sequence, on
 * the same extractions. "At size N" is the window of articles just before the store holds
 * N. End to end per article = its parse+extract time + its link+store time. Figures print
 * next to the baseline of the same run (the same pipeline at the smallest size).
 */
import os from 'node:os';
import path from 'node:path';
import { mkdtempSync, rmSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import type { Extraction } from '../src/extract/types';
import type { GraphStore } from '../src/store/port';
import { SqliteGraphStore } from '../src/store/sqlite/SqliteGraphStore';
import { Neo4jGraphStore } from '../src/store/neo4j/Neo4jGraphStore';
import { leaseNeo4j, stopOwnNeo4j } from '../test/support/neo4j';
import { Linker } from '../src/link/Linker';
import { CorpusGenerator, loadBases, type BenchArticle } from './ingestCorpus';

interface Options {
  sizes: number[];
  window: number;
  stores: string[];
  workers: number;
  copyRate: number;
  sameRate: number;
  seed: number;
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
    workers: Math.max(1, Number(get('workers') ?? Math.max(1, os.cpus().length))),
    copyRate: Number(get('copy-rate') ?? 0.2),
    sameRate: Number(get('same-rate') ?? 0.15),
    seed: Number(get('seed') ?? 7),
  };
}

interface Extracted {
  index: number;
  kind: BenchArticle['kind'];
  /** JSON of the extractions: a string is one opaque object to the garbage collector, 20,000 object graphs are not. */
  extractions: string;
  ms: number;
  error: string | null;
}

/** Parse + extract every article in worker threads; each result carries its own CPU time. */
async function extractAll(articles: BenchArticle[], workers: number): Promise<Extracted[]> {
  const out: Extracted[] = new Array(articles.length);
  let next = 0;
  let done = 0;
  const started = Date.now();
  const workerFile = path.join(__dirname, 'ingestExtractWorker.ts');
  await Promise.all(
    Array.from({ length: workers }, () =>
      new Promise<void>((resolve, reject) => {
        const w = new Worker(workerFile, { execArgv: ['-r', 'tsx/cjs'] });
        const feed = (): void => {
          if (next >= articles.length) {
            void w.terminate().then(() => resolve());
            return;
          }
          const a = articles[next++]!;
          w.postMessage({ index: a.index, content: a.content });
        };
        w.on('message', (m: { index: number; extractions: Extraction[]; ms: number; error: string | null }) => {
          out[m.index] = { index: m.index, kind: articles[m.index]!.kind, extractions: JSON.stringify(m.extractions), ms: m.ms, error: m.error };
          done++;
          if (done % 1000 === 0) process.stderr.write(`  extracted ${done}/${articles.length} (${((Date.now() - started) / 1000).toFixed(0)} s)\n`);
          feed();
        });
        w.on('error', reject);
        feed();
      }),
    ),
  );
  return out;
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
      current = {};
      const t0 = performance.now();
      const c0 = process.cpuUsage();
      let linkCpu = 0;
      for (const x of extractions) {
        try {
          const l0 = process.cpuUsage();
          const bundle = await linker.link(x);
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

function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? NaN;
}

async function main(): Promise<void> {
  const opts = parseOptions(process.argv.slice(2));
  const repo = path.resolve(__dirname, '..');
  const shared = path.resolve(repo, '..', 'shared');
  const bases = loadBases(repo, shared);
  const total = opts.sizes[opts.sizes.length - 1]!;
  const gen = new CorpusGenerator(bases, { seed: opts.seed, copyRate: opts.copyRate, sameHappeningRate: opts.sameRate });
  const articles = Array.from({ length: total }, (_, i) => gen.next(i));
  const kinds = { report: 0, 'same-happening': 0, copy: 0 };
  for (const a of articles) kinds[a.kind]++;
  console.log(`ingest benchmark: ${total.toLocaleString('en')} synthetic articles from ${bases.length} base texts (${kinds.report} reports of new happenings, ${kinds['same-happening']} second reports of a happening, ${kinds.copy} light-edited reprints), seed ${opts.seed}`);
  console.log(`machine: ${os.cpus().length} cores, load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}; window ${opts.window} articles`);

  process.stderr.write(`parse + extract with ${opts.workers} worker(s)...\n`);
  const t0 = Date.now();
  const items = await extractAll(articles, opts.workers);
  const wall = (Date.now() - t0) / 1000;
  const extractMs = items.map((i) => i.ms);
  const failedExtract = items.filter((i) => i.error !== null).length;
  const firstError = items.find((i) => i.error !== null);
  if (firstError) process.stderr.write(`  extraction failed for ${failedExtract} articles, first: ${firstError.error}\n`);
  console.log(
    `parse + extract (baseline, no store): ${(1000 / mean(extractMs)).toFixed(1)} articles/s per core (mean ${mean(extractMs).toFixed(1)} ms, p95 ${percentile(extractMs, 95).toFixed(1)} ms), ${(total / wall).toFixed(1)} articles/s on ${opts.workers} worker(s); ${failedExtract} failed`,
  );

  const runs: StoreRun[] = [];
  for (const s of opts.stores) {
    if (s === 'sqlite') {
      const dir = mkdtempSync(path.join(os.tmpdir(), 'cg-bench-'));
      process.stderr.write('link + store on SQLite (file database)...\n');
      runs.push(
        await runStore('sqlite', async () => {
          const store = new SqliteGraphStore({ path: path.join(dir, 'bench.db') });
          await store.init();
          return { store, dispose: async () => { await store.close(); rmSync(dir, { recursive: true, force: true }); } };
        }, items),
      );
    } else if (s === 'neo4j') {
      process.stderr.write('link + store on Neo4j...\n');
      runs.push(
        await runStore('neo4j', async () => {
          // The launcher and lease live with the tests; a benchmark may use them too.
          const lease = await leaseNeo4j();
          const store = new Neo4jGraphStore({ uri: lease.uri, user: lease.user, password: lease.password, database: lease.database });
          await store.init();
          return { store, dispose: async () => { await store.close(); await lease.release(); await stopOwnNeo4j(); } };
        }, items),
      );
    } else {
      runs.push({ store: s, perArticleMs: [], perArticleCpuMs: [], linkCpuMs: [], phases: {}, phasePerArticle: [], links: 0, copies: 0, linksByType: {}, keys: { article: 0, claim: 0 }, failures: 0, error: `unknown store "${s}" (sqlite or neo4j)` });
    }
  }

  console.log('');
  console.log('store    at size   link+store ms/article (wall, p95 | cpu)   link+store art/s (wall | cpu)   parse+extract ms   end-to-end art/s   vs baseline (cpu)');
  for (const r of runs) {
    if (r.error) {
      console.log(`${r.store.padEnd(8)} not available: ${r.error}`);
      continue;
    }
    let base: number | null = null;
    for (const size of opts.sizes) {
      const from = Math.max(0, size - opts.window);
      const ls = r.perArticleMs.slice(from, size);
      const cpu = mean(r.perArticleCpuMs.slice(from, size));
      const ex = extractMs.slice(from, size);
      const lsMs = mean(ls);
      const e2e = lsMs + mean(ex);
      base ??= cpu;
      console.log(
        `${r.store.padEnd(8)} ${size.toLocaleString('en').padStart(7)}   ${`${lsMs.toFixed(2)} (p95 ${percentile(ls, 95).toFixed(1)}) | ${cpu.toFixed(2)}`.padEnd(38)}   ${`${(1000 / lsMs).toFixed(0)} | ${(1000 / cpu).toFixed(0)}`.padEnd(29)}   ${mean(ex).toFixed(1).padStart(15)}   ${(1000 / e2e).toFixed(1).padStart(16)}   ${size === opts.sizes[0] ? 'baseline' : `x${(cpu / base).toFixed(2)} per article`}`,
      );
    }
    const first = mean(r.perArticleCpuMs.slice(Math.max(0, opts.sizes[0]! - opts.window), opts.sizes[0]!));
    const last = mean(r.perArticleCpuMs.slice(Math.max(0, total - opts.window), total));
    const wallFirst = mean(r.perArticleMs.slice(Math.max(0, opts.sizes[0]! - opts.window), opts.sizes[0]!));
    const wallLast = mean(r.perArticleMs.slice(Math.max(0, total - opts.window), total));
    const e2eLast = 1000 / (last + mean(extractMs.slice(Math.max(0, total - opts.window), total)));
    console.log(
      `${r.store.padEnd(8)} per-article link+store cost at ${total.toLocaleString('en')} vs ${opts.sizes[0]!.toLocaleString('en')}: ratio ${(last / first).toFixed(2)} cpu, ${(wallLast / wallFirst).toFixed(2)} wall (target <= 1.5) ${last / first <= 1.5 ? 'OK' : 'OVER'}; link+store ${(1000 / last).toFixed(0)} art/s cpu, ${(1000 / wallLast).toFixed(0)} wall${r.store === 'sqlite' ? ` (target >= 200: ${1000 / last >= 200 ? 'OK' : 'BELOW'})` : ''}; end to end ${e2eLast.toFixed(1)} art/s; ${r.copies} copies, ${r.links} links written, ${r.failures} failures`,
    );
    const n = r.perArticleMs.length || 1;
    for (const size of opts.sizes) {
      const from = Math.max(0, size - opts.window);
      const linkCpu = mean(r.linkCpuMs.slice(from, size));
      const all = mean(r.perArticleCpuMs.slice(from, size));
      const ph: Record<string, number> = {};
      const win = r.phasePerArticle.slice(from, size);
      for (const a of win) for (const [k, v] of Object.entries(a)) ph[k] = (ph[k] ?? 0) + v / win.length;
      console.log(
        `${r.store.padEnd(8)} at ${size.toLocaleString('en').padStart(7)}: linking ${linkCpu.toFixed(2)} ms cpu per article, the store's write ${(all - linkCpu).toFixed(2)} ms cpu; linker phases (wall ms): ${Object.entries(ph).map(([k, v]) => `${k} ${v.toFixed(2)}`).join(', ')}`,
      );
    }
    console.log(`${r.store.padEnd(8)} linker phases (ms per article, whole run): ${Object.entries(r.phases).map(([p, ms]) => `${p} ${(ms / n).toFixed(2)}`).join(', ')}`);
    console.log(`${r.store.padEnd(8)} per article: ${(r.keys.article / n).toFixed(0)} article keys, ${(r.keys.claim / n).toFixed(0)} claim keys, links ${Object.entries(r.linksByType).map(([t, c]) => `${t} ${(c / n).toFixed(2)}`).join(', ')}`);
  }
}

main().then(
  () => process.exit(0),
  (e) => {
    process.stderr.write(`bench failed: ${e instanceof Error ? e.stack : String(e)}\n`);
    process.exit(1);
  },
);
