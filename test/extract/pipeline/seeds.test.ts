import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseInput } from '../../../src/extract/parseInput';
import { extractArticle } from '../../../src/extract/extractArticle';
import { evaluateSeeds, SEED_TARGETS } from '../../../src/eval/evaluateSeeds';
import { claimWith } from '../support/extractText';

const repo = resolve(__dirname, '..', '..', '..');
const shared = process.env.CLAIMGRAPH_SHARED ? resolve(process.env.CLAIMGRAPH_SHARED) : resolve(repo, '..', 'shared');
const hasGold = existsSync(join(shared, 'gold', 'seeds.gold.json'));

function extractExample(file: string, published?: string) {
  const [p] = parseInput({ file, content: readFileSync(join(repo, 'examples', file)) });
  if (published && !p!.published) p!.published = published;
  return extractArticle(p!);
}

describe('the two sample articles (examples/)', () => {
  it('PA Media: observations, the chant, the caption, Pompeo, and no boilerplate', () => {
    const x = extractExample('000_6262cfbec4e4a1f6.txt');
    expect(x.article).toMatchObject({ published: '2019-12-31', byline: 'PA Media', credits: ['PA Media'] });
    const cs = x.claims;
    const flames = claimWith(cs, 'flames rising from inside the compound');
    const soldiers = claimWith(cs, 'at least three US soldiers on the roof');
    for (const c of [flames, soldiers]) expect(c).toMatchObject({ kind: 'observation', speaker: { name: 'Associated Press', type: 'news_agency' }, credit: 'Associated Press' });
    expect(soldiers.quantities[0]).toMatchObject({ value: 3, qualifier: 'at_least', subject: 'US soldiers' });
    expect(claimWith(cs, 'Down, Down, USA')).toMatchObject({ kind: 'quote', quote: 'Down, Down, USA', speaker: { name: 'crowd', type: 'group' } });
    const caption = claimWith(cs, 'Protesters burn representations of a US flag');
    expect(caption).toMatchObject({ kind: 'observation', credit: 'Associated Press', speaker: { name: 'Associated Press' } });
    expect(caption.entities.map((e) => e.name)).toContain('Ali Abdul Hassan');
    const pompeo = claimWith(cs, 'will not tolerate actions by Iran');
    expect(pompeo).toMatchObject({ kind: 'attributed', speaker: { name: 'Mike Pompeo', type: 'person', role: 'US secretary of state' } });
    expect(pompeo.event).toMatchObject({ date: '2019-12-29' });
    expect(claimWith(cs, 'killed 25 fighters').quantities[0]).toMatchObject({ value: 25, qualifier: 'exact', subject: 'fighters', predicate: 'killed' });
    expect(claimWith(cs, 'It is not clear what caused a fire').certainty).toBe('unclear');
    expect(cs.some((c) => /cookies|PA Media/u.test(c.text))).toBe(false);
    expect(x.sources.find((s) => s.name === 'Mike Pompeo')?.id).toBe('s_mike-pompeo');
    expect(x.publisherId).toBe('s_pa-media');
    expect(x.events.every((e) => e.id.startsWith(`${x.article.id}#e`))).toBe(true);
  });

  it('BBC: Mahdi, al-Muhandis, Iran, the US blame, the AP report and the unconfirmed evacuation', () => {
    const cs = extractExample('004_b43e8576c512d32b.txt', '2019-12-31').claims;
    expect(claimWith(cs, "violated his country's sovereignty").speaker).toMatchObject({ name: 'Adel Abdul Mahdi', role: 'Iraqi Prime Minister' });
    expect(claimWith(cs, 'would be very tough on the American forces')).toMatchObject({ kind: 'quote', quote: 'would be very tough on the American forces in Iraq', speaker: { name: 'Abu Mahdi al-Muhandis' } });
    expect(claimWith(cs, 'clear example of terrorism')).toMatchObject({ kind: 'quote', speaker: { name: 'Iran', type: 'country' } });
    const blame = claimWith(cs, 'The US blamed the militia');
    expect(blame).toMatchObject({ kind: 'attributed', speaker: { name: 'United States' } });
    expect(blame.event).toMatchObject({ date: '2019-12-27', place: 'Kirkuk' });
    expect(claimWith(cs, 'gate at a side-entrance').speaker).toMatchObject({ name: 'Associated Press' });
    expect(claimWith(cs, 'At least 25 fighters died').quantities[0]).toMatchObject({ value: 25, qualifier: 'at_least' });
    expect(claimWith(cs, 'ambassador had been evacuated').certainty).toBe('unconfirmed');
    expect(claimWith(cs, 'guard towers was also apparently set alight').certainty).toBe('hedged');
    expect(cs.some((c) => /cookies/u.test(c.sentence))).toBe(false);
  });
});

(hasGold ? describe : describe.skip)('evaluation against ../shared/gold/seeds.gold.json', () => {
  it('meets the targets: recall, speaker, quantities, dates; no boilerplate claims', () => {
    const r = evaluateSeeds(shared, join(repo, 'examples'));
    const ratio = (s: { hit: number; total: number }): number => s.hit / s.total;
    expect(ratio(r.recall)).toBeGreaterThanOrEqual(SEED_TARGETS.recall);
    expect(ratio(r.speaker)).toBeGreaterThanOrEqual(SEED_TARGETS.speaker);
    expect(ratio(r.quantity)).toBeGreaterThanOrEqual(SEED_TARGETS.quantity);
    expect(ratio(r.date)).toBeGreaterThanOrEqual(SEED_TARGETS.date);
    expect(r.boilerplate.hit).toBe(r.boilerplate.total);
    expect(r.boilerplate.total).toBeGreaterThan(0);
  });
});

if (!hasGold) {
  test('gold evaluation skipped', () => {
    console.log(`skipped: no gold file at ${join(shared, 'gold', 'seeds.gold.json')}`);
  });
}
