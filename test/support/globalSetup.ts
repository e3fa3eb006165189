import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { isAlive } from './fileLock';
import { OWNER_PID_ENV, readRunState, RUN_DIR_ENV } from './runState';

const PREFIX = 'claimgraph-jest-neo4j-';

/**
 * Creates the run directory the Neo4j leases of this jest run share (test/support/neo4j.ts).
 * Nothing starts here: the first test that leases a Neo4j starts it, so a run without Neo4j
 * tests never starts Java. Workers inherit these variables.
 */
export default async function globalSetup(): Promise<void> {
  if (process.env.NEO4J_URI) return;
  removeStaleRunDirs();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), PREFIX));
  fs.writeFileSync(path.join(dir, 'owner.pid'), String(process.pid));
  process.env[RUN_DIR_ENV] = dir;
  process.env[OWNER_PID_ENV] = String(process.pid);
}

/** Run directories of killed jest runs (owner and launcher both gone; their teardown never ran). */
function removeStaleRunDirs(): void {
  for (const name of fs.readdirSync(os.tmpdir())) {
    if (!name.startsWith(PREFIX)) continue;
    const dir = path.join(os.tmpdir(), name);
    try {
      const owner = Number.parseInt(fs.readFileSync(path.join(dir, 'owner.pid'), 'utf8'), 10);
      const launcher = readRunState(dir)?.launcherPid;
      if (isAlive(owner) || (launcher !== undefined && isAlive(launcher))) continue;
    } catch {
      // No owner file (an older run, or one being created right now): only clear it when old.
      if (Date.now() - fs.statSync(dir).mtimeMs < 24 * 3600_000) continue;
    }
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
