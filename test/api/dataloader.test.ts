import { STORE_KINDS, openHarness, data, type Harness } from './support/harness';
import { NEO4J_LEASE_TIMEOUT_MS } from '../support/neo4j';
import type { GraphStore } from '../../src/store/port';
import { apStory, bbcStory, aljStory, fillerBundle, makeReview, T0 } from '../contract/fixtures';

/** Wraps a real store and counts the calls of each method. */
function counting(calls: Map<string, number>): (s: GraphStore) => GraphStore {
  return (s) =>
    new Proxy(s, {
      get(target, prop, receiver) {
        const v = Reflect.get(target, prop, receiver);
        if (typeof v !== 'function') return v;
        return (...args: unknown[]) => {
          calls.set(String(prop), (calls.get(String(prop)) ?? 0) + 1);
          return (v as (...a: unknown[]) => unknown).apply(target, args);
        };
      },
    });
}

const LIST = `query($n: Int) { claims(first: $n) { edges { node {
  id text
  article { outlet publisher { name } creditedSources { name } copies { type toArticle { outlet } } }
  source { name aliases }
  event { label }
  entities { name aliases }
  reviews { rating }
  links { type fromClaim { text } toClaim { text } toArticle { outlet } }
} } } }`;

/**
 * DataLoader per request: a list resolves with one store call per field level, however long
 * the list is. The same query over 2 claims and over every claim makes the same calls.
 */
describe.each(STORE_KINDS)('batched loading on %s', (kind) => {
  let h: Harness;
  const calls = new Map<string, number>();
  const ap = apStory();

  beforeAll(async () => {
    h = await openHarness(kind, { wrapStore: counting(calls) });
    await h.store.writeArticles([ap.ap, ap.toi, ap.abc, bbcStory().bbc, aljStory().alj, fillerBundle('dl', '2020-02-01', 5)]);
    await h.store.writeReview(makeReview(ap.ids.apKilled, 'True', 'Checker', T0));
  }, NEO4J_LEASE_TIMEOUT_MS);
  afterAll(async () => h?.close());

  async function callsFor(n: number): Promise<{ claims: number; calls: Record<string, number> }> {
    calls.clear();
    const d = data(await h.gql(LIST, { n }));
    return { claims: d.claims.edges.length, calls: Object.fromEntries([...calls.entries()].sort()) };
  }

  test('the number of store calls does not grow with the number of claims', async () => {
    const few = await callsFor(2);
    const all = await callsFor(50);
    expect(few.claims).toBe(2);
    expect(all.claims).toBe(16);
    expect(all.calls).toEqual(few.calls);
    // One call per method and field level (claim.source, then article.publisher: two waves of getSources).
    expect(all.calls.listClaims).toBe(1);
    for (const method of ['getArticles', 'getArticleSources', 'getSources', 'getEvents', 'getEntities', 'getReviewsByClaim', 'getLinks', 'getClaims']) {
      expect({ method, called: (all.calls[method] ?? 0) >= 1 && (all.calls[method] ?? 0) <= 2 }).toEqual({ method, called: true });
    }
    expect(Object.keys(all.calls).sort()).toEqual(
      ['getArticleSources', 'getArticles', 'getClaims', 'getEntities', 'getEvents', 'getLinks', 'getReviewsByClaim', 'getSources', 'listClaims'],
    );
  });
});
