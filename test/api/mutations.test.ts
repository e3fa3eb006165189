import { STORE_KINDS, openHarness, data, codes, type Harness } from './support/harness';
import { NEO4J_LEASE_TIMEOUT_MS } from '../support/neo4j';
import { apStory, bbcStory, aljStory, makeLink, KH, PENTAGON } from '../contract/fixtures';

/** Editor mutations other than ingest (test/api/ingest.test.ts), on each store. */
describe.each(STORE_KINDS)('editor mutations on %s', (kind) => {
  let h: Harness;
  const ap = apStory();
  const bbc = bbcStory();
  const alj = aljStory();

  beforeAll(async () => {
    h = await openHarness(kind);
    await h.store.writeArticles([ap.ap, ap.toi, ap.abc, bbc.bbc, alj.alj]);
  }, NEO4J_LEASE_TIMEOUT_MS);
  afterAll(async () => h?.close());

  const LINK = `mutation($from: ID!, $to: ID!, $type: LinkType!, $note: String) {
    linkClaims(from: $from, to: $to, type: $type, note: $note) { fromId toId type score basis origin removed note createdAt fromClaim { id } toArticle { outlet } }
  }`;
  const REMOVE = `mutation($from: ID!, $to: ID!, $type: LinkType!, $note: String) {
    removeLink(from: $from, to: $to, type: $type, note: $note) { fromId toId type origin removed note }
  }`;
  const LINKS = 'query($id: ID!, $all: Boolean) { claim(id: $id) { links(includeRemoved: $all) { fromId toId type origin removed note } } }';

  test('linkClaims makes an editor link, visible on both claims', async () => {
    const r = data(await h.editor(LINK, { from: bbc.ids.bbcDied, to: ap.ids.apKilled, type: 'corroborates', note: 'same toll, independent reporting' }));
    expect(r.linkClaims).toMatchObject({
      fromId: bbc.ids.bbcDied, toId: ap.ids.apKilled, type: 'corroborates', score: 1, origin: 'editor', removed: false,
      note: 'same toll, independent reporting', basis: 'same toll, independent reporting', fromClaim: { id: bbc.ids.bbcDied }, toArticle: { outlet: 'Associated Press' },
    });
    expect(Number.isNaN(Date.parse(r.linkClaims.createdAt))).toBe(false);
    for (const id of [bbc.ids.bbcDied, ap.ids.apKilled]) {
      const links = data(await h.gql(LINKS, { id })).claim.links;
      expect(links).toContainEqual({ fromId: bbc.ids.bbcDied, toId: ap.ids.apKilled, type: 'corroborates', origin: 'editor', removed: false, note: 'same toll, independent reporting' });
    }
  });

  test('an editor link outranks the machine: a later machine write of the same link does not change it', async () => {
    await h.store.writeLinks([makeLink(bbc.ids.bbcDied, ap.ids.apKilled, 'corroborates', { origin: 'machine', score: 0.4, basis: 'machine guess' })]);
    const links = data(await h.gql('query($id: ID!) { claim(id: $id) { links(types: [corroborates]) { origin score basis } } }', { id: bbc.ids.bbcDied })).claim.links;
    expect(links).toEqual([{ origin: 'editor', score: 1, basis: 'same toll, independent reporting' }]);
  });

  test('linkClaims between articles for copies; refuses unknown ends and self links', async () => {
    const r = data(await h.editor(LINK, { from: alj.alj.article.id, to: bbc.bbc.article.id, type: 'copies' }));
    expect(r.linkClaims).toMatchObject({ type: 'copies', fromClaim: null, toArticle: { outlet: 'BBC News' }, basis: 'linked by an editor', note: null });
    expect(codes(await h.editor(LINK, { from: bbc.ids.bbcDied, to: 'a_nope:1-2', type: 'corroborates' }))).toEqual(['NOT_FOUND']);
    expect(codes(await h.editor(LINK, { from: bbc.ids.bbcDied, to: alj.alj.article.id, type: 'corroborates' }))).toEqual(['NOT_FOUND']);
    expect(codes(await h.editor(LINK, { from: bbc.ids.bbcDied, to: bbc.ids.bbcDied, type: 'contradicts' }))).toEqual(['BAD_INPUT']);
    const bad = await h.editor(LINK, { from: bbc.ids.bbcDied, to: ap.ids.apKilled, type: 'agrees' });
    expect(bad.status).toBe(400);
  });

  test('removeLink keeps a tombstone that a machine re-write (re-ingest) does not bring back', async () => {
    const r = data(await h.editor(REMOVE, { from: ap.ids.toiKilled, to: ap.ids.apKilled, type: 'derived_from', note: 'wrong: different sentence' }));
    expect(r.removeLink).toEqual({ fromId: ap.ids.toiKilled, toId: ap.ids.apKilled, type: 'derived_from', origin: 'editor', removed: true, note: 'wrong: different sentence' });
    const shown = data(await h.gql(LINKS, { id: ap.ids.apKilled })).claim.links;
    expect(shown.filter((l: { type: string }) => l.type === 'derived_from')).toEqual([]);
    const all = data(await h.gql(LINKS, { id: ap.ids.apKilled, all: true })).claim.links;
    expect(all).toContainEqual({ fromId: ap.ids.toiKilled, toId: ap.ids.apKilled, type: 'derived_from', origin: 'editor', removed: true, note: 'wrong: different sentence' });

    // What the linker writes when the same articles are ingested again.
    await h.store.writeLinks([makeLink(ap.ids.toiKilled, ap.ids.apKilled, 'derived_from', { origin: 'machine', score: 1 })]);
    const after = data(await h.gql(LINKS, { id: ap.ids.apKilled })).claim.links;
    expect(after.filter((l: { type: string }) => l.type === 'derived_from')).toEqual([]);

    expect(codes(await h.editor(REMOVE, { from: ap.ids.apKilled, to: bbc.ids.bbcDied, type: 'contradicts' }))).toEqual(['NOT_FOUND']);
  });

  test('mergeSources: the first id survives; the others redirect to it', async () => {
    const M = 'mutation($ids: [ID!]!) { mergeSources(ids: $ids) { id name aliases } }';
    const r = data(await h.editor(M, { ids: [KH.id, PENTAGON.id] }));
    expect(r.mergeSources.id).toBe(KH.id);
    expect(r.mergeSources.aliases).toEqual(expect.arrayContaining(['Pentagon']));
    const redirected = data(await h.gql('query($id: ID!) { source(id: $id) { id name } }', { id: PENTAGON.id }));
    expect(redirected.source).toEqual({ id: KH.id, name: 'Kataib Hezbollah' });
    const claims = data(await h.gql('query($id: ID!) { claims(filter: { sourceId: $id }) { edges { node { id source { id } } } } }', { id: KH.id }));
    const ids = claims.claims.edges.map((e: { node: { id: string } }) => e.node.id);
    expect(ids).toEqual(expect.arrayContaining([ap.ids.apPentagon, alj.ids.aljKilled]));
    for (const e of claims.claims.edges) expect(e.node.source.id).toBe(KH.id);

    expect(codes(await h.editor(M, { ids: [KH.id] }))).toEqual(['BAD_INPUT']);
    expect(codes(await h.editor(M, { ids: [KH.id, KH.id] }))).toEqual(['BAD_INPUT']);
    expect(codes(await h.editor(M, { ids: [KH.id, 's_nobody-at-all'] }))).toEqual(['NOT_FOUND']);
  });

  test('reviewClaim records a schema.org ClaimReview', async () => {
    const R = `mutation($id: ID!, $rating: String!, $reviewer: String!, $url: String) {
      reviewClaim(claimId: $id, rating: $rating, reviewer: $reviewer, url: $url) { id rating reviewer url datePublished claim { id } claimReview }
    }`;
    const r = data(await h.editor(R, { id: alj.ids.aljKilled, rating: 'Misleading', reviewer: 'Example Fact Check', url: 'https://factcheck.example/27' }));
    const review = r.reviewClaim;
    expect(review).toMatchObject({ rating: 'Misleading', reviewer: 'Example Fact Check', url: 'https://factcheck.example/27', claim: { id: alj.ids.aljKilled } });
    expect(review.claimReview).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      url: 'https://factcheck.example/27',
      datePublished: review.datePublished,
      author: { '@type': 'Organization', name: 'Example Fact Check' },
      claimReviewed: 'US air strikes killed 27 fighters in Iraq and Syria',
      reviewRating: { '@type': 'Rating', alternateName: 'Misleading' },
      itemReviewed: { '@type': 'Claim', appearance: { '@type': 'NewsArticle', headline: 'Anger in Iraq 🇮🇶 after US strikes', publisher: { name: 'Al Jazeera' } } },
    });
    const listed = data(await h.gql('query($id: ID!) { claim(id: $id) { reviews { id rating } } }', { id: alj.ids.aljKilled }));
    expect(listed.claim.reviews).toEqual([{ id: review.id, rating: 'Misleading' }]);

    expect(codes(await h.editor(R, { id: 'a_nope:1-2', rating: 'False', reviewer: 'X' }))).toEqual(['NOT_FOUND']);
    expect(codes(await h.editor(R, { id: alj.ids.aljKilled, rating: '  ', reviewer: 'X' }))).toEqual(['BAD_INPUT']);
    expect(codes(await h.editor(R, { id: alj.ids.aljKilled, rating: 'False', reviewer: 'X', url: 'javascript:alert(1)' }))).toEqual(['BAD_INPUT']);
  });
});
