import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { runLinkEval, type LinkEvalResult } from '../../src/eval/links';
import { SqliteGraphStore } from '../../src/store/sqlite/SqliteGraphStore';
import { IngestService } from '../../src/app/IngestService';
import { buildCorroboration } from '../../src/link/buildCorroboration';

const SHARED = path.resolve(__dirname, '../../../shared');
const HAVE_SHARED = existsSync(path.join(SHARED, 'gold', 'seeds.gold.json')) && existsSync(path.join(SHARED, 'corpus', 'dev', 'INDEX.tsv'));
const EXAMPLES = path.resolve(__dirname, '../../examples');

describe('linking the sample articles (examples/)', () => {
  it('links the two seeds: the death toll of the strikes corroborates across PA Media and the BBC', async () => {
    const store = new SqliteGraphStore({ path: ':memory:' });
    await store.init();
    const service = new IngestService(store);
    const [pa] = await service.ingest({ file: 'pa.txt', content: readFileSync(path.join(EXAMPLES, '000_6262cfbec4e4a1f6.txt')) });
    const [bbc] = await service.ingest({ file: 'bbc.txt', content: readFileSync(path.join(EXAMPLES, '004_b43e8576c512d32b.txt')) });
    expect(pa!.status).toBe('new');
    expect(bbc!.status).toBe('new');
    const toll = pa!.claims.find((c) => /killed 25 fighters/.test(c.text));
    expect(toll).toBeDefined();
    const report = await buildCorroboration(store, toll!.id);
    expect(report!.supportingCount).toBeGreaterThanOrEqual(1);
    expect(report!.groups.flatMap((g) => g.members.map((m) => m.claim.text)).some((t) => /At least 25 fighters died/.test(t))).toBe(true);
    await store.close();
  });
});

(HAVE_SHARED ? describe : describe.skip)('link evaluation on ../shared (seeds gold + dev corpus)', () => {
  let result: LinkEvalResult;
  beforeAll(async () => {
    result = await runLinkEval(SHARED);
  }, 120_000);

  it('finds the gold links of the seeds: recall >= 0.8, precision >= 0.9', () => {
    expect(result.gold.recall).toBeGreaterThanOrEqual(0.8);
    expect(result.gold.precision).toBeGreaterThanOrEqual(0.9);
  });

  it('traces the gold provenance to the Associated Press', () => {
    expect(result.gold.provenance.filter((p) => !p.ok)).toEqual([]);
  });

  it('never links an article to a story about something else (distractor or unrelated stories)', () => {
    const bad = result.corpus.crossStory.filter((x) => x.unrelated).map((x) => `${x.link.type} ${x.fromStory} -> ${x.toStory}: ${x.link.basis}`);
    expect(bad).toEqual([]);
  });

  it('links across related stories only through one shared happening, never across dates', () => {
    // Articles of different INDEX stories may report the same happening (the 2019-12-29 strikes are
    // recounted in the embassy-attack and siege-end stories); each such link must join claims of one event.
    const acrossEvents = result.corpus.crossStory
      .filter((x) => x.link.type !== 'copies' && x.link.type !== 'derived_from' && !x.link.basis.startsWith('same statement by'))
      // A toll given in a sentence filed under another event is compared as the toll it names.
      .filter((x) => !x.link.basis.includes('figure stands in a sentence about'))
      .filter((x) => !x.sameEvent)
      .map((x) => `${x.link.type} ${x.fromStory} -> ${x.toStory}: ${x.link.basis}`);
    expect(acrossEvents).toEqual([]);
  });

  it('finds the AP wire story reused across several outlets as one copy cluster', () => {
    const ap = result.corpus.clusters.find((c) => c.some((x) => x.article.credits.includes('Associated Press')));
    expect(ap).toBeDefined();
    expect(new Set(ap!.map((x) => x.article.outlet)).size).toBeGreaterThanOrEqual(3);
    for (const x of ap!) expect(x.story).toBe('embassy-attack');
  });

  it('reports the differing death tolls of the 2019-12-29 strikes as different figures', () => {
    expect(result.corpus.strikeFigures.length).toBeGreaterThan(0);
    for (const f of result.corpus.strikeFigures) expect(f.link.slot).toMatch(/^killed\|/);
  });

  it('groups the support of "the strikes killed 25 fighters" by independent origin', () => {
    const ind = result.corpus.independence;
    expect(ind).not.toBeNull();
    expect(ind!.report.independentOrigins).toBe(ind!.report.groups.length);
    expect(ind!.report.independentOrigins).toBeGreaterThanOrEqual(3);
    // Same-origin members share a group: no two groups carry the same key.
    expect(new Set(ind!.report.groups.map((g) => g.key)).size).toBe(ind!.report.groups.length);
  });
});
