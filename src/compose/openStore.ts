import type { GraphStore } from '../store/port';
import type { StoreConfig } from '../config/storeUrl';

/**
 * The composition root's only choice of adapter. Adapters are loaded lazily so the
 * embedded default never loads neo4j-driver and vice versa. init() is called here, so a
 * bad path or an unreachable Neo4j fails now with one clear STORE_UNAVAILABLE message.
 */
export async function openStore(config: StoreConfig): Promise<GraphStore> {
  let store: GraphStore;
  // require, not import(): under bin/claimgraph.js (tsx/cjs) a dynamic import() goes to
  // Node's ESM loader, which cannot resolve these .ts modules.
  if (config.kind === 'sqlite') {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { SqliteGraphStore } = require('../store/sqlite/SqliteGraphStore') as typeof import('../store/sqlite/SqliteGraphStore');
    store = new SqliteGraphStore({ path: config.path, checkpointInBackground: config.checkpoint === 'background' });
  } else {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { Neo4jGraphStore } = require('../store/neo4j/Neo4jGraphStore') as typeof import('../store/neo4j/Neo4jGraphStore');
    store = new Neo4jGraphStore({ uri: config.uri, user: config.user, password: config.password, database: config.database });
  }
  await store.init();
  return store;
}
