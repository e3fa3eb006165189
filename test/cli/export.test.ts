import { createWriteStream, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { CliIO } from '../../src/cli/io';
import { main } from '../../src/cli/main';
import { exportGraph, fileSink, ioSink, streamSink } from '../../src/cli/commands/export';
import { SqliteGraphStore } from '../../src/store/sqlite/SqliteGraphStore';

const EXAMPLES = path.resolve(__dirname, '../../examples');

function bufferIO(cwd: string): CliIO & { stdout: () => string; stderr: () => string } {
  const out: string[] = [];
  const err: string[] = [];
  return { out: (t) => void out.push(t), err: (t) => void err.push(t), env: {}, cwd, isTTY: false, stdout: () => out.join(''), stderr: () => err.join('') };
}

interface Exported {
  articles: Array<{
    article: { id: string; credits: string[] };
    claims: Array<{ id: string; articleId: string; kind: string; text: string; quantities: unknown[] }>;
    reviews?: Array<{ claimId: string; rating: string }>;
  }>;
  sources: Array<{ id: string; name: string }>;
  events: Array<{ id: string }>;
  links: Array<{ from: string; to: string; type: string; score: number; basis: string }>;
  counts: Record<string, number>;
}

describe('claimgraph export', () => {
  let dir: string;
  let db: string;
  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'cg-export-'));
    db = path.join(dir, 'g.db');
    expect(await main(['ingest', EXAMPLES, '--store', `sqlite:${db}`], bufferIO(dir))).toBe(0);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes the whole graph as interchange JSON: articles with claims, sources, events, links', async () => {
    const io = bufferIO(dir);
    expect(await main(['export', '--format', 'json', '--store', `sqlite:${db}`], io)).toBe(0);
    const doc = JSON.parse(io.stdout()) as Exported;
    expect(doc.articles).toHaveLength(2);
    const claimIds = new Set(doc.articles.flatMap((a) => a.claims.map((c) => c.id)));
    expect(claimIds.size).toBeGreaterThan(10);
    for (const a of doc.articles) for (const c of a.claims) expect(c.articleId).toBe(a.article.id);
    expect(doc.sources.map((s) => s.name)).toEqual(expect.arrayContaining(['Associated Press', 'Mike Pompeo']));
    expect(doc.events.length).toBeGreaterThan(0);
    expect(doc.links.length).toBeGreaterThan(0);
    const ends = new Set([...claimIds, ...doc.articles.map((a) => a.article.id)]);
    for (const l of doc.links) {
      expect(ends.has(l.from) && ends.has(l.to)).toBe(true);
      expect(l.basis.length).toBeGreaterThan(0);
    }
    expect(doc.links.map((l) => l.type)).toContain('corroborates');
    expect(doc.counts).toMatchObject({ articles: 2, links: doc.links.length });
  });

  it("writes each article's reviews beside its claims, and only where there are some", async () => {
    const fresh = path.join(dir, 'reviews.db');
    const checkFile = path.join(dir, 'check.md');
    const check = [
      '---',
      'outlet: TruthMeter',
      'url: https://check.example/pence-911',
      'published: 2020-01-06',
      '---',
      '"Soleimani assisted in the clandestine travel to Afghanistan of 10 of the 12 terrorists who carried out the September 11th terrorist attacks," Vice President Mike Pence tweeted on Jan. 3.',
      '',
      'THE CLAIM: Soleimani helped 10 of the 12 hijackers who carried out the Sept. 11 attacks travel to Afghanistan.',
      '',
      'THE RATING: False.',
    ].join('\n');
    writeFileSync(checkFile, check);
    expect(await main(['ingest', EXAMPLES, checkFile, '--store', `sqlite:${fresh}`], bufferIO(dir))).toBe(0);
    const io = bufferIO(dir);
    expect(await main(['export', '--store', `sqlite:${fresh}`], io)).toBe(0);
    const doc = JSON.parse(io.stdout()) as Exported;
    const withReviews = doc.articles.filter((a) => a.reviews !== undefined);
    expect(withReviews).toHaveLength(1);
    const checked = withReviews[0]!.claims.find((c) => c.id === withReviews[0]!.reviews![0]!.claimId);
    expect(checked?.text).toMatch(/^Soleimani helped 10/u);
    expect(withReviews[0]!.reviews).toEqual([
      { claimId: expect.any(String), rating: 'False', reviewer: 'TruthMeter', url: 'https://check.example/pence-911', datePublished: '2020-01-06T00:00:00.000Z' },
    ]);
    expect(doc.counts).toMatchObject({ articles: 3, reviews: 1 });
  });

  it("writes an article's corrections and editor's notes, ingested from its page, and no notes key where it printed none", async () => {
    const fresh = path.join(dir, 'notes.db');
    const page = path.join(dir, 'corrected.md');
    writeFileSync(
      page,
      [
        '---',
        'outlet: The Gazette',
        'published: 2020-01-10',
        '---',
        'Fifty-seven Canadians were among the 176 people killed when the airliner crashed near Tehran on Wednesday, the foreign minister said.',
        '',
        'Correction: An earlier version of this story said 63 Canadians were killed, a figure first given by Ukraine.',
      ].join('\n'),
    );
    expect(await main(['ingest', EXAMPLES, page, '--store', `sqlite:${fresh}`], bufferIO(dir))).toBe(0);
    const io = bufferIO(dir);
    expect(await main(['export', '--store', `sqlite:${fresh}`], io)).toBe(0);
    const doc = JSON.parse(io.stdout()) as { articles: Array<{ article: { outlet: string | null; notes?: unknown }; claims: Array<{ text: string }> }> };
    const gazette = doc.articles.find((a) => a.article.outlet === 'The Gazette')!;
    expect(gazette.article.notes).toEqual([
      { kind: 'correction', text: 'Correction: An earlier version of this story said 63 Canadians were killed, a figure first given by Ukraine.' },
    ]);
    expect(gazette.claims.some((c) => c.text.includes('63'))).toBe(false);
    expect(doc.articles.filter((a) => a.article.notes !== undefined)).toHaveLength(1);
  });

  it("gives a claim's event its last day when it is a range, as `extract --json` does", async () => {
    const fresh = path.join(dir, 'range.db');
    const page = path.join(dir, 'overnight.md');
    writeFileSync(page, ['---', 'outlet: The Gazette', 'published: 2020-01-08', '---', 'Iran fired missiles at two bases in Iraq overnight, officials said.'].join('\n'));
    expect(await main(['ingest', page, '--store', `sqlite:${fresh}`], bufferIO(dir))).toBe(0);
    const io = bufferIO(dir);
    expect(await main(['export', '--store', `sqlite:${fresh}`], io)).toBe(0);
    const doc = JSON.parse(io.stdout()) as { articles: Array<{ claims: Array<{ event: Record<string, unknown> | null }> }>; events: Array<Record<string, unknown>> };
    const event = doc.articles[0]!.claims[0]!.event;
    expect(event).toMatchObject({ label: 'missile strike', date: '2020-01-07', dateEnd: '2020-01-08' });
    expect(doc.events.find((e) => e.id === event!.id)).toMatchObject({ date: '2020-01-07', dateEnd: '2020-01-08' });
    const extracted = bufferIO(dir);
    expect(await main(['extract', page, '--json'], extracted)).toBe(0);
    // (The store gives the event its graph-wide id; the article-local one of `extract` differs.)
    expect((JSON.parse(extracted.stdout()) as Array<{ claims: Array<{ event: unknown }> }>)[0]!.claims[0]!.event).toEqual({ ...event, id: expect.any(String) });
  });

  it('writes the same document to --out FILE, page by page whatever the page size', async () => {
    const io = bufferIO(dir);
    const out = path.join(dir, 'graph.json');
    expect(await main(['export', '--out', out, '--store', `sqlite:${db}`], io)).toBe(0);
    const fromFile = JSON.parse(readFileSync(out, 'utf8')) as Exported;
    expect(io.stderr()).toMatch(/exported 2 articles/);

    const store = new SqliteGraphStore({ path: db });
    await store.init();
    const paged = bufferIO(dir);
    await exportGraph(store, ioSink(paged), { includeRemoved: false, withText: true, pageSize: 1 });
    await store.close();
    const small = JSON.parse(paged.stdout()) as Exported;
    expect(small.counts).toEqual(fromFile.counts);
    expect(new Set(small.links.map((l) => `${l.from} ${l.to} ${l.type}`)).size).toBe(small.links.length);
  });

  it('a file sink waits for drain without piling up listeners, and writes every byte', async () => {
    const out = path.join(dir, 'big.json');
    const stream = createWriteStream(out, { encoding: 'utf8' });
    const baseline = stream.listenerCount('error');
    const sink = streamSink(stream, out);
    const chunk = 'x'.repeat(64 * 1024);
    let most = 0;
    // Every write of 64 KB exceeds the stream's buffer, so each one waits for drain.
    for (let i = 0; i < 40; i++) {
      await sink.write(chunk);
      most = Math.max(most, stream.listenerCount('error'));
    }
    await sink.end();
    // The sink's own error handler, nothing left behind by the waits.
    expect(most).toBe(baseline + 1);
    expect(readFileSync(out, 'utf8').length).toBe(40 * chunk.length);
  });

  it('a file sink that cannot be written reports the path with BAD_INPUT', async () => {
    const sink = fileSink(path.join(dir, 'no-such-dir', 'out.json'));
    await expect((async () => {
      await sink.write('x'.repeat(64 * 1024));
      await sink.write('y');
      await sink.end();
    })()).rejects.toMatchObject({ code: 'BAD_INPUT', message: expect.stringMatching(/cannot write .*no-such-dir/) });
  });

  it('refuses an unknown format with exit 2', async () => {
    const io = bufferIO(dir);
    expect(await main(['export', '--format', 'xml', '--store', `sqlite:${db}`], io)).toBe(2);
    expect(io.stderr()).toMatch(/--format must be json/);
  });

  it('refuses a SQLite path with no database instead of printing an empty graph, and creates no file', async () => {
    const io = bufferIO(dir);
    const typo = path.join(dir, 'g2.db');
    expect(await main(['export', '--store', `sqlite:${typo}`], io)).not.toBe(0);
    expect(io.stderr()).toMatch(/no claimgraph database at .*g2\.db/);
    expect(io.stdout()).toBe('');
    expect(existsSync(typo)).toBe(false);
  });
});
