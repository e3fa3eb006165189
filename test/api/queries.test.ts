import { STORE_KINDS, openHarness, data, codes, type Harness } from './support/harness';
import { NEO4J_LEASE_TIMEOUT_MS } from '../support/neo4j';
import {
  apStory, bbcStory, aljStory, fillerBundle, makeReview, AP, MAHDI, STRIKES, PROTEST, KH_ENTITY, T0,
} from '../contract/fixtures';

/**
 * Every read root field over HTTP (in-process yoga.fetch), on each store, against a
 * hand-made graph (test/contract/fixtures) so the answers are known exactly: the API must
 * return what the store holds, in the store's order, through Relay connections.
 */
describe.each(STORE_KINDS)('read queries on %s', (kind) => {
  let h: Harness;
  const ap = apStory();
  const bbc = bbcStory();
  const alj = aljStory();
  const fillers = Array.from({ length: 4 }, (_, i) => fillerBundle(`q${i}`, `2020-01-0${i + 2}`, 3));

  beforeAll(async () => {
    h = await openHarness(kind);
    await h.store.writeArticles([ap.ap, ap.toi, ap.abc, bbc.bbc, alj.alj, ...fillers]);
    await h.store.writeReview(makeReview(ap.ids.apKilled, 'Mostly true', 'Full Fact', T0, 'https://fullfact.org/x'));
  }, NEO4J_LEASE_TIMEOUT_MS);
  afterAll(async () => h?.close());

  test('claim(id) resolves the claim with its article, source, event, entities, quantities, reviews and links', async () => {
    const d = data(
      await h.gql(
        `query($id: ID!) { claim(id: $id) {
          id text sentence start end kind certainty cue quote credit checkworthiness
          speaker { name type role }
          source { id name type }
          quantities { text value qualifier subject predicate unit }
          event { id label date place participants }
          entities { id name type aliases }
          article { id outlet published title publisher { name } creditedSources { name } }
          reviews { rating reviewer url datePublished }
          links { type fromId toId origin fromClaim { id } toClaim { id } }
        } }`,
        { id: ap.ids.toiKilled },
      ),
    );
    const c = d.claim;
    expect(c.id).toBe(ap.ids.toiKilled);
    expect(c.text).toBe('U.S. airstrikes killed at least 25 fighters of the Kataib Hezbollah militia in Iraq and Syria');
    expect(c.kind).toBe('attributed');
    expect(c.speaker).toEqual({ name: 'Iraqi security officials', type: 'government', role: null });
    expect(c.source.name).toBe('Iraqi security officials');
    expect(c.quantities).toEqual([{ text: 'at least 25', value: 25, qualifier: 'at_least', subject: 'fighters', predicate: 'killed', unit: null }]);
    expect(c.event).toEqual({ id: STRIKES.id, label: 'strikes', date: '2019-12-29', place: 'al-Qaim', participants: STRIKES.participants });
    expect(c.article.outlet).toBe('The Times of Israel');
    expect(c.article.publisher.name).toBe('The Times of Israel');
    expect(c.article.creditedSources.map((s: { name: string }) => s.name)).toEqual(['Associated Press']);
    expect(c.links).toEqual(
      expect.arrayContaining([
        { type: 'derived_from', fromId: ap.ids.toiKilled, toId: ap.ids.apKilled, origin: 'machine', fromClaim: { id: ap.ids.toiKilled }, toClaim: { id: ap.ids.apKilled } },
        { type: 'derived_from', fromId: ap.ids.abcKilled, toId: ap.ids.toiKilled, origin: 'machine', fromClaim: { id: ap.ids.abcKilled }, toClaim: { id: ap.ids.toiKilled } },
      ]),
    );

    const original = data(await h.gql('query($id: ID!) { claim(id: $id) { entities { name aliases } reviews { rating reviewer url datePublished } } }', { id: ap.ids.apKilled }));
    expect(original.claim.entities).toEqual(expect.arrayContaining([{ name: 'Kataib Hezbollah', aliases: ['Kataeb Hezbollah'] }]));
    expect(original.claim.reviews).toEqual([{ rating: 'Mostly true', reviewer: 'Full Fact', url: 'https://fullfact.org/x', datePublished: T0 }]);
  });

  test('claim(id), article(id), source(id), event(id) are null for unknown ids', async () => {
    const d = data(await h.gql('{ claim(id: "a_nope:1-2") { id } article(id: "a_nope") { id } source(id: "s_nope") { id } event(id: "e_nope") { id } }'));
    expect(d).toEqual({ claim: null, article: null, source: null, event: null });
  });

  test.each([
    ['articleId', () => ({ articleId: ap.ap.article.id })],
    ['outlet (case-insensitive)', () => ({ outlet: 'bbc NEWS' })],
    ['sourceId', () => ({ sourceId: MAHDI.id })],
    ['eventId', () => ({ eventId: PROTEST.id })],
    ['entityId', () => ({ entityId: KH_ENTITY.id })],
    ['kind', () => ({ kind: 'quote' })],
    ['certainty', () => ({ certainty: 'hedged' })],
    ['published range', () => ({ publishedFrom: '2019-12-30', publishedTo: '2019-12-31' })],
  ])('claims(filter: %s) returns what the store lists, in its order', async (_name, filter) => {
    const f = filter() as Record<string, string>;
    const d = data(await h.gql('query($f: ClaimFilter) { claims(filter: $f, first: 100) { totalCount edges { node { id } } } }', { f }));
    const want = await h.store.listClaims(f as never, { first: 100 });
    expect(want.items.length).toBeGreaterThan(0);
    expect(d.claims.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual(want.items.map((c) => c.id));
    expect(d.claims.totalCount).toBe(want.totalCount);
  });

  test('claims pages through everything with opaque cursors that survive inserts', async () => {
    const all = await h.store.listClaims({}, { first: 500 });
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    let inserted = false;
    for (;;) {
      const r: any = data(
        await h.gql('query($after: String) { claims(first: 4, after: $after) { totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { id } } } }', { after }),
      );
      const conn: any = r.claims;
      expect(conn.pageInfo.hasPreviousPage).toBe(after !== null);
      expect(conn.pageInfo.startCursor).toBe(conn.edges[0]?.cursor ?? null);
      expect(conn.pageInfo.endCursor).toBe(conn.edges.at(-1)?.cursor ?? null);
      for (const e of conn.edges) expect(e.cursor).not.toContain(e.node.id); // opaque, not the id itself
      seen.push(...conn.edges.map((e: { node: { id: string } }) => e.node.id));
      pages++;
      if (!inserted) {
        // A cursor handed out before an insert keeps working after it.
        await h.store.writeArticle(fillerBundle('late', '2021-01-01', 2));
        inserted = true;
      }
      if (!conn.pageInfo.hasNextPage) break;
      after = conn.pageInfo.endCursor;
    }
    expect(pages).toBeGreaterThan(3);
    expect(new Set(seen).size).toBe(seen.length);
    for (const c of all.items) expect(seen).toContain(c.id);
  });

  test('searchClaims finds claims by words, best first, and pages', async () => {
    const d = data(await h.gql('{ searchClaims(text: "fighters", first: 2) { totalCount pageInfo { hasNextPage endCursor } edges { score node { text } } } }'));
    const s = d.searchClaims;
    expect(s.totalCount).toBeGreaterThanOrEqual(4);
    for (const e of s.edges) expect(e.node.text.toLowerCase()).toContain('fighters');
    expect(s.edges[0].score).toBeGreaterThanOrEqual(s.edges[1].score);
    const next = data(await h.gql('query($a: String) { searchClaims(text: "fighters", first: 50, after: $a) { edges { node { text } } } }', { a: s.pageInfo.endCursor }));
    expect(next.searchClaims.edges.length).toBe(s.totalCount - 2);
  });

  test('article(id) pages its claims in text order and shows publisher, credits and copies', async () => {
    const q = `query($id: ID!, $after: String) { article(id: $id) {
      id outlet published title byline credits contentHash url
      publisher { name } creditedSources { name }
      claims(first: 2, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id start } } }
      copies { type share fromArticle { outlet } toArticle { outlet } fromClaim { id } }
    } }`;
    const first = data(await h.gql(q, { id: ap.toi.article.id })).article;
    expect(first.outlet).toBe('The Times of Israel');
    expect(first.publisher).toEqual({ name: 'The Times of Israel' });
    expect(first.creditedSources).toEqual([{ name: 'Associated Press' }]);
    expect(first.copies).toEqual(
      expect.arrayContaining([
        { type: 'copies', share: 0.93, fromArticle: { outlet: 'The Times of Israel' }, toArticle: { outlet: 'Associated Press' }, fromClaim: null },
        { type: 'copies', share: 0.9, fromArticle: { outlet: 'ABC News' }, toArticle: { outlet: 'The Times of Israel' }, fromClaim: null },
      ]),
    );
    const apArticle = data(await h.gql(q, { id: ap.ap.article.id })).article;
    expect(apArticle.claims.totalCount).toBe(3);
    expect(apArticle.claims.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([ap.ids.apKilled, ap.ids.apPentagon]);
    const rest = data(await h.gql(q, { id: ap.ap.article.id, after: apArticle.claims.pageInfo.endCursor })).article;
    expect(rest.claims.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([ap.ids.apRetaliation]);
    expect(rest.claims.pageInfo.hasNextPage).toBe(false);
  });

  test('articles(filter) agrees with the store', async () => {
    for (const f of [{}, { outlet: 'abc news' }, { sourceId: AP.id }, { publishedFrom: '2019-12-31' }]) {
      const d = data(await h.gql('query($f: ArticleFilter) { articles(filter: $f, first: 100) { totalCount edges { node { id } } } }', { f }));
      const want = await h.store.listArticles(f, { first: 100 });
      expect(d.articles.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual(want.items.map((a) => a.id));
      expect(d.articles.totalCount).toBe(want.totalCount);
    }
  });

  test('an article\'s notes, and articles(filter: { noteKind }) for every corrected article', async () => {
    const d = data(
      await h.gql(`{ articles(filter: { noteKind: correction }) { totalCount edges { node { id outlet notes { kind text } } } } }`),
    );
    expect(d.articles.totalCount).toBe(1);
    expect(d.articles.edges[0].node).toEqual({
      id: ap.toi.article.id,
      outlet: 'The Times of Israel',
      notes: [{ kind: 'correction', text: 'Correction: An earlier version of this story said 27 fighters were killed. The toll was 25.' }],
    });
    const one = data(await h.gql('query($id: ID!) { article(id: $id) { notes { kind text } } }', { id: bbc.bbc.article.id }));
    expect(one.article.notes.map((n: { kind: string }) => n.kind)).toEqual(['update', 'editor_note']);
    const none = data(await h.gql('query($id: ID!) { article(id: $id) { notes { kind } } }', { id: alj.alj.article.id }));
    expect(none.article.notes).toEqual([]);
    // Not a kind: refused by the schema, before any store sees it.
    expect(codes(await h.gql('{ articles(filter: { noteKind: erratum }) { totalCount } }'))).toEqual(['GRAPHQL_VALIDATION_FAILED']);
  });

  test('sources(filter) with what each source said across outlets', async () => {
    const d = data(
      await h.gql(`{ sources(filter: { nameContains: "iraqi security" }) { totalCount edges { node {
        id name type outlets { outlet articleCount claims { id } }
        claims(first: 10) { totalCount edges { node { id } } }
      } } } }`),
    );
    expect(d.sources.totalCount).toBe(1);
    const s = d.sources.edges[0].node;
    expect(s.name).toBe('Iraqi security officials');
    // The AP original and the Times of Israel reprint, in publication order.
    expect(s.outlets).toEqual([
      { outlet: 'Associated Press', articleCount: 1, claims: [{ id: ap.ids.apKilled }] },
      { outlet: 'The Times of Israel', articleCount: 1, claims: [{ id: ap.ids.toiKilled }] },
    ]);
    expect(s.claims.totalCount).toBe(2);

    const agencies = data(await h.gql('{ sources(filter: { type: news_agency }) { edges { node { id aliases } } } }'));
    expect(agencies.sources.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([AP.id]);
    const one = data(await h.gql('query($id: ID!) { source(id: $id) { name role } }', { id: MAHDI.id }));
    expect(one.source).toEqual({ name: 'Adel Abdul Mahdi', role: 'Iraqi Prime Minister' });
    const all = data(await h.gql('{ sources(first: 500) { totalCount edges { node { id } } } }'));
    expect(all.sources.totalCount).toBe((await h.store.listSources({}, { first: 500 })).totalCount);
  });

  test('events with a timeline of claims in publication order', async () => {
    const d = data(
      await h.gql(`{ events(filter: { label: "strikes" }) { totalCount edges { node {
        id label date dateEnd place participants
        timeline { published article { outlet } claim { id } }
        claims(first: 100) { totalCount }
      } } } }`),
    );
    expect(d.events.totalCount).toBe(1);
    const e = d.events.edges[0].node;
    expect(e.id).toBe(STRIKES.id);
    const published = e.timeline.map((t: { published: string }) => t.published);
    expect(published).toEqual([...published].sort());
    expect(published[0]).toBe('2019-12-29');
    expect(e.timeline.map((t: { claim: { id: string } }) => t.claim.id)).toEqual(expect.arrayContaining([ap.ids.apKilled, bbc.ids.bbcDied, alj.ids.aljKilled]));
    expect(e.claims.totalCount).toBe(e.timeline.length);
    const protest = data(await h.gql('query($id: ID!) { event(id: $id) { label dateEnd timeline(first: 1) { claim { id } } } }', { id: PROTEST.id }));
    expect(protest.event.dateEnd).toBe('2020-01-01');
    expect(protest.event.timeline).toHaveLength(1);
    const all = data(await h.gql('{ events(filter: { dateFrom: "2019-12-28" }) { edges { node { label } } } }'));
    expect(all.events.edges.map((x: { node: { label: string } }) => x.node.label).sort()).toEqual(['protest', 'strikes']);
  });

  test('bad paging and search arguments are BAD_INPUT; unknown claims in reports are NOT_FOUND', async () => {
    for (const q of [
      '{ claims(first: 0) { totalCount } }',
      '{ claims(first: 501) { totalCount } }',
      '{ claims(after: "not-a-cursor") { totalCount } }',
      '{ articles(after: "bm9wZQ") { totalCount } }',
      '{ searchClaims(text: "   ") { totalCount } }',
      `{ article(id: "${ap.ap.article.id}") { claims(after: "garbage") { totalCount } } }`,
    ]) {
      const r = await h.gql(q);
      expect({ q, codes: codes(r) }).toEqual({ q, codes: ['BAD_INPUT'] });
    }
    for (const field of ['provenance', 'corroboration', 'conflicts']) {
      const r = await h.gql(`{ ${field}(claimId: "a_nope:1-2") { claim { id } } }`);
      expect({ field, codes: codes(r) }).toEqual({ field, codes: ['NOT_FOUND'] });
      expect(r.body.errors?.[0]?.message).toContain('a_nope:1-2');
    }
    const bad = await h.gql('{ claims(filter: { publishedFrom: "2019-02-30" }) { totalCount } }');
    expect(bad.status).toBe(400);
    expect(codes(bad)).toEqual(['BAD_INPUT']);
  });
});
