import { propositionTerms } from '../../src/link/propositionTerms';
import type { Event } from '../../src/domain';
import { adoptableMentionKeys, adoptedAnchorKey, eventAnchorKeys, eventAnchors, eventLookupKeys, MAX_TERM_KEYS, termKeys } from '../../src/link/claimKeys';
import { foldName } from '../../src/link/foldName';

const KIRKUK = foldName('Kirkuk').key;
const KH = foldName('Kataib Hezbollah').key;

const event = (date: string | null, dateEnd: string | null = null, label = 'air strikes'): Event => ({
  id: 'e_x',
  label,
  date,
  dateEnd,
  place: 'Kirkuk',
  participants: ['Kataib Hezbollah'],
});

describe('anchor keys of undated mentions and the dated events that adopt them', () => {
  it('files an undated event under its kind, anchors and the month of its article', () => {
    expect(eventAnchorKeys(event(null), '2020-01-02T10:00:00Z').sort()).toEqual([`un:strikes|${KH}|2020-01`, `un:strikes|${KIRKUK}|2020-01`].sort());
    expect(eventAnchorKeys(event(null), null)).toContain(`un:strikes|${KIRKUK}|-`);
    // A dated one by its days and its anchors, each also in the month of its days.
    expect(eventAnchorKeys(event('2019-12-29'), '2020-01-02').sort()).toEqual(
      ['ed:strikes|2019-12-29', `eu:strikes|${KH}`, `eu:strikes|${KIRKUK}`, `eu:strikes|${KH}|2019-12`, `eu:strikes|${KIRKUK}|2019-12`].sort(),
    );
    // A range across a month's end is filed in both months; a year's range in its twelve.
    expect(eventAnchorKeys(event('2019-12-23', '2020-01-05'), null).filter((k) => k.startsWith(`eu:strikes|${KH}|`))).toEqual([`eu:strikes|${KH}|2019-12`, `eu:strikes|${KH}|2020-01`]);
    expect(eventAnchorKeys(event('2004-01-01', '2004-12-31'), null).filter((k) => k.startsWith(`eu:strikes|${KH}|`))).toHaveLength(12);
  });

  it('an undated mention looks up its anchors in the months of the weeks before its article, or in any month when the article is undated', () => {
    const undated = event(null);
    // 30 days before 2020-01-02 is in December: two months, both where a dated event of those weeks is filed.
    expect(eventLookupKeys(undated, '2020-01-02', 30).filter((k) => k.includes(`|${KH}`)).sort()).toEqual([`eu:strikes|${KH}|2019-12`, `eu:strikes|${KH}|2020-01`]);
    expect(eventLookupKeys(undated, '2020-01-31', 30).filter((k) => k.includes(`|${KH}`))).toEqual([`eu:strikes|${KH}|2020-01`]);
    // 1 March less 30 days is 30 January (2019 is no leap year): three months.
    expect(eventLookupKeys(undated, '2019-03-01', 30).filter((k) => k.includes(`|${KH}`))).toEqual(['2019-01', '2019-02', '2019-03'].map((m) => `eu:strikes|${KH}|${m}`));
    expect(eventLookupKeys(undated, null, 30).filter((k) => k.includes(`|${KH}`))).toEqual([`eu:strikes|${KH}`]);
    for (const k of eventLookupKeys(undated, '2020-01-02', 30).filter((x) => x.includes('2019-12'))) expect(eventAnchorKeys(event('2019-12-29'), null)).toContain(k);
    // A dated mention looks up its days.
    expect(eventLookupKeys(event('2019-12-29'), '2020-01-02', 30)).toEqual(['ed:strikes|2019-12-29']);
  });

  it('looks up the months from the event to 30 days after it, the unknown month, and generic mentions', () => {
    const keys = adoptableMentionKeys(event('2019-12-29'), 30);
    const kirkuk = keys.filter((k) => k.includes(`|${KIRKUK}|`)).sort();
    expect(kirkuk).toEqual(['any', 'strikes'].flatMap((f) => ['-', '2019-12', '2020-01'].map((m) => `un:${f}|${KIRKUK}|${m}`)).sort());
    // Every key the undated mention of an article of 2020-01-02 is filed under is looked up.
    for (const k of eventAnchorKeys(event(null), '2020-01-02')) expect(keys).toContain(k);
    // An article two months later is outside the window; so is one before the event.
    expect(keys.some((k) => k.endsWith('|2020-02') || k.endsWith('|2019-11'))).toBe(false);
    // A years-long range reads at most six months of articles (the last ones), plus the unknown month.
    const long = adoptableMentionKeys(event('2003-03-20', '2011-12-18'), 30).filter((k) => k.startsWith(`un:strikes|${KIRKUK}|`));
    expect(long.map((k) => k.split('|')[2]).sort()).toEqual(['-', '2011-08', '2011-09', '2011-10', '2011-11', '2011-12', '2012-01']);
    expect(adoptableMentionKeys(event(null), 30)).toEqual([]);
  });

  it('turns an adopted mention key into an actor anchor of the event it joined, in the event’s month', () => {
    const into = event('2019-12-29');
    expect(adoptedAnchorKey(`un:strikes|${KH}|2020-01`, into)).toBe(`eu:strikes|${KH}|2019-12`);
    expect(adoptedAnchorKey(`un:strikes|${KIRKUK}|-`, into)).toBe(`eu:strikes|${KIRKUK}|2019-12`);
    expect(adoptedAnchorKey('ev:e_x', into)).toBe('ev:e_x');
  });
});

describe('eventLookupKeys: a happening that goes on', () => {
  it('a wildfire looks up its kind on the two weeks around its days; strikes and a year of floods only their own days', () => {
    const fire: Event = { id: 'e', label: 'wildfire', date: '2024-07-24', dateEnd: '2024-07-29', place: null, participants: [] };
    const keys = eventLookupKeys(fire, '2024-07-29', 30);
    expect(keys).toHaveLength(6 + 28);
    expect(keys).toContain('ed:wildfire|2024-07-10');
    expect(keys).toContain('ed:wildfire|2024-08-12');
    expect(eventLookupKeys({ ...fire, label: 'air strikes' }, '2024-07-29', 30)).toHaveLength(6);
    expect(eventLookupKeys({ ...fire, label: 'flood', date: '2022-01-01', dateEnd: '2022-12-31' }, '2024-07-29', 30)).toEqual(['ed:flood|2022-01-01', 'ed:flood|2022-12-31']);
  });
});

describe('eventAnchors: a site, the town that holds it, and three actors', () => {
  const at = (place: string | null, participants: string[]): Event => ({ id: 'e1', label: 'rocket attack', date: '2019-12-27', dateEnd: null, place, participants });
  const key = (s: string): string => foldName(s).key;
  const actors = ['US military', 'Kataib Hezbollah', 'Iraqi military', 'United States', 'Iraq'];

  it('files an event at a site under the same actors as one at its town', () => {
    // ("Iraqi military" folds as "US military" does: the third actor is the United States.)
    expect(eventAnchors(at('K1 military base', actors))).toEqual(['K1 military base', 'Kirkuk', 'US military', 'Kataib Hezbollah', 'United States'].map(key));
    expect(eventAnchors(at('Kirkuk', actors))).toEqual(['Kirkuk', 'US military', 'Kataib Hezbollah', 'United States'].map(key));
  });

  it('keeps four anchors where no town holds the place, or there is no place', () => {
    expect(eventAnchors(at(null, actors))).toEqual(['US military', 'Kataib Hezbollah', 'United States', 'Iraq'].map(key));
    expect(eventAnchors(at('Iraq', actors))).toEqual(['Iraq', 'US military', 'Kataib Hezbollah', 'United States'].map(key));
  });
});

describe('termKeys (ho28)', () => {
  it('files a claim under its first specific main-clause terms, not the setting or a subordinate phrase', () => {
    const { terms } = propositionTerms('Iran fired ballistic missiles at the Ain al-Asad air base in Iraq after the killing of Soleimani');
    const keys = termKeys('ev1', terms);
    expect(keys).toEqual(expect.arrayContaining(['et:ev1|fire', 'et:ev1|ballistic', 'et:ev1|rocket']));
    expect(keys).not.toContain('et:ev1|iran');
    expect(keys).not.toContain('et:ev1|iraq');
    expect(keys.some((k) => k.endsWith('|kill'))).toBe(false);
    expect(keys.length).toBeLessThanOrEqual(MAX_TERM_KEYS);
  });
});
