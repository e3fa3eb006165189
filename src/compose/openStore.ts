import type { GraphStore } from '../store/port';
import type { StoreConfig } from '../config/storeUrl';

/**
 * The composition root's only choice of adapter. Adapters are loaded lazily so the
 * embedded default never loads neo4j-driver and vice versa. init() is called here, so a
 * bad path or an unreachable Neo4j fails now with one clear STORE_UNAVAILABLE message.
 */
export async function openStore(config: StoreConfig): Promise<GraphStore> {
  let store: GraphStore;
  if (config.kind === 'sqlite') {
    const { SqliteGraphStore } = await import('../store/sqlite/SqliteGraphStore');
    store = new SqliteGraphStore({ path: config.path });
  } else {
    const { Neo4jGraphStore } = await import('../store/neo4j/Neo4jGraphStore');
    store = new Neo4jGraphStore({ uri: config.uri, user: config.user, password: config.password, database: config.database });
  }
  await store.init();
  return store;
}
