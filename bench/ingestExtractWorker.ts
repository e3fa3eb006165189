/** Worker thread of bench/ingest.ts: parse + extract one article per message, timed inside the worker. */
import { parentPort } from 'node:worker_threads';
import { parseInput } from '../src/extract/parseInput';
import { extractArticle } from '../src/extract/extractArticle';

parentPort?.on('message', (m: { index: number; content: string }) => {
  const t0 = performance.now();
  try {
    const extractions = parseInput({ file: `bench-${m.index}.txt`, content: m.content }).map(extractArticle);
    parentPort?.postMessage({ index: m.index, extractions, ms: performance.now() - t0, error: null });
  } catch (e) {
    parentPort?.postMessage({ index: m.index, extractions: [], ms: performance.now() - t0, error: e instanceof Error ? e.message : String(e) });
  }
});
