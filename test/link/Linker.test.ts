import { SqliteGraphStore } from '../../src/store/sqlite/SqliteGraphStore';
import { Linker } from '../../src/link/Linker';
import { buildCorroboration } from '../../src/link/buildCorroboration';
import { buildConflicts } from '../../src/link/buildConflicts';
import { buildProvenance } from '../../src/link/buildProvenance';
import { articleId, type ArticleBundle, type Link } from '../../src/domain';
import { handExtraction, type HandArticle } from './support/handExtraction';
import { foldName } from '../../src/link/foldName';

const NOW = '2024-01-01T00:00:00.000Z';

async function fresh(): Promise<{ store: SqliteGraphStore; linker: Linker; add: (h: HandArticle) => Promise<ArticleBundle> }> {
  const store = new SqliteGraphStore({ path: ':memory:' });
  await store.init();
  const linker = new Linker(store, { now: () => NOW });
  const add = async (h: HandArticle): Promise<ArticleBundle> => {
    const bundle = await linker.link(handExtraction(h));
    const r = await store.writeArticle(bundle);
    expect(r.created).toBe(true);
    return bundle;
  };
  return { store, linker, add };
}

const strikes = (date: string) => [{ label: 'air strikes', date, place: 'Iraq', participants: ['United States', 'Kataib Hezbollah'] }];
const linksOf = (b: ArticleBundle, type: Link['type']) => b.links.filter((l) => l.type === type);

describe('Linker on a real SQLite store', () => {
  it('25 and "at least 25" killed in the same strikes corroborate; 27 is a different figure', async () => {
    const { store, add } = await fresh();
    const a = await add({
      text: 'American air strikes killed 25 fighters from an Iranian-backed militia on Sunday.',
      outlet: 'PA Media', published: '2019-12-31', events: strikes('2019-12-29'),
      claims: [{ text: 'American air strikes killed 25 fighters from an Iranian-backed militia on Sunday', event: 0, quantities: [{ text: '25', value: 25, subject: 'fighters', predicate: 'killed' }] }],
    });
    const b = await add({
      text: 'At least 25 fighters died when the US bombed bases of the militia in Iraq on Sunday.',
      outlet: 'BBC News', published: '2019-12-31', events: strikes('2019-12-29'),
      claims: [{ text: 'At least 25 fighters died when the US bombed bases of the militia in Iraq on Sunday', event: 0, quantities: [{ text: 'At least 25', value: 25, qualifier: 'at_least', subject: 'fighters', predicate: 'died' }] }],
    });
    const c = await add({
      text: 'Militia sources said 27 fighters were killed by the US air strikes on Sunday.',
      outlet: 'The Hill', published: '2019-12-30', events: strikes('2019-12-29'),
      claims: [{ text: 'Militia sources said 27 fighters were killed by the US air strikes on Sunday', event: 0, quantities: [{ text: '27', value: 27, subject: 'fighters', predicate: 'killed' }] }],
    });
    // One global event for the three mentions.
    expect(new Set([a.events[0]!.id, b.events[0]!.id, c.events[0]!.id]).size).toBe(1);
    const corr = linksOf(b, 'corroborates');
    expect(corr).toHaveLength(1);
    expect(corr[0]).toMatchObject({ from: b.claims[0]!.id, to: a.claims[0]!.id });
    expect(corr[0]!.basis).toMatch(/25 and At least 25 agree|agree/);
    const diff = linksOf(c, 'different_figure');
    expect(diff.map((l) => l.to).sort()).toEqual([a.claims[0]!.id, b.claims[0]!.id].sort());
    expect(diff[0]!.slot).toBe('killed|fighters');
    expect(linksOf(c, 'corroborates')).toHaveLength(0);

    const conflicts = await buildConflicts(store, a.claims[0]!.id);
    expect(conflicts!.differentFigures.map((e) => e.quantities[0]!.value)).toEqual([27]);
    expect(conflicts!.contradictions).toEqual([]);
    await store.close();
  });

  it('a happening dated a day apart in another time zone is one event only with the same place and an actor in common', async () => {
    const { store, add } = await fresh();
    const missile = (date: string, place: string | null, participants: string[]) => [{ label: 'missile strike', date, place, participants }];
    const a = await add({
      text: 'Iran fired more than a dozen ballistic missiles at the Ain al-Asad air base, the Pentagon said.',
      outlet: 'NBC News', published: '2020-01-07', events: missile('2020-01-07', 'Ain al-Asad', ['Iran', 'United States']),
      claims: [{ text: 'Iran fired more than a dozen ballistic missiles at the Ain al-Asad air base', event: 0, quantities: [] }],
    });
    const b = await add({
      text: 'Iran fired more than a dozen ballistic missiles at the Ain al-Asad air base early on Wednesday.',
      outlet: 'Reuters', published: '2020-01-08', events: missile('2020-01-08', 'Ain al-Asad', ['Iran']),
      claims: [{ text: 'Iran fired more than a dozen ballistic missiles at the Ain al-Asad air base early on Wednesday', event: 0, quantities: [] }],
    });
    expect(b.events[0]!.id).toBe(a.events[0]!.id);
    expect(linksOf(b, 'corroborates').map((l) => l.to)).toEqual([a.claims[0]!.id]);
    // Elsewhere, with nobody in common, the next day's strike is another happening.
    const c = await add({
      text: 'Missiles struck a base near Erbil on Thursday, officials said.',
      outlet: 'Kurdistan 24', published: '2020-01-09', events: missile('2020-01-08', 'Erbil', ['Kurdistan Regional Government']),
      claims: [{ text: 'Missiles struck a base near Erbil on Thursday', event: 0, quantities: [] }],
    });
    expect(c.events[0]!.id).not.toBe(a.events[0]!.id);
    await store.close();
  });

  it('a wildfire reported over a week is one event whose dates grow; its structure tolls of different days meet as figures', async () => {
    const { store, add } = await fresh();
    const fire = (date: string, dateEnd: string | null) => [{ label: 'wildfire', date, dateEnd, place: 'Butte County', participants: [] }];
    const a = await add({
      text: 'The Park Fire has burned 120,000 hectares since it broke out on Wednesday. At least 134 structures have been destroyed.',
      outlet: 'Reuters', published: '2024-07-29', events: fire('2024-07-24', '2024-07-29'),
      claims: [{ text: 'At least 134 structures have been destroyed', event: 0, quantities: [{ text: 'At least 134', value: 134, qualifier: 'at_least', subject: 'structures', predicate: 'destroyed' }] }],
    });
    const b = await add({
      text: 'More than 400 structures had been destroyed in the Park Fire in Butte County, officials said on Friday.',
      outlet: 'AP', published: '2024-08-02', events: fire('2024-08-02', null),
      claims: [{ text: 'More than 400 structures had been destroyed', event: 0, quantities: [{ text: 'More than 400', value: 400, qualifier: 'more_than', subject: 'structures', predicate: 'destroyed' }] }],
    });
    expect(b.events[0]).toMatchObject({ id: a.events[0]!.id, date: '2024-07-24', dateEnd: '2024-08-02' });
    expect((await store.getEvents([a.events[0]!.id]))[0]).toMatchObject({ date: '2024-07-24', dateEnd: '2024-08-02' });
    expect(linksOf(b, 'same_event').length + linksOf(b, 'different_figure').length).toBeGreaterThan(0);
    // A fire in the same county a month later is another one.
    const c = await add({
      text: 'A new wildfire in Butte County destroyed 12 homes on Monday.',
      outlet: 'KRCR', published: '2024-09-02', events: fire('2024-09-02', null),
      claims: [{ text: 'A new wildfire in Butte County destroyed 12 homes on Monday', event: 0, quantities: [] }],
    });
    expect(c.events[0]!.id).not.toBe(a.events[0]!.id);
    await store.close();
  });

  it('compares a toll given in a sentence about another event with the toll of the event it names', async () => {
    const { store, add } = await fresh();
    const a = await add({
      text: 'American air strikes killed 25 fighters from an Iranian-backed militia on Sunday.',
      outlet: 'PA Media', published: '2019-12-31', events: strikes('2019-12-29'),
      claims: [{ text: 'American air strikes killed 25 fighters from an Iranian-backed militia on Sunday', event: 0, quantities: [{ text: '25', value: 25, subject: 'fighters', predicate: 'killed' }] }],
    });
    const sentence = 'Thousands of supporters attempted to storm the embassy Tuesday, protesting the deaths of 25 militia members in U.S. airstrikes Sunday.';
    const b = await add({
      text: sentence, outlet: 'The Oklahoman', published: '2020-01-02',
      events: [{ label: 'embassy attack', date: '2019-12-31', place: 'Baghdad' }, ...strikes('2019-12-29')],
      claims: [{ text: sentence.slice(0, -1), event: 0, quantities: [{ text: '25', value: 25, subject: 'militia members', predicate: 'died' }] }],
    });
    const corr = linksOf(b, 'corroborates');
    expect(corr).toEqual([expect.objectContaining({ to: a.claims[0]!.id })]);
    expect(corr[0]!.basis).toMatch(/same toll for the air strikes of 2019-12-29.*stands in a sentence about the embassy attack/);
    await store.close();
  });


  it('a toll of the rocket attack told in a sentence about the strikes meets the attack\'s own reports, in either order (ho28)', async () => {
    const rockets = [{ label: 'rocket attack', date: '2019-12-27', place: 'Kirkuk', participants: ['Kataib Hezbollah'] }];
    const sentence = 'American warplanes struck five sites in Iraq and Syria on Sunday linked to a militia that U.S. officials blame for a rocket attack that killed a U.S. contractor.';
    const strikesReport = {
      text: sentence, outlet: 'The New York Times', published: '2019-12-30', events: [...strikes('2019-12-29'), ...rockets],
      claims: [{ text: sentence.slice(0, -1), event: 0, quantities: [{ text: 'five', value: 5, subject: 'sites', predicate: 'struck' }, { text: 'a', value: 1, subject: 'U.S. contractor', predicate: 'killed' }] }],
    };
    const attackReport = {
      text: 'A rocket attack on the K1 base near Kirkuk on Friday killed a U.S. civilian contractor.', outlet: 'Reuters', published: '2019-12-28', events: rockets,
      claims: [{ text: 'A rocket attack on the K1 base near Kirkuk on Friday killed a U.S. civilian contractor', event: 0, quantities: [{ text: 'a', value: 1, subject: 'U.S. civilian contractor', predicate: 'killed' }] }],
    };
    for (const order of [[attackReport, strikesReport], [strikesReport, attackReport]]) {
      const { store, add } = await fresh();
      const first = await add(order[0]!);
      const second = await add(order[1]!);
      const corr = linksOf(second, 'corroborates');
      expect(corr).toEqual([expect.objectContaining({ to: first.claims[0]!.id })]);
      expect(corr[0]!.basis).toMatch(/same toll for the rocket attack of 2019-12-27.*stands in a sentence about the air strikes/);
      await store.close();
    }
  });
  it('"staff were evacuated" and "had not been evacuated" contradict', async () => {
    const { store, add } = await fresh();
    const ev = [{ label: 'embassy attack', date: '2019-12-31', place: 'Baghdad', participants: [] }];
    const a = await add({ text: 'Embassy staff were evacuated from the compound in Baghdad.', outlet: 'Outlet A', published: '2019-12-31', events: ev, claims: [{ text: 'Embassy staff were evacuated from the compound in Baghdad', event: 0 }] });
    const b = await add({ text: 'Embassy staff had not been evacuated from the compound in Baghdad, officials said.', outlet: 'Outlet B', published: '2019-12-31', events: ev, claims: [{ text: 'Embassy staff had not been evacuated from the compound in Baghdad', event: 0 }] });
    expect(linksOf(b, 'contradicts')).toEqual([expect.objectContaining({ from: b.claims[0]!.id, to: a.claims[0]!.id })]);
    expect(linksOf(b, 'corroborates')).toEqual([]);
    const report = await buildConflicts(store, a.claims[0]!.id);
    expect(report!.contradictions).toHaveLength(1);
    await store.close();
  });

  it('a party\'s denial of its part meets the blame it answers, though they share no specific word (ho28)', async () => {
    const { store, add } = await fresh();
    const ev = [{ label: 'embassy attack', date: '2019-12-31', place: 'Baghdad', participants: [] }];
    const blame = await add({
      text: 'President Donald Trump accused Iran of orchestrating the assault.', outlet: 'Outlet A', published: '2019-12-31', events: ev,
      claims: [{ text: 'President Donald Trump accused Iran of orchestrating the assault', event: 0, kind: 'attributed', cue: 'accused', speaker: { name: 'Donald Trump', type: 'person' }, entities: [{ name: 'Iran', type: 'country' }] }],
    });
    const denial = await add({
      text: 'Tehran has denied any role in the embassy protest.', outlet: 'Outlet B', published: '2020-01-01', events: ev,
      claims: [{ text: 'Tehran has denied any role in the embassy protest', event: 0, kind: 'attributed', cue: 'denied', certainty: 'denied', speaker: { name: 'Iran', type: 'country' }, entities: [{ name: 'Iran', type: 'country' }] }],
    });
    expect(linksOf(denial, 'contradicts')).toEqual([expect.objectContaining({ from: denial.claims[0]!.id, to: blame.claims[0]!.id, basis: expect.stringContaining('Iran denies the part it is blamed for by Donald Trump') })]);
    // Only the blamed party's denial: another's meets nothing.
    const other = await add({
      text: 'Kataib Hezbollah has denied any role in the embassy protest.', outlet: 'Outlet C', published: '2020-01-01', events: ev,
      claims: [{ text: 'Kataib Hezbollah has denied any role in the embassy protest', event: 0, kind: 'attributed', cue: 'denied', certainty: 'denied', speaker: { name: 'Kataib Hezbollah', type: 'organization' }, entities: [{ name: 'Kataib Hezbollah', type: 'organization' }] }],
    });
    expect(linksOf(other, 'contradicts').filter((l) => l.to === blame.claims[0]!.id)).toEqual([]);
    await store.close();
  });

  it('"no Americans were killed" against "80 Americans were killed" is a contradiction, not another count', async () => {
    const { store, add } = await fresh();
    const ev = [{ label: 'missile strike', date: '2020-01-08', place: 'Ain al-Asad', participants: [] }];
    const a = await add({ text: '80 Americans were killed in the missile strike.', outlet: 'Outlet A', published: '2020-01-08', events: ev, claims: [{ text: '80 Americans were killed in the missile strike', event: 0, quantities: [{ text: '80', value: 80, subject: 'Americans', predicate: 'killed' }] }] });
    const b = await add({ text: 'No Americans were killed in the missile strike.', outlet: 'Outlet B', published: '2020-01-08', events: ev, claims: [{ text: 'No Americans were killed in the missile strike', event: 0, quantities: [{ text: 'No', value: 0, subject: 'Americans', predicate: 'killed' }] }] });
    expect(linksOf(b, 'contradicts')).toEqual([expect.objectContaining({ from: b.claims[0]!.id, to: a.claims[0]!.id })]);
    expect(linksOf(b, 'different_figure')).toEqual([]);
    expect(linksOf(b, 'contradicts')[0]!.basis).toMatch(/one says none/);
    await store.close();
  });

  it('a negation elsewhere in a claim is no contradiction: it must cover what the two claims share', async () => {
    const { store, add } = await fresh();
    const ev = [{ label: 'missile strike', date: '2020-01-07', place: 'Iraq', participants: [] }];
    const a = await add({ text: 'Iran took and concluded proportionate measures in self-defense.', outlet: 'Outlet A', published: '2020-01-08', events: ev, claims: [{ text: 'Iran took and concluded proportionate measures in self-defense', event: 0 }] });
    const b = await add({ text: 'Iran took and concluded proportionate measures in self-defense and did not seek escalation.', outlet: 'Outlet B', published: '2020-01-08', events: ev, claims: [{ text: 'Iran took and concluded proportionate measures in self-defense and did not seek escalation', event: 0 }] });
    const c = await add({ text: 'It was in or around Erbil.', outlet: 'Outlet C', published: '2020-01-08', events: ev, claims: [{ text: 'It was in or around Erbil', event: 0 }] });
    const d = await add({ text: 'There were no casualties reported in Erbil.', outlet: 'Outlet D', published: '2020-01-08', events: ev, claims: [{ text: 'There were no casualties reported in Erbil', event: 0 }] });
    expect(linksOf(b, 'contradicts')).toEqual([]);
    expect(linksOf(b, 'corroborates')).toEqual([expect.objectContaining({ to: a.claims[0]!.id })]);
    expect([...linksOf(c, 'contradicts'), ...linksOf(d, 'contradicts')]).toEqual([]);
    await store.close();
  });

  it('two “none”s agree, whatever else one of them denies (ho17)', async () => {
    const { store, add } = await fresh();
    const ev = [{ label: 'embassy attack', date: '2019-12-31', place: 'Baghdad', participants: [] }];
    const a = await add({
      text: 'No one was immediately reported hurt in the rampage and security staff had withdrawn to inside the embassy earlier, soon after protesters gathered outside.',
      outlet: 'Outlet A',
      published: '2019-12-31',
      events: ev,
      claims: [
        {
          text: 'No one was immediately reported hurt in the rampage and security staff had withdrawn to inside the embassy earlier, soon after protesters gathered outside.',
          event: 0,
          quantities: [{ text: 'No one', value: 0, subject: null, predicate: 'injured' }],
        },
      ],
    });
    const b = await add({
      text: 'The US State Department said the embassy had not been evacuated and that no American personnel had been hurt.',
      outlet: 'Outlet B',
      published: '2020-01-02',
      events: ev,
      claims: [{ text: 'the embassy had not been evacuated and that no American personnel had been hurt', event: 0, quantities: [{ text: 'no', value: 0, subject: 'American personnel', predicate: 'injured' }] }],
    });
    expect(linksOf(b, 'contradicts')).toEqual([]);
    expect(linksOf(b, 'corroborates')).toEqual([expect.objectContaining({ to: a.claims[0]!.id })]);
    await store.close();
  });

  it('never links claims about another year\'s strikes on the same militia', async () => {
    const { store, add } = await fresh();
    await add({
      text: 'US air strikes killed 25 fighters of Kataib Hezbollah in Iraq.', outlet: 'A', published: '2019-12-30', events: strikes('2019-12-29'),
      claims: [{ text: 'US air strikes killed 25 fighters of Kataib Hezbollah in Iraq', event: 0, quantities: [{ text: '25', value: 25, subject: 'fighters', predicate: 'killed' }] }],
    });
    const b = await add({
      text: 'US air strikes killed 25 fighters of Kataib Hezbollah in Iraq, the militia said.', outlet: 'B', published: '2021-12-30', events: strikes('2021-12-29'),
      claims: [{ text: 'US air strikes killed 25 fighters of Kataib Hezbollah in Iraq', event: 0, quantities: [{ text: '25', value: 25, subject: 'fighters', predicate: 'killed' }] }],
    });
    expect(b.links).toEqual([]);
    expect(b.events[0]!.date).toBe('2021-12-29');
    await store.close();
  });

  it('never links another bombing with a similar toll on a nearby day', async () => {
    const { store, add } = await fresh();
    await add({
      text: 'US air strikes killed 25 fighters in Iraq on Sunday.', outlet: 'A', published: '2019-12-30', events: strikes('2019-12-29'),
      claims: [{ text: 'US air strikes killed 25 fighters in Iraq on Sunday', event: 0, quantities: [{ text: '25', value: 25, subject: 'fighters', predicate: 'killed' }] }],
    });
    const b = await add({
      text: 'A car bomb killed at least 25 people at a checkpoint in Mogadishu on Sunday.', outlet: 'B', published: '2019-12-30',
      events: [{ label: 'car bombing', date: '2019-12-29', place: 'Mogadishu', participants: ['al-Shabab'] }],
      claims: [{ text: 'A car bomb killed at least 25 people at a checkpoint in Mogadishu on Sunday', event: 0, quantities: [{ text: 'at least 25', value: 25, qualifier: 'at_least', subject: 'people', predicate: 'killed' }] }],
    });
    expect(b.links).toEqual([]);
    await store.close();
  });

  it('keeps crowd sizes of different moments as different figures, never contradictions', async () => {
    const { store, add } = await fresh();
    const ev = [{ label: 'embassy attack', date: '2019-12-31', place: 'Baghdad', participants: [] }];
    const a = await add({ text: 'Dozens of militia supporters broke into the US embassy compound.', outlet: 'A', published: '2019-12-31', events: ev, claims: [{ text: 'Dozens of militia supporters broke into the US embassy compound', event: 0, quantities: [{ text: 'Dozens', value: 12, qualifier: 'approx', subject: 'supporters', predicate: 'broke into' }] }] });
    const b = await add({ text: 'Thousands of mourners marched on the US embassy compound.', outlet: 'B', published: '2019-12-31', events: ev, claims: [{ text: 'Thousands of mourners marched on the US embassy compound', event: 0, quantities: [{ text: 'Thousands', value: 1000, qualifier: 'approx', subject: 'mourners', predicate: 'marched' }] }] });
    const diff = linksOf(b, 'different_figure');
    expect(diff).toHaveLength(1);
    expect(diff[0]!.to).toBe(a.claims[0]!.id);
    expect(diff[0]!.basis).toMatch(/not a contradiction/);
    expect(linksOf(b, 'contradicts')).toEqual([]);
    await store.close();
  });

  it('resolves transliterations to one source and records the variant; a shared surname never merges', async () => {
    const { store, add } = await fresh();
    await add({ text: 'Adel Abdul Mahdi said the strikes violated Iraqi sovereignty.', outlet: 'A', published: '2019-12-30', claims: [{ text: 'the strikes violated Iraqi sovereignty', speaker: { name: 'Adel Abdul Mahdi', type: 'person' } }] });
    await add({ text: 'Mark Esper said the strikes were successful.', outlet: 'A', published: '2019-12-30', claims: [{ text: 'the strikes were successful', speaker: { name: 'Mark Esper', type: 'person' } }] });
    const b = await add({ text: 'Adil Abdul-Mahdi condemned the strikes on Monday.', outlet: 'B', published: '2019-12-30', claims: [{ text: 'condemned the strikes on Monday', speaker: { name: 'Adil Abdul-Mahdi', type: 'person' } }] });
    const c = await add({ text: 'Bob Esper said the weather was fine.', outlet: 'C', published: '2019-12-30', claims: [{ text: 'the weather was fine', speaker: { name: 'Bob Esper', type: 'person' } }] });
    expect(b.claims[0]!.sourceId).toBe('s_adel-abdul-mahdi');
    const [mahdi] = await store.getSources(['s_adel-abdul-mahdi']);
    expect(mahdi!.aliases).toContain('Adil Abdul-Mahdi');
    expect(c.claims[0]!.sourceId).toBe('s_bob-esper');
    await store.close();
  });

  it('an undated mention finds the strikes of the weeks before its article among hundreds by the same actors in other months', async () => {
    const { store, add } = await fresh();
    // Strikes on the same militia in Iraq, one a month for 25 years (none within 30 days of 2020-01-02)...
    for (let i = 0; i < 300; i++) {
      const y = 1994 + Math.floor(i / 12);
      const day = `${y}-${String((i % 12) + 1).padStart(2, '0')}-15`;
      await add({
        text: `US air strikes hit Kataib Hezbollah in Iraq on ${day}, killing ${i + 3} fighters.`, outlet: 'Wire', published: day, events: strikes(day),
        claims: [{ text: `US air strikes hit Kataib Hezbollah in Iraq on ${day}`, event: 0 }],
      });
    }
    // ... and the ones it reports.
    const target = await add({
      text: 'American air strikes killed 25 fighters from Kataib Hezbollah in Iraq on Sunday.', outlet: 'PA Media', published: '2019-12-31', events: strikes('2019-12-29'),
      claims: [{ text: 'American air strikes killed 25 fighters from Kataib Hezbollah in Iraq on Sunday', event: 0, quantities: [{ text: '25', value: 25, subject: 'fighters', predicate: 'killed' }] }],
    });
    const later = await add({
      text: 'The US said the strikes on Kataib Hezbollah in Iraq were a response.', outlet: 'BBC News', published: '2020-01-02',
      events: [{ label: 'air strikes', date: null, place: 'Iraq', participants: ['United States', 'Kataib Hezbollah'] }],
      claims: [{ text: 'the strikes on Kataib Hezbollah in Iraq were a response', event: 0 }],
    });
    expect(later.claims[0]!.event?.id).toBe(target.events[0]!.id);
    await store.close();
  }, 60_000);

  describe('an undated article whose office holders place it in another era', () => {
    // No publication date, but "President Joe Biden": 2021 or later, so not the strikes of December 2019.
    const later: HandArticle = {
      text: 'The US military on Sunday launched airstrikes against Kataib Hezbollah in Iraq, ordered by President Joe Biden. The militia said four of its fighters were killed.',
      outlet: 'The Times of Israel', published: null,
      events: [{ label: 'air strikes', date: null, place: 'Iraq', participants: ['United States', 'Kataib Hezbollah'] }],
      claims: [{ text: 'four of its fighters were killed', event: 0, quantities: [{ text: 'four', value: 4, subject: 'fighters', predicate: 'killed' }] }],
    };
    const dated: HandArticle = {
      text: 'American air strikes killed 25 fighters from Kataib Hezbollah in Iraq on Sunday.',
      outlet: 'PA Media', published: '2019-12-31', events: strikes('2019-12-29'),
      claims: [{ text: 'American air strikes killed 25 fighters from Kataib Hezbollah in Iraq on Sunday', event: 0, quantities: [{ text: '25', value: 25, subject: 'fighters', predicate: 'killed' }] }],
    };

    it.each([['dated first', [dated, later]], ['undated first', [later, dated]]] as const)('stays apart from the 2019 strikes, %s', async (_order, pair) => {
      const { store, add } = await fresh();
      const a = await add(pair[0]);
      const b = await add(pair[1]);
      expect(a.events[0]!.id).not.toBe(b.events[0]!.id);
      expect(b.eventMerges).toEqual([]);
      expect(b.links.filter((l) => l.type === 'different_figure' || l.type === 'corroborates')).toEqual([]);
      await store.close();
    });

    it('the same article named with a president of that day still joins them', async () => {
      const { store, add } = await fresh();
      const d = await add(dated);
      const u = await add({ ...later, text: later.text.replace('President Joe Biden', 'President Donald Trump and Defense Secretary Mark Esper') });
      expect(u.claims[0]!.event!.id).toBe(d.events[0]!.id);
      await store.close();
    });
  });

  it('a dated mention finds its event however many stored mentions share actors with an undated one beside it', async () => {
    const { store, add } = await fresh();
    // Sixty-five strikes by the same actors in December, each filed under both of them...
    for (let i = 0; i < 65; i++) {
      const day = `2019-12-${String((i % 28) + 1).padStart(2, '0')}`;
      await add({
        text: `US air strikes hit Kataib Hezbollah in Iraq, report ${i}.`, outlet: `Wire ${i}`, published: day,
        events: [{ label: 'air strikes', date: day, place: null, participants: ['United States', 'Kataib Hezbollah'] }],
        claims: [{ text: `US air strikes hit Kataib Hezbollah in Iraq, report ${i}`, event: 0 }],
      });
    }
    // ... one rocket attack on the 27th...
    const attack = await add({
      text: 'A US contractor was killed in a rocket attack on the K1 base on Friday.', outlet: 'Agency', published: '2019-12-28',
      events: [{ label: 'rocket attack', date: '2019-12-27', place: 'Kirkuk', participants: ['US military'] }],
      claims: [{ text: 'A US contractor was killed in a rocket attack on the K1 base on Friday', event: 0 }],
    });
    // ... and a report of that attack that also tells of undated strikes by the same two actors.
    const report = await add({
      text: 'The rocket attack on Friday killed a contractor. US strikes on Kataib Hezbollah followed.', outlet: 'Paper', published: '2020-01-02',
      // (At the base the stored attack's town holds: joined, not a new event of its own.)
      events: [
        { label: 'rocket attack', date: '2019-12-27', place: 'K1 military base', participants: ['US military'] },
        { label: 'air strikes', date: null, place: null, participants: ['United States', 'Kataib Hezbollah'] },
      ],
      claims: [{ text: 'The rocket attack on Friday killed a contractor', event: 0 }, { text: 'US strikes on Kataib Hezbollah followed', event: 1 }],
    });
    expect(report.claims[0]!.event?.id).toBe(attack.events[0]!.id);
    await store.close();
  }, 60_000);

  describe('an undated mention of an attack at a site in a town, first reported with the site', () => {
    // The rocket attack at K1, a base the gazetteer places in Kirkuk, stored first with the base as
    // its place; then an undated report naming the United States and Iraq only; then another year's
    // rocket attack in Iraq by the same actors.
    const k1 = (participants: string[]): HandArticle => ({
      text: 'A US contractor was killed in a rocket attack on the K1 military base near Kirkuk on Friday.',
      outlet: 'Wire', published: '2019-12-28',
      events: [{ label: 'rocket attack', date: '2019-12-27', place: 'K1 military base', participants }],
      claims: [{ text: 'A US contractor was killed in a rocket attack on the K1 military base near Kirkuk on Friday', event: 0, quantities: [{ text: 'A', value: 1, subject: 'contractor', predicate: 'killed' }] }],
    });
    const undated: HandArticle = {
      text: 'An American contractor, three U.S. service members and Iraqi personnel were injured in a rocket attack in northern Iraq, Defense Secretary Mark Esper said.',
      outlet: 'The Hill', published: null,
      events: [{ label: 'rocket attack', date: null, place: 'Iraq', participants: ['United States', 'Iraq'] }],
      claims: [{ text: 'An American contractor, three U.S. service members and Iraqi personnel were injured in a rocket attack in northern Iraq', event: 0, quantities: [{ text: 'three', value: 3, subject: 'U.S. service members', predicate: 'injured' }] }],
    };
    const august: HandArticle = {
      text: 'One civilian was killed and 29 people were wounded in a rocket attack in Iraq on Tuesday.',
      outlet: 'Gazette', published: '2019-08-21',
      events: [{ label: 'rocket attack', date: '2019-08-20', place: 'Iraq', participants: ['United States', 'Iraq', 'Popular Mobilization Forces'] }],
      claims: [{ text: 'One civilian was killed and 29 people were wounded in a rocket attack in Iraq on Tuesday', event: 0, quantities: [{ text: '29', value: 29, subject: 'people', predicate: 'wounded' }] }],
    };

    it('joins that attack, not the other year\'s, however many actors the first report listed before the United States', async () => {
      // Two actors ahead of the United States filled the four anchors with the base and its town once.
      const { store, add } = await fresh();
      const site = await add(k1(['US military', 'Kataib Hezbollah', 'United States', 'Iraq']));
      const u = await add(undated);
      const other = await add(august);
      expect(u.claims[0]!.event!.id).toBe(site.events[0]!.id);
      expect(other.eventMerges).toEqual([]);
      expect(other.links.filter((l) => l.type !== 'copies')).toEqual([]);
      await store.close();
    });
  });

  describe('an undated mention stored before the dated report of its happening', () => {
    // An undated article (no publication date, "on Sunday" unresolved) and the dated report.
    const undated: HandArticle = {
      text: 'At least 25 fighters died when the US bombed bases of Kataib Hezbollah in Iraq.',
      outlet: 'BBC News', published: null,
      events: [{ label: 'air strikes', date: null, place: 'Iraq', participants: ['United States', 'Kataib Hezbollah'] }],
      claims: [{ text: 'At least 25 fighters died when the US bombed bases of Kataib Hezbollah in Iraq', event: 0, quantities: [{ text: 'At least 25', value: 25, qualifier: 'at_least', subject: 'fighters', predicate: 'died' }] }],
    };
    const dated: HandArticle = {
      text: 'American air strikes killed 25 fighters from Kataib Hezbollah in Iraq on Sunday.',
      outlet: 'PA Media', published: '2019-12-31', events: strikes('2019-12-29'),
      claims: [{ text: 'American air strikes killed 25 fighters from Kataib Hezbollah in Iraq on Sunday', event: 0, quantities: [{ text: '25', value: 25, subject: 'fighters', predicate: 'killed' }] }],
    };

    it('is adopted by the dated event: the same event and links as in the other order', async () => {
      const first = await fresh();
      const d1 = await first.add(dated);
      const u1 = await first.add(undated);
      expect(u1.claims[0]!.event!.id).toBe(d1.events[0]!.id);
      expect(u1.eventMerges).toEqual([]);
      const forward = linksOf(u1, 'corroborates');
      expect(forward).toHaveLength(1);

      const second = await fresh();
      const u2 = await second.add(undated);
      const undatedId = u2.events[0]!.id;
      expect(u2.events[0]!.date).toBeNull();
      // Filed for adoption under its kind, actors and month ('-': the article is undated too).
      const kh = foldName('Kataib Hezbollah').key;
      expect(u2.claimKeys[0]!.keys).toContain(`un:strikes|${kh}|-`);
      const d2 = await second.add(dated);
      const eventId = d2.events[0]!.id;
      expect(eventId).toBe(d1.events[0]!.id);
      expect(d2.eventMerges).toEqual([
        { from: undatedId, into: eventId, keys: expect.arrayContaining([{ from: `ev:${undatedId}`, to: `ev:${eventId}` }, { from: `sl:${undatedId}|killed`, to: `sl:${eventId}|killed` }]) },
      ]);
      // Stored: the undated claim is about the dated event, found under its keys, and the old id redirects.
      const [moved] = await second.store.getClaims([u2.claims[0]!.id]);
      expect(moved!.event).toEqual({ id: eventId, label: 'air strikes', date: '2019-12-29', place: 'Iraq' });
      const [viaOld] = await second.store.getEvents([undatedId]);
      expect(viaOld!.id).toBe(eventId);
      expect((await second.store.findClaimsByKeys([`ev:${eventId}`], 10)).map((h) => h.claimId).sort()).toEqual([d2.claims[0]!.id, u2.claims[0]!.id].sort());
      expect(await second.store.findClaimsByKeys([`ev:${undatedId}`, `un:strikes|${kh}|-`], 10)).toEqual([]);
      // Its anchors now anchor the dated event in the event's month, for undated mentions to come.
      expect((await second.store.findClaimsByKeys([`eu:strikes|${kh}|2019-12`], 10)).map((h) => h.claimId)).toContain(u2.claims[0]!.id);
      expect((await second.store.counts()).events).toBe(1);
      // The dated report is compared with the adopted claim: the tolls agree either way round.
      const backward = linksOf(d2, 'corroborates');
      expect(backward).toHaveLength(1);
      expect(backward[0]).toMatchObject({ from: d2.claims[0]!.id, to: u2.claims[0]!.id });
      expect(backward[0]!.basis).toMatch(/agree/);
      await first.store.close();
      await second.store.close();
    });

    it('stays apart when the happening it could be is ambiguous, or after its article', async () => {
      const { store, add } = await fresh();
      const u = await add(undated);
      // One report of two strikes on other days, both in Iraq with the same actors: no way to tell which.
      const two = await add({
        text: 'US air strikes hit Kataib Hezbollah in Iraq on Sunday. More US air strikes hit Kataib Hezbollah in Iraq on Thursday.',
        outlet: 'Reuters', published: '2020-01-03',
        events: [...strikes('2019-12-29'), ...strikes('2020-01-02')],
        claims: [
          { text: 'US air strikes hit Kataib Hezbollah in Iraq on Sunday', event: 0 },
          { text: 'More US air strikes hit Kataib Hezbollah in Iraq on Thursday', event: 1 },
        ],
      });
      expect(new Set(two.events.map((e) => e.date))).toEqual(new Set(['2019-12-29', '2020-01-02']));
      expect(two.eventMerges).toEqual([]);
      const [kept] = await store.getClaims([u.claims[0]!.id]);
      expect(kept!.event).toEqual(u.claims[0]!.event);

      // The only dated strikes come months after the undated article: not the happening it reports.
      const second = await fresh();
      const early = await second.add({ ...undated, published: '2019-06-01' });
      const later = await second.add(dated);
      expect(later.eventMerges).toEqual([]);
      const [still] = await second.store.getClaims([early.claims[0]!.id]);
      expect(still!.event!.date).toBeNull();
      await store.close();
      await second.store.close();
    });
  });

  it('a manual merge stays merged when an article names the merged-away source again', async () => {
    const { store, add } = await fresh();
    await add({ text: 'Kataib Hezbollah said it would respond.', outlet: 'A', published: '2019-12-30', claims: [{ text: 'it would respond', speaker: { name: 'Kataib Hezbollah', type: 'organization' } }] });
    await add({ text: 'Hezbollah Brigades vowed revenge.', outlet: 'B', published: '2019-12-30', claims: [{ text: 'vowed revenge', speaker: { name: 'Hezbollah Brigades', type: 'organization' } }] });
    await store.mergeSources(['s_kataib-hezbollah', 's_hezbollah-brigades']);
    const c = await add({ text: 'Hezbollah Brigades promised confrontation.', outlet: 'C', published: '2019-12-31', claims: [{ text: 'promised confrontation', speaker: { name: 'Hezbollah Brigades', type: 'organization' } }] });
    expect(c.claims[0]!.sourceId).toBe('s_kataib-hezbollah');
    await store.close();
  });
});

const AP_TEXT = [
  'BAGHDAD (AP) — Dozens of angry Iraqi Shiite militia supporters have broken into the U.S. Embassy compound in Baghdad after smashing a door and storming inside, prompting tear gas and sounds of gunfire.',
  'An Associated Press reporter at the scene saw flames rising from inside the compound and at least three U.S. soldiers on the roof of the embassy.',
  'The embassy attack followed deadly U.S. airstrikes Sunday that killed 25 fighters of the Iran-backed militia, which vowed to retaliate against American forces in Iraq.',
].join('\n\n');
const REPRINT = [
  'Dozens of angry Iraqi Shiite militia supporters have broken into the US Embassy compound in Baghdad after smashing a door and storming inside, prompting tear gas and sounds of gunfire.',
  'A reporter at the scene saw flames rising from inside the compound and at least three US soldiers on the roof of the embassy.',
  'The embassy attack followed deadly US airstrikes Sunday that killed 25 fighters of the Iran-backed militia, which vowed to retaliate against American forces in Iraq.',
  'Local radio said the road to the airport was closed for the evening.',
].join('\n\n');
const OWN = 'The BBC has learned that US strikes on Sunday killed 25 fighters of the Iran-backed militia, according to its own sources in Baghdad.';

describe('copies, independence and provenance', () => {
  const killed = (text: string) => ({ text, event: 0, quantities: [{ text: '25', value: 25, subject: 'fighters', predicate: 'killed' }] });
  const ev = strikes('2019-12-29');

  it('finds the reprint of AP copy, its direction and share, derives its claims, and counts one origin for both', async () => {
    const { store, add } = await fresh();
    const ap = await add({ text: AP_TEXT, outlet: 'WHAS11', published: '2019-12-31', credits: ['Associated Press'], events: ev, claims: [killed('U.S. airstrikes Sunday that killed 25 fighters of the Iran-backed militia')] });
    const re = await add({ text: REPRINT, outlet: 'Daily Reprint', published: '2019-12-31', events: ev, claims: [killed('US airstrikes Sunday that killed 25 fighters of the Iran-backed militia')] });
    const own = await add({ text: OWN, outlet: 'BBC News', published: '2019-12-31', events: ev, claims: [killed('US strikes on Sunday killed 25 fighters of the Iran-backed militia')] });

    const copies = linksOf(re, 'copies');
    expect(copies).toHaveLength(1);
    expect(copies[0]).toMatchObject({ from: re.article.id, to: ap.article.id });
    expect(copies[0]!.share).toBeGreaterThan(0.5);
    expect(copies[0]!.basis).toMatch(/% of the text reuses WHAS11 2019-12-31 \(Associated Press copy\)/);
    expect(linksOf(re, 'derived_from')).toEqual([expect.objectContaining({ from: re.claims[0]!.id, to: ap.claims[0]!.id })]);
    expect(linksOf(own, 'copies')).toEqual([]);
    expect(linksOf(own, 'corroborates').length).toBe(2);

    const report = await buildCorroboration(store, own.claims[0]!.id);
    expect(report!.supportingCount).toBe(2);
    expect(report!.independentOrigins).toBe(2);
    const apGroup = report!.groups.find((g) => g.key === 'agency:s_associated-press');
    expect(apGroup!.members.map((m) => m.article.outlet).sort()).toEqual(['Daily Reprint', 'WHAS11']);
    expect(report!.groups[0]!.key).toBe('outlet:s_bbc-news');

    // The reprint has no credit line, yet its origin is AP, copied from WHAS11.
    const prov = await buildProvenance(store, re.claims[0]!.id);
    expect(prov!.origin.source?.name).toBe('Associated Press');
    expect(prov!.origin.article.id).toBe(ap.article.id);
    expect(prov!.chain.map((s) => s.kind)).toEqual(expect.arrayContaining(['copied_from', 'credited_agency', 'derived_from', 'publisher']));
    expect(prov!.appearances.map((a) => a.article.outlet)).toEqual(expect.arrayContaining(['WHAS11', 'Daily Reprint', 'BBC News']));
    expect(prov!.earliest.claim.start).toBeGreaterThanOrEqual(0);
    await store.close();
  });

  it('finds a copy whichever of the two is ingested first, and points from the copy to the original', async () => {
    const { store, add } = await fresh();
    const re = await add({ text: REPRINT, outlet: 'Daily Reprint', published: '2020-01-01', claims: [] });
    const ap = await add({ text: AP_TEXT, outlet: 'WHAS11', published: '2019-12-31', credits: ['Associated Press'], claims: [] });
    expect(linksOf(ap, 'copies')).toEqual([expect.objectContaining({ from: re.article.id, to: ap.article.id })]);
    await store.close();
  });

  it('the same text run word for word by another outlet is an appearance of its own: a copy, one origin, idempotent (ho27)', async () => {
    const { store, linker, add } = await fresh();
    const claim = killed('U.S. airstrikes Sunday that killed 25 fighters of the Iran-backed militia');
    const ap = await add({ text: AP_TEXT, outlet: 'Associated Press', published: '2019-12-31', credits: ['Associated Press'], events: ev, claims: [claim] });
    const abc = await add({ text: AP_TEXT, outlet: 'ABC News', published: '2019-12-31', credits: ['Associated Press'], events: ev, claims: [claim] });
    expect(abc.article.id).not.toBe(ap.article.id);
    expect(abc.article.contentHash).toBe(ap.article.contentHash);
    expect(abc.claims[0]!.articleId).toBe(abc.article.id);
    expect(linksOf(abc, 'copies')).toEqual([expect.objectContaining({ from: abc.article.id, to: ap.article.id, share: 1 })]);
    expect(linksOf(abc, 'derived_from')).toEqual([expect.objectContaining({ from: abc.claims[0]!.id, to: ap.claims[0]!.id })]);
    const own = await add({ text: OWN, outlet: 'BBC News', published: '2019-12-31', events: ev, claims: [killed('US strikes on Sunday killed 25 fighters of the Iran-backed militia')] });
    const report = await buildCorroboration(store, own.claims[0]!.id);
    expect(report!.independentOrigins).toBe(2);
    expect(report!.groups.map((g) => g.members.map((m) => m.article.outlet).sort())).toEqual(expect.arrayContaining([['ABC News', 'Associated Press'], ['BBC News']]));
    const prov = await buildProvenance(store, ap.claims[0]!.id);
    expect(prov!.appearances.map((a) => a.article.outlet)).toEqual(expect.arrayContaining(['Associated Press', 'ABC News']));
    // Again from either outlet, under another name of the same outlet, or pasted with no outlet at all: nothing new.
    for (const outlet of ['ABC News', 'Associated Press', 'The Associated Press', 'AP', null]) {
      const again = await linker.link(handExtraction({ text: AP_TEXT, outlet, published: '2019-12-31', credits: ['Associated Press'], events: ev, claims: [claim] }));
      expect((await store.writeArticle(again)).created).toBe(false);
    }
    expect((await store.counts()).articles).toBe(3);
    await store.close();
  });

  it('a new copy of a story is linked to the story, not to the copies of it already stored, unless it took their changes (ho27)', async () => {
    const { add, store } = await fresh();
    const ap = await add({ text: AP_TEXT, outlet: 'Associated Press', published: '2019-12-31', credits: ['Associated Press'], claims: [] });
    const abc = await add({ text: AP_TEXT.replace('BAGHDAD (AP) — ', 'BAGHDAD — '), outlet: 'ABC News', published: '2019-12-31', credits: ['Associated Press'], claims: [] });
    const third = await add({ text: REPRINT, outlet: 'Daily Reprint', published: '2019-12-31', claims: [] });
    expect(linksOf(abc, 'copies').map((l) => l.to)).toEqual([ap.article.id]);
    expect(linksOf(third, 'copies').map((l) => l.to)).toEqual([ap.article.id]);
    // A copy of the reprint, with the reprint's own wording, is the reprint's copy.
    const fourth = await add({ text: REPRINT.replace('Dozens of angry', 'Scores of angry'), outlet: 'Weekly Reprint', published: '2020-01-01', claims: [] });
    expect(linksOf(fourth, 'copies').map((l) => l.to)).toContain(third.article.id);
    await store.close();
  });

  it('returns null reports for an unknown claim', async () => {
    const { store } = await fresh();
    expect(await buildProvenance(store, 'a_nope:0-1')).toBeNull();
    expect(await buildCorroboration(store, 'a_nope:0-1')).toBeNull();
    expect(await buildConflicts(store, 'a_nope:0-1')).toBeNull();
    await store.close();
  });
});

describe('a copy fingerprint made elsewhere (the extraction worker thread)', () => {
  it('gives the same bundle as the one the linker makes itself, and is not used with other copy parameters', async () => {
    const { copyFingerprint, DEFAULT_COPY_PARAMS } = await import('../../src/link/copyFingerprint');
    const text = 'American air strikes killed 25 fighters from an Iranian-backed militia on Sunday, the Pentagon said in a statement. The militia vowed to respond to the strikes on its bases in Iraq and Syria.';
    const h: HandArticle = { text, outlet: 'PA Media', published: '2019-12-31', events: strikes('2019-12-29'), claims: [{ text: 'American air strikes killed 25 fighters from an Iranian-backed militia on Sunday', event: 0, quantities: [{ text: '25', value: 25, subject: 'fighters', predicate: 'killed' }] }] };
    const own = await (await fresh()).linker.link(handExtraction(h));
    const given = await (await fresh()).linker.link(handExtraction(h), { fingerprint: copyFingerprint(text, DEFAULT_COPY_PARAMS) });
    expect(given).toEqual(own);
    expect(own.articleKeys.length).toBeGreaterThan(0);
    // A linker with other parameters makes its own: a wrong fingerprint given is ignored.
    const store = new SqliteGraphStore({ path: ':memory:' });
    await store.init();
    const other = new Linker(store, { now: () => NOW, copy: { params: { ...DEFAULT_COPY_PARAMS, bands: 4 } } });
    const bogus = { paragraphs: [], shingles: new Set<number>(), keys: ['bogus'] };
    expect((await other.link(handExtraction(h), { fingerprint: bogus })).articleKeys).not.toContain('bogus');
  });
});

describe('Linker on a page of thousands of claims', () => {
  it('links an article whose links outnumber what one call takes as arguments (it failed with "Maximum call stack size exceeded")', async () => {
    const { store, add } = await fresh();
    const say = (i: number): string => `Report ${i} says US air strikes killed 25 fighters of the militia in Iraq`;
    const claimsOf = (from: number, n: number) =>
      Array.from({ length: n }, (_v, k) => ({ text: say(from + k), event: 0, quantities: [{ text: '25', value: 25, subject: 'fighters', predicate: 'killed' }] }));
    await add({ text: claimsOf(0, 12).map((c) => `${c.text}.`).join(' '), outlet: 'A', published: '2019-12-30', events: strikes('2019-12-29'), claims: claimsOf(0, 12) });
    const many = claimsOf(100, 15_000);
    const b = await add({ text: many.map((c) => `${c.text}.`).join(' '), outlet: 'B', published: '2019-12-30', events: strikes('2019-12-29'), claims: many });
    expect(linksOf(b, 'corroborates').length).toBeGreaterThan(150_000);
    await store.close();
  }, 120_000);
});

describe('Linker on a much-covered happening (ho28)', () => {
  it('among more claims of the event than one look-up takes, the ones that share a claim’s words are its candidates', async () => {
    const store = new SqliteGraphStore({ path: ':memory:' });
    await store.init();
    // Three candidates per article: the event's claims outnumber them many times over.
    const linker = new Linker(store, { now: () => NOW, candidateLimit: 3 });
    const add = async (h: HandArticle): Promise<ArticleBundle> => {
      const bundle = await linker.link(handExtraction(h));
      expect((await store.writeArticle(bundle)).created).toBe(true);
      return bundle;
    };
    const missiles = [{ label: 'missile strike', date: '2020-01-08', place: 'Iraq', participants: ['Iran', 'United States'] }];
    const target = await add({
      text: 'Trump said he had heard that some troops had headaches and a couple of other things after the attack.',
      outlet: 'Reuters', published: '2020-01-22', events: missiles,
      claims: [{ text: 'Trump said he had heard that some troops had headaches and a couple of other things after the attack', event: 0 }],
    });
    const topics = ['sirens sounded across the compound', 'helicopters were flown out before dawn', 'bunkers built decades ago sheltered crews',
      'trailers burned near the runway', 'commanders praised the early warning', 'a hangar was destroyed by one impact',
      'guards stayed in their towers all night', 'drones watched the perimeter', 'engineers cleared debris for days', 'craters dotted the airfield'];
    // Articles whose ids sort before the target's: a look-up ranked by the event alone (ties by id) takes their claims first.
    let added = 0;
    for (let n = 0; added < topics.length / 2 && n < 200; n++) {
      const [x, y] = [topics[(2 * added) % topics.length]!, topics[(2 * added + 1) % topics.length]!];
      const text = `At the base, ${x}. Officials said ${y} (update ${n}).`;
      if (articleId(text) > target.article.id) continue;
      added++;
      await add({
        text, outlet: `Outlet ${n}`, published: '2020-01-20', events: missiles,
        claims: [{ text: `At the base, ${x}`, event: 0 }, { text: `Officials said ${y}`, event: 0 }],
      });
    }
    expect(added).toBe(topics.length / 2);
    const b = await add({
      text: 'The president said he had heard some of the troops "had headaches and a couple of other things."',
      outlet: 'AP', published: '2020-01-23', events: missiles,
      claims: [{ text: 'The president said he had heard some of the troops "had headaches and a couple of other things."', event: 0 }],
    });
    const claimId = target.claims[0]!.id;
    expect(b.links).toContainEqual(expect.objectContaining({ type: 'corroborates', from: b.claims[0]!.id, to: claimId }));
  });
});
