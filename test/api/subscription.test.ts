import { STORE_KINDS, openHarness, data, type Harness } from './support/harness';
import { readEvents } from './support/sse';
import { NEO4J_LEASE_TIMEOUT_MS } from '../support/neo4j';

const ARTICLE = `---
outlet: Subscription Test Wire
published: 2020-01-03
---
Iraqi officials said on Friday that 12 rockets hit the Balad air base north of Baghdad.

The Pentagon said no American personnel were wounded in the attack.
`;

/** claimAdded over server-sent events: subscribe, ingest through the API, receive the new claims. */
describe.each(STORE_KINDS)('subscription claimAdded on %s', (kind) => {
  let h: Harness;
  beforeAll(async () => {
    h = await openHarness(kind);
  }, NEO4J_LEASE_TIMEOUT_MS);
  afterAll(async () => h?.close());

  test('a subscriber receives the claims of an article ingested after it subscribed', async () => {
    const controller = new AbortController();
    const stream = await h.api.fetch('http://test.local/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
      body: JSON.stringify({ query: 'subscription { claimAdded { id text article { outlet published } } }' }),
      signal: controller.signal,
    });
    expect(stream.status).toBe(200);
    expect(stream.headers.get('content-type')).toContain('text/event-stream');

    const events = readEvents(stream, (ev) => ev.some((e) => e.event === 'next'), 20_000);
    const ingested = data(await h.editor('mutation($t: String!) { ingestArticle(input: { text: $t }) { created items { claims { id } } } }', { t: ARTICLE }));
    expect(ingested.ingestArticle.created).toBe(1);
    const claimIds = ingested.ingestArticle.items[0].claims.map((c: { id: string }) => c.id);
    expect(claimIds.length).toBeGreaterThan(0);

    const received = await events;
    controller.abort();
    const first = JSON.parse(received.find((e) => e.event === 'next')!.data) as { data: { claimAdded: { id: string; text: string; article: { outlet: string; published: string } } } };
    expect(claimIds).toContain(first.data.claimAdded.id);
    expect(first.data.claimAdded.article).toEqual({ outlet: 'Subscription Test Wire', published: '2020-01-03' });
  }, 60_000);

  test('subscriptions over GET work too, and an already stored article adds nothing', async () => {
    const controller = new AbortController();
    const q = encodeURIComponent('subscription { claimAdded { id } }');
    const stream = await h.api.fetch(`http://test.local/graphql?query=${q}`, { headers: { accept: 'text/event-stream' }, signal: controller.signal });
    expect(stream.status).toBe(200);
    // The same article again is 'known': no event. A new one is.
    const again = data(await h.editor('mutation($t: String!) { ingestArticle(input: { text: $t }) { known } }', { t: ARTICLE }));
    expect(again.ingestArticle.known).toBe(1);
    const events = readEvents(stream, (ev) => ev.some((e) => e.event === 'next'), 20_000);
    const fresh = ARTICLE.replace('12 rockets', '14 rockets').replace('Balad', 'Ain al-Asad');
    const ingested = data(await h.editor('mutation($t: String!) { ingestArticle(input: { text: $t }) { items { claims { id } } } }', { t: fresh }));
    const ids = ingested.ingestArticle.items[0].claims.map((c: { id: string }) => c.id);
    const received = await events;
    controller.abort();
    const got = received.filter((e) => e.event === 'next').map((e) => (JSON.parse(e.data) as { data: { claimAdded: { id: string } } }).data.claimAdded.id);
    for (const id of got) expect(ids).toContain(id);
  }, 60_000);
});
