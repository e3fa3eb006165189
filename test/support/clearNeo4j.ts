import * as fs from 'node:fs';
import * as path from 'node:path';
import neo4j from 'neo4j-driver';

const CLEAR_QUERY = fs.readFileSync(path.join(__dirname, 'clear-database.cypher'), 'utf8');

export interface Neo4jTarget {
  uri: string;
  user: string | null;
  password: string | null;
  database: string | null;
}

/** Deletes every node and relationship (schema is kept: the adapter's init re-applies it idempotently). */
export async function clearNeo4j(target: Neo4jTarget): Promise<void> {
  const auth = target.user !== null ? neo4j.auth.basic(target.user, target.password ?? '') : undefined;
  const driver = neo4j.driver(target.uri, auth, { connectionTimeout: 10_000, maxConnectionPoolSize: 2 });
  try {
    const session = driver.session({ database: target.database ?? undefined });
    try {
      // CALL … IN TRANSACTIONS needs an auto-commit transaction, hence session.run.
      await session.run(CLEAR_QUERY);
    } finally {
      await session.close();
    }
  } finally {
    await driver.close();
  }
}
