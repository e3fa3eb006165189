import * as net from 'node:net';
import neo4j, { Neo4jError } from 'neo4j-driver';
import { ClaimgraphError, type ArticleBundle } from '../../src/domain';
import { Neo4jGraphStore, type Neo4jGraphStoreOptions } from '../../src/store/neo4j/Neo4jGraphStore';
import { escapeLucene, luceneQuery } from '../../src/store/neo4j/lucene';
import { mapNeo4jError } from '../../src/store/neo4j/neo4jErrors';
import { findCypherDir, loadQueries, QUERY_NAMES, splitStatements } from '../../src/store/neo4j/queries';
import { describeGraphStoreContract, expectCode } from '../contract/graphStoreContract';
import { apStory, BundleBuilder, fillerBundle, makeEvent, makeLink } from '../contract/fixtures';
import { MAX_TRAVERSAL_DEPTH } from '../../src/store/neo4j/filterArgs';
import { leaseNeo4j, NEO4J_LEASE_TIMEOUT_MS, type Neo4jLease } from '../support/neo4j';
import * as fs from 'node:fs';
import * as path from 'node:path';

// A real Neo4j 5 (launched by test/support, or NEO4J_URI): never skipped; a Neo4j that cannot
// start fails these tests with the launcher's output.

let lease: Neo4jLease;

beforeAll(async () => {
  lease = await leaseNeo4j();
}, NEO4J_LEASE_TIMEOUT_MS);

afterAll(async () => {
  await lease?.release();
});

function optionsFor(l: Neo4jLease, extra: Partial<Neo4jGraphStoreOptions> = {}): Neo4jGraphStoreOptions {
  return { uri: l.uri, user: l.user, password: l.password, database: l.database, ...extra };
}

async function openStore(l: Neo4jLease, extra: Partial<Neo4jGraphStoreOptions> = {}): Promise<Neo4jGraphStore> {
  const store = new Neo4jGraphStore(optionsFor(l, extra));
  await store.init();
  return store;
}

describeGraphStoreContract('Neo4jGraphStore (real Neo4j 5)', async () => {
  await lease.clear();
  const store = await openStore(lease);
  return {
    store,
    openSecond: () => openStore(lease),
    cleanup: () => store.close(),
  };
});

/** A port on 127.0.0.1 that nothing listens on (bound, then released). */
async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe('Neo4jGraphStore specifics', () => {
  test('data migration anchor-months: stored anchors of dated events get their months, once', async () => {
    await lease.clear();
    const store = await openStore(lease);
    const dated = makeEvent('air strikes', '2019-12-29', 'Kirkuk', ['Kataib Hezbollah']);
    const range = makeEvent('rocket attack', '2019-12-23', 'Kirkuk', [], '2020-01-05');
    const b = new BundleBuilder('US strikes hit Kirkuk on Sunday. Rockets hit the base that week.', { outlet: 'PA Media', published: '2019-12-31' });
    const hit = b.claim('US strikes hit Kirkuk on Sunday', { event: dated });
    const rockets = b.claim('Rockets hit the base that week', { event: range });
    // Keys as the linker wrote them before anchors were filed by month.
    b.claimKey(hit, [`ev:${dated.id}`, 'eu:strikes|krk', 'ed:strikes|2019-12-29']);
    b.claimKey(rockets, [`ev:${range.id}`, 'eu:rocket attack|krk']);
    await store.writeArticle(b.build());
    await store.close();
    const driver = neo4j.driver(lease.uri, lease.user !== null ? neo4j.auth.basic(lease.user, lease.password ?? '') : undefined);
    try {
      await driver.executeQuery('MATCH (m:Migration) DETACH DELETE m', {}, { database: lease.database ?? undefined });
      for (let round = 0; round < 2; round++) {
        const again = await openStore(lease);
        expect(await again.findClaimsByKeys(['eu:strikes|krk|2019-12'], 10)).toEqual([{ claimId: hit, keys: ['eu:strikes|krk|2019-12'] }]);
        expect((await again.findClaimsByKeys(['eu:rocket attack|krk|2019-12', 'eu:rocket attack|krk|2020-01'], 10))[0]).toEqual({ claimId: rockets, keys: ['eu:rocket attack|krk|2019-12', 'eu:rocket attack|krk|2020-01'] });
        // The keys it had stay; none is added twice when init runs again.
        expect((await again.findClaimsByKeys(['eu:strikes|krk', 'ed:strikes|2019-12-29'], 10))[0]!.keys.sort()).toEqual(['ed:strikes|2019-12-29', 'eu:strikes|krk']);
        await again.close();
      }
      const r = await driver.executeQuery('MATCH (c:Claim {id: $id}) RETURN c.keys AS keys', { id: hit }, { database: lease.database ?? undefined });
      expect((r.records[0]!.get('keys') as string[]).sort()).toEqual([`ev:${dated.id}`, 'ed:strikes|2019-12-29', 'eu:strikes|krk', 'eu:strikes|krk|2019-12'].sort());
      const m = await driver.executeQuery('MATCH (m:Migration) RETURN m.name AS name', {}, { database: lease.database ?? undefined });
      expect(m.records.map((x) => x.get('name'))).toEqual(['anchor-months']);
    } finally {
      await driver.close();
    }
  }, 60_000);

  test('the schema is applied on init, idempotently, and init is a no-op when it is already there', async () => {
    await lease.clear();
    const queries = loadQueries();
    const driver = neo4j.driver(lease.uri, lease.user !== null ? neo4j.auth.basic(lease.user, lease.password ?? '') : undefined);
    const names = async (): Promise<string[]> => {
      const r = await driver.executeQuery('SHOW INDEXES YIELD name, state WHERE state = "ONLINE" RETURN name ORDER BY name', {}, { database: lease.database ?? undefined });
      return r.records.map((x) => x.get('name') as string);
    };
    try {
      // Start from no schema at all. Names come from our own schema file, never from input.
      for (const name of queries.schemaNames) {
        expect(name).toMatch(/^\w+$/);
        await driver.executeQuery(`DROP CONSTRAINT ${name} IF EXISTS`, {}, { database: lease.database ?? undefined });
        await driver.executeQuery(`DROP INDEX ${name} IF EXISTS`, {}, { database: lease.database ?? undefined });
      }
      expect((await names()).filter((n) => queries.schemaNames.includes(n))).toEqual([]);

      const first = await openStore(lease);
      const after = await names();
      for (const n of queries.schemaNames) expect(after).toContain(n);
      expect(after).toContain('claim_text');
      await first.close();

      // Again: nothing changes; and re-running every statement by hand is harmless (IF NOT EXISTS).
      const second = await openStore(lease);
      await second.init();
      for (const statement of queries.schema) await driver.executeQuery(statement, {}, { database: lease.database ?? undefined });
      expect(await names()).toEqual(after);
      expect((await second.writeArticle(apStory().ap)).created).toBe(true);
      await second.close();
    } finally {
      await driver.close();
    }
  });

  test('an unreachable server fails init fast with STORE_UNAVAILABLE naming it, without credentials', async () => {
    const port = await closedPort();
    const t0 = Date.now();
    const store = new Neo4jGraphStore({ uri: `bolt://neo4j:s3cret-pw@127.0.0.1:${port}`, user: 'neo4j', password: 'other-s3cret', database: null });
    const err = await expectCode(store.init(), 'STORE_UNAVAILABLE');
    expect(Date.now() - t0).toBeLessThan(5000);
    expect(err.message).toContain(`bolt://127.0.0.1:${port}`);
    expect(err.message).not.toMatch(/s3cret/);
    expect(err.message).not.toContain('\n');
    expect(store.description).toBe(`bolt://127.0.0.1:${port}`);
    expect(await store.ping()).toBe(false);
    await expectCode(store.counts(), 'STORE_UNAVAILABLE');
  });

  test('driver errors map to one clear line: authentication, unknown database, lost connection', () => {
    const where = 'bolt://db.example:7687';
    const auth = mapNeo4jError(new Neo4jError('The client is unauthorized due to authentication failure.', 'Neo.ClientError.Security.Unauthorized', '42NFF', 'error'), where);
    expect(auth).toBeInstanceOf(ClaimgraphError);
    expect((auth as ClaimgraphError).code).toBe('STORE_UNAVAILABLE');
    expect((auth as ClaimgraphError).message).toMatch(/^Neo4j at bolt:\/\/db\.example:7687: authentication failed/);
    const db = mapNeo4jError(new Neo4jError('Database does not exist. Database name: \'nope\'.', 'Neo.ClientError.Database.DatabaseNotFound', '22N51', 'error'), where);
    expect((db as ClaimgraphError).message).toMatch(/database does not exist/);
    const gone = mapNeo4jError(new Neo4jError('Connection was closed by server', 'SessionExpired', '08000', 'error'), where);
    expect((gone as ClaimgraphError).code).toBe('STORE_UNAVAILABLE');
    // A Cypher bug is not disguised as an outage.
    const bug = new Neo4jError('Invalid input', 'Neo.ClientError.Statement.SyntaxError', '42001', 'error');
    expect(mapNeo4jError(bug, where)).toBe(bug);
  });

  test('integers come back as JS numbers and claims far into a long text keep their offsets', async () => {
    await lease.clear();
    const store = await openStore(lease);
    try {
      const long = `${'x'.repeat(3_000_000)} The final figure was 42.`;
      const b = fillerBundle('ints', '2020-01-01');
      const start = long.indexOf('The final figure');
      const bundle: ArticleBundle = {
        ...b,
        claims: [{ ...b.claims[0]!, id: `${b.article.id}:${start}-${long.length - 1}`, start, end: long.length - 1, text: 'The final figure was 42', sentence: 'The final figure was 42.' }],
        article: { ...b.article, text: long },
        claimKeys: [],
      };
      await store.writeArticle(bundle);
      const [claim] = await store.getClaims([bundle.claims[0]!.id]);
      expect(claim!.start).toBe(start);
      expect(typeof claim!.start).toBe('number');
      const counts = await store.counts();
      expect(typeof counts.claims).toBe('number');
    } finally {
      await store.close();
    }
  });

  test('search input is escaped for Lucene, never interpreted', () => {
    expect(escapeLucene('a+b (c) "d" e:f \\ g/h')).toBe('a\\+b \\(c\\) \\"d\\" e\\:f \\\\ g\\/h');
    expect(luceneQuery('   ')).toBeNull();
    expect(luceneQuery('*?~')).toBeNull();
    expect(luceneQuery('Embassy AND (militia')).toBe(
      ['embassy', 'and', 'militia'].map((w) => `text:"${w}"^4 OR sentence:"${w}"`).join(' OR '),
    );
  });

  test('every query is a named file in cypher/ with parameters only', () => {
    const dir = findCypherDir();
    const files = fs.readdirSync(dir).filter((f) => f.endsWith('.cypher'));
    for (const name of QUERY_NAMES) expect(files).toContain(`${name}.cypher`);
    for (const f of files) expect(fs.readFileSync(path.join(dir, f), 'utf8')).not.toMatch(/\$\{/);
    expect(splitStatements('// c\nCREATE INDEX a IF NOT EXISTS FOR (n:A) ON (n.x);\n\n// d\nCREATE INDEX b IF NOT EXISTS FOR (n:B) ON (n.y);\n')).toEqual([
      'CREATE INDEX a IF NOT EXISTS FOR (n:A) ON (n.x)',
      'CREATE INDEX b IF NOT EXISTS FOR (n:B) ON (n.y)',
    ]);
  });

  test('provenance: a node is at its shortest live distance, and the deepest bound reaches MAX_TRAVERSAL_DEPTH', async () => {
    // cypher/provenance.cypher spells the bound out (it cannot be a parameter).
    expect(fs.readFileSync(path.join(findCypherDir(), 'provenance.cypher'), 'utf8')).toContain(`{0,${MAX_TRAVERSAL_DEPTH - 1}}`);
    await lease.clear();
    const store = await openStore(lease);
    try {
      // a0 -> a1 -> ... -> a21 (a chain longer than the bound), plus a shortcut a0 -> a3.
      const chain = Array.from({ length: 22 }, (_, i) => fillerBundle(`deep${i}`, '2020-02-01', 1));
      await store.writeArticles(chain);
      const id = (i: number): string => chain[i]!.article.id;
      await store.writeLinks([
        ...chain.slice(0, -1).map((_, i) => makeLink(id(i), id(i + 1), 'copies', { origin: 'editor', score: 1 })),
        makeLink(id(0), id(3), 'copies', { origin: 'editor', score: 1 }),
      ]);
      const start = chain[0]!.claims[0]!.id;
      const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
      const near = await store.provenance(start, 2);
      expect(near!.copies.map((x) => [x.link.from, x.link.to, x.depth])).toEqual(
        [
          [id(0), id(1), 1],
          [id(0), id(3), 1],
          [id(1), id(2), 2],
          [id(3), id(4), 2],
        ].sort((a, b) => Number(a[2]) - Number(b[2]) || byCodeUnit(String(a[0]), String(b[0])) || byCodeUnit(String(a[1]), String(b[1]))),
      );
      const deep = await store.provenance(start, MAX_TRAVERSAL_DEPTH);
      // a(k) for k >= 3 is at distance k - 2; links leave nodes nearer than 20: up to a21.
      expect(deep!.copies.find((x) => x.link.from === id(2))!.depth).toBe(3);
      expect(deep!.copies.find((x) => x.link.from === id(20))!.depth).toBe(19);
      expect(deep!.copies.find((x) => x.link.to === id(21))!.article).toEqual(chain[21]!.article);
      expect(deep!.copies).toHaveLength(22);
    } finally {
      await store.close();
    }
  });

  test("a new article's repeated links fold as sequential upserts: an editor's link is not overridden by a later machine one", async () => {
    await lease.clear();
    const store = await openStore(lease);
    try {
      const old = fillerBundle('fold-old', '2020-03-01', 1);
      await store.writeArticle(old);
      const b = fillerBundle('fold-new', '2020-03-02', 2);
      const [c0, c1] = b.claims.map((c) => c.id) as [string, string];
      const editor = makeLink(c0, c1, 'corroborates', { origin: 'editor', score: 1, basis: 'by hand', createdAt: '2020-03-03T00:00:00.000Z' });
      const toOld = makeLink(c1, old.claims[0]!.id, 'same_event', { score: 0.4 });
      const bundle: ArticleBundle = {
        ...b,
        links: [
          makeLink(c0, c1, 'corroborates', { score: 0.5 }),
          editor,
          makeLink(c0, c1, 'corroborates', { score: 0.9, basis: 'machine later' }),
          toOld,
          { ...toOld, score: 0.6 },
        ],
      };
      const [r] = await store.writeArticles([bundle]);
      expect(r).toMatchObject({ created: true, links: 4 });
      expect(await store.getLinks([c0])).toEqual([editor]);
      expect(await store.getLinks([old.claims[0]!.id])).toEqual([{ ...toOld, score: 0.6 }]);
      expect((await store.counts()).links).toBe(2);
      // Re-ingest changes nothing.
      expect(await store.writeArticles([bundle])).toEqual([{ articleId: b.article.id, created: false, claims: 0, links: 0 }]);
      expect((await store.counts()).links).toBe(2);
    } finally {
      await store.close();
    }
  });

  describe('a server that goes away', () => {
    let own: Neo4jLease;
    beforeAll(async () => {
      own = await leaseNeo4j();
    }, NEO4J_LEASE_TIMEOUT_MS);
    afterAll(async () => {
      await own?.release();
    });

    test('mid-write: STORE_UNAVAILABLE, and after a restart every article is whole or absent', async () => {
      if (!own.launched) return; // NEO4J_URI: the tests cannot stop a server they do not own
      const store = await openStore(own, { maxRetryTimeMs: 1000, batchClaims: 150 });
      const watcher = await openStore(own, { maxRetryTimeMs: 1000 });
      const bundles = Array.from({ length: 400 }, (_, i) => fillerBundle(`gone${i}`, '2020-07-01', 15));
      let stopped = false;
      try {
        const writing = store.writeArticles(bundles).then(
          () => null,
          (e: unknown) => e,
        );
        // Stop the server once the first batches are committed, while later ones are in flight.
        for (let i = 0; i < 600 && (await watcher.counts()).articles === 0; i++) await new Promise((r) => setTimeout(r, 20));
        await own.stop();
        stopped = true;
        const err = await writing;
        expect(err).toBeInstanceOf(ClaimgraphError);
        expect((err as ClaimgraphError).code).toBe('STORE_UNAVAILABLE');
        expect((err as ClaimgraphError).message).toContain(own.uri);
        expect(await store.ping()).toBe(false);
      } finally {
        await store.close();
        await watcher.close();
        if (stopped) await own.start();
      }
      const after = await openStore(own);
      try {
        const counts = await after.counts();
        expect(counts.articles).toBeGreaterThan(0);
        expect(counts.articles).toBeLessThan(bundles.length);
        const claims = await after.getClaimsByArticle(bundles.map((b) => b.article.id));
        const present = await after.getArticles(bundles.map((b) => b.article.id));
        bundles.forEach((_, i) => expect(claims[i]).toHaveLength(present[i] === null ? 0 : 15));
        expect(counts.claims).toBe(counts.articles * 15);
      } finally {
        await after.close();
      }
    }, 120_000);
  });
});
