import { getIntrospectionQuery } from 'graphql';
import { STORE_KINDS, openHarness, data, codes, type Harness } from './support/harness';
import { NEO4J_LEASE_TIMEOUT_MS } from '../support/neo4j';
import { apStory } from '../contract/fixtures';

/** Nest `{ article { claims { edges { node { … } } } } }` n times under claims(first: 1). */
function nested(levels: number): string {
  let inner = 'id';
  for (let i = 0; i < levels; i++) inner = `article { claims(first: 1) { edges { node { ${inner} } } } }`;
  return `{ claims(first: 1) { edges { node { ${inner} } } } }`;
}

describe.each(STORE_KINDS)('query limits on %s', (kind) => {
  let h: Harness;
  beforeAll(async () => {
    h = await openHarness(kind);
    await h.store.writeArticle(apStory().ap);
  }, NEO4J_LEASE_TIMEOUT_MS);
  afterAll(async () => h?.close());

  test('depth: up to CLAIMGRAPH_MAX_DEPTH (10) runs, deeper is 400 QUERY_TOO_DEEP', async () => {
    // claims/edges/node = 3, each nesting adds 4: 1 nesting is 7 deep with its leaf, 2 is 11.
    expect(data(await h.gql(nested(1))).claims.edges).toHaveLength(1);
    const r = await h.gql(nested(2));
    expect(r.status).toBe(400);
    expect(codes(r)).toEqual(['QUERY_TOO_DEEP']);
    expect(r.body.errors?.[0]?.message).toContain('CLAIMGRAPH_MAX_DEPTH');
    expect(r.body.errors?.[0]?.extensions?.limit).toMatchObject({ max: 10, setting: 'CLAIMGRAPH_MAX_DEPTH' });
  });

  test('depth counts through fragments', async () => {
    const q = `{ claims(first: 1) { ...E } }
      fragment E on ClaimConnection { edges { node { article { claims(first: 1) { edges { node { article { claims(first: 1) { edges { node { id } } } } } } } } } } }`;
    expect(codes(await h.gql(q))).toEqual(['QUERY_TOO_DEEP']);
  });

  test('aliases: 15 run, 16 are 400 TOO_MANY_ALIASES', async () => {
    const aliases = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: claims(first: 1) { totalCount }`).join(' ')} }`;
    expect(Object.keys(data(await h.gql(aliases(15))))).toHaveLength(15);
    const r = await h.gql(aliases(16));
    expect(r.status).toBe(400);
    expect(codes(r)).toEqual(['TOO_MANY_ALIASES']);
    expect(r.body.errors?.[0]?.extensions?.limit).toMatchObject({ max: 15, found: 16 });
  });

  test('tokens: a document over CLAIMGRAPH_MAX_TOKENS (2000) is 400 QUERY_TOO_LARGE', async () => {
    const fields = Array.from({ length: 2100 }, () => '__typename').join(' ');
    const r = await h.gql(`{ ${fields} }`);
    expect(r.status).toBe(400);
    expect(codes(r)).toEqual(['QUERY_TOO_LARGE']);
    expect(r.body.errors?.[0]?.message).toContain('CLAIMGRAPH_MAX_TOKENS');
  });

  test('cost counts `first`, from literals and from variables', async () => {
    const q = 'query($n: Int) { claims(first: $n) { edges { node { article { claims(first: 50) { edges { node { id } } } } } } } }';
    expect(data(await h.gql(q, { n: 2 })).claims.edges).toHaveLength(2);
    const r = await h.gql(q, { n: 500 });
    expect(r.status).toBe(400);
    expect(codes(r)).toEqual(['QUERY_TOO_COMPLEX']);
    expect(r.body.errors?.[0]?.extensions?.limit).toMatchObject({ max: 5000, setting: 'CLAIMGRAPH_MAX_COST' });
    expect(codes(await h.gql(q.replace('query($n: Int) ', '').replace('$n', '500')))).toEqual(['QUERY_TOO_COMPLEX']);
    // Reports are heavy: a page of 500 claims each with its provenance is refused.
    expect(codes(await h.gql('{ claims(first: 500) { edges { node { provenance { chain { kind } } } } } }'))).toEqual(['QUERY_TOO_COMPLEX']);
  });

  test('introspection (GraphiQL docs) is never limited', async () => {
    const r = await h.gql(getIntrospectionQuery());
    expect(r.status).toBe(200);
    expect(data(r).__schema.queryType.name).toBe('Query');
  });
});

describe('limits follow the configuration (sqlite)', () => {
  test('CLAIMGRAPH_MAX_DEPTH / _ALIASES / _COST', async () => {
    const h = await openHarness('sqlite', { env: { CLAIMGRAPH_MAX_DEPTH: '4', CLAIMGRAPH_MAX_ALIASES: '1', CLAIMGRAPH_MAX_COST: '10' } });
    try {
      expect(codes(await h.gql('{ claims(first: 2) { edges { node { id } } } }'))).toEqual([]);
      expect(codes(await h.gql('{ claims(first: 2) { edges { node { article { id } } } } }'))).toEqual(['QUERY_TOO_DEEP']);
      expect(codes(await h.gql('{ a: claims { totalCount } b: claims { totalCount } }'))).toEqual(['TOO_MANY_ALIASES']);
      expect(codes(await h.gql('{ claims(first: 20) { edges { node { id } } } }'))).toEqual(['QUERY_TOO_COMPLEX']);
    } finally {
      await h.close();
    }
  });
});
