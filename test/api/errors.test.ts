import { STORE_KINDS, openHarness, data, codes, type Harness } from './support/harness';
import { NEO4J_LEASE_TIMEOUT_MS } from '../support/neo4j';
import { ClaimgraphError } from '../../src/domain/errors';
import type { GraphStore } from '../../src/store/port';
import { apStory } from '../contract/fixtures';

/** A store whose chosen method fails the chosen way (everything else is the real store). */
function failing(method: keyof GraphStore, error: () => unknown): (s: GraphStore) => GraphStore {
  return (s) =>
    new Proxy(s, {
      get(target, prop, receiver) {
        const v = Reflect.get(target, prop, receiver);
        if (prop === method) return async () => Promise.reject(error());
        return typeof v === 'function' ? v.bind(target) : v;
      },
    });
}

describe('error masking (sqlite)', () => {
  const story = apStory();

  test('an unexpected error becomes INTERNAL_SERVER_ERROR with no detail; the rest of the response stands', async () => {
    const h = await openHarness('sqlite', { wrapStore: failing('getReviewsByClaim', () => new Error('disk I/O at /var/secret/claimgraph.db')) });
    try {
      await h.store.writeArticle(story.ap);
      const r = await h.gql('query($id: ID!) { claim(id: $id) { id text reviews { rating } } }', { id: story.ids.apKilled });
      expect(r.status).toBe(200);
      expect(r.body.errors).toEqual([{ message: 'Unexpected error.', locations: expect.any(Array), path: ['claim', 'reviews'], extensions: { code: 'INTERNAL_SERVER_ERROR' } }]);
      expect(JSON.stringify(r.body)).not.toContain('secret');
      expect(r.body.data).toEqual({ claim: null });
      expect(data(await h.gql('{ claims { totalCount } }')).claims.totalCount).toBe(3);
    } finally {
      await h.close();
    }
  });

  test.each(['BAD_INPUT', 'NOT_FOUND', 'CONFLICT'] as const)('a ClaimgraphError %s keeps its code and message', async (code) => {
    const h = await openHarness('sqlite', { wrapStore: failing('listClaims', () => new ClaimgraphError(code, `it was ${code}`, { field: 'x' })) });
    try {
      const r = await h.gql('{ claims { totalCount } }');
      expect(r.body.errors).toEqual([{ message: `it was ${code}`, locations: expect.any(Array), path: ['claims'], extensions: { code, details: { field: 'x' } } }]);
    } finally {
      await h.close();
    }
  });

  test('STORE_UNAVAILABLE keeps its code but not the store details (paths, hosts)', async () => {
    const h = await openHarness('sqlite', { wrapStore: failing('listClaims', () => new ClaimgraphError('STORE_UNAVAILABLE', 'SQLite store /srv/x.db: disk full', { path: '/srv/x.db' })) });
    try {
      const r = await h.gql('{ claims { totalCount } }');
      expect(codes(r)).toEqual(['STORE_UNAVAILABLE']);
      expect(JSON.stringify(r.body)).not.toContain('/srv/x.db');
    } finally {
      await h.close();
    }
  });
});

describe.each(STORE_KINDS)('store outage on %s', (kind) => {
  let h: Harness;
  beforeAll(async () => {
    // A short retry window: the adapter's default rides out 15 s outages before giving up.
    h = await openHarness(kind, { neo4jRetryMs: 1000 });
    await h.store.writeArticle(apStory().ap);
  }, NEO4J_LEASE_TIMEOUT_MS);
  afterAll(async () => h?.close());

  test('a store that goes away: /ready 503, queries STORE_UNAVAILABLE; back again when it returns', async () => {
    if (kind === 'neo4j') {
      await h.lease!.stop();
    } else {
      await h.store.close();
    }
    try {
      const ready = await h.api.fetch('http://test.local/ready');
      expect(ready.status).toBe(503);
      const r = await h.gql('{ claims { totalCount } }');
      expect(codes(r)).toEqual(['STORE_UNAVAILABLE']);
      expect(r.body.errors?.[0]?.message).toBe('The graph store is not available right now; try again later.');
    } finally {
      if (kind === 'neo4j') await h.lease!.start();
      else await h.reset();
    }
    if (kind === 'neo4j') {
      // The driver reconnects by itself once the server is back.
      let status = 0;
      for (let i = 0; i < 40 && status !== 200; i++) {
        status = (await h.api.fetch('http://test.local/ready')).status;
        if (status !== 200) await new Promise((r) => setTimeout(r, 250));
      }
      expect(status).toBe(200);
      expect(data(await h.gql('{ claims { totalCount } }')).claims.totalCount).toBe(3);
    }
  }, 120_000);
});
