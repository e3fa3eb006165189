import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { Neo4jClearer, type Neo4jTarget } from './clearNeo4j';
import { acquireFileLock, isAlive, releaseFileLock, sleep, withFileLock } from './fileLock';
import { controlCommand, launcherLog, launchNeo4j, Neo4jLaunchError, stopLauncher } from './neo4jLauncher';
import { readRunState, RUN_DIR_ENV, OWNER_PID_ENV, writeRunState, type RunState } from './runState';

/**
 * Real Neo4j databases for tests, one per lease, exclusively.
 *
 * Without NEO4J_URI: the first lease of a jest run builds and starts tools/neo4j-launcher (one
 * JVM, several embedded DBMSs on 127.0.0.1), later leases — from any worker — reuse it; every
 * lease gets an instance nobody else holds, emptied. globalSetup creates the run directory
 * (state + lock shared by the workers); globalTeardown stops the JVM. A run that never leases
 * never starts Java. Outside jest (benchmarks) the caller's process owns the JVM.
 *
 * With NEO4J_URI: that server is used (NEO4J_USER / NEO4J_PASSWORD / NEO4J_DATABASE honoured),
 * leases are serialised machine-wide, and it is cleared only when NEO4J_TEST_ALLOW_CLEAR=1.
 *
 * Start-up failures are errors, never skips (CI or not); they carry the launcher's output.
 */

export interface Neo4jLease extends Neo4jTarget {
  /** True when the tests launched this server (stop/start work); false for NEO4J_URI. */
  readonly launched: boolean;
  /** Empties the database again (all nodes and relationships). */
  clear(): Promise<void>;
  /** Stops this instance (the server "goes away"); launched servers only. */
  stop(): Promise<void>;
  /** Starts this instance again on the same port, with its data. */
  start(): Promise<void>;
  /** Gives the database back; restarts it first if this lease stopped it. */
  release(): Promise<void>;
}

/** Use as the timeout of the hook that leases: a first run may build the launcher (Maven download) and start a JVM. */
export const NEO4J_LEASE_TIMEOUT_MS = 10 * 60_000;

/**
 * Under jest: two workers, each may hold two leases at once; small databases, so small page
 * caches. A lone script (a benchmark) needs one instance, sized for 10,000 articles.
 */
const JEST_SIZING = { instances: 4, heap: '1g', pageCacheMb: 32 };
const STANDALONE_SIZING = { instances: 1, heap: '2g', pageCacheMb: 512 };
/** Set to the run directory when this process (not jest's globalSetup) created it. */
const STANDALONE_ENV = 'CLAIMGRAPH_NEO4J_STANDALONE_RUN';
const LAUNCH_TIMEOUT_MS = 3 * 60_000;
let leaseCounter = 0;

export async function leaseNeo4j(): Promise<Neo4jLease> {
  const external = process.env.NEO4J_URI;
  if (external !== undefined && external.trim() !== '') return leaseExternal(external.trim());
  return leaseLaunched();
}

// ---- launched by the tests ------------------------------------------------------------

function runDir(): { dir: string; ownerPid: number; standalone: boolean } {
  const existing = process.env[RUN_DIR_ENV];
  if (existing && fs.existsSync(existing)) {
    const ownerPid = Number(process.env[OWNER_PID_ENV] ?? process.pid);
    return { dir: existing, ownerPid, standalone: process.env[STANDALONE_ENV] === existing };
  }
  // Not under jest's globalSetup (a benchmark, a script): this process owns the JVM.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimgraph-neo4j-'));
  process.env[RUN_DIR_ENV] = dir;
  process.env[OWNER_PID_ENV] = String(process.pid);
  process.env[STANDALONE_ENV] = dir;
  process.once('exit', () => {
    const state = readRunState(dir);
    if (state?.launcherPid !== undefined && isAlive(state.launcherPid)) process.kill(state.launcherPid, 'SIGTERM');
  });
  return { dir, ownerPid: process.pid, standalone: true };
}

/** Stops the launcher of this process's standalone run (benchmarks call it when done); a no-op under jest. */
export async function stopOwnNeo4j(): Promise<void> {
  const dir = process.env[RUN_DIR_ENV];
  if (!dir || Number(process.env[OWNER_PID_ENV]) !== process.pid || process.env.JEST_WORKER_ID !== undefined) return;
  const state = readRunState(dir);
  if (state?.launcherPid !== undefined) await stopLauncher(state.launcherPid);
  fs.rmSync(dir, { recursive: true, force: true });
  delete process.env[RUN_DIR_ENV];
  delete process.env[OWNER_PID_ENV];
  delete process.env[STANDALONE_ENV];
}

async function leaseLaunched(): Promise<Neo4jLease> {
  const { dir, ownerPid, standalone } = runDir();
  const lock = path.join(dir, 'state.lock');
  const token = `${process.pid}:${++leaseCounter}`;
  const deadline = Date.now() + NEO4J_LEASE_TIMEOUT_MS;
  for (;;) {
    const step = await withFileLock(lock, (): { kind: 'start' } | { kind: 'wait' } | { kind: 'fail'; error: string } | { kind: 'leased'; state: RunState; index: number } => {
      const state = readRunState(dir);
      if (state === null || (state.phase === 'starting' && !isAlive(state.starterPid))) {
        writeRunState(dir, { phase: 'starting', starterPid: process.pid, leases: [] });
        return { kind: 'start' };
      }
      if (state.phase === 'failed') return { kind: 'fail', error: state.error ?? 'Neo4j failed to start' };
      if (state.phase === 'starting') return { kind: 'wait' };
      if (state.launcherPid === undefined || !isAlive(state.launcherPid)) {
        const error = `the Neo4j launcher (pid ${state.launcherPid ?? '?'}) exited during the run\n--- launcher output ---\n${launcherLog(dir)}`;
        writeRunState(dir, { ...state, phase: 'failed', error });
        return { kind: 'fail', error };
      }
      const index = state.leases.findIndex((holder) => holder === null || !isAlive(Number(holder.split(':')[0])));
      if (index < 0) return { kind: 'wait' };
      state.leases[index] = token;
      writeRunState(dir, state);
      return { kind: 'leased', state, index };
    });

    if (step.kind === 'fail') throw new Error(step.error);
    if (step.kind === 'leased') return openLaunchedLease(dir, lock, token, step.state, step.index);
    if (step.kind === 'start') {
      await startLauncher(dir, lock, ownerPid, standalone ? STANDALONE_SIZING : JEST_SIZING);
      continue;
    }
    if (Date.now() > deadline) throw new Error(`no Neo4j test instance became free within ${NEO4J_LEASE_TIMEOUT_MS / 1000} s`);
    await sleep(100);
  }
}

async function startLauncher(dir: string, lock: string, ownerPid: number, sizing: typeof JEST_SIZING): Promise<void> {
  const instances = Number(process.env.CLAIMGRAPH_NEO4J_INSTANCES ?? sizing.instances);
  const pageCacheMb = Number(process.env.CLAIMGRAPH_NEO4J_PAGECACHE_MB ?? sizing.pageCacheMb);
  const t0 = Date.now();
  try {
    const launched = await launchNeo4j({
      runDir: dir,
      instances: Number.isInteger(instances) && instances >= 1 && instances <= 16 ? instances : sizing.instances,
      heap: process.env.CLAIMGRAPH_NEO4J_HEAP ?? sizing.heap,
      pageCacheMb: Number.isInteger(pageCacheMb) && pageCacheMb >= 8 ? pageCacheMb : sizing.pageCacheMb,
      ownerPid,
      log: (line) => process.stderr.write(`${line}\n`),
      timeoutMs: LAUNCH_TIMEOUT_MS,
    });
    await withFileLock(lock, () =>
      writeRunState(dir, {
        phase: 'ready',
        starterPid: process.pid,
        launcherPid: launched.pid,
        version: launched.version,
        ports: launched.ports,
        control: launched.control,
        leases: launched.ports.map(() => null),
      }),
    );
    const built = launched.buildMs > 0 ? ` (launcher built in ${(launched.buildMs / 1000).toFixed(1)} s first)` : '';
    process.stderr.write(
      `neo4j: launched ${launched.version} on bolt://127.0.0.1:${launched.ports.join(',')} (${launched.ports.length} instances) in ${((Date.now() - t0 - launched.buildMs) / 1000).toFixed(1)} s${built}\n`,
    );
  } catch (e) {
    const message =
      e instanceof Neo4jLaunchError
        ? e.message
        : `Neo4j failed to start: ${e instanceof Error ? e.message : String(e)}\n--- launcher output ---\n${launcherLog(dir)}`;
    await withFileLock(lock, () => writeRunState(dir, { phase: 'failed', starterPid: process.pid, leases: [], error: message }));
    throw e instanceof Error ? e : new Error(message);
  }
}

async function openLaunchedLease(dir: string, lock: string, token: string, state: RunState, index: number): Promise<Neo4jLease> {
  const port = (state.ports ?? [])[index] as number;
  const control = state.control as number;
  const target: Neo4jTarget = { uri: `bolt://127.0.0.1:${port}`, user: null, password: null, database: null };
  let stopped = false;
  let released = false;
  const clearer = new Neo4jClearer(target);
  const lease: Neo4jLease = {
    ...target,
    launched: true,
    clear: () => clearer.clear(),
    stop: async () => {
      stopped = true;
      await clearer.close();
      await controlCommand(control, `stop ${index}`);
    },
    start: async () => {
      await controlCommand(control, `start ${index}`);
      stopped = false;
    },
    release: async () => {
      if (released) return;
      released = true;
      await clearer.close();
      try {
        if (stopped) await controlCommand(control, `start ${index}`);
      } finally {
        await withFileLock(lock, () => {
          const s = readRunState(dir);
          if (s && s.leases[index] === token) {
            s.leases[index] = null;
            writeRunState(dir, s);
          }
        });
      }
    },
  };
  try {
    await clearer.clear();
  } catch (first) {
    // A previous holder may have died with the instance stopped: start it and try again.
    try {
      await controlCommand(control, `start ${index}`);
      await clearer.clear();
    } catch {
      await lease.release();
      throw first;
    }
  }
  return lease;
}

// ---- NEO4J_URI: a server the user runs --------------------------------------------------

async function leaseExternal(uri: string): Promise<Neo4jLease> {
  const target: Neo4jTarget = {
    uri,
    user: process.env.NEO4J_USER ?? process.env.NEO4J_USERNAME ?? null,
    password: process.env.NEO4J_PASSWORD ?? null,
    database: process.env.NEO4J_DATABASE ?? null,
  };
  const shown = uri.replace(/(\/\/[^:/@]+):[^@/]*@/, '$1:***@');
  if (process.env.NEO4J_TEST_ALLOW_CLEAR !== '1') {
    throw new Error(
      `NEO4J_URI is set (${shown}) but the Neo4j tests delete everything in the database they use. ` +
        'Set NEO4J_TEST_ALLOW_CLEAR=1 if that server is disposable, or unset NEO4J_URI to let the tests launch their own Neo4j.',
    );
  }
  // One lease at a time on a shared server, across workers and concurrent runs on this machine.
  const key = createHash('sha256').update(`${uri}\0${target.database ?? ''}`).digest('hex').slice(0, 16);
  const lockPath = path.join(os.tmpdir(), `claimgraph-neo4j-external-${key}.lock`);
  await acquireFileLock(lockPath, NEO4J_LEASE_TIMEOUT_MS);
  const clearer = new Neo4jClearer(target);
  try {
    await clearer.clear();
  } catch (e) {
    await clearer.close();
    releaseFileLock(lockPath);
    throw new Error(`cannot clear the Neo4j at NEO4J_URI=${shown}: ${e instanceof Error ? e.message : String(e)}`);
  }
  const unsupported = (): Promise<void> => Promise.reject(new Error('stop/start are only available on a Neo4j launched by the tests'));
  return {
    ...target,
    launched: false,
    clear: () => clearer.clear(),
    stop: unsupported,
    start: unsupported,
    release: async () => {
      await clearer.close();
      releaseFileLock(lockPath);
    },
  };
}
