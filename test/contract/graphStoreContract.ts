/**
 * THE GraphStore contract: every adapter's test file calls describeGraphStoreContract with
 * a factory, and must pass all of it. Adapter-neutral: only the port is used here.
 *
 * Isolation: the factory is called before EVERY test and must hand out an EMPTY store
 * (a fresh SQLite file, a cleared Neo4j database); `cleanup()` runs after the test and
 * must release it (it may find the store already closed). Ids may therefore repeat across
 * tests. `openSecond()`, when provided, opens another connection (another store instance)
 * to the same database for the concurrency test; the test closes it itself.
 *
 * Semantics pinned down here (the port leaves them open; both adapters must agree):
 *  - Order: claims by (article published date ascending, unknown dates last, article id,
 *    start); articles by (published, unknown last, id); sources by (name, id); events by
 *    (date, unknown last, id). Date filters are inclusive YYYY-MM-DD on the date part.
 *  - Event date filters match any overlap of [date, dateEnd ?? date]; undated events never match.
 *  - outlet / label / place filters: exact, case-insensitive. nameContains: substring of name or any alias.
 *  - writeArticle rejects with BAD_INPUT a bundle whose link has an end that is neither in the
 *    bundle nor stored (claims for claim links, articles for `copies`), and writes nothing of it.
 *    writeLinks rejects such a link with NOT_FOUND and writes none of the batch.
 *  - writeArticles: each article is fully stored or absent after a failure (the failing one absent).
 *  - WriteResult of a re-ingest: created=false, claims=0, links=0.
 *  - traverseLinks: a node's distance is its shortest hop count from the start over live links
 *    of the given types (either direction); each link is reported once, at depth 1 + the smaller
 *    distance of its two ends, when that is <= maxDepth; sorted by depth; `limit` keeps the
 *    shallowest. provenance chains do the same outward (from -> to) only.
 *  - counts().links counts live links (tombstones excluded).
 *  - Operations on a closed store reject with STORE_UNAVAILABLE.
 */
import { ClaimgraphError, type ArticleBundle, type Claim, type Link } from '../../src/domain';
import type { GraphStore, Page, TraversedLink } from '../../src/store/port';
import {
  ABC,
  AP,
  BAGHDAD,
  BBC,
  BundleBuilder,
  IRAQ,
  KH,
  KH2,
  KH_ENTITY,
  MAHDI,
  MUHANDIS,
  PENTAGON,
  PROTEST,
  ROCKET,
  STRIKES,
  SYRIA,
  TOI,
  aljStory,
  apStory,
  bbcStory,
  fillerBundle,
  makeEvent,
  makeLink,
  makeReview,
  makeSource,
  qty,
} from './fixtures';

export interface GraphStoreFixture {
  store: GraphStore;
  cleanup(): Promise<void>;
  /** Another store instance (own connection) on the same database, already initialised. */
  openSecond?(): Promise<GraphStore>;
}

/** Awaits `p`, expecting it to reject with a ClaimgraphError of `code`; returns the error. */
export async function expectCode(p: Promise<unknown>, code: string): Promise<ClaimgraphError> {
  let caught: unknown = null;
  try {
    await p;
  } catch (e) {
    caught = e;
  }
  expect(caught).toBeInstanceOf(ClaimgraphError);
  expect((caught as ClaimgraphError).code).toBe(code);
  return caught as ClaimgraphError;
}

const ids = (items: Array<{ id: string }>): string[] => items.map((x) => x.id);
const key = (l: Pick<Link, 'from' | 'to' | 'type'>): string => `${l.from} -${l.type}-> ${l.to}`;

async function allPages<T>(fetch: (after: string | null) => Promise<Page<T>>): Promise<T[]> {
  const out: T[] = [];
  let after: string | null = null;
  for (let guard = 0; guard < 1000; guard++) {
    const page: Page<T> = await fetch(after);
    out.push(...page.items);
    if (!page.hasNextPage) return out;
    after = page.endCursor;
  }
  throw new Error('pagination did not end');
}

export function describeGraphStoreContract(name: string, factory: () => Promise<GraphStoreFixture>): void {
  describe(`GraphStore contract: ${name}`, () => {
    let fx: GraphStoreFixture;
    let store: GraphStore;

    beforeEach(async () => {
      fx = await factory();
      store = fx.store;
    });
    afterEach(async () => {
      await fx.cleanup();
    });

    const emptyCounts = { articles: 0, claims: 0, sources: 0, events: 0, entities: 0, links: 0 };

    // ---- round trip -----------------------------------------------------------------------

    describe('round trip', () => {
      test('every entity type comes back exactly as written', async () => {
        const { ap, toi, ids } = apStory();
        expect(await store.ping()).toBe(true);
        const r1 = await store.writeArticle(ap);
        expect(r1).toEqual({ articleId: ap.article.id, created: true, claims: 3, links: 0 });
        const r2 = await store.writeArticle(toi);
        expect(r2).toEqual({ articleId: toi.article.id, created: true, claims: 1, links: 2 });

        expect(await store.getArticles([toi.article.id, 'a_missing', ap.article.id])).toEqual([toi.article, null, ap.article]);
        const claims = await store.getClaims([ids.apRetaliation, ids.apKilled, 'nope', ids.apPentagon, ids.toiKilled]);
        expect(claims).toEqual([ap.claims[2], ap.claims[0], null, ap.claims[1], toi.claims[0]]);
        // Nested parts, spelled out: quantities, speaker, event ref, entity refs.
        const killed = claims[1] as Claim;
        expect(killed.quantities).toEqual([{ text: 'at least 25', value: 25, qualifier: 'at_least', unit: null, subject: 'fighters', predicate: 'killed' }]);
        expect(killed.speaker).toEqual({ name: 'Iraqi security officials', type: 'government', role: null });
        expect(killed.event).toEqual({ id: STRIKES.id, label: 'strikes', date: '2019-12-29', place: 'al-Qaim' });
        expect(killed.entities).toEqual([KH_ENTITY, IRAQ, SYRIA].map((e) => ({ id: e.id, name: e.name, type: e.type })));
        expect(killed.checkworthiness).toBe(0.9);
        // Optional Claim.via: absent stays absent, an explicit null stays null.
        expect('via' in killed).toBe(false);
        expect((claims[3] as Claim).via).toBeNull();

        expect(await store.getSources([AP.id, PENTAGON.id, TOI.id, 's_nobody'])).toEqual([AP, PENTAGON, TOI, null]);
        expect(await store.getEvents([ROCKET.id, STRIKES.id, 'e_none'])).toEqual([ROCKET, STRIKES, null]);
        expect(await store.getEntities([IRAQ.id, KH_ENTITY.id, 'n_none'])).toEqual([IRAQ, KH_ENTITY, null]);
        expect(await store.getClaimsByArticle([ap.article.id, 'a_none', toi.article.id])).toEqual([ap.claims, [], toi.claims]);
        expect(await store.getArticleSources([ap.article.id, toi.article.id, 'a_none'])).toEqual([
          { publisherId: AP.id, creditIds: [AP.id] },
          { publisherId: TOI.id, creditIds: [AP.id] },
          { publisherId: null, creditIds: [] },
        ]);
        const links = await store.getLinks([toi.article.id, ids.toiKilled]);
        expect(links).toHaveLength(2);
        expect(links).toEqual(expect.arrayContaining(toi.links));
        expect(await store.getLinks([ap.article.id], { types: ['copies'] })).toEqual([toi.links[0]]);
        expect(await store.getLinks([ap.article.id], { types: ['corroborates'] })).toEqual([]);
        expect(await store.counts()).toEqual({ articles: 2, claims: 4, sources: 4, events: 2, entities: 3, links: 2 });
      });

      test('claims are returned in text order per article, and empty lists stay empty', async () => {
        const { bbc } = bbcStory();
        await store.writeArticle(bbc);
        const [claims] = await store.getClaimsByArticle([bbc.article.id]);
        expect(claims!.map((c) => c.start)).toEqual([...bbc.claims.map((c) => c.start)].sort((a, b) => a - b));
        expect(claims!.find((c) => c.id === bbc.claims[2]!.id)!.via).toEqual({ name: 'Iraqi state television', type: 'outlet', role: null });
        expect(await store.getClaims([])).toEqual([]);
        expect(await store.getReviewsByClaim([bbc.claims[0]!.id])).toEqual([[]]);
      });

      test('sources, entities and events already stored are upserted: aliases and participants unioned, other fields kept', async () => {
        const a = new BundleBuilder('Officials in Baghdad said the Pentagon confirmed the strikes.', { published: '2020-01-01' });
        a.claim('the Pentagon confirmed the strikes', { speaker: makeSource('Pentagon', 'government', { role: 'first role', aliases: ['DoD'] }), event: makeEvent('strikes', '2019-12-29', 'al-Qaim', ['United States']), entities: [BAGHDAD] });
        const b = new BundleBuilder('The Pentagon said more strikes were possible, officials in Baghdad said.', { published: '2020-01-02' });
        b.claim('more strikes were possible', {
          speaker: makeSource('Pentagon', 'organization', { role: 'second role', aliases: ['US Department of Defense', 'DoD'] }),
          event: makeEvent('strikes', '2019-12-29', 'al-Qaim', ['Kataib Hezbollah', 'United States']),
          entities: [{ ...BAGHDAD, aliases: ['Bagdad'] }],
        });
        await store.writeArticle(a.build());
        await store.writeArticle(b.build());
        const [src] = await store.getSources([PENTAGON.id]);
        expect(src).toEqual({ id: PENTAGON.id, name: 'Pentagon', type: 'government', role: 'first role', aliases: ['DoD', 'US Department of Defense'] });
        const [ev] = await store.getEvents([STRIKES.id]);
        expect(ev!.participants).toEqual(['United States', 'Kataib Hezbollah']);
        const [ent] = await store.getEntities([BAGHDAD.id]);
        expect(ent!.aliases).toEqual(['Bagdad']);
        expect((await store.counts()).sources).toBe(1);
      });
    });

    describe('events narrowed by a later article', () => {
      test('a stored event takes the dates and place a later bundle gives it (a day inside "last week", a first place), and filters find it there', async () => {
        const range = makeEvent('rocket attack', '2019-12-23', null, ['United States'], '2019-12-29');
        const a = new BundleBuilder('A rocket attack last week killed a contractor.', { published: '2019-12-30' });
        a.claim('A rocket attack last week killed a contractor', { event: range });
        const b = new BundleBuilder('The rocket attack near Kirkuk on Friday killed a contractor.', { published: '2019-12-31' });
        b.claim('The rocket attack near Kirkuk on Friday killed a contractor', { event: { ...range, date: '2019-12-27', dateEnd: null, place: 'Kirkuk', participants: ['Kataib Hezbollah'] } });
        await store.writeArticle(a.build());
        await store.writeArticle(b.build());
        const [ev] = await store.getEvents([range.id]);
        expect(ev).toEqual({ ...range, date: '2019-12-27', dateEnd: null, place: 'Kirkuk', participants: ['United States', 'Kataib Hezbollah'] });
        expect((await store.listEvents({ dateFrom: '2019-12-27', dateTo: '2019-12-27', place: 'kirkuk' }, { first: 10 })).items.map((e) => e.id)).toEqual([range.id]);
        expect((await store.listEvents({ dateFrom: '2019-12-23', dateTo: '2019-12-24' }, { first: 10 })).items).toEqual([]);
      });
    });

    // ---- idempotence and atomicity ------------------------------------------------------

    describe('idempotent, atomic writes', () => {
      test('re-ingesting the same article changes nothing and reports created=false', async () => {
        const { ap, toi } = apStory();
        await store.writeArticles([ap, toi]);
        const before = await store.counts();
        const linksBefore = await store.getLinks([ap.article.id, toi.article.id, ...toi.claims.map((c) => c.id)]);
        expect(await store.writeArticle(toi)).toEqual({ articleId: toi.article.id, created: false, claims: 0, links: 0 });
        // Same article id with different content (a re-extraction): still nothing changes.
        const altered: ArticleBundle = { ...ap, claims: ap.claims.slice(0, 1).map((c) => ({ ...c, certainty: 'denied' })), sources: [...ap.sources, makeSource('Someone New', 'person')] };
        expect((await store.writeArticle(altered)).created).toBe(false);
        expect(await store.counts()).toEqual(before);
        expect(await store.getClaims([ap.claims[0]!.id])).toEqual([ap.claims[0]]);
        expect(await store.getSources([makeSource('Someone New', 'person').id])).toEqual([null]);
        expect(await store.getLinks([ap.article.id, toi.article.id, ...toi.claims.map((c) => c.id)])).toEqual(linksBefore);
      });

      test('a bundle whose last claim carries an invalid value is refused and leaves nothing', async () => {
        const { bbc } = bbcStory();
        await store.writeArticle(bbc);
        const before = await store.counts();
        const { ap } = apStory();
        const last = ap.claims.at(-1)!;
        const bad: ArticleBundle = { ...ap, claims: [...ap.claims.slice(0, -1), { ...last, text: { evil: true } as unknown as string }] };
        const err = await expectCode(store.writeArticle(bad), 'BAD_INPUT');
        expect(err.message).toMatch(/text/);
        expect(await store.getArticles([ap.article.id])).toEqual([null]);
        expect(await store.getClaims(ap.claims.map((c) => c.id))).toEqual([null, null, null]);
        expect(await store.getSources([PENTAGON.id])).toEqual([null]);
        expect(await store.counts()).toEqual(before);
      });

      test('an article note of no known kind is refused, naming the field, and leaves nothing', async () => {
        const { ap } = apStory();
        const bad: ArticleBundle = { ...ap, article: { ...ap.article, notes: [{ kind: 'erratum' as never, text: 'Erratum: the toll was 25.' }] } };
        const err = await expectCode(store.writeArticle(bad), 'BAD_INPUT');
        expect(err.message).toMatch(/article\.notes\[0\]\.kind/);
        expect(await store.getArticles([ap.article.id])).toEqual([null]);
        expect(await store.counts()).toEqual(emptyCounts);
      });

      test('a link to a missing claim fails the write mid-way and nothing of the article remains', async () => {
        const { ap, ids } = apStory();
        const b = { ...ap, links: [makeLink(ids.apKilled, 'a_0000:1-2', 'corroborates')] };
        await expectCode(store.writeArticle(b), 'BAD_INPUT');
        expect(await store.counts()).toEqual(emptyCounts);
        expect(await store.getArticles([ap.article.id])).toEqual([null]);
        expect(await store.findArticlesByKeys(['band:strikes:1'], 10)).toEqual([]);
        expect((await store.searchClaims('airstrikes', { first: 10 })).items).toEqual([]);
        // The intact bundle still goes in afterwards.
        expect((await store.writeArticle(ap)).created).toBe(true);
      });

      test('a copies link to a missing article is refused too', async () => {
        const { toi } = apStory();
        await expectCode(store.writeArticle(toi), 'BAD_INPUT');
        expect(await store.counts()).toEqual(emptyCounts);
      });

      test('a failed batch leaves every article either complete or absent, the failing one absent', async () => {
        const { ap, toi } = apStory();
        const { bbc } = bbcStory();
        const broken = { ...fillerBundle('broken', '2020-02-01'), links: [makeLink(toi.article.id, 'a_nowhere', 'copies')] };
        await expect(store.writeArticles([ap, bbc, broken, toi])).rejects.toBeInstanceOf(ClaimgraphError);
        expect(await store.getArticles([broken.article.id])).toEqual([null]);
        for (const b of [ap, bbc, toi]) {
          const [article] = await store.getArticles([b.article.id]);
          const [claims] = await store.getClaimsByArticle([b.article.id]);
          if (article === null) expect(claims).toEqual([]);
          else expect(claims).toEqual(b.claims);
        }
      });
    });

    describe('batch writes', () => {
      test('writeArticles returns results in input order, duplicates included', async () => {
        const { ap, toi, abc } = apStory();
        await store.writeArticle(ap);
        const results = await store.writeArticles([toi, ap, abc, toi]);
        expect(results.map((r) => [r.articleId, r.created, r.claims])).toEqual([
          [toi.article.id, true, 1],
          [ap.article.id, false, 0],
          [abc.article.id, true, 1],
          [toi.article.id, false, 0],
        ]);
        expect(await store.writeArticles([])).toEqual([]);
        const c = await store.counts();
        expect([c.articles, c.claims, c.links]).toEqual([3, 5, 4]);
      });

      test('forty filler articles in one batch', async () => {
        const bundles = Array.from({ length: 40 }, (_, i) => fillerBundle(`batch${i}`, `2020-03-${String((i % 28) + 1).padStart(2, '0')}`, 3));
        const results = await store.writeArticles(bundles);
        expect(results.every((r) => r.created && r.claims === 3)).toBe(true);
        expect((await store.counts()).claims).toBe(120);
      });
    });

    // ---- lists and filters --------------------------------------------------------------

    describe('lists and filters', () => {
      type Ids = ReturnType<typeof apStory>['ids'] & ReturnType<typeof bbcStory>['ids'] & ReturnType<typeof aljStory>['ids'];
      let story: Omit<ReturnType<typeof apStory> & ReturnType<typeof bbcStory> & ReturnType<typeof aljStory>, 'ids'> & { ids: Ids };
      let undated: ArticleBundle;
      beforeEach(async () => {
        const [a, b, c] = [apStory(), bbcStory(), aljStory()];
        story = { ...a, ...b, ...c, ids: { ...a.ids, ...b.ids, ...c.ids } };
        undated = fillerBundle('undated', null, 2, 'Associated Press');
        await store.writeArticles([story.ap, story.toi, story.abc, story.bbc, story.alj, undated]);
      });
      const claimIds = async (filter: Parameters<GraphStore['listClaims']>[0]): Promise<string[]> => {
        const page = await store.listClaims(filter, { first: 100 });
        expect(page.totalCount).toBe(page.items.length);
        return ids(page.items);
      };

      test('listClaims without a filter: ordered by published (unknown last), article id, start', async () => {
        const page = await store.listClaims({}, { first: 500 });
        const art = new Map([story.ap, story.toi, story.abc, story.bbc, story.alj, undated].map((b) => [b.article.id, b.article]));
        const sortKey = (c: Claim): [string, string, number] => [art.get(c.articleId)!.published ?? '~', c.articleId, c.start];
        const expected = [...page.items].sort((x, y) => {
          const [a, b] = [sortKey(x), sortKey(y)];
          return a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : a[2] - b[2];
        });
        expect(ids(page.items)).toEqual(ids(expected));
        expect(page.items).toHaveLength(3 + 1 + 1 + 3 + 3 + 2);
        expect(page.totalCount).toBe(13);
        expect(page.items.slice(-2).map((c) => c.articleId)).toEqual([undated.article.id, undated.article.id]);
        expect(page.cursors).toHaveLength(13);
        expect(page.hasNextPage).toBe(false);
        expect(page.endCursor).toBe(page.cursors[12]);
      });

      test('listClaims by article, outlet, source, event, entity, kind, certainty and date range', async () => {
        expect(await claimIds({ articleId: story.ap.article.id })).toEqual(ids(story.ap.claims));
        expect(await claimIds({ outlet: 'bbc news' })).toEqual(ids(story.bbc.claims));
        expect(await claimIds({ outlet: 'Nobody Times' })).toEqual([]);
        expect(await claimIds({ sourceId: MAHDI.id })).toEqual([story.ids.bbcMahdi]);
        expect(await claimIds({ sourceId: PENTAGON.id })).toEqual([story.ids.apPentagon]);
        expect(await claimIds({ eventId: STRIKES.id })).toEqual(
          [story.ids.apKilled, story.ids.apPentagon, story.ids.toiKilled, story.ids.abcKilled, story.ids.bbcDied, story.ids.aljKilled].sort(byListOrder(story)),
        );
        expect(await claimIds({ entityId: BAGHDAD.id })).toEqual([story.ids.bbcProtest]);
        expect(await claimIds({ entityId: KH_ENTITY.id })).toEqual([story.ids.apKilled, story.ids.apRetaliation, story.ids.bbcDied]);
        expect(await claimIds({ kind: 'quote' })).toEqual([story.ids.aljQuote]);
        expect(await claimIds({ certainty: 'hedged' })).toEqual([story.ids.aljHedged]);
        expect(await claimIds({ publishedFrom: '2019-12-30', publishedTo: '2019-12-30' })).toEqual([story.ids.toiKilled]);
        expect(await claimIds({ publishedFrom: '2020-01-01' })).toEqual(ids(story.alj.claims));
        expect(await claimIds({ publishedTo: '2019-12-29' })).toEqual(ids(story.ap.claims));
        expect(await claimIds({ eventId: STRIKES.id, publishedFrom: '2019-12-31', kind: 'assertion' })).toEqual(
          [story.ids.abcKilled, story.ids.bbcDied].sort(byListOrder(story)),
        );
      });

      test('listArticles by outlet, source (publisher or credited) and date range', async () => {
        const arts = async (f: Parameters<GraphStore['listArticles']>[0]): Promise<string[]> => ids((await store.listArticles(f, { first: 50 })).items);
        const all = await store.listArticles({}, { first: 50 });
        expect(ids(all.items)).toEqual([story.ap, story.toi, story.abc, story.bbc, story.alj, undated].map((b) => b.article.id).sort(articleOrder(story, undated)));
        expect(all.totalCount).toBe(6);
        expect(await arts({ outlet: 'ASSOCIATED PRESS' })).toEqual([story.ap.article.id, undated.article.id]);
        expect(new Set(await arts({ sourceId: AP.id }))).toEqual(new Set([story.ap.article.id, story.toi.article.id, story.abc.article.id]));
        expect(await arts({ sourceId: BBC.id })).toEqual([story.bbc.article.id]);
        expect(await arts({ publishedFrom: '2019-12-31', publishedTo: '2019-12-31' })).toEqual([story.abc.article.id, story.bbc.article.id].sort());
        expect(await arts({ publishedFrom: '2020-01-01' })).toEqual([story.alj.article.id]);
      });

      test('listArticles by the kind of note printed; notes come back as written', async () => {
        const arts = async (f: Parameters<GraphStore['listArticles']>[0]): Promise<string[]> => ids((await store.listArticles(f, { first: 50 })).items);
        expect(await arts({ noteKind: 'correction' })).toEqual([story.toi.article.id]);
        expect(await arts({ noteKind: 'update' })).toEqual([story.bbc.article.id]);
        expect(await arts({ noteKind: 'editor_note', outlet: 'BBC News' })).toEqual([story.bbc.article.id]);
        expect(await arts({ noteKind: 'editor_note', outlet: 'The Times of Israel' })).toEqual([]);
        expect(await arts({ noteKind: 'clarification' })).toEqual([]);
        const page = await store.listArticles({ noteKind: 'update' }, { first: 50 });
        expect(page.totalCount).toBe(1);
        expect(page.items[0]!.notes).toEqual(story.bbc.article.notes);
        const [toi, alj] = await store.getArticles([story.toi.article.id, story.alj.article.id]);
        expect(toi!.notes).toEqual([{ kind: 'correction', text: 'Correction: An earlier version of this story said 27 fighters were killed. The toll was 25.' }]);
        expect(alj!.notes).toEqual([]);
        await expectCode(store.listArticles({ noteKind: 'erratum' as never }, { first: 5 }), 'BAD_INPUT');
      });

      test('listSources by type and name/alias substring, ordered by name', async () => {
        const all = await store.listSources({}, { first: 100 });
        const names = all.items.map((s) => s.name);
        expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
        expect(all.totalCount).toBe(all.items.length);
        const agencies = await store.listSources({ type: 'news_agency' }, { first: 10 });
        expect(ids(agencies.items)).toEqual([AP.id]);
        expect(ids((await store.listSources({ nameContains: 'ASSOCIATED' }, { first: 10 })).items)).toEqual([AP.id]);
        expect(ids((await store.listSources({ nameContains: 'al-muhandis' }, { first: 10 })).items)).toEqual([MUHANDIS.id]);
        expect(ids((await store.listSources({ nameContains: 'المهندس' }, { first: 10 })).items)).toEqual([MUHANDIS.id]);
        expect(ids((await store.listSources({ nameContains: 'news', type: 'outlet' }, { first: 10 })).items)).toEqual([ABC.id, BBC.id]);
        expect((await store.listSources({ nameContains: '%' }, { first: 10 })).items).toEqual([]);
      });

      test('listEvents by label, place and date overlap, ordered by date', async () => {
        const evs = async (f: Parameters<GraphStore['listEvents']>[0]): Promise<string[]> => ids((await store.listEvents(f, { first: 10 })).items);
        expect(await evs({})).toEqual([ROCKET.id, STRIKES.id, PROTEST.id]);
        expect(await evs({ label: 'STRIKES' })).toEqual([STRIKES.id]);
        expect(await evs({ place: 'kirkuk' })).toEqual([ROCKET.id]);
        expect(await evs({ dateFrom: '2019-12-28', dateTo: '2019-12-30' })).toEqual([STRIKES.id]);
        // The protest runs 2019-12-31..2020-01-01, so a window on its second day finds it.
        expect(await evs({ dateFrom: '2020-01-01' })).toEqual([PROTEST.id]);
        expect(await evs({ dateTo: '2019-12-27' })).toEqual([ROCKET.id]);
        const page = await store.listEvents({ label: 'protest', place: 'Baghdad' }, { first: 1 });
        expect(page.totalCount).toBe(1);
        expect(page.items).toEqual([PROTEST]);
      });

      test('bad page arguments and cursors are BAD_INPUT', async () => {
        await expectCode(store.listClaims({}, { first: 0 }), 'BAD_INPUT');
        await expectCode(store.listClaims({ kind: 'rumour' as never }, { first: 2 }), 'BAD_INPUT');
        await expectCode(store.listEvents({ dateFrom: 'yesterday' }, { first: 2 }), 'BAD_INPUT');
        await expectCode(store.listClaims({}, { first: 501 }), 'BAD_INPUT');
        await expectCode(store.listClaims({}, { first: 2, after: 'not a cursor!' }), 'BAD_INPUT');
        await expectCode(store.listClaims({}, { first: 2, after: 'eyJmb28iOjF9' }), 'BAD_INPUT');
        const articlesPage = await store.listArticles({}, { first: 1 });
        await expectCode(store.listClaims({}, { first: 2, after: articlesPage.endCursor }), 'BAD_INPUT');
        await expectCode(store.listSources({}, { first: 2, after: articlesPage.endCursor }), 'BAD_INPUT');
        await expectCode(store.listEvents({}, { first: 2, after: '%%%' }), 'BAD_INPUT');
        await expectCode(store.searchClaims('strikes', { first: 2, after: articlesPage.endCursor }), 'BAD_INPUT');
      });
    });

    // ---- pagination under inserts -------------------------------------------------------

    describe('pagination', () => {
      test('paging claims while articles are inserted between pages: nothing twice, nothing existing skipped', async () => {
        const dates = ['2020-01-05', '2020-01-01', null, '2020-01-09', '2020-01-03', '2020-01-07'];
        await store.writeArticles(dates.map((d, i) => fillerBundle(`p${i}`, d, 3)));
        const existing = new Set(ids((await store.listClaims({}, { first: 500 })).items));
        expect(existing.size).toBe(18);
        // Insert before, inside and after the current position, with every page.
        const inserts = ['2019-12-01', '2020-01-04', '2020-02-01', null, '2020-01-06', '2020-01-02', '2030-01-01', '2020-01-08'];
        const seen: string[] = [];
        let after: string | null = null;
        let inserted = 0;
        for (;;) {
          const page: Page<Claim> = await store.listClaims({}, { first: 3, after });
          expect(page.items.length).toBeLessThanOrEqual(3);
          seen.push(...ids(page.items));
          if (!page.hasNextPage) break;
          after = page.endCursor;
          if (inserted < inserts.length) await store.writeArticle(fillerBundle(`ins${inserted}`, inserts[inserted++]!, 2));
        }
        expect(inserted).toBeGreaterThanOrEqual(6);
        expect(new Set(seen).size).toBe(seen.length);
        for (const id of existing) expect(seen).toContain(id);
        expect((await store.listClaims({}, { first: 1 })).totalCount).toBe(18 + 2 * inserted);
      });

      test('paging articles, sources and events with a filter keeps totals and order', async () => {
        await store.writeArticles(Array.from({ length: 7 }, (_, i) => fillerBundle(`f${i}`, `2020-05-0${i + 1}`, 1, i % 2 === 0 ? 'Even Post' : 'Odd Post')));
        const seen: string[] = [];
        let after: string | null = null;
        let pages = 0;
        for (;;) {
          const page = await store.listArticles({ outlet: 'even post' }, { first: 2, after });
          // Each page is preceded by one more matching article, inserted before the cursor.
          expect(page.totalCount).toBe(4 + pages);
          pages++;
          seen.push(...page.items.map((a) => a.published!));
          if (!page.hasNextPage) {
            expect(page.endCursor).toBe(page.cursors.at(-1) ?? null);
            break;
          }
          after = page.endCursor;
          await store.writeArticle(fillerBundle(`g${pages}`, '2020-04-01', 1, 'Even Post'));
        }
        expect(seen).toEqual(['2020-05-01', '2020-05-03', '2020-05-05', '2020-05-07']);
        expect(pages).toBe(2);
        // Resuming from any item's cursor continues right after it.
        const full = await store.listArticles({}, { first: 100 });
        const resumed = await store.listArticles({}, { first: 100, after: full.cursors[3] });
        expect(ids(resumed.items)).toEqual(ids(full.items.slice(4)));

        const { ap, bbc, alj } = { ...apStory(), ...bbcStory(), ...aljStory() };
        await store.writeArticles([ap, bbc, alj]);
        const sources = await allPages((a) => store.listSources({}, { first: 2, after: a }));
        expect(sources.map((s) => s.name)).toEqual((await store.listSources({}, { first: 100 })).items.map((s) => s.name));
        const events = await allPages((a) => store.listEvents({}, { first: 1, after: a }));
        expect(ids(events)).toEqual([ROCKET.id, STRIKES.id, PROTEST.id]);
      });
    });

    // ---- search -------------------------------------------------------------------------

    describe('search', () => {
      test('a claim with all the query words ranks above one with one word; no match is empty', async () => {
        const b = new BundleBuilder(
          [
            'Militia supporters stormed the embassy gate in Baghdad.',
            'The embassy issued a travel advisory for citizens.',
            'Rockets struck an airbase north of the capital.',
          ].join('\n'),
          { published: '2020-01-01', outlet: 'Search Daily' },
        );
        const both = b.claim('Militia supporters stormed the embassy gate in Baghdad');
        const one = b.claim('The embassy issued a travel advisory for citizens');
        b.claim('Rockets struck an airbase north of the capital');
        await store.writeArticle(b.build());
        const res = await store.searchClaims('militia embassy', { first: 10 });
        expect(res.items.map((c) => c.id)).toEqual([both, one]);
        expect(res.scores).toHaveLength(2);
        expect(res.scores[0]!).toBeGreaterThan(res.scores[1]!);
        expect(res.totalCount).toBe(2);
        expect((await store.searchClaims('Zanzibar', { first: 10 })).items).toEqual([]);
        expect((await store.searchClaims('Zanzibar', { first: 10 })).totalCount).toBe(0);
        // Search syntax in user text is just text.
        const odd = await store.searchClaims('embassy AND ( OR "NOT* NEAR(', { first: 10 });
        expect(odd.items.map((c) => c.id)).toContain(one);
        expect((await store.searchClaims('   ', { first: 10 })).items).toEqual([]);
      });

      test('search pages through results without repeats', async () => {
        await store.writeArticles(Array.from({ length: 5 }, (_, i) => fillerBundle(`s${i}`, '2020-06-01', 3)));
        const found = await allPages((after) => store.searchClaims('findings', { first: 4, after }));
        expect(found).toHaveLength(15);
        expect(new Set(found.map((c) => c.id)).size).toBe(15);
      });
    });

    // ---- unicode and size ---------------------------------------------------------------

    describe('unicode and size', () => {
      test('Arabic names, curly quotes and emoji round-trip and are searchable', async () => {
        const { alj, ids } = aljStory();
        await store.writeArticle(alj);
        const [quote] = await store.getClaims([ids.aljQuote]);
        expect(quote).toEqual(alj.claims[1]);
        expect(quote!.text).toBe('“الرد سيكون قاسياً جداً على القوات الأمريكية” 🔥');
        expect(quote!.speaker!.name).toBe('أبو مهدي المهندس');
        const [article] = await store.getArticles([alj.article.id]);
        expect(article!.title).toBe('Anger in Iraq 🇮🇶 after US strikes');
        expect(article!.text).toBe(alj.article.text);
        expect(await store.getSources([MUHANDIS.id])).toEqual([MUHANDIS]);
        expect(await store.resolveSourceAlias(['أبو مهدي المهندس', 'ABU MAHDI AL-MUHANDIS'])).toEqual([MUHANDIS.id, MUHANDIS.id]);
        expect((await store.searchClaims('القوات الأمريكية', { first: 5 })).items.map((c) => c.id)).toEqual([ids.aljQuote]);
        expect((await store.searchClaims('المهندس', { first: 5 })).items.map((c) => c.id)).toEqual([ids.aljQuote]);

        const b = new BundleBuilder('Crowds chanted “Down, Down, USA” 🇺🇸🔥 outside the embassy’s gates.', { published: '2020-01-01' });
        const chant = b.claim('Crowds chanted “Down, Down, USA” 🇺🇸🔥 outside the embassy’s gates');
        await store.writeArticle(b.build());
        expect((await store.getClaims([chant]))[0]!.text).toBe('Crowds chanted “Down, Down, USA” 🇺🇸🔥 outside the embassy’s gates');
        expect((await store.searchClaims('chanted', { first: 5 })).items.map((c) => c.id)).toEqual([chant]);
        expect((await store.searchClaims('“Down, Down, USA”', { first: 5 })).items.map((c) => c.id)).toEqual([chant]);
      });

      test('a 1 MB article is stored whole and its claims are found', async () => {
        const para = 'Officials in Kirkuk described the aftermath of the rocket attack at the base in detail. ';
        const filler = para.repeat(Math.ceil((1024 * 1024) / para.length));
        const tail = 'The contractor’s name was later given as Nawres Hamid, an interpreter.';
        const b = new BundleBuilder(`${filler}\n${tail}`, { published: '2019-12-28', outlet: 'Long Read' });
        const id = b.claim('The contractor’s name was later given as Nawres Hamid, an interpreter');
        for (let i = 0; i < 50; i++) b.claim('Officials in Kirkuk described the aftermath of the rocket attack at the base in detail', { occurrence: i * 200 });
        const bundle = b.build();
        expect(bundle.article.text.length).toBeGreaterThanOrEqual(1024 * 1024);
        expect((await store.writeArticle(bundle)).claims).toBe(51);
        const [article] = await store.getArticles([bundle.article.id]);
        expect(article!.text.length).toBe(bundle.article.text.length);
        expect(article!.text).toBe(bundle.article.text);
        expect((await store.searchClaims('Nawres Hamid', { first: 3 })).items.map((c) => c.id)).toEqual([id]);
        expect((await store.getClaimsByArticle([bundle.article.id]))[0]).toHaveLength(51);
      });
    });

    // ---- concurrency --------------------------------------------------------------------

    describe('concurrency', () => {
      test('two writers of the same article at once: both succeed, one row set', async () => {
        const second = fx.openSecond ? await fx.openSecond() : store;
        try {
          const { ap } = apStory();
          const { bbc } = bbcStory();
          const results = await Promise.all([store.writeArticle(ap), second.writeArticle(ap), second.writeArticle(bbc), store.writeArticle(bbc)]);
          expect(results.filter((r) => r.articleId === ap.article.id && r.created)).toHaveLength(1);
          expect(results.filter((r) => r.articleId === bbc.article.id && r.created)).toHaveLength(1);
          const counts = await store.counts();
          expect([counts.articles, counts.claims]).toEqual([2, ap.claims.length + bbc.claims.length]);
          expect(await second.getClaimsByArticle([ap.article.id])).toEqual([ap.claims]);
          expect((await store.listSources({ nameContains: 'pentagon' }, { first: 5 })).totalCount).toBe(1);
        } finally {
          if (second !== store) await second.close();
        }
      });
    });

    // ---- traversals ---------------------------------------------------------------------

    describe('traversals', () => {
      /**
       * Hand-built claim graph (arrows are from -> to):
       *   c1 -corroborates-> c0, c2 -corroborates-> c0, c2 -corroborates-> c1 (a triangle),
       *   c3 -different_figure-> c0, c4 -corroborates-> c3, c5 -corroborates-> c4,
       *   c6 -corroborates-> c0 removed by an editor, c7 -contradicts-> c0.
       */
      async function claimGraph(): Promise<string[]> {
        const lines = Array.from({ length: 8 }, (_, i) => `Graph node ${i} says ${20 + i} fighters were killed.`);
        const b = new BundleBuilder(lines.join('\n'), { published: '2020-01-01' });
        const c = lines.map((l) => b.claim(l.slice(0, -1)));
        b.link(makeLink(c[1]!, c[0]!, 'corroborates'))
          .link(makeLink(c[2]!, c[0]!, 'corroborates'))
          .link(makeLink(c[2]!, c[1]!, 'corroborates'))
          .link(makeLink(c[3]!, c[0]!, 'different_figure', { slot: 'killed|fighters' }))
          .link(makeLink(c[4]!, c[3]!, 'corroborates'))
          .link(makeLink(c[5]!, c[4]!, 'corroborates'))
          .link(makeLink(c[6]!, c[0]!, 'corroborates'))
          .link(makeLink(c[7]!, c[0]!, 'contradicts'));
        await store.writeArticle(b.build());
        expect(await store.removeLink(c[6]!, c[0]!, 'corroborates', 'not the same strikes')).toBe(true);
        return c;
      }
      const walked = (ls: TraversedLink[]): string[] => ls.map((l) => `${key(l)} @${l.depth}`).sort();

      test('traverseLinks: depth by depth, cycles once, tombstones and other types not walked', async () => {
        const c = await claimGraph();
        const types = ['corroborates', 'different_figure'] as const;
        expect(walked(await store.traverseLinks(c[0]!, types, 1))).toEqual(
          [`${c[1]} -corroborates-> ${c[0]} @1`, `${c[2]} -corroborates-> ${c[0]} @1`, `${c[3]} -different_figure-> ${c[0]} @1`].sort(),
        );
        const two = await store.traverseLinks(c[0]!, types, 2);
        expect(walked(two)).toEqual(
          [
            `${c[1]} -corroborates-> ${c[0]} @1`,
            `${c[2]} -corroborates-> ${c[0]} @1`,
            `${c[3]} -different_figure-> ${c[0]} @1`,
            `${c[2]} -corroborates-> ${c[1]} @2`,
            `${c[4]} -corroborates-> ${c[3]} @2`,
          ].sort(),
        );
        const deep = await store.traverseLinks(c[0]!, types, 6);
        expect(walked(deep)).toEqual([...walked(two), `${c[5]} -corroborates-> ${c[4]} @3`].sort());
        expect(deep.map((l) => l.depth)).toEqual([...deep.map((l) => l.depth)].sort((a, b) => a - b));
        const fig = deep.find((l) => l.type === 'different_figure')!;
        expect(fig).toMatchObject({ slot: 'killed|fighters', origin: 'machine', removed: false, score: 0.9 });
        // Starting in the middle walks both directions.
        expect(walked(await store.traverseLinks(c[4]!, ['corroborates'], 1))).toEqual([`${c[4]} -corroborates-> ${c[3]} @1`, `${c[5]} -corroborates-> ${c[4]} @1`].sort());
        expect(walked(await store.traverseLinks(c[0]!, ['contradicts'], 3))).toEqual([`${c[7]} -contradicts-> ${c[0]} @1`]);
        expect(await store.traverseLinks(c[0]!, types, 0)).toEqual([]);
        expect(await store.traverseLinks('a_nowhere:0-1', types, 3)).toEqual([]);
      });

      test('traverseLinks limit keeps the shallowest links', async () => {
        const c = await claimGraph();
        const all = await store.traverseLinks(c[0]!, ['corroborates', 'different_figure'], 6);
        const limited = await store.traverseLinks(c[0]!, ['corroborates', 'different_figure'], 6, 4);
        expect(limited).toHaveLength(4);
        expect(limited.filter((l) => l.depth === 1)).toHaveLength(3);
        expect(limited[3]!.depth).toBe(2);
        for (const l of limited) expect(walked(all)).toContain(walked([l])[0]);
      });

      test('provenance: article, speaker, publisher, credits, copies chain and derived-from chain', async () => {
        const { ap, toi, abc, ids } = apStory();
        await store.writeArticles([ap, toi, abc]);
        const p1 = await store.provenance(ids.abcKilled, 1);
        expect(p1).not.toBeNull();
        expect(p1!.claim).toEqual(abc.claims[0]);
        expect(p1!.article).toEqual(abc.article);
        expect(p1!.source).toBeNull();
        expect(p1!.publisher).toEqual(ABC);
        expect(p1!.credits).toEqual([AP]);
        expect(p1!.copies.map((x) => [x.link.from, x.link.to, x.depth, x.article.id])).toEqual([[abc.article.id, toi.article.id, 1, toi.article.id]]);
        expect(p1!.copies[0]!.link).toEqual(abc.links[0]);
        expect(p1!.derivedFrom.map((x) => [x.link.from, x.link.to, x.depth, x.claim.id])).toEqual([[ids.abcKilled, ids.toiKilled, 1, ids.toiKilled]]);

        const p3 = await store.provenance(ids.abcKilled, 3);
        expect(p3!.copies.map((x) => [x.article.id, x.depth])).toEqual([
          [toi.article.id, 1],
          [ap.article.id, 2],
        ]);
        expect(p3!.copies[1]!.article).toEqual(ap.article);
        expect(p3!.derivedFrom.map((x) => [x.claim.id, x.depth])).toEqual([
          [ids.toiKilled, 1],
          [ids.apKilled, 2],
        ]);
        expect(p3!.derivedFrom[1]!.claim).toEqual(ap.claims[0]);

        const pAp = await store.provenance(ids.apKilled, 3);
        expect(pAp!.source).toEqual(makeSource('Iraqi security officials', 'government'));
        expect(pAp!.publisher).toEqual(AP);
        expect(pAp!.copies).toEqual([]);
        expect(pAp!.derivedFrom).toEqual([]);
        expect(await store.provenance('a_nowhere:1-2', 3)).toBeNull();

        // An editor removes the middle copy link: the chain stops at depth 1 no more.
        await store.removeLink(toi.article.id, ap.article.id, 'copies', 'different wire');
        const cut = await store.provenance(ids.abcKilled, 3);
        expect(cut!.copies.map((x) => x.article.id)).toEqual([toi.article.id]);
      });

      test('provenance walks a copies cycle once', async () => {
        const { ap, toi } = apStory();
        await store.writeArticles([ap, toi]);
        await store.writeLinks([makeLink(ap.article.id, toi.article.id, 'copies', { origin: 'editor', score: 1, note: 'odd but possible' })]);
        const p = await store.provenance(ap.claims[0]!.id, 5);
        expect(p!.copies.map((x) => [x.link.from, x.link.to, x.depth])).toEqual([
          [ap.article.id, toi.article.id, 1],
          [toi.article.id, ap.article.id, 2],
        ]);
      });
    });

    // ---- merge --------------------------------------------------------------------------

    describe('mergeSources', () => {
      function khBundles(): { first: ArticleBundle; second: ArticleBundle; a: string; b: string } {
        const x = new BundleBuilder('Kataib Hezbollah said five of its commanders were among the dead.', { published: '2019-12-30', outlet: 'Wire One' });
        const a = x.claim('five of its commanders were among the dead', { speaker: KH });
        x.publisher(KH);
        const y = new BundleBuilder('Kataeb Hezbollah vowed revenge against US forces in Iraq.', { published: '2019-12-31', outlet: 'Wire Two' });
        const b = y.claim('vowed revenge against US forces in Iraq', { speaker: KH2, cue: 'vowed' });
        y.credit(KH2);
        return { first: x.build(), second: y.build(), a, b };
      }

      test('aliases kept, claims move, merged id redirects, re-ingest lands on the survivor', async () => {
        const { first, second, a, b } = khBundles();
        await store.writeArticles([first, second]);
        const merged = await store.mergeSources([KH.id, KH2.id]);
        expect(merged.id).toBe(KH.id);
        expect(merged.name).toBe('Kataib Hezbollah');
        expect(new Set(merged.aliases)).toEqual(new Set(['Kata’ib Hizbullah', 'Kataeb Hezbollah', 'KH']));
        expect(merged.aliases).not.toContain('Kataib Hezbollah');
        expect(await store.getSources([KH2.id, KH.id])).toEqual([merged, merged]);
        expect((await store.getClaims([b]))[0]!.sourceId).toBe(KH.id);
        expect(new Set((await store.listClaims({ sourceId: KH.id }, { first: 10 })).items.map((c) => c.id))).toEqual(new Set([a, b]));
        expect((await store.listClaims({ sourceId: KH2.id }, { first: 10 })).totalCount).toBe(2);
        expect(await store.getArticleSources([second.article.id])).toEqual([{ publisherId: null, creditIds: [KH.id] }]);
        expect(await store.resolveSourceAlias(['kataeb hezbollah', 'kh', 'KATAIB HEZBOLLAH'])).toEqual([KH.id, KH.id, KH.id]);
        expect((await store.counts()).sources).toBe(1);
        expect((await store.provenance(b, 1))!.source).toEqual(merged);

        // A later article still naming the merged-away source lands on the survivor.
        const z = new BundleBuilder('Kataeb Hezbollah, also called Hezbollah Brigades, buried its dead in Najaf.', { published: '2020-01-02' });
        z.publisher(KH2);
        const c = z.claim('buried its dead in Najaf', { speaker: makeSource('Kataeb Hezbollah', 'organization', { aliases: ['Hezbollah Brigades'] }) });
        const zb = z.build();
        await store.writeArticle(zb);
        expect((await store.getClaims([c]))[0]!.sourceId).toBe(KH.id);
        expect(await store.getArticleSources([zb.article.id])).toEqual([{ publisherId: KH.id, creditIds: [] }]);
        const [after] = await store.getSources([KH.id]);
        expect(after!.aliases).toContain('Hezbollah Brigades');
        expect(await store.getSources([KH2.id])).toEqual([after]);
        expect((await store.counts()).sources).toBe(1);
        expect((await store.listSources({ nameContains: 'brigades' }, { first: 5 })).items.map((s) => s.id)).toEqual([KH.id]);
      });

      test('chained merges redirect to the last survivor; unknown ids are NOT_FOUND', async () => {
        const { first, second } = khBundles();
        await store.writeArticles([first, second]);
        const { bbc } = bbcStory();
        await store.writeArticle(bbc);
        await store.mergeSources([KH.id, KH2.id]);
        const bbcMerged = await store.mergeSources([BBC.id, KH.id]);
        expect(await store.getSources([KH2.id])).toEqual([bbcMerged]);
        expect(await store.resolveSourceAlias(['KH'])).toEqual([BBC.id]);
        await expectCode(store.mergeSources([BBC.id, 's_does-not-exist']), 'NOT_FOUND');
        await expectCode(store.mergeSources([]), 'BAD_INPUT');
        expect(await store.getSources([BBC.id])).toEqual([bbcMerged]);
        // Merging a source into itself (or via a redirect) is a no-op.
        expect(await store.mergeSources([BBC.id, KH2.id])).toEqual(bbcMerged);
      });
    });

    // ---- links, reviews ----------------------------------------------------------------

    describe('links', () => {
      test("an editor's link outranks the machine's; a tombstone survives later machine writes", async () => {
        const { ap } = apStory();
        const { bbc, ids } = bbcStory();
        await store.writeArticles([ap, bbc]);
        const from = ids.bbcDied;
        const to = ap.claims[0]!.id;
        await store.writeLinks([makeLink(from, to, 'corroborates', { score: 0.7, basis: 'machine guess' })]);
        await store.writeLinks([makeLink(from, to, 'corroborates', { score: 0.8, basis: 'machine again' })]);
        expect((await store.getLinks([from]))[0]).toMatchObject({ score: 0.8, basis: 'machine again', origin: 'machine' });
        const editor = makeLink(from, to, 'corroborates', { score: 1, basis: 'checked by hand', origin: 'editor', note: 'same strikes', createdAt: '2020-01-05T09:00:00.000Z' });
        await store.writeLinks([editor]);
        expect(await store.getLinks([from])).toEqual([editor]);
        await store.writeLinks([makeLink(from, to, 'corroborates', { score: 0.2, basis: 'machine disagrees' })]);
        expect(await store.getLinks([from])).toEqual([editor]);
        expect((await store.counts()).links).toBe(1);

        expect(await store.removeLink(from, to, 'corroborates', 'different strikes after all')).toBe(true);
        expect(await store.getLinks([from, to])).toEqual([]);
        const [tomb] = await store.getLinks([from], { includeRemoved: true });
        expect(tomb).toMatchObject({ from, to, type: 'corroborates', removed: true, origin: 'editor', note: 'different strikes after all' });
        expect((await store.counts()).links).toBe(0);
        await store.writeLinks([makeLink(from, to, 'corroborates', { score: 0.99 })]);
        expect(await store.getLinks([from])).toEqual([]);
        expect((await store.getLinks([to], { includeRemoved: true }))[0]).toMatchObject({ removed: true, origin: 'editor' });
        // An editor may restore it.
        await store.writeLinks([{ ...editor, note: 'restored' }]);
        expect(await store.getLinks([from])).toEqual([{ ...editor, note: 'restored' }]);

        expect(await store.removeLink(from, to, 'contradicts', null)).toBe(false);
        expect(await store.removeLink('a_x:1-2', to, 'corroborates', null)).toBe(false);
      });

      test('writeLinks checks ends (NOT_FOUND, nothing written) and getLinks filters by type', async () => {
        const { ap, toi, ids } = apStory();
        const { bbc, ids: b } = bbcStory();
        await store.writeArticles([ap, toi, bbc]);
        await expectCode(
          store.writeLinks([makeLink(b.bbcDied, ids.apKilled, 'corroborates'), makeLink(b.bbcDied, 'a_missing:0-5', 'corroborates')]),
          'NOT_FOUND',
        );
        expect(await store.getLinks([b.bbcDied])).toEqual([]);
        await expectCode(store.writeLinks([makeLink(bbc.article.id, 'a_missing', 'copies')]), 'NOT_FOUND');
        await expectCode(store.writeLinks([makeLink(b.bbcDied, ids.apKilled, 'corroborates', { score: 7 })]), 'BAD_INPUT');
        await store.writeLinks([
          makeLink(b.bbcDied, ids.apKilled, 'corroborates', { basis: 'same toll, same strikes' }),
          makeLink(b.bbcDied, ids.toiKilled, 'corroborates'),
          makeLink(b.bbcMahdi, ids.apPentagon, 'same_event'),
        ]);
        expect((await store.getLinks([b.bbcDied])).map(key).sort()).toEqual([`${b.bbcDied} -corroborates-> ${ids.apKilled}`, `${b.bbcDied} -corroborates-> ${ids.toiKilled}`].sort());
        expect((await store.getLinks([ids.apKilled, ids.toiKilled], { types: ['derived_from'] })).map(key)).toEqual([`${ids.toiKilled} -derived_from-> ${ids.apKilled}`]);
        expect((await store.getLinks([ids.apPentagon], { types: ['same_event', 'contradicts'] })).map(key)).toEqual([`${b.bbcMahdi} -same_event-> ${ids.apPentagon}`]);
        expect((await store.counts()).links).toBe(5);
      });
    });

    describe('reviews', () => {
      test('reviews are stored per claim, newest first, upserted by id; unknown claim is NOT_FOUND', async () => {
        const { alj, ids } = aljStory();
        await store.writeArticle(alj);
        const r1 = makeReview(ids.aljKilled, 'Misleading', 'Fact Check Desk', '2020-01-03T08:00:00.000Z', 'https://factcheck.example/27');
        const r2 = makeReview(ids.aljKilled, 'Unproven', 'Other Desk', '2020-01-04T08:00:00.000Z');
        await store.writeReview(r1);
        await store.writeReview(r2);
        expect(await store.getReviewsByClaim([ids.aljKilled, ids.aljHedged])).toEqual([[r2, r1], []]);
        const r1b = { ...r1, rating: 'False', createdAt: '2020-01-05T08:00:00.000Z' };
        await store.writeReview(r1b);
        expect(await store.getReviewsByClaim([ids.aljKilled])).toEqual([[r1b, r2]]);
        await expectCode(store.writeReview(makeReview('a_nope:0-1', 'False', 'Desk', '2020-01-01T00:00:00.000Z')), 'NOT_FOUND');
      });

      test("a fact-check article's reviews of its own claims are written with it, once, in batches too", async () => {
        const { alj, ids } = aljStory();
        const verdict = makeReview(ids.aljKilled, 'False', 'Al Jazeera', '2020-01-02T00:00:00.000Z', alj.article.url);
        const checked: ArticleBundle = { ...alj, reviews: [verdict] };
        const { bbc } = bbcStory();
        const bbcVerdict = makeReview(bbc.claims[0]!.id, 'Mostly true', 'BBC Verify', '2020-01-03T00:00:00.000Z');
        expect((await store.writeArticles([checked, { ...bbc, reviews: [bbcVerdict] }])).map((r) => r.created)).toEqual([true, true]);
        expect(await store.getReviewsByClaim([ids.aljKilled, ids.aljHedged, bbc.claims[0]!.id])).toEqual([[verdict], [], [bbcVerdict]]);
        // Re-ingest changes nothing, not even a changed rating: the article is already known.
        expect((await store.writeArticle({ ...checked, reviews: [{ ...verdict, rating: 'True' }] })).created).toBe(false);
        expect(await store.getReviewsByClaim([ids.aljKilled])).toEqual([[verdict]]);
        // An editor's later verdict from the same reviewer and URL updates the same review.
        const edited = { ...verdict, rating: 'Misleading', createdAt: '2020-01-04T00:00:00.000Z' };
        await store.writeReview(edited);
        expect(await store.getReviewsByClaim([ids.aljKilled])).toEqual([[edited]]);
      });

      test('a bundle reviewing a claim it does not carry is refused and leaves nothing', async () => {
        const { alj, ids } = aljStory();
        const { bbc } = bbcStory();
        const bad: ArticleBundle = { ...bbc, reviews: [makeReview(ids.aljKilled, 'False', 'BBC Verify', '2020-01-03T00:00:00.000Z')] };
        const err = await expectCode(store.writeArticle(bad), 'BAD_INPUT');
        expect(err.message).toMatch(/reviews\[0\]\.claimId/);
        const noRating: ArticleBundle = { ...alj, reviews: [{ ...makeReview(ids.aljKilled, 'False', 'Desk', '2020-01-03T00:00:00.000Z'), rating: '' }] };
        await expectCode(store.writeArticle(noRating), 'BAD_INPUT');
        expect(await store.counts()).toEqual(emptyCounts);
      });
    });

    describe('event merges', () => {
      // An undated mention stored first, then the dated report that adopts it (src/link/adoptUndated).
      const undated = makeEvent('air strikes', null, 'Iraq', ['Kataib Hezbollah']);
      const mention = (): { bundle: ArticleBundle; died: string; other: string } => {
        const b = new BundleBuilder('At least 25 fighters died in the US strikes. Kataib Hezbollah vowed revenge.', { outlet: 'BBC News' });
        const died = b.claim('At least 25 fighters died in the US strikes', { event: undated, quantities: [qty('At least 25', 25, 'at_least', 'fighters', 'died')] });
        const other = b.claim('Kataib Hezbollah vowed revenge', { event: undated });
        b.claimKey(died, [`ev:${undated.id}`, `sl:${undated.id}|killed`, 'eu:strikes|iraq']);
        b.claimKey(other, [`ev:${undated.id}`]);
        return { bundle: b.build(), died, other };
      };
      const renames = (from: string, into: string) => [
        { from: `ev:${from}`, to: `ev:${into}` },
        { from: `sl:${from}|killed`, to: `sl:${into}|killed` },
      ];

      test('moves the claims with their keys, redirects the old id, in batches too, and re-ingest changes nothing', async () => {
        for (const batched of [false, true]) {
          const m = mention();
          const dated = { ...makeEvent('air strikes', '2019-12-29', 'Iraq', ['United States']), participants: ['United States', 'Kataib Hezbollah'] };
          const d = new BundleBuilder('US air strikes killed 25 fighters on Sunday.', { outlet: 'PA Media', published: '2019-12-31' });
          const killed = d.claim('US air strikes killed 25 fighters on Sunday', { event: dated, quantities: [qty('25', 25, 'exact', 'fighters', 'killed')] });
          d.claimKey(killed, [`ev:${dated.id}`, `sl:${dated.id}|killed`]);
          d.mergeEvent(undated.id, dated, renames(undated.id, dated.id));
          const adopting = d.build();
          if (batched) expect((await store.writeArticles([m.bundle, adopting])).map((r) => r.created)).toEqual([true, true]);
          else {
            await store.writeArticle(m.bundle);
            expect((await store.writeArticle(adopting)).created).toBe(true);
          }
          const ref = { id: dated.id, label: 'air strikes', date: '2019-12-29', place: 'Iraq' };
          expect((await store.getClaims([m.died, m.other, killed])).map((c) => c!.event)).toEqual([ref, ref, ref]);
          expect(await store.getEvents([undated.id, dated.id])).toEqual([dated, dated]);
          expect((await store.counts()).events).toBe(1);
          const about = await store.listClaims({ eventId: undated.id }, { first: 10 });
          expect(about.items.map((c) => c.id).sort()).toEqual([m.died, m.other, killed].sort());
          expect((await store.listClaims({ eventId: dated.id }, { first: 10 })).totalCount).toBe(3);
          const slot = await store.findClaimsByKeys([`sl:${dated.id}|killed`], 10);
          expect(slot.map((h) => h.claimId).sort()).toEqual([m.died, killed].sort());
          expect((await store.findClaimsByKeys([`ev:${dated.id}`], 10)).length).toBe(3);
          expect(await store.findClaimsByKeys([`ev:${undated.id}`, `sl:${undated.id}|killed`], 10)).toEqual([]);
          // Keys that do not name the event stay as they were.
          expect(await store.findClaimsByKeys(['eu:strikes|iraq'], 10)).toEqual([{ claimId: m.died, keys: ['eu:strikes|iraq'] }]);
          // Again: nothing changes (the article is known; its merge is not replayed).
          expect((await store.writeArticle(adopting)).created).toBe(false);
          expect(await store.getEvents([undated.id])).toEqual([dated]);

          // A later merge of the survivor carries the redirect along.
          const later = makeEvent('air strikes', '2019-12-28', null, [], '2019-12-29');
          const w = new BundleBuilder('The strikes of the weekend were the largest in years.', { outlet: 'Reuters', published: '2020-01-02' });
          w.claim('The strikes of the weekend were the largest in years', { event: later });
          w.mergeEvent(dated.id, later, renames(dated.id, later.id));
          await store.writeArticle(w.build());
          expect((await store.getEvents([undated.id, dated.id])).map((e) => e!.id)).toEqual([later.id, later.id]);
          expect((await store.listClaims({ eventId: undated.id }, { first: 10 })).totalCount).toBe(4);
          await fx.cleanup();
          fx = await factory();
          store = fx.store;
        }
      });

      test('a merge into an event the bundle does not write is refused and leaves nothing', async () => {
        const m = mention();
        await store.writeArticle(m.bundle);
        const d = new BundleBuilder('US air strikes killed 25 fighters on Sunday.', { outlet: 'PA Media', published: '2019-12-31' });
        d.claim('US air strikes killed 25 fighters on Sunday');
        const bad: ArticleBundle = { ...d.build(), eventMerges: [{ from: undated.id, into: 'e_elsewhere', keys: [] }] };
        const err = await expectCode(store.writeArticle(bad), 'BAD_INPUT');
        expect(err.message).toMatch(/eventMerges\[0\]\.into/);
        const self: ArticleBundle = { ...m.bundle, article: bad.article, claims: [], claimKeys: [], eventMerges: [{ from: undated.id, into: undated.id, keys: [] }] };
        expect((await expectCode(store.writeArticle(self), 'BAD_INPUT')).message).toMatch(/eventMerges\[0\]\.from/);
        // A write that fails after its merge (a link to nothing) leaves the merge undone too.
        const dated = makeEvent('air strikes', '2019-12-29', 'Iraq');
        const late = new BundleBuilder('US air strikes killed 25 fighters on Sunday.', { outlet: 'PA Media', published: '2019-12-31' });
        const killed = late.claim('US air strikes killed 25 fighters on Sunday', { event: dated });
        late.mergeEvent(undated.id, dated, renames(undated.id, dated.id)).link(makeLink(killed, 'a_gone:0-5', 'corroborates'));
        await expectCode(store.writeArticle(late.build()), 'BAD_INPUT');
        expect((await store.counts()).articles).toBe(1);
        expect(await store.getEvents([undated.id, dated.id])).toEqual([undated, null]);
        expect((await store.getClaims([m.died])).map((c) => c!.event!.id)).toEqual([undated.id]);
        expect((await store.findClaimsByKeys([`ev:${undated.id}`], 10)).map((h) => h.claimId).sort()).toEqual([m.died, m.other].sort());
      });
    });

    // ---- candidate look-up, counts, lifecycle -------------------------------------------

    describe('look-ups and counts', () => {
      test('findArticlesByKeys, findClaimsByKeys, findEvents and resolveSourceAlias', async () => {
        const { ap, toi, abc, ids } = apStory();
        const { bbc, ids: b } = bbcStory();
        await store.writeArticles([ap, toi, abc, bbc]);
        expect(await store.findArticlesByKeys(['band:strikes:1', 'band:strikes:2', 'band:strikes:3'], 10)).toEqual([
          { articleId: ap.article.id, shared: 3 },
          { articleId: toi.article.id, shared: 2 },
          ...[abc.article.id, bbc.article.id].sort().map((articleId) => ({ articleId, shared: 1 })),
        ]);
        expect(await store.findArticlesByKeys(['band:strikes:3', 'band:strikes:2'], 1)).toEqual([{ articleId: ap.article.id, shared: 2 }]);
        expect(await store.findArticlesByKeys(['band:none'], 10)).toEqual([]);
        expect(await store.findArticlesByKeys([], 10)).toEqual([]);

        const found = await store.findClaimsByKeys(['killed|fighters|2019-12-29', 'kataib-hezbollah'], 10);
        expect(found[0]).toEqual({ claimId: ids.apKilled, keys: ['kataib-hezbollah', 'killed|fighters|2019-12-29'].sort() });
        expect(new Set(found.slice(1).map((f) => f.claimId))).toEqual(new Set([ids.toiKilled, ids.abcKilled, b.bbcDied]));
        expect(found.slice(1).every((f) => f.keys.length === 1 && f.keys[0] === 'killed|fighters|2019-12-29')).toBe(true);
        expect(await store.findClaimsByKeys(['nothing'], 10)).toEqual([]);

        expect(await store.findEvents({ label: 'Strikes', dateFrom: '2019-12-29', dateTo: '2019-12-29' }, 5)).toEqual([STRIKES]);
        expect(await store.findEvents({ label: 'strikes', dateFrom: '2020-02-01' }, 5)).toEqual([]);
        expect((await store.findEvents({ dateFrom: '2019-12-27', dateTo: '2019-12-31' }, 5)).map((e) => e.id)).toEqual([ROCKET.id, STRIKES.id, PROTEST.id]);
        expect(await store.findEvents({ dateFrom: '2019-12-27', dateTo: '2019-12-31' }, 1)).toEqual([ROCKET]);

        expect(await store.resolveSourceAlias(['The Associated Press', 'ap', 'BBC', 'nobody at all', 'Pentagon'])).toEqual([AP.id, AP.id, BBC.id, null, PENTAGON.id]);
      });

      test('counts follow writes, and a closed store is STORE_UNAVAILABLE', async () => {
        expect(await store.counts()).toEqual(emptyCounts);
        const { ap, toi } = apStory();
        await store.writeArticles([ap, toi]);
        expect(await store.counts()).toEqual({ articles: 2, claims: 4, sources: 4, events: 2, entities: 3, links: 2 });
        expect(typeof store.description).toBe('string');
        expect(store.description).not.toMatch(/password/i);
        await store.close();
        expect(await store.ping()).toBe(false);
        const err = await expectCode(store.counts(), 'STORE_UNAVAILABLE');
        expect(err.message.length).toBeGreaterThan(10);
        await expectCode(store.writeArticle(fillerBundle('late', null)), 'STORE_UNAVAILABLE');
        await expectCode(store.getClaims([ap.claims[0]!.id]), 'STORE_UNAVAILABLE');
      });
    });
  });
}

/** Comparator for claim ids of the story in list order (published, article id, start). */
function byListOrder(story: { ap: ArticleBundle; toi: ArticleBundle; abc: ArticleBundle; bbc: ArticleBundle; alj: ArticleBundle }): (a: string, b: string) => number {
  const claims = new Map<string, [string, string, number]>();
  for (const b of [story.ap, story.toi, story.abc, story.bbc, story.alj]) {
    for (const c of b.claims) claims.set(c.id, [b.article.published ?? '~', b.article.id, c.start]);
  }
  return (x, y) => {
    const [a, b] = [claims.get(x)!, claims.get(y)!];
    return a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : a[2] - b[2];
  };
}

function articleOrder(story: { ap: ArticleBundle; toi: ArticleBundle; abc: ArticleBundle; bbc: ArticleBundle; alj: ArticleBundle }, undated: ArticleBundle): (a: string, b: string) => number {
  const pub = new Map([story.ap, story.toi, story.abc, story.bbc, story.alj, undated].map((b) => [b.article.id, b.article.published ?? '~']));
  return (x, y) => {
    const [a, b] = [pub.get(x)!, pub.get(y)!];
    return a < b ? -1 : a > b ? 1 : x < y ? -1 : x > y ? 1 : 0;
  };
}
