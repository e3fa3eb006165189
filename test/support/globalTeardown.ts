import * as fs from 'node:fs';
import { stopLauncher } from './neo4jLauncher';
import { OWNER_PID_ENV, readRunState, RUN_DIR_ENV } from './runState';

/** Stops the Neo4j launcher if a test started one, and removes the run directory. */
export default async function globalTeardown(): Promise<void> {
  const dir = process.env[RUN_DIR_ENV];
  if (!dir || Number(process.env[OWNER_PID_ENV]) !== process.pid) return;
  const state = readRunState(dir);
  if (state?.launcherPid !== undefined) await stopLauncher(state.launcherPid);
  fs.rmSync(dir, { recursive: true, force: true });
  delete process.env[RUN_DIR_ENV];
}
