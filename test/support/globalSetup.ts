import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { OWNER_PID_ENV, RUN_DIR_ENV } from './runState';

/**
 * Creates the run directory the Neo4j leases of this jest run share (test/support/neo4j.ts).
 * Nothing starts here: the first test that leases a Neo4j starts it, so a run without Neo4j
 * tests never starts Java. Workers inherit these variables.
 */
export default async function globalSetup(): Promise<void> {
  if (process.env.NEO4J_URI) return;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimgraph-jest-neo4j-'));
  process.env[RUN_DIR_ENV] = dir;
  process.env[OWNER_PID_ENV] = String(process.pid);
}
