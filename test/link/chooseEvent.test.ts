import type { Event } from '../../src/domain';
import { chooseEvent } from '../../src/link/chooseEvent';

const ev = (id: string, date: string | null, place: string | null, participants: string[] = []): Event => ({ id, label: 'air strikes', date, dateEnd: null, place, participants });

describe('chooseEvent: an undated mention and the time of its article', () => {
  const strikes2019 = ev('e_2019', '2019-12-29', 'Iraq', ['Kataib Hezbollah']);
  const strikes2021 = ev('e_2021', '2021-02-25', 'Iraq', ['Kataib Hezbollah']);

  it('joins the happening of the weeks before its article, never one after it', () => {
    const local = ev('local', null, 'Iraq', ['Kataib Hezbollah']);
    const choice = chooseEvent(local, [strikes2019, strikes2021], 'a_new', [], '2019-12-30');
    expect(choice.mergedWith?.id).toBe('e_2019');
  });

  it('without a publication date, two equally good happenings on different days leave it on its own', () => {
    const local = ev('local', null, 'Iraq', ['Kataib Hezbollah']);
    const choice = chooseEvent(local, [strikes2019, strikes2021], 'a_new');
    expect(choice.mergedWith).toBeNull();
  });

  it('a happening long before its article is not the one it reports', () => {
    const local = ev('local', null, 'Iraq', ['Kataib Hezbollah']);
    expect(chooseEvent(local, [strikes2019], 'a_new', [], '2020-06-30').mergedWith).toBeNull();
  });
});

describe('chooseEvent: an undated mention of one kind and a dated happening of a generic kind', () => {
  // The killing of Soleimani in Baghdad; a column a few days later on "the storming of the embassy" by the same actors.
  const killing: Event = { id: 'e_killing', label: 'killing', date: '2020-01-03', dateEnd: null, place: 'Baghdad', participants: ['United States', 'Qassem Soleimani'] };
  const storming = (place: string | null): Event => ({ id: 'local', label: 'embassy attack', date: null, dateEnd: null, place, participants: ['United States', 'Qassem Soleimani'] });

  it('stays its own happening for sharing actors alone', () => {
    expect(chooseEvent(storming(null), [killing], 'a_new', [], '2020-01-06').mergedWith).toBeNull();
  });

  it('still joins it where the place is the same, or in the article it copies', () => {
    expect(chooseEvent(storming('Baghdad'), [killing], 'a_new', [], '2020-01-06').mergedWith?.id).toBe('e_killing');
    expect(chooseEvent(storming(null), [killing], 'a_new', [killing], '2020-01-06').mergedWith?.id).toBe('e_killing');
  });

  it('a dated mention of that day still joins it by its actors', () => {
    expect(chooseEvent({ ...storming(null), date: '2020-01-03' }, [killing], 'a_new', [], '2020-01-06').mergedWith?.id).toBe('e_killing');
  });
});

describe('chooseEvent: places one inside the other', () => {
  it('an undated mention at the K1 base joins the rocket attack near Kirkuk by place alone; one at Taji does not', () => {
    const kirkuk: Event = { id: 'e_k1', label: 'rocket attack', date: '2019-12-27', dateEnd: null, place: 'Kirkuk', participants: [] };
    const atBase: Event = { id: 'local', label: 'rocket attack', date: null, dateEnd: null, place: 'K1 military base', participants: [] };
    expect(chooseEvent(atBase, [kirkuk], 'a_new', [], '2019-12-29').mergedWith?.id).toBe('e_k1');
    expect(chooseEvent({ ...atBase, place: 'Taji' }, [kirkuk], 'a_new', [], '2019-12-29').mergedWith).toBeNull();
  });
});

describe('chooseEvent: a mention that knows more', () => {
  const lastWeek: Event = { id: 'e_range', label: 'rocket attack', date: '2019-12-23', dateEnd: '2019-12-29', place: null, participants: ['Kataib Hezbollah'] };
  it('narrows a stored range to its day and gives the event its first place; the id stays', () => {
    const friday: Event = { id: 'local', label: 'rocket attack', date: '2019-12-27', dateEnd: null, place: 'Kirkuk', participants: ['Kataib Hezbollah'] };
    const choice = chooseEvent(friday, [lastWeek], 'a_new', [], '2019-12-30');
    expect(choice.mergedWith?.id).toBe('e_range');
    expect(choice.event).toMatchObject({ id: 'e_range', date: '2019-12-27', dateEnd: null, place: 'Kirkuk' });
  });
  it('a range joining a day, or a place joining a placed event, changes nothing', () => {
    const day: Event = { ...lastWeek, id: 'e_day', date: '2019-12-27', dateEnd: null, place: 'Kirkuk' };
    const vague: Event = { ...lastWeek, id: 'local', place: 'Iraq' };
    expect(chooseEvent(vague, [day], 'a_new', [], '2019-12-30').event).toMatchObject({ id: 'e_day', date: '2019-12-27', dateEnd: null, place: 'Kirkuk' });
  });
});

describe('chooseEvent: an undated mention pinned by its place', () => {
  it('“a U.S. air strike in Baghdad” a day later is the strike at Baghdad airport, not the strikes in Iraq five days before that share more actors', () => {
    const dec29: Event = { id: 'e_dec29', label: 'air strikes', date: '2019-12-29', dateEnd: null, place: 'Iraq', participants: ['United States', 'Iranian military'] };
    const jan3: Event = { id: 'e_jan3', label: 'air strikes', date: '2020-01-03', dateEnd: null, place: 'Baghdad International Airport', participants: ['United States', 'Qassem Soleimani'] };
    const local: Event = { id: 'local', label: 'air strikes', date: null, dateEnd: null, place: 'Baghdad', participants: ['United States', 'Iranian military'] };
    expect(chooseEvent(local, [dec29, jan3], 'a_new', [], '2020-01-04').mergedWith?.id).toBe('e_jan3');
  });
});

describe('chooseEvent: a mention dated only to a year or a season', () => {
  const killing2004: Event = { id: 'e_2004', label: 'killing', date: '2004-01-01', dateEnd: '2004-12-31', place: null, participants: ['Donald Trump', 'Neso Sorvi'] };
  const another = (over: Partial<Event> = {}): Event => ({ id: 'local', label: 'killing', date: '2004-01-01', dateEnd: '2004-12-31', place: null, participants: ['Donald Trump', 'Hufa Lutek'], ...over });

  it('does not join another article’s killing of that year for an actor in common, and gets an id of its own article', () => {
    const choice = chooseEvent(another(), [killing2004], 'a_new', [], '2004-06-01');
    expect(choice.mergedWith).toBeNull();
    expect(choice.event.id).not.toBe(chooseEvent(another(), [], 'a_other', [], '2004-06-01').event.id);
  });

  it('a mention of one day in that year, or an undated one, does not join it either', () => {
    expect(chooseEvent(another({ date: '2004-05-03', dateEnd: null }), [killing2004], 'a_new', [], '2004-05-04').mergedWith).toBeNull();
    expect(chooseEvent(another({ date: null, dateEnd: null }), [killing2004], 'a_new', [], '2004-05-04').mergedWith).toBeNull();
  });

  it('joins it at the same town, or as the event of the article it reprints; a shared country is not enough', () => {
    const inFallujah = { ...killing2004, place: 'Fallujah' };
    expect(chooseEvent(another({ place: 'Fallujah' }), [inFallujah], 'a_new', [], '2004-06-01').mergedWith?.id).toBe('e_2004');
    expect(chooseEvent(another(), [killing2004], 'a_new', [killing2004], '2004-06-01').mergedWith?.id).toBe('e_2004');
    expect(chooseEvent(another({ place: 'Iraq' }), [{ ...killing2004, place: 'Iraq' }], 'a_new', [], '2004-06-01').mergedWith).toBeNull();
  });

  it('a week ("last week") is not rough: it still joins by an actor in common', () => {
    const lastWeek: Event = { id: 'e_week', label: 'rocket attack', date: '2019-12-23', dateEnd: '2019-12-29', place: null, participants: ['Kataib Hezbollah'] };
    const local: Event = { id: 'local', label: 'rocket attack', date: '2019-12-22', dateEnd: '2019-12-28', place: null, participants: ['Kataib Hezbollah'] };
    expect(chooseEvent(local, [lastWeek], 'a_new', [], '2019-12-30').mergedWith?.id).toBe('e_week');
  });
});

describe('chooseEvent: a happening that goes on (wildfire, flood)', () => {
  const fire: Event = { id: 'e_fire', label: 'wildfire', date: '2024-07-24', dateEnd: '2024-07-29', place: 'Butte County', participants: ['Cal Fire'] };
  it('a report of the fire the next day joins it and widens its dates; the id stays', () => {
    const tuesday: Event = { id: 'local', label: 'wildfire', date: '2024-07-30', dateEnd: null, place: 'Butte County', participants: [] };
    const choice = chooseEvent(tuesday, [fire], 'a_new', [], '2024-07-30');
    expect(choice.mergedWith?.id).toBe('e_fire');
    expect(choice.event).toMatchObject({ id: 'e_fire', date: '2024-07-24', dateEnd: '2024-07-30' });
    expect(choice.reason).toContain('the same wildfire going on');
  });
  it('an actor in common will do where a place is missing', () => {
    const local: Event = { id: 'local', label: 'wildfire', date: '2024-08-05', dateEnd: null, place: null, participants: ['Cal Fire'] };
    expect(chooseEvent(local, [fire], 'a_new', [], '2024-08-05').mergedWith?.id).toBe('e_fire');
  });
  it('not with nothing in common, not elsewhere, not weeks later, and never for strikes', () => {
    const bare: Event = { id: 'local', label: 'wildfire', date: '2024-07-31', dateEnd: null, place: null, participants: [] };
    expect(chooseEvent(bare, [fire], 'a_new', [], '2024-07-31').mergedWith).toBeNull();
    expect(chooseEvent({ ...bare, place: 'Kern County', participants: ['Cal Fire'] }, [fire], 'a_new', [], '2024-07-31').mergedWith).toBeNull();
    expect(chooseEvent({ ...bare, date: '2024-08-20', place: 'Butte County' }, [fire], 'a_new', [], '2024-08-20').mergedWith).toBeNull();
    const strikes: Event = { ...fire, id: 'e_strikes', label: 'air strikes', dateEnd: null };
    expect(chooseEvent({ ...bare, label: 'air strikes', date: '2024-07-27', place: 'Butte County' }, [strikes], 'a_new', [], '2024-07-27').mergedWith).toBeNull();
  });
});

describe('chooseEvent: a span of days with a place of its own (held-out probe ho18)', () => {
  it('"Earlier this month, rockets landed near Baghdad airport" is not the attack at Kirkuk on a day inside that span', () => {
    const k1: Event = { id: 'e_k1', label: 'rocket attack', date: '2019-12-27', dateEnd: null, place: 'Kirkuk', participants: ['Kataib Hezbollah', 'United States'] };
    const local: Event = { id: 'local', label: 'rocket attack', date: '2019-12-01', dateEnd: '2019-12-27', place: 'Baghdad International Airport', participants: ['United States'] };
    expect(chooseEvent(local, [k1], 'a_new').mergedWith).toBeNull();
    // Without a place of its own the span may still join by an actor in common.
    expect(chooseEvent({ ...local, place: null }, [k1], 'a_new').mergedWith?.id).toBe('e_k1');
  });
});
