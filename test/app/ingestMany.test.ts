import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { IngestService, type IngestItemResult } from '../../src/app/IngestService';
import { ExtractWorker, type Extractor } from '../../src/app/ExtractWorker';
import { prepareInput, type PreparedInput } from '../../src/app/prepareInput';
import type { RawInput } from '../../src/extract/types';
import { SqliteGraphStore } from '../../src/store/sqlite/SqliteGraphStore';
import { ClaimgraphError } from '../../src/domain';

const examples = join(__dirname, '..', '..', 'examples');
const pa = readFileSync(join(examples, '000_6262cfbec4e4a1f6.txt'), 'utf8');
const bbc = readFileSync(join(examples, '004_b43e8576c512d32b.txt'), 'utf8');
const line = (t: string): string => JSON.stringify({ outlet: 'Test Wire', published: '2019-12-31', title: t, text: `${t} said the police arrested 12 people in Baghdad on Tuesday.` });

interface Job {
  name: string;
  content?: string | Buffer;
  unreadable?: boolean;
}

/** Good articles, a repeat, binary input, a JSON Lines file with a bad line, an unreadable file. */
const JOBS: Job[] = [
  { name: 'pa.txt', content: pa },
  { name: 'photo.txt', content: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]) },
  { name: 'batch.jsonl', content: [line('Officials'), '{"title": broken', line('Witnesses')].join('\n') },
  { name: 'gone.txt', unreadable: true },
  { name: 'bbc.txt', content: bbc },
  { name: 'pa-again.txt', content: pa },
  { name: 'empty.txt', content: '   ' },
];

async function freshStore(): Promise<SqliteGraphStore> {
  const store = new SqliteGraphStore({ path: ':memory:' });
  await store.init();
  return store;
}

const handlers = (seen: Array<[string, IngestItemResult[]]>) => ({
  read: async (j: Job): Promise<RawInput> => {
    if (j.unreadable || j.content === undefined) throw new Error(`ENOENT: ${j.name}`);
    return { file: j.name, content: j.content };
  },
  readFailed: (j: Job, e: unknown): IngestItemResult[] => [
    { file: j.name, index: 0, status: 'failed', articleId: null, title: null, claims: [], links: [], error: { code: 'IO', message: e instanceof Error ? e.message : String(e) } },
  ],
  done: (j: Job, results: IngestItemResult[]) => void seen.push([j.name, results]),
});

/** What one-by-one ingest() reports for the jobs (the reference). */
async function oneByOne(): Promise<Array<[string, IngestItemResult[]]>> {
  const store = await freshStore();
  const svc = new IngestService(store);
  const out: Array<[string, IngestItemResult[]]> = [];
  const h = handlers(out);
  for (const j of JOBS) {
    let raw: RawInput;
    try {
      raw = await h.read(j);
    } catch (e) {
      out.push([j.name, h.readFailed(j, e)]);
      continue;
    }
    out.push([j.name, await svc.ingest(raw)]);
  }
  await store.close();
  return out;
}

/** Link timestamps differ between runs; everything else must not. */
function comparableResults(rs: Array<[string, IngestItemResult[]]>): unknown {
  return rs.map(([name, results]) => [name, results.map((r) => ({ ...r, links: r.links.map((l) => ({ ...l, createdAt: '' })) }))]);
}

/** An extractor in this thread, answering after a delay (a slow or a fast worker), or failing. */
class FakeExtractor implements Extractor {
  ready = true;
  sent = 0;
  closed = false;
  constructor(private readonly opts: { delayMs: number; failEvery?: number }) {}
  run(raw: RawInput): Promise<PreparedInput | null> {
    const n = ++this.sent;
    return new Promise((resolve) =>
      setTimeout(() => resolve(this.opts.failEvery && n % this.opts.failEvery === 0 ? null : prepareInput(raw, 10 * 1024 * 1024)), this.opts.delayMs),
    );
  }
  async close(): Promise<void> {
    this.closed = true;
  }
}

describe('IngestService.ingestMany', () => {
  let reference: Array<[string, IngestItemResult[]]>;
  beforeAll(async () => {
    reference = await oneByOne();
  });

  it('the reference covers new, known and failed inputs', () => {
    const statuses = reference.flatMap(([, rs]) => rs.map((r) => r.status));
    expect(statuses).toEqual(['new', 'failed', 'new', 'failed', 'new', 'failed', 'new', 'known', 'failed']);
    expect(reference[3]![1][0]!.error).toMatchObject({ code: 'IO' });
  });

  it.each([
    ['without a worker', { worker: false }],
    ['with a fast worker', { delayMs: 0 }],
    ['with a slow worker (this thread extracts meanwhile)', { delayMs: 40 }],
    ['with a worker that loses every other input', { delayMs: 5, failEvery: 2 }],
  ])('reports exactly what ingest() one by one reports, in order: %s', async (_label, o) => {
    const store = await freshStore();
    const svc = new IngestService(store);
    const seen: Array<[string, IngestItemResult[]]> = [];
    const fake = 'delayMs' in o ? new FakeExtractor(o) : undefined;
    const outcome = await svc.ingestMany(JOBS, handlers(seen), fake ? { extractor: fake, lookahead: 3 } : { worker: false });
    expect(outcome.stoppedAt).toBeNull();
    expect(comparableResults(seen)).toEqual(comparableResults(reference));
    expect((await store.counts()).articles).toBe(4);
    if (fake) {
      expect(fake.sent).toBeGreaterThan(0);
      expect(fake.closed).toBe(true);
    }
    await store.close();
  });

  it('stops when done() says so: later inputs are neither written nor reported', async () => {
    const store = await freshStore();
    const svc = new IngestService(store);
    const seen: string[] = [];
    const h = handlers([]);
    const fake = new FakeExtractor({ delayMs: 0 });
    const outcome = await svc.ingestMany(JOBS, { ...h, done: (j) => (seen.push(j.name), j.name !== 'batch.jsonl') }, { extractor: fake });
    expect(outcome.stoppedAt).toBe(3);
    expect(seen).toEqual(['pa.txt', 'photo.txt', 'batch.jsonl']);
    expect((await store.counts()).articles).toBe(3);
    expect(fake.closed).toBe(true);
    await store.close();
  });

  it('a read failure that throws surfaces at its own turn, after the inputs before it are written', async () => {
    const store = await freshStore();
    const svc = new IngestService(store);
    const seen: string[] = [];
    const h = handlers([]);
    const run = svc.ingestMany(
      JOBS,
      {
        ...h,
        readFailed: () => {
          throw new ClaimgraphError('BAD_INPUT', 'cannot read');
        },
        done: (j) => void seen.push(j.name),
      },
      { extractor: new FakeExtractor({ delayMs: 1 }) },
    );
    await expect(run).rejects.toThrow('cannot read');
    expect(seen).toEqual(['pa.txt', 'photo.txt', 'batch.jsonl']);
    await store.close();
  });
});

function plain(x: unknown): unknown {
  return JSON.parse(JSON.stringify(x, (_k, v: unknown) => (Object.prototype.toString.call(v) === '[object Set]' ? [...(v as Set<unknown>)] : v)));
}

describe('ExtractWorker (a real thread, TypeScript through tsx)', () => {
  it('prepares an input exactly as this thread does, and closes', async () => {
    const w = new ExtractWorker(10 * 1024 * 1024);
    try {
      const deadline = Date.now() + 60_000;
      while (!w.ready && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
      expect(w.ready).toBe(true);
      const raw = { file: 'pa.txt', content: Buffer.from(pa) };
      const [there, bad] = await Promise.all([w.run(raw), w.run({ file: 'x.bin', content: Buffer.from([0, 1, 2, 0, 255, 0, 3, 0]) })]);
      // Sets from the thread belong to Node's own realm, not to jest's sandbox: compare as plain data.
      expect(plain(there)).toEqual(plain(prepareInput(raw, 10 * 1024 * 1024)));
      expect(there?.records[0]?.fingerprint?.shingles.size).toBeGreaterThan(100);
      expect(bad?.records[0]?.error).toMatchObject({ code: 'BAD_INPUT' });
    } finally {
      await w.close();
    }
    expect(await w.run({ file: 'late.txt', content: pa })).toBeNull();
  }, 90_000);
});
