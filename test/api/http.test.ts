import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { STORE_KINDS, openHarness, data, codes, type Harness } from './support/harness';
import { NEO4J_LEASE_TIMEOUT_MS } from '../support/neo4j';
import { apStory } from '../contract/fixtures';

const GRAPHQL_RESPONSE = 'application/graphql-response+json';

/** GraphQL over HTTP (https://graphql.github.io/graphql-over-http/): methods, media types, status codes. */
describe.each(STORE_KINDS)('GraphQL over HTTP on %s', (kind) => {
  let h: Harness;
  const url = (path: string) => `http://test.local${path}`;

  beforeAll(async () => {
    h = await openHarness(kind);
    await h.store.writeArticle(apStory().ap);
  }, NEO4J_LEASE_TIMEOUT_MS);
  afterAll(async () => h?.close());

  test('GET runs a query and answers application/graphql-response+json', async () => {
    const r = await h.api.fetch(url(`/graphql?query=${encodeURIComponent('{ claims { totalCount } }')}`), { headers: { accept: GRAPHQL_RESPONSE } });
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toContain(GRAPHQL_RESPONSE);
    expect(await r.json()).toEqual({ data: { claims: { totalCount: 3 } } });
  });

  test('GET with variables and an operation name', async () => {
    const qs = new URLSearchParams({
      query: 'query A { __typename } query B($f: Int) { claims(first: $f) { edges { node { id } } } }',
      operationName: 'B',
      variables: JSON.stringify({ f: 1 }),
    });
    const r = await h.api.fetch(url(`/graphql?${qs}`), { headers: { accept: GRAPHQL_RESPONSE } });
    expect(r.status).toBe(200);
    expect(((await r.json()) as { data: { claims: { edges: unknown[] } } }).data.claims.edges).toHaveLength(1);
  });

  test('GET refuses a mutation with 405', async () => {
    const q = encodeURIComponent('mutation { mergeSources(ids: ["s_a", "s_b"]) { id } }');
    const r = await h.api.fetch(url(`/graphql?query=${q}`), { headers: { accept: GRAPHQL_RESPONSE } });
    expect(r.status).toBe(405);
    expect(r.headers.get('allow')).toContain('POST');
  });

  test('a body that is not JSON is 400', async () => {
    const r = await h.api.fetch(url('/graphql'), { method: 'POST', headers: { 'content-type': 'application/json', accept: GRAPHQL_RESPONSE }, body: '{"query": ' });
    expect(r.status).toBe(400);
  });

  test('a document that does not parse is 400 GRAPHQL_PARSE_FAILED', async () => {
    const r = await h.gql('{ claims { totalCount ');
    expect(r.status).toBe(400);
    expect(codes(r)).toEqual(['GRAPHQL_PARSE_FAILED']);
    expect(r.body.data).toBeUndefined();
  });

  test('a document that does not validate is 400 GRAPHQL_VALIDATION_FAILED', async () => {
    const r = await h.gql('{ claims { totalCount nope } }');
    expect(r.status).toBe(400);
    expect(codes(r)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
  });

  test('a variable of the wrong type is 400 BAD_INPUT naming the variable', async () => {
    const r = await h.gql('query($d: Date) { claims(filter: { publishedFrom: $d }) { totalCount } }', { d: '31/12/2019' });
    expect(r.status).toBe(400);
    expect(codes(r)).toEqual(['BAD_INPUT']);
    expect(r.body.errors?.[0]?.message).toContain('$d');
  });

  test('a request without a query is 400; an unsupported media type is 415', async () => {
    const a = await h.api.fetch(url('/graphql'), { method: 'POST', headers: { 'content-type': 'application/json', accept: GRAPHQL_RESPONSE }, body: '{}' });
    expect(a.status).toBe(400);
    const b = await h.api.fetch(url('/graphql'), { method: 'POST', headers: { 'content-type': 'text/csv' }, body: 'a,b' });
    expect(b.status).toBe(415);
  });

  test('legacy application/json clients get 200 with errors in the body', async () => {
    const r = await h.api.fetch(url('/graphql'), { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json' }, body: JSON.stringify({ query: '{ nope }' }) });
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toContain('application/json');
  });

  test('/health is liveness, /ready pings the store', async () => {
    expect((await h.api.fetch(url('/health'))).status).toBe(200);
    const ready = await h.api.fetch(url('/ready'));
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready', store: 'up' });
  });

  test('/ sends people to the playground', async () => {
    const r = await h.api.fetch(url('/'), { redirect: 'manual' });
    expect(r.status).toBe(302);
    expect(r.headers.get('location')).toBe('/graphql');
  });

  test('GraphiQL for browsers at /graphql, preloaded with the example operations', async () => {
    const r = await h.api.fetch(url('/graphql'), { headers: { accept: 'text/html' } });
    expect(r.status).toBe(200);
    const html = await r.text();
    for (const op of ['TraceTwentyFiveFighters', 'EmbassyBreachOrigins', 'ConflictingFigures']) expect(html).toContain(op);
  });

  test('on a real port, with the global fetch', async () => {
    const server: Server = createServer(h.api);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const post = await fetch(`${base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: GRAPHQL_RESPONSE },
        body: JSON.stringify({ query: '{ claims(first: 2) { totalCount edges { node { text article { outlet } } } } }' }),
      });
      expect(post.status).toBe(200);
      const body = (await post.json()) as { data: { claims: { totalCount: number; edges: Array<{ node: { article: { outlet: string } } }> } } };
      expect(body.data.claims.totalCount).toBe(3);
      expect(body.data.claims.edges[0]?.node.article.outlet).toBe('Associated Press');
      const get = await fetch(`${base}/graphql?query=${encodeURIComponent('{ __typename }')}`, { headers: { accept: GRAPHQL_RESPONSE } });
      expect(await get.json()).toEqual({ data: { __typename: 'Query' } });
      expect((await fetch(`${base}/ready`)).status).toBe(200);
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});

describe('CORS and request size (sqlite)', () => {
  test('any origin by default; preflight allows the auth headers', async () => {
    const h = await openHarness('sqlite');
    try {
      const r = await h.api.fetch('http://test.local/graphql', {
        method: 'OPTIONS',
        headers: { origin: 'https://newsroom.example', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type, authorization, x-api-key' },
      });
      expect(r.status).toBeLessThan(300);
      // Any origin: yoga reflects the caller's origin (and varies on it).
      expect(r.headers.get('access-control-allow-origin')).toBe('https://newsroom.example');
      const allowed = (r.headers.get('access-control-allow-headers') ?? '').toLowerCase();
      for (const header of ['authorization', 'x-api-key', 'content-type']) expect(allowed).toContain(header);
    } finally {
      await h.close();
    }
  });

  test('configured origins only', async () => {
    const h = await openHarness('sqlite', { env: { CLAIMGRAPH_CORS_ORIGINS: 'https://newsroom.example, https://desk.example' } });
    try {
      const ask = (origin: string) => h.api.fetch('http://test.local/graphql?query=%7B__typename%7D', { headers: { origin } });
      expect((await ask('https://newsroom.example')).headers.get('access-control-allow-origin')).toBe('https://newsroom.example');
      expect((await ask('https://desk.example')).headers.get('access-control-allow-origin')).toBe('https://desk.example');
      expect((await ask('https://elsewhere.example')).headers.get('access-control-allow-origin')).toBeNull();
    } finally {
      await h.close();
    }
  });

  test('CORS off when no origins are configured', async () => {
    const h = await openHarness('sqlite', { env: { CLAIMGRAPH_CORS_ORIGINS: ' ' } });
    try {
      const r = await h.api.fetch('http://test.local/graphql?query=%7B__typename%7D', { headers: { origin: 'https://newsroom.example' } });
      expect(r.status).toBe(200);
      expect(r.headers.get('access-control-allow-origin')).toBeNull();
    } finally {
      await h.close();
    }
  });

  test('a body over CLAIMGRAPH_MAX_REQUEST_BYTES is 413, with or without Content-Length', async () => {
    const h = await openHarness('sqlite', { env: { CLAIMGRAPH_MAX_REQUEST_BYTES: '2048' } });
    try {
      const big = JSON.stringify({ query: `{ __typename }`, variables: { pad: 'x'.repeat(4000) } });
      const sized = await h.api.fetch('http://test.local/graphql', { method: 'POST', headers: { 'content-type': 'application/json', accept: GRAPHQL_RESPONSE }, body: big });
      expect(sized.status).toBe(413);
      const bytes = new TextEncoder().encode(big);
      const stream = new ReadableStream<Uint8Array>({
        start(controller) {
          for (let i = 0; i < bytes.length; i += 512) controller.enqueue(bytes.slice(i, i + 512));
          controller.close();
        },
      });
      const chunked = await h.api.fetch(
        new Request('http://test.local/graphql', { method: 'POST', headers: { 'content-type': 'application/json', accept: GRAPHQL_RESPONSE }, body: stream, duplex: 'half' } as RequestInit),
      );
      expect(chunked.status).toBe(413);
      const small = await h.gql('{ __typename }');
      expect(data(small)).toEqual({ __typename: 'Query' });
    } finally {
      await h.close();
    }
  });
});
