import { SqliteGraphStore } from '../../src/store/sqlite/SqliteGraphStore';
import { Linker } from '../../src/link/Linker';
import { buildConflicts } from '../../src/link/buildConflicts';
import type { ArticleBundle, Link } from '../../src/domain';
import { handExtraction, type HandArticle } from './support/handExtraction';

const NOW = '2024-01-01T00:00:00.000Z';
const missiles = [{ label: 'missile strike', date: '2020-01-08', place: 'Iraq', participants: ['Iran'] }];
const linksOf = (b: ArticleBundle, type: Link['type']): Link[] => b.links.filter((l) => l.type === type);

async function linkOne(h: HandArticle): Promise<{ store: SqliteGraphStore; bundle: ArticleBundle }> {
  const store = new SqliteGraphStore({ path: ':memory:' });
  await store.init();
  const bundle = await new Linker(store, { now: () => NOW }).link(handExtraction(h));
  expect((await store.writeArticle(bundle)).created).toBe(true);
  return { store, bundle };
}

describe('rival reports inside one article', () => {
  it('two sources giving two tolls of the same happening are a different figure, shown in the conflicts report', async () => {
    const { store, bundle } = await linkOne({
      text: 'At least seven people were killed, according to two Iraqi security officials. Iraqi state television later put the death toll at eight.',
      published: '2020-01-03',
      events: [{ label: 'air strikes', date: '2020-01-03', place: 'Baghdad' }],
      claims: [
        { text: 'At least seven people were killed', kind: 'attributed', speaker: { name: 'Iraqi security officials', type: 'government' }, cue: 'according to', event: 0, quantities: [{ text: 'At least seven', value: 7, qualifier: 'at_least', subject: 'people', predicate: 'killed' }] },
        { text: 'Iraqi state television later put the death toll at eight', kind: 'attributed', speaker: { name: 'Iraqi state television', type: 'outlet' }, cue: 'put', event: 0, quantities: [{ text: 'eight', value: 8, subject: 'people', predicate: 'killed' }] },
      ],
    });
    const [seven, eight] = bundle.claims;
    expect(linksOf(bundle, 'different_figure')).toEqual([expect.objectContaining({ from: eight!.id, to: seven!.id, slot: 'killed|people' })]);
    expect(linksOf(bundle, 'different_figure')[0]!.basis).toMatch(/both in this article, from different sources/);
    // An article never corroborates itself.
    expect(linksOf(bundle, 'corroborates')).toEqual([]);
    const report = await buildConflicts(store, seven!.id);
    expect(report!.differentFigures.map((e) => e.quantities[0]!.value)).toEqual([8]);
    await store.close();
  });

  it('"80 American terrorists killed" against "no American casualties" in one article is a contradiction', async () => {
    const { store, bundle } = await linkOne({
      text: 'Iranian state television said 80 American terrorists had been killed. U.S. officials said there were no American casualties.',
      published: '2020-01-08',
      events: missiles,
      claims: [
        { text: '80 American terrorists had been killed', kind: 'attributed', speaker: { name: 'Iranian state television', type: 'outlet' }, cue: 'said', event: 0, quantities: [{ text: '80', value: 80, subject: 'American terrorists', predicate: 'killed' }] },
        { text: 'there were no American casualties', kind: 'attributed', speaker: { name: 'U.S. officials', type: 'government' }, cue: 'said', event: 0, quantities: [{ text: 'no', value: 0, subject: 'American casualties', predicate: 'killed' }] },
      ],
    });
    const [eighty, none] = bundle.claims;
    expect(linksOf(bundle, 'contradicts')).toEqual([expect.objectContaining({ from: none!.id, to: eighty!.id })]);
    expect(linksOf(bundle, 'contradicts')[0]!.basis).toMatch(/one says none/);
    await store.close();
  });

  it('one voice giving a total and its part, a crowd at two moments, or a vague scope beside a count: no link', async () => {
    const { store, bundle } = await linkOne({
      text: 'The strikes killed 25 fighters. Nineteen of them died in Iraq. Dozens of protesters broke in, and thousands marched outside, officials said. Medics said seven were killed and the militia said hundreds of its men had died over the years.',
      published: '2019-12-30',
      events: [{ label: 'air strikes', date: '2019-12-29', place: 'Iraq' }],
      claims: [
        { text: 'The strikes killed 25 fighters', event: 0, quantities: [{ text: '25', value: 25, subject: 'fighters', predicate: 'killed' }] },
        { text: 'Nineteen of them died in Iraq', event: 0, quantities: [{ text: 'Nineteen', value: 19, subject: 'fighters', predicate: 'died' }] },
        { text: 'Dozens of protesters broke in', kind: 'attributed', speaker: { name: 'officials', type: 'government' }, event: 0, quantities: [{ text: 'Dozens', value: 12, qualifier: 'approx', subject: 'protesters', predicate: 'broke into' }] },
        { text: 'thousands marched outside', event: 0, quantities: [{ text: 'thousands', value: 1000, qualifier: 'approx', subject: 'people', predicate: 'marched' }] },
        { text: 'seven were killed', kind: 'attributed', speaker: { name: 'Medics', type: 'person' }, event: 0, quantities: [{ text: 'seven', value: 7, subject: 'people', predicate: 'killed' }] },
        { text: 'hundreds of its men had died over the years', kind: 'attributed', speaker: { name: 'the militia', type: 'organization' }, event: 0, quantities: [{ text: 'hundreds', value: 100, qualifier: 'approx', subject: 'men', predicate: 'died' }] },
      ],
    });
    const pairs = linksOf(bundle, 'different_figure').map((l) => [bundle.claims.findIndex((c) => c.id === l.from), bundle.claims.findIndex((c) => c.id === l.to)]);
    // Only the medics' seven against the outlet's 25 (two voices, two numbers); not 19 against 25 (one
    // voice), nor the seven against "nineteen of them" (a part of the 25), not the crowds, not the militia's hundreds.
    expect(pairs.sort()).toEqual([[4, 0]]);
    expect(linksOf(bundle, 'contradicts')).toEqual([]);
    await store.close();
  });
});
