import * as fs from 'node:fs';
import * as path from 'node:path';

/** Env var naming the per-run directory (created by globalSetup, inherited by jest workers). */
export const RUN_DIR_ENV = 'CLAIMGRAPH_NEO4J_RUN_DIR';
/** Env var with the pid whose exit must stop the JVM (the jest main process). */
export const OWNER_PID_ENV = 'CLAIMGRAPH_NEO4J_OWNER_PID';

/** What every worker of one jest run knows about its Neo4j launcher. Guarded by state.lock. */
export interface RunState {
  phase: 'starting' | 'ready' | 'failed';
  /** Process that is starting (or started) the launcher. */
  starterPid: number;
  launcherPid?: number;
  version?: string;
  ports?: number[];
  control?: number;
  /** Holder token ("pid:n") of each instance, null when free. */
  leases: Array<string | null>;
  /** Why the start failed, with the launcher output. */
  error?: string;
}

export function readRunState(dir: string): RunState | null {
  try {
    return JSON.parse(fs.readFileSync(path.join(dir, 'state.json'), 'utf8')) as RunState;
  } catch {
    return null;
  }
}

/** Write-then-rename so a reader never sees half a file. */
export function writeRunState(dir: string, state: RunState): void {
  const file = path.join(dir, 'state.json');
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, JSON.stringify(state));
  fs.renameSync(tmp, file);
}
