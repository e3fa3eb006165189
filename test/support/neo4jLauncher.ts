import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';
import { isAlive, sleep, withFileLock } from './fileLock';
import { repoRoot } from '../../src/config/repoRoot';

/**
 * Builds and starts tools/neo4j-launcher: one JVM hosting several embedded Neo4j DBMSs,
 * each on its own 127.0.0.1 Bolt port. Maven runs only when the pom or the Java sources
 * changed since the last build (a stamp in target/ records their hash), offline first.
 */

export const LAUNCHER_DIR = path.join(repoRoot(__dirname), 'tools', 'neo4j-launcher');
const TARGET = path.join(LAUNCHER_DIR, 'target');
const STAMP = path.join(TARGET, 'build.stamp');
const CLASSPATH_FILE = path.join(TARGET, 'classpath.txt');
const CLASSES = path.join(TARGET, 'classes');

export const JVM_FLAGS = [
  // Throughput collector: on two busy cores G1's concurrent marking and barriers cost the server
  // about a fifth of its write throughput (measured: ~1,550 vs ~1,230 claims per JVM CPU-second).
  '-XX:+UseParallelGC',
  // Cypher loads classes for a while after start: without room for them, each metaspace step
  // is a full collection (four pauses of 0.35-0.6 s in a benchmark's first minute).
  '-XX:MetaspaceSize=256m',
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
];

export interface LaunchedNeo4j {
  version: string;
  ports: number[];
  control: number;
  pid: number;
  /** Wall time from spawn to READY, including the JVM start. */
  launchMs: number;
  /** Time spent building the launcher first (0 when the build was up to date). */
  buildMs: number;
}

/** A failure to build or start Neo4j, carrying the tool output the user needs to see. */
export class Neo4jLaunchError extends Error {
  constructor(message: string, readonly output: string) {
    super(output.trim().length > 0 ? `${message}\n--- output ---\n${output.trim()}` : message);
    this.name = 'Neo4jLaunchError';
  }
}

function sourceHash(): string {
  const h = createHash('sha256');
  const files = [path.join(LAUNCHER_DIR, 'pom.xml'), ...listFiles(path.join(LAUNCHER_DIR, 'src'))].sort();
  for (const f of files) {
    h.update(path.relative(LAUNCHER_DIR, f)).update('\0').update(fs.readFileSync(f)).update('\0');
  }
  return h.digest('hex');
}

function listFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = path.join(dir, d.name);
    return d.isDirectory() ? listFiles(p) : [p];
  });
}

function upToDate(hash: string): boolean {
  try {
    return fs.readFileSync(STAMP, 'utf8').trim() === hash && fs.existsSync(CLASSPATH_FILE) && fs.existsSync(CLASSES);
  } catch {
    return false;
  }
}

/**
 * Builds the launcher if needed; returns the build time in ms (0 when up to date). Several
 * jest runs may share this checkout, so the build holds a lock in target/.
 */
export async function ensureLauncherBuilt(log: (line: string) => void): Promise<number> {
  const hash = sourceHash();
  if (upToDate(hash)) return 0;
  fs.mkdirSync(TARGET, { recursive: true });
  return withFileLock(
    path.join(TARGET, '.build.lock'),
    () => {
      if (upToDate(hash)) return 0;
      const t0 = Date.now();
      const mvn = process.env.MVN ?? 'mvn';
      log(`neo4j: building ${path.relative(process.cwd(), LAUNCHER_DIR) || LAUNCHER_DIR} with Maven (a first build downloads Neo4j from Maven Central)`);
      // Offline first: after the first build everything is in ~/.m2 and this takes seconds.
      let r = runMaven(mvn, ['-B', '-q', '-o', 'package']);
      if (r.status !== 0) r = runMaven(mvn, ['-B', '-q', 'package']);
      if (r.error && (r.error as NodeJS.ErrnoException).code === 'ENOENT') {
        throw new Neo4jLaunchError(
          `cannot build the Neo4j test launcher: Maven ("${mvn}") is not installed or not on PATH. Install Maven 3 and Java 17, or point NEO4J_URI at a running Neo4j 5 (with NEO4J_TEST_ALLOW_CLEAR=1).`,
          '',
        );
      }
      if (r.status !== 0) {
        throw new Neo4jLaunchError(`building the Neo4j test launcher failed (mvn exit ${r.status ?? r.signal})`, tail(r.output, 80));
      }
      fs.writeFileSync(STAMP, `${hash}\n`);
      return Date.now() - t0;
    },
    15 * 60_000,
  );
}

function runMaven(mvn: string, args: string[]): { status: number | null; signal: string | null; error?: Error; output: string } {
  const r = spawnSync(mvn, args, { cwd: LAUNCHER_DIR, encoding: 'utf8', timeout: 15 * 60_000, maxBuffer: 64 * 1024 * 1024 });
  return { status: r.status, signal: r.signal, error: r.error, output: `${r.stdout ?? ''}${r.stderr ?? ''}` };
}

function javaBinary(): string {
  const home = process.env.JAVA_HOME;
  return home ? path.join(home, 'bin', 'java') : 'java';
}

export interface LaunchOptions {
  /** Directory for the DBMS homes and the launcher log; deleted by the launcher on exit. */
  runDir: string;
  instances: number;
  /** JVM heap (-Xmx), shared by every instance. */
  heap: string;
  /** Page cache of each instance in MiB (off-heap). */
  pageCacheMb: number;
  /** The JVM exits when this process does (the jest main process, or the caller). */
  ownerPid: number;
  log: (line: string) => void;
  timeoutMs: number;
}

/** Builds if needed, spawns the JVM, waits for its READY line. The JVM is not a handle on the event loop. */
export async function launchNeo4j(opts: LaunchOptions): Promise<LaunchedNeo4j> {
  const buildMs = await ensureLauncherBuilt(opts.log);
  const logPath = path.join(opts.runDir, 'launcher.log');
  const logFd = fs.openSync(logPath, 'w');
  const classpath = `${CLASSES}${path.delimiter}${fs.readFileSync(CLASSPATH_FILE, 'utf8').trim()}`;
  // Extra JVM options for experiments (space-separated), e.g. "-XX:+UseG1GC -Xss2m".
  const extra = (process.env.CLAIMGRAPH_NEO4J_JAVA_OPTS ?? '').split(/\s+/u).filter((o) => o.length > 0);
  // A collector chosen there replaces ours: the JVM refuses to start with two.
  const ownCollector = extra.some((o) => /^-XX:\+Use\w+GC$/u.test(o));
  const args = [
    `-Xmx${opts.heap}`,
    `-Dlauncher.pagecacheMb=${opts.pageCacheMb}`,
    ...JVM_FLAGS.filter((f) => !(ownCollector && /^-XX:\+Use\w+GC$/u.test(f))),
    ...extra,
    '-cp',
    classpath,
    'claimgraph.launcher.Neo4jLauncher',
    '--dir',
    path.join(opts.runDir, 'dbms'),
    '--instances',
    String(opts.instances),
    '--owner-pid',
    String(opts.ownerPid),
  ];
  const t0 = Date.now();
  const child = spawn(javaBinary(), args, { stdio: ['ignore', logFd, logFd], cwd: opts.runDir });
  fs.closeSync(logFd);
  let spawnError: Error | null = null;
  let exited: number | string | null = null;
  child.on('error', (e) => (spawnError = e));
  child.on('exit', (code, signal) => (exited = code ?? signal ?? 'unknown'));
  child.unref();

  const deadline = t0 + opts.timeoutMs;
  for (;;) {
    const out = readLog(logPath);
    const ready = /^READY (\{.*\})$/m.exec(out);
    if (ready) {
      const info = JSON.parse(ready[1] as string) as { version: string; ports: number[]; control: number; pid: number };
      return { ...info, launchMs: Date.now() - t0, buildMs };
    }
    const failed = /^FAILED (.*)$/m.exec(out);
    if (spawnError !== null) {
      const e = spawnError as NodeJS.ErrnoException;
      throw new Neo4jLaunchError(
        e.code === 'ENOENT'
          ? `cannot start Neo4j for the tests: Java ("${javaBinary()}") is not installed or not on PATH. Install Java 17, or point NEO4J_URI at a running Neo4j 5 (with NEO4J_TEST_ALLOW_CLEAR=1).`
          : `cannot start Neo4j for the tests: ${e.message}`,
        out,
      );
    }
    if (failed || exited !== null) {
      throw new Neo4jLaunchError(`Neo4j launcher failed to start${failed ? `: ${failed[1]}` : ` (exit ${String(exited)})`}`, tail(out, 120));
    }
    if (Date.now() > deadline) {
      if (child.pid !== undefined && isAlive(child.pid)) child.kill('SIGKILL');
      throw new Neo4jLaunchError(`Neo4j launcher did not report READY within ${Math.round(opts.timeoutMs / 1000)} s`, tail(out, 120));
    }
    await sleep(50);
  }
}

function readLog(p: string): string {
  try {
    return fs.readFileSync(p, 'utf8');
  } catch {
    return '';
  }
}

export function launcherLog(runDir: string): string {
  return tail(readLog(path.join(runDir, 'launcher.log')), 120);
}

function tail(text: string, lines: number): string {
  const all = text.split('\n');
  return all.length <= lines ? text : [`… (${all.length - lines} earlier lines omitted)`, ...all.slice(-lines)].join('\n');
}

/** One command to the launcher's control port ("stop 1", "start 1"); resolves with its "OK …" answer. */
export function controlCommand(port: number, command: string, timeoutMs = 60_000): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    let answer = '';
    socket.setEncoding('utf8');
    socket.setTimeout(timeoutMs, () => socket.destroy(new Error(`launcher did not answer "${command}" within ${timeoutMs} ms`)));
    socket.on('connect', () => socket.write(`${command}\n`));
    socket.on('data', (d: string) => (answer += d));
    socket.on('error', reject);
    socket.on('close', () => {
      const line = answer.trim();
      if (line.startsWith('OK')) resolve(line);
      else reject(new Error(`launcher answered "${line}" to "${command}"`));
    });
  });
}

/** SIGTERM, then SIGKILL if the JVM has not exited within `graceMs`. */
export async function stopLauncher(pid: number, graceMs = 8000): Promise<void> {
  if (!isAlive(pid)) return;
  try {
    process.kill(pid, 'SIGTERM');
  } catch {
    return;
  }
  const deadline = Date.now() + graceMs;
  while (isAlive(pid) && Date.now() < deadline) await sleep(50);
  if (isAlive(pid)) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
}
