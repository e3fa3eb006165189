import { createApi } from '../../src/api';
import { loadConfig } from '../../src/config/config';
import { STORE_KINDS, openHarness, data, codes, EDITOR_KEY, READER_KEY, type Harness } from './support/harness';
import { NEO4J_LEASE_TIMEOUT_MS } from '../support/neo4j';
import { apStory } from '../contract/fixtures';

const REVIEW = 'mutation($id: ID!) { reviewClaim(claimId: $id, rating: "False", reviewer: "Checker", url: "https://check.example/1") { id rating } }';

describe.each(STORE_KINDS)('access control on %s', (kind) => {
  let h: Harness;
  const story = apStory();
  const id = story.ids.apKilled;

  beforeAll(async () => {
    h = await openHarness(kind);
    await h.store.writeArticle(story.ap);
  }, NEO4J_LEASE_TIMEOUT_MS);
  afterAll(async () => h?.close());

  test('reads need no key', async () => {
    const r = await h.gql('query($id: ID!) { claim(id: $id) { id } }', { id });
    expect(r.status).toBe(200);
    expect(data(r).claim.id).toBe(id);
  });

  test('a mutation without a key is UNAUTHENTICATED (401) and nothing is written', async () => {
    const r = await h.gql(REVIEW, { id });
    expect(r.status).toBe(401);
    expect(codes(r)).toEqual(['UNAUTHENTICATED']);
    expect(r.headers.get('www-authenticate')).toMatch(/^Bearer/);
    expect(r.body.data).toBeUndefined();
    expect(await h.store.getReviewsByClaim([id])).toEqual([[]]);
  });

  test('a reader key on a mutation is FORBIDDEN (403)', async () => {
    for (const headers of [{ authorization: `Bearer ${READER_KEY}` }, { 'x-api-key': READER_KEY }] as Array<Record<string, string>>) {
      const r = await h.gql(REVIEW, { id }, headers);
      expect(r.status).toBe(403);
      expect(codes(r)).toEqual(['FORBIDDEN']);
    }
    expect(await h.store.getReviewsByClaim([id])).toEqual([[]]);
  });

  test('a wrong or malformed key is UNAUTHENTICATED, for reads too', async () => {
    for (const headers of [{ authorization: 'Bearer not-a-configured-key' }, { 'x-api-key': `${EDITOR_KEY}x` }, { authorization: `Basic ${EDITOR_KEY}` }, { authorization: 'Bearer' }] as Array<Record<string, string>>) {
      for (const q of [REVIEW, 'query($id: ID!) { claim(id: $id) { id } }']) {
        const r = await h.gql(q, { id }, headers);
        expect({ headers, status: r.status, codes: codes(r) }).toEqual({ headers, status: 401, codes: ['UNAUTHENTICATED'] });
        expect(JSON.stringify(r.body)).not.toContain(EDITOR_KEY);
      }
    }
  });

  test('an editor key runs mutations, as a Bearer token or as x-api-key', async () => {
    const a = await h.gql(REVIEW, { id }, { authorization: `Bearer ${EDITOR_KEY}` });
    expect(data(a).reviewClaim.rating).toBe('False');
    const b = await h.gql(REVIEW.replace('"False"', '"Misleading"'), { id }, { 'x-api-key': EDITOR_KEY });
    expect(data(b).reviewClaim.rating).toBe('Misleading');
    // Same claim, reviewer and URL: one review, updated.
    expect((await h.store.getReviewsByClaim([id]))[0]).toHaveLength(1);
  });
});

describe('access control without configured keys (sqlite)', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await openHarness('sqlite', { apiKeys: '' });
    await h.store.writeArticle(apStory().ap);
  });
  afterAll(async () => h?.close());

  test('mutations are refused with a message saying how to configure keys; reads work', async () => {
    const r = await h.gql(REVIEW, { id: apStory().ids.apKilled });
    expect(r.status).toBe(401);
    expect(codes(r)).toEqual(['UNAUTHENTICATED']);
    expect(r.body.errors?.[0]?.message).toContain('CLAIMGRAPH_API_KEYS');
    expect(data(await h.gql('{ claims { totalCount } }')).claims.totalCount).toBe(3);
  });

  test('any presented key is refused: there is nothing it could match', async () => {
    const r = await h.gql('{ claims { totalCount } }', {}, { 'x-api-key': 'some-key-12345' });
    expect(codes(r)).toEqual(['UNAUTHENTICATED']);
  });
});

describe('open access (serve --dev-open, claimgraph query)', () => {
  test('every caller may run mutations', async () => {
    const h = await openHarness('sqlite', { apiKeys: '', openAccess: true });
    try {
      await h.store.writeArticle(apStory().ap);
      expect(data(await h.gql(REVIEW, { id: apStory().ids.apKilled })).reviewClaim.rating).toBe('False');
    } finally {
      await h.close();
    }
  });
});

describe('keys are never logged', () => {
  test('no log line carries a key, whatever happens to the request', async () => {
    const h = await openHarness('sqlite');
    const lines: string[] = [];
    const record = (...args: unknown[]) => void lines.push(args.map((a) => (a instanceof Error ? `${a.message}\n${a.stack}` : JSON.stringify(a))).join(' '));
    try {
      await h.store.writeArticle(apStory().ap);
      const config = loadConfig({ CLAIMGRAPH_API_KEYS: `${EDITOR_KEY}:editor,${READER_KEY}:reader` });
      const api = createApi({ store: h.store, ingest: h.ingest, config, logging: { debug: record, info: record, warn: record, error: record } });
      const send = (query: string, headers: Record<string, string>) =>
        api.fetch('http://test.local/graphql', { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query }) });
      await send('{ claims { totalCount } }', { authorization: `Bearer ${EDITOR_KEY}` });
      await send('{ claims { totalCount } }', { 'x-api-key': `${EDITOR_KEY}-wrong` });
      await send('mutation { mergeSources(ids: ["s_a", "s_b"]) { id } }', { authorization: `Bearer ${READER_KEY}` });
      await send('mutation { mergeSources(ids: ["s_a", "s_b"]) { id } }', { authorization: `Bearer ${EDITOR_KEY}` });
      await send('{ claims(first: 0) { totalCount } }', { authorization: `Bearer ${EDITOR_KEY}` });
      const all = lines.join('\n');
      expect(all).not.toContain(EDITOR_KEY);
      expect(all).not.toContain(READER_KEY);
    } finally {
      await h.close();
    }
  });
});
