/**
 * Extraction throughput (npm run bench:extract): the dev corpus and the seed articles,
 * repeated to at least 5 MB, through the full pipeline (parse -> clean -> extract) on one
 * core, next to wink-nlp tokenisation alone on the same texts in the same run (the floor
 * any pipeline built on it must stay above). Heap is sampled every 100 articles (after a
 * GC) to show that memory stays flat. Rates are given by wall time and by CPU time: on a
 * shared machine the CPU time is the fair per-core figure. The pipeline is timed twice over
 * the same articles: the first pass carries V8's warm-up (its optimising compiler runs on
 * other threads and is still compiling after a thousand articles), the second is the steady
 * state of a long-running ingest, which the target is read against; both are printed.
 * Falls back to examples/ when ../shared is absent.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { join, resolve } from 'node:path';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { parseInput } from '../src/extract/parseInput';
import { extractArticle } from '../src/extract/extractArticle';
import { nlp } from '../src/extract/segment/nlp';
import { repoRoot } from '../src/config/repoRoot';

const TARGET_BYTES = 5 * 1024 * 1024;
const TARGET_RATE = 500;
const SAMPLE_EVERY = 100;

interface Input {
  file: string;
  content: string;
}

function corpus(): { inputs: Input[]; from: string } {
  const repo = repoRoot();
  const shared = process.env.CLAIMGRAPH_SHARED ? resolve(process.env.CLAIMGRAPH_SHARED) : resolve(repo, '..', 'shared');
  const dirs = [join(shared, 'corpus', 'dev'), join(shared, 'corpus', 'seeds')].filter((d) => existsSync(d));
  const from = dirs.length > 0 ? dirs.join(' + ') : join(repo, 'examples');
  const inputs: Input[] = [];
  for (const d of dirs.length > 0 ? dirs : [join(repo, 'examples')]) {
    for (const f of readdirSync(d).filter((x) => /\.(?:txt|md|html?|json|jsonl)$/iu.test(x)).sort()) {
      inputs.push({ file: f, content: readFileSync(join(d, f), 'utf8') });
    }
  }
  return { inputs, from };
}

function repeat(inputs: Input[]): Input[] {
  const out: Input[] = [];
  let bytes = 0;
  // Exact repeats: nothing in the pipeline caches by content (wink-nlp's token cache only grows with new words).
  while (bytes < TARGET_BYTES) {
    for (const i of inputs) {
      out.push(i);
      bytes += Buffer.byteLength(i.content);
    }
  }
  return out;
}

/** A garbage collection before each heap sample, so the samples show what is retained. */
function gcFunction(): (() => void) | null {
  try {
    setFlagsFromString('--expose-gc');
    return runInNewContext('gc') as () => void;
  } catch {
    return null;
  }
}

function mb(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(1);
}

/** Wall time and CPU time of the process: on a shared machine CPU time is the fairer per-core figure. */
function time<T>(fn: () => T): { ms: number; cpuMs: number; value: T } {
  const t0 = process.hrtime.bigint();
  const c0 = process.cpuUsage();
  const value = fn();
  const c = process.cpuUsage(c0);
  return { ms: Number(process.hrtime.bigint() - t0) / 1e6, cpuMs: (c.user + c.system) / 1000, value };
}

function main(): void {
  const { inputs, from } = corpus();
  if (inputs.length === 0) {
    console.log('bench:extract: no input articles found');
    return;
  }
  const run = repeat(inputs);
  const bytes = run.reduce((n, i) => n + Buffer.byteLength(i.content), 0);
  console.log(`bench:extract — ${run.length} articles, ${mb(bytes)} MB (${inputs.length} distinct, from ${from}); one core, node ${process.version}`);

  // Warm up both paths (JIT, lazy model and gazetteer loading).
  const floorNlp = winkNLP(model, []);
  for (const i of inputs) {
    floorNlp.readDoc(i.content).tokens().out();
    for (const p of parseInput({ file: i.file, content: i.content })) extractArticle(p);
  }

  const floor = time(() => {
    let tokens = 0;
    for (const i of run) tokens += floorNlp.readDoc(i.content).tokens().length();
    return tokens;
  });
  const winkPos = time(() => {
    let tokens = 0;
    for (const i of run) tokens += nlp().readDoc(i.content).tokens().out(nlp().its.pos).length;
    return tokens;
  });

  const pipeline = (): { claims: number } => {
    let claims = 0;
    for (const i of run) for (const p of parseInput({ file: i.file, content: i.content })) claims += extractArticle(p).claims.length;
    return { claims };
  };
  const firstPass = time(pipeline);
  const full = time(pipeline);

  // Memory, in a separate pass so that the forced collections do not count in the timing.
  const heap: number[] = [];
  const gc = gcFunction();
  gc?.();
  let articles = 0;
  for (const i of run) {
    for (const p of parseInput({ file: i.file, content: i.content })) {
      extractArticle(p);
      if (++articles % SAMPLE_EVERY === 0) {
        gc?.();
        heap.push(process.memoryUsage().heapUsed);
      }
    }
  }

  const rate = (ms: number): string => `${((run.length / ms) * 1000).toFixed(0).padStart(6)} articles/s  ${((bytes / 1024 / 1024 / ms) * 1000).toFixed(2).padStart(6)} MB/s`;
  const line = (name: string, t: { ms: number; cpuMs: number }, extra = ''): void =>
    console.log(`  ${name.padEnd(40)} wall ${rate(t.ms)} | cpu ${rate(t.cpuMs)}${extra}`);
  line('wink-nlp tokenisation alone (floor)', floor, `  (${floor.value} tokens)`);
  line('wink-nlp sentences + POS (reference)', winkPos);
  line('full pipeline, first pass (JIT warm-up)', firstPass, `  (${firstPass.value.claims} claims)`);
  line('full pipeline parse->clean->extract', full, `  (${full.value.claims} claims; second pass, steady state)`);
  const ratio = full.cpuMs / floor.cpuMs;
  const perCpu = (run.length / full.cpuMs) * 1000;
  console.log(`  ratio to the floor: ${ratio.toFixed(1)}x (cpu time; wall ${(full.ms / floor.ms).toFixed(1)}x); first pass ${(firstPass.cpuMs / floor.cpuMs).toFixed(1)}x`);
  console.log(`  target >= ${TARGET_RATE} articles/s per core: ${perCpu >= TARGET_RATE ? 'met' : 'MISSED'} (${perCpu.toFixed(0)} articles per cpu-second, steady state; first pass ${((run.length / firstPass.cpuMs) * 1000).toFixed(0)})`);
  if (heap.length > 0) {
    const f = (b: number): string => `${mb(b)} MB`;
    console.log(`  heap used every ${SAMPLE_EVERY} articles${gc ? ' (after a GC)' : ''}: first ${f(heap[0]!)}, last ${f(heap[heap.length - 1]!)}, max ${f(Math.max(...heap))} (${heap.length} samples)`);
  }
}

main();
