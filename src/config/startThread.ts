import path from 'node:path';
import { Worker } from 'node:worker_threads';

/**
 * Starts the worker thread `name` that sits beside `callerFile` (pass `__filename`): the
 * compiled JavaScript as is; the TypeScript sources (bin/claimgraph.js, tests, benchmarks)
 * through tsx, resolved from here so that the working directory does not matter. Throws
 * when no thread can be started; callers fall back to working without one.
 */
export function startThread(callerFile: string, name: string, workerData?: unknown): Worker {
  const ext = path.extname(callerFile);
  const file = path.join(path.dirname(callerFile), `${name}${ext}`);
  if (ext !== '.ts') return new Worker(file, { workerData });
  const tsx = require.resolve('tsx/cjs');
  return new Worker(`require(${JSON.stringify(tsx)});\nrequire(${JSON.stringify(file)});`, { eval: true, workerData });
}
