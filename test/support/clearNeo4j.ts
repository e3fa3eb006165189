import * as fs from 'node:fs';
import * as path from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { repoRoot } from '../../src/config/repoRoot';

// Found from the repository root, so that the compiled copy (dist/test/support) reads it too.
const CLEAR_QUERY = fs.readFileSync(path.join(repoRoot(__dirname), 'test', 'support', 'clear-database.cypher'), 'utf8');

export interface Neo4jTarget {
  uri: string;
  user: string | null;
  password: string | null;
  database: string | null;
}

/**
 * Empties one test database: every node and relationship (schema is kept: the adapter's init
 * re-applies it idempotently). Keeps one driver for the lease so per-test clears are cheap.
 */
export class Neo4jClearer {
  private driver: Driver | null = null;

  constructor(private readonly target: Neo4jTarget) {}

  async clear(): Promise<void> {
    const t = this.target;
    this.driver ??= neo4j.driver(t.uri, t.user !== null ? neo4j.auth.basic(t.user, t.password ?? '') : undefined, {
      connectionTimeout: 10_000,
      maxConnectionPoolSize: 2,
    });
    const session = this.driver.session({ database: t.database ?? undefined });
    try {
      // CALL … IN TRANSACTIONS needs an auto-commit transaction, hence session.run.
      await session.run(CLEAR_QUERY);
    } catch (e) {
      // A stopped-and-restarted server leaves dead pooled connections: start afresh next time.
      await this.close();
      throw e;
    } finally {
      await session.close().catch(() => undefined);
    }
  }

  async close(): Promise<void> {
    const d = this.driver;
    this.driver = null;
    if (d !== null) await d.close().catch(() => undefined);
  }
}
