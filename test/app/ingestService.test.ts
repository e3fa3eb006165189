import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { IngestService } from '../../src/app/IngestService';
import { SqliteGraphStore } from '../../src/store/sqlite/SqliteGraphStore';

const examples = join(__dirname, '..', '..', 'examples');
const pa = readFileSync(join(examples, '000_6262cfbec4e4a1f6.txt'), 'utf8');

async function freshStore(): Promise<SqliteGraphStore> {
  const store = new SqliteGraphStore({ path: ':memory:' });
  await store.init();
  return store;
}

describe('IngestService', () => {
  it('ingests once and knows the article the second time, changing nothing', async () => {
    const store = await freshStore();
    const svc = new IngestService(store);
    const [first] = await svc.ingest({ file: 'pa.txt', content: pa });
    expect(first).toMatchObject({ status: 'new', error: null });
    expect(first!.claims.length).toBeGreaterThan(5);
    const before = await store.counts();
    const [again] = await svc.ingest({ file: 'copy-of-pa.txt', content: Buffer.from(pa) });
    expect(again).toMatchObject({ status: 'known', articleId: first!.articleId, claims: [] });
    expect(await store.counts()).toEqual(before);
    await store.close();
  });

  it('reports a bad JSON Lines record by its own index and keeps the good ones', async () => {
    const store = await freshStore();
    const svc = new IngestService(store);
    const good = (t: string) => JSON.stringify({ outlet: 'Test Wire', published: '2019-12-31', title: t, text: `${t} said the police arrested 12 people in Baghdad on Tuesday.` });
    const jsonl = [good('Officials'), '{"title": broken', good('Witnesses')].join('\n');
    const results = await svc.ingest({ file: 'batch.jsonl', content: jsonl });
    expect(results.map((r) => [r.index, r.status])).toEqual([
      [0, 'new'],
      [1, 'failed'],
      [2, 'new'],
    ]);
    expect(results[1]!.error).toMatchObject({ code: 'BAD_INPUT' });
    expect(results[1]!.error!.message).toContain('batch.jsonl');
    expect((await store.counts()).articles).toBe(2);
    await store.close();
  });

  it('refuses oversized and binary input with BAD_INPUT and stores nothing', async () => {
    const store = await freshStore();
    const svc = new IngestService(store, { maxArticleBytes: 1024 });
    const [big] = await svc.ingest({ file: 'big.txt', content: 'word '.repeat(1000) });
    expect(big).toMatchObject({ status: 'failed', error: { code: 'BAD_INPUT' } });
    const [bin] = await new IngestService(store).ingest({ file: 'x.bin', content: Buffer.from([0, 1, 2, 0, 255, 0, 3, 0]) });
    expect(bin).toMatchObject({ status: 'failed', error: { code: 'BAD_INPUT' } });
    expect((await store.counts()).articles).toBe(0);
    await store.close();
  });

  it('reports STORE_UNAVAILABLE per item when the store has gone away', async () => {
    const store = await freshStore();
    const svc = new IngestService(store);
    await store.close();
    const [r] = await svc.ingest({ file: 'pa.txt', content: pa });
    expect(r).toMatchObject({ status: 'failed', error: { code: 'STORE_UNAVAILABLE' } });
  });

  it('announces the claims of new articles to listeners, and only of new ones', async () => {
    const store = await freshStore();
    const svc = new IngestService(store);
    const seen: number[] = [];
    const off = svc.onClaimsAdded((claims) => seen.push(claims.length));
    await svc.ingest({ file: 'pa.txt', content: pa });
    await svc.ingest({ file: 'pa.txt', content: pa });
    off();
    expect(seen).toHaveLength(1);
    expect(seen[0]).toBeGreaterThan(5);
    await store.close();
  });
});
