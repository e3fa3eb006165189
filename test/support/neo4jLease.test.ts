import neo4j, { type Driver } from 'neo4j-driver';
import { leaseNeo4j, NEO4J_LEASE_TIMEOUT_MS, type Neo4jLease } from './neo4j';

// The test-support contract: every lease is a real, empty Neo4j that nobody else holds.

function driverFor(lease: Neo4jLease): Driver {
  const auth = lease.user !== null ? neo4j.auth.basic(lease.user, lease.password ?? '') : undefined;
  return neo4j.driver(lease.uri, auth, { connectionTimeout: 5000, maxTransactionRetryTime: 1000 });
}

async function countNodes(lease: Neo4jLease): Promise<number> {
  const driver = driverFor(lease);
  try {
    const r = await driver.executeQuery('MATCH (n) RETURN count(n) AS c', {}, { database: lease.database ?? undefined });
    return (r.records[0]?.get('c') as { toNumber(): number }).toNumber();
  } finally {
    await driver.close();
  }
}

async function createNode(lease: Neo4jLease, marker: string): Promise<void> {
  const driver = driverFor(lease);
  try {
    await driver.executeQuery('CREATE (:LeaseProbe {marker: $marker})', { marker }, { database: lease.database ?? undefined });
  } finally {
    await driver.close();
  }
}

describe('leaseNeo4j', () => {
  let a: Neo4jLease;
  let b: Neo4jLease;

  beforeAll(async () => {
    a = await leaseNeo4j();
    b = await leaseNeo4j();
  }, NEO4J_LEASE_TIMEOUT_MS);

  afterAll(async () => {
    await a?.release();
    await b?.release();
  });

  it('gives empty databases that are distinct while both are held', async () => {
    expect(await countNodes(a)).toBe(0);
    expect(await countNodes(b)).toBe(0);
    await createNode(a, 'a');
    expect(await countNodes(a)).toBe(1);
    expect(await countNodes(b)).toBe(0);
    if (!a.launched) return; // NEO4J_URI: one shared server, leases are serialised instead
    expect(a.uri).not.toBe(b.uri);
  });

  it('clears a released database before the next lease gets it', async () => {
    if (!a.launched) return;
    await createNode(b, 'b');
    const uri = b.uri;
    await b.release();
    b = await leaseNeo4j();
    // Whichever instance came back, it is empty.
    expect(await countNodes(b)).toBe(0);
    expect(typeof uri).toBe('string');
  });

  it('stops and restarts an instance with its data', async () => {
    if (!a.launched) return;
    await a.clear();
    await createNode(a, 'kept');
    await a.stop();
    const driver = driverFor(a);
    try {
      await expect(driver.verifyConnectivity()).rejects.toThrow();
    } finally {
      await driver.close();
    }
    await a.start();
    expect(await countNodes(a)).toBe(1);
  }, 60_000);
});
