import { STORE_KINDS, openHarness, data, codes, sampleInputs, type Harness } from './support/harness';
import { NEO4J_LEASE_TIMEOUT_MS } from '../support/neo4j';

const INGEST = `mutation($input: IngestInput!) { ingestArticle(input: $input) {
  created known failed
  items { input index status articleId title error { code message }
    article { id outlet published title url claims(first: 500) { totalCount } }
    claims { id text kind article { id } }
    links { type fromId toId basis }
  }
} }`;
const INGEST_MANY = `mutation($inputs: [IngestInput!]!) { ingestArticles(inputs: $inputs) {
  created known failed items { input index status articleId error { code message } claims { id } }
} }`;

/** ingestArticle / ingestArticles: any input format as text, optional metadata, per-item outcomes. */
describe.each(STORE_KINDS)('ingest mutations on %s', (kind) => {
  let h: Harness;
  const [first, second] = sampleInputs();

  beforeAll(async () => {
    h = await openHarness(kind);
  }, NEO4J_LEASE_TIMEOUT_MS);
  afterAll(async () => h?.close());

  test('a sample article becomes an article with its claims; the second is linked to the first', async () => {
    const a = data(await h.editor(INGEST, { input: { text: first!.text } })).ingestArticle;
    expect(a).toMatchObject({ created: 1, known: 0, failed: 0 });
    const item = a.items[0];
    expect(item).toMatchObject({ input: 0, index: 0, status: 'new', error: null });
    expect(item.article.id).toBe(item.articleId);
    expect(item.article.published).toBe('2019-12-31');
    expect(item.claims.length).toBeGreaterThan(5);
    expect(item.article.claims.totalCount).toBe(item.claims.length);
    for (const c of item.claims) expect(c.article.id).toBe(item.articleId);
    expect(item.claims.map((c: { text: string }) => c.text).join(' ')).toContain('25 fighters');

    const b = data(await h.editor(INGEST, { input: { text: second!.text, format: 'text' } })).ingestArticle;
    expect(b.created).toBe(1);
    const links = b.items[0].links as Array<{ type: string; fromId: string; toId: string; basis: string }>;
    const firstIds = new Set(item.claims.map((c: { id: string }) => c.id));
    // "At least 25 fighters died" corroborates "killed 25 fighters" of the first article.
    expect(links.some((l) => l.type === 'corroborates' && firstIds.has(l.toId) && /25/.test(l.basis))).toBe(true);
  });

  test('ingesting the same text again changes nothing', async () => {
    const again = data(await h.editor(INGEST, { input: { text: first!.text } })).ingestArticle;
    expect(again).toMatchObject({ created: 0, known: 1, failed: 0 });
    expect(again.items[0]).toMatchObject({ status: 'known', claims: [], links: [] });
    expect(again.items[0].article.claims.totalCount).toBeGreaterThan(5);
  });

  test("a fact-check's rating becomes a review of its checked claim, credited to the claimant", async () => {
    const text = [
      '"Soleimani assisted in the clandestine travel to Afghanistan of 10 of the 12 terrorists who carried out the September 11th terrorist attacks," Vice President Mike Pence tweeted on Jan. 3.',
      'THE CLAIM: Soleimani helped 10 of the 12 hijackers who carried out the Sept. 11 attacks travel to Afghanistan.',
      'THE RATING: False.',
    ].join('\n\n');
    const input = { text, outlet: 'TruthMeter', url: 'https://check.example/pence-911', published: '2020-01-06' };
    const x = data(await h.editor(INGEST, { input })).ingestArticle;
    const checked = x.items[0].claims.find((c: { text: string }) => c.text.startsWith('Soleimani helped'));
    expect(checked).toMatchObject({ kind: 'attributed' });
    const got = data(await h.gql(`query($id: ID!) { claim(id: $id) { speaker { name } cue reviews { rating reviewer url datePublished claim { id } } } }`, { id: checked.id })).claim;
    expect(got).toEqual({
      speaker: { name: 'Mike Pence' },
      cue: 'THE CLAIM',
      reviews: [{ rating: 'False', reviewer: 'TruthMeter', url: 'https://check.example/pence-911', datePublished: '2020-01-06T00:00:00.000Z', claim: { id: checked.id } }],
    });
  });

  test('metadata arguments set url, outlet, published and title, for text and for HTML', async () => {
    const text = 'The ministry said on Thursday that 40 families had been moved from the flooded district of Hilla.';
    const t = data(await h.editor(INGEST, { input: { text, url: 'https://wire.example/hilla', outlet: 'Example Wire', published: '2020-01-02', title: 'Families moved in Hilla' } }));
    expect(t.ingestArticle.items[0].article).toMatchObject({ outlet: 'Example Wire', published: '2020-01-02', title: 'Families moved in Hilla', url: 'https://wire.example/hilla' });

    const html = '<html><head><title>Page title</title></head><body><article><h1>Storm</h1><p>Officials said 300 homes lost power in Basra on Sunday night after a storm.</p><p>Repairs were expected to take two days, the electricity ministry said.</p></article></body></html>';
    const h1 = data(await h.editor(INGEST, { input: { text: html, format: 'html', outlet: 'Basra Today', published: '2020-01-05T08:30:00Z' } }));
    expect(h1.ingestArticle.items[0]).toMatchObject({ status: 'new' });
    expect(h1.ingestArticle.items[0].article).toMatchObject({ outlet: 'Basra Today' });
    expect(h1.ingestArticle.items[0].article.published).toMatch(/^2020-01-05/);
  });

  test('JSON Lines input gives one item per record', async () => {
    const jsonl = [
      { outlet: 'Line One', published: '2020-01-06', title: 'One', text: 'Police said two men were arrested in Mosul on Monday after a raid.' },
      { outlet: 'Line Two', published: '2020-01-07', title: 'Two', text: 'The governor said schools in Najaf would reopen on Wednesday.' },
    ].map((r) => JSON.stringify(r)).join('\n');
    const r = data(await h.editor(INGEST, { input: { text: jsonl, format: 'jsonl' } })).ingestArticle;
    expect(r.created).toBe(2);
    expect(r.items.map((i: { index: number; article: { outlet: string } }) => [i.index, i.article.outlet])).toEqual([[0, 'Line One'], [1, 'Line Two']]);
  });

  test('bad arguments refuse the call; bad items fail alone', async () => {
    for (const input of [
      { text: '{"text": "x"}', format: 'json', outlet: 'X' },
      { text: 'Some text.', published: '31 Dec 2019' },
      { text: 'Some text.', url: 'ftp://example.org/x' },
    ]) {
      const r = await h.editor(INGEST, { input });
      expect({ input, codes: codes(r) }).toEqual({ input, codes: ['BAD_INPUT'] });
    }
    const many = data(
      await h.editor(INGEST_MANY, {
        inputs: [{ text: '   ' }, { text: 'Rescue teams said 9 people were pulled from the rubble in Erbil on Tuesday.' }, { text: '{"url": 1', format: 'json' }],
      }),
    ).ingestArticles;
    expect(many).toMatchObject({ created: 1, failed: 2 });
    expect(many.items.map((i: { input: number; status: string; error: { code: string } | null }) => [i.input, i.status, i.error?.code ?? null])).toEqual([
      [0, 'failed', 'BAD_INPUT'],
      [1, 'new', null],
      [2, 'failed', 'BAD_INPUT'],
    ]);
    expect(codes(await h.editor(INGEST_MANY, { inputs: [] }))).toEqual(['BAD_INPUT']);
    expect(codes(await h.editor(INGEST_MANY, { inputs: Array.from({ length: 1001 }, () => ({ text: 'x' })) }))).toEqual(['BAD_INPUT']);
  });
});

describe('ingest size limit (sqlite)', () => {
  test('an article over CLAIMGRAPH_MAX_ARTICLE_BYTES fails as BAD_INPUT and writes nothing', async () => {
    const h = await openHarness('sqlite', { env: { CLAIMGRAPH_MAX_ARTICLE_BYTES: '1024' } });
    try {
      const text = 'Officials said the bridge reopened. '.repeat(60);
      const r = data(await h.editor(INGEST, { input: { text } })).ingestArticle;
      expect(r).toMatchObject({ created: 0, failed: 1 });
      expect(r.items[0].error.code).toBe('BAD_INPUT');
      expect(r.items[0].error.message).toContain('1024');
      expect((await h.store.counts()).articles).toBe(0);
    } finally {
      await h.close();
    }
  });
});
