import { resolveDates, type DateMention } from '../../../src/extract/events/resolveDates';

// Tuesday 31 December 2019, the day of the embassy attack.
const TUESDAY = '2019-12-31';

function only(sentence: string, published: string | null = TUESDAY): DateMention {
  const ds = resolveDates(sentence, published);
  expect(ds.map((d) => d.text)).toHaveLength(1);
  return ds[0];
}

describe('resolveDates: weekdays relative to a Tuesday, biased to the past', () => {
  test.each([
    ['on Monday', '2019-12-30'],
    ['on Tuesday', '2019-12-31'],
    ['on Wednesday', '2019-12-25'],
    ['on Thursday', '2019-12-26'],
    ['on Friday', '2019-12-27'],
    ['on Saturday', '2019-12-28'],
    ['on Sunday', '2019-12-29'],
  ])('It happened %s -> %s', (phrase, date) => {
    expect(only(`It happened ${phrase}.`)).toMatchObject({ date, dateEnd: null, precision: 'day' });
  });

  test('possessives: "Sunday\'s strikes", "Tuesday\'s incident" the same day', () => {
    expect(only('Sunday’s strikes sent a message.')).toMatchObject({ text: 'Sunday’s', date: '2019-12-29' });
    expect(only("Tuesday's incident took place after the funerals.")).toMatchObject({ text: "Tuesday's", date: '2019-12-31' });
  });

  test('day parts stay in the mention', () => {
    expect(only('They left on Monday night.')).toMatchObject({ text: 'Monday night', date: '2019-12-30' });
    expect(only('He tweeted on Tuesday afternoon.')).toMatchObject({ text: 'Tuesday afternoon', date: '2019-12-31' });
    expect(only('They were killed late on Thursday.')).toMatchObject({ text: 'Thursday', date: '2019-12-26' });
  });

  test('last / next / this weekday', () => {
    expect(only('It happened last Tuesday.')).toMatchObject({ text: 'last Tuesday', date: '2019-12-24' });
    expect(only('It happened last Friday.')).toMatchObject({ date: '2019-12-27' });
    expect(only('They meet next Friday.')).toMatchObject({ text: 'next Friday', date: '2020-01-03' });
    expect(only('They meet next Tuesday.')).toMatchObject({ date: '2020-01-07' });
  });

  test('an arrangement ahead: "is to be buried on Friday", "is set to hold a session on Sunday" (ho17)', () => {
    expect(only('He is to be buried on Friday in Kerman.')).toMatchObject({ date: '2020-01-03' });
    expect(only("Iraq's parliament is set to hold an extraordinary session on Sunday.")).toMatchObject({ date: '2020-01-05' });
    // Not a past "set" or "to be" of another kind.
    expect(only('The protesters set fire to the gate on Sunday.')).toMatchObject({ date: '2019-12-29' });
    expect(only('It was to be his last visit, on Sunday.')).toMatchObject({ date: '2019-12-29' });
  });

  test('a lower-case weekday is not a date', () => {
    expect(resolveDates('the friday prayers', TUESDAY)).toEqual([]);
  });
});

describe('resolveDates: words relative to the publication day', () => {
  test.each([
    ['They stormed it today.', 'today', '2019-12-31'],
    ['They stormed it yesterday.', 'yesterday', '2019-12-30'],
    ['They return tomorrow.', 'tomorrow', '2020-01-01'],
    ['He spoke this morning.', 'this morning', '2019-12-31'],
    ['Trump said so earlier in the day.', 'earlier in the day', '2019-12-31'],
    ['It happened two days ago.', 'two days ago', '2019-12-29'],
    // Any written count, not only one to ten.
    ['Eleven days ago, rockets fell on a base.', 'Eleven days ago', '2019-12-20'],
    ['Rockets fell on the base twenty-one days ago.', 'twenty-one days ago', '2019-12-10'],
  ])('%s', (sentence, text, date) => {
    expect(only(sentence)).toMatchObject({ text, date, precision: 'day', dateEnd: null });
  });

  test('"overnight" as an adverb is last night; not a noun\'s modifier, a night counted from another time, or a rise', () => {
    expect(only('Overnight, the United States carried out air strikes on five sites.')).toMatchObject({ text: 'Overnight', date: '2019-12-30', dateEnd: '2019-12-31' });
    expect(only('Iran fired missiles at two bases overnight, in what it called revenge.')).toMatchObject({ date: '2019-12-30', dateEnd: '2019-12-31' });
    for (const s of ['He took an overnight flight to Baghdad.', 'Protesters had camped outside the embassy overnight, after storming it.', 'The death toll rose overnight as rescuers searched the rubble.']) {
      expect(resolveDates(s, TUESDAY)).toEqual([]);
    }
  });

  test('last night runs from the evening before into the small hours of the day itself', () => {
    expect(only('Shots were fired last night.')).toMatchObject({ text: 'last night', date: '2019-12-30', dateEnd: '2019-12-31', precision: 'day' });
  });

  test('last week is the previous Monday-Sunday', () => {
    expect(only('An act of retaliation over last week’s killing.')).toMatchObject({ text: 'last week’s', date: '2019-12-23', dateEnd: '2019-12-29', precision: 'week' });
  });

  test('in a Sunday story, last week also holds the Sunday-Saturday just ended', () => {
    // Sunday 2019-12-29: Friday the 27th's rocket attack is "last week's" in US copy.
    expect(resolveDates('in retaliation for last week’s rocket attack', '2019-12-29')).toEqual([
      expect.objectContaining({ date: '2019-12-16', dateEnd: '2019-12-28', precision: 'week' }),
    ]);
  });

  test('this week and earlier this week', () => {
    // From the Sunday before (US copy counts Sunday's strikes as "this week" on a Tuesday).
    expect(only('Strikes this week killed 25.')).toMatchObject({ date: '2019-12-29', dateEnd: '2019-12-31', precision: 'week' });
    expect(only('The U.S. killed dozens earlier this week.')).toMatchObject({ text: 'earlier this week', date: '2019-12-29', dateEnd: '2019-12-30' });
  });

  test('the weekend before a Tuesday', () => {
    expect(only('Bases were bombed over the weekend.')).toMatchObject({ date: '2019-12-28', dateEnd: '2019-12-29', precision: 'week' });
    expect(only('The weekend’s air strikes killed 25.')).toMatchObject({ date: '2019-12-28', dateEnd: '2019-12-29' });
  });

  test('months and years', () => {
    expect(only('But earlier this month, Pompeo blamed Iran.')).toMatchObject({ text: 'earlier this month', date: '2019-12-01', dateEnd: '2019-12-30', precision: 'month' });
    expect(only('It began last month.')).toMatchObject({ date: '2019-11-01', dateEnd: '2019-11-30', precision: 'month' });
    expect(only('It began last year.')).toMatchObject({ date: '2018-01-01', dateEnd: '2018-12-31', precision: 'year' });
    expect(only('Fires have burned since early this year.')).toMatchObject({ date: '2019-01-01', precision: 'year' });
  });

  test('a full timestamp works as publication date', () => {
    expect(only('It happened on Friday.', '2019-12-31T21:28:00Z').date).toBe('2019-12-27');
  });
});

describe('resolveDates: explicit dates', () => {
  test.each([
    ['It happened on December 27.', 'December 27', '2019-12-27'],
    ['On 29 December 2019 the US struck.', '29 December 2019', '2019-12-29'],
    ['It was seen on Dec. 29.', 'Dec. 29', '2019-12-29'],
    ['Photo taken on Dec. 31, 2019.', 'Dec. 31, 2019', '2019-12-31'],
    ['Filed 2019-12-29 by staff.', '2019-12-29', '2019-12-29'],
    ['REUTERS | 28.12.2019 - 09:25..', '28.12.2019', '2019-12-28'],
    ['Updated 11:47, 02-Jan-2020', '02-Jan-2020', '2020-01-02'],
    ['31 Dec, 2019 21:28', '31 Dec, 2019', '2019-12-31'],
    ['It happened on the 27th of December.', '27th of December', '2019-12-27'],
    ['It happened on December 27th.', 'December 27th', '2019-12-27'],
  ])('%s', (sentence, text, date) => {
    expect(only(sentence)).toMatchObject({ text, date, precision: 'day' });
  });

  test('a weekday and its explicit date are one mention', () => {
    expect(only('Protesters burn property in Baghdad, Iraq, Tuesday, Dec. 31, 2019.')).toMatchObject({ text: 'Tuesday, Dec. 31, 2019', date: '2019-12-31' });
    expect(only('Officials said on Friday, 3 January, that he was killed.', '2020-01-03')).toMatchObject({ text: 'Friday, 3 January', date: '2020-01-03' });
  });

  test('month and year, month alone, year alone', () => {
    expect(only('It began in January 2020.')).toMatchObject({ date: '2020-01-01', dateEnd: '2020-01-31', precision: 'month' });
    expect(only('It began in December.')).toMatchObject({ date: '2019-12-01', dateEnd: '2019-12-31', precision: 'month' });
    expect(only('Trump visited the base in 2018.')).toMatchObject({ text: '2018', date: '2018-01-01', dateEnd: '2018-12-31', precision: 'year' });
    expect(only('The episode recalled the 2012 attack.')).toMatchObject({ date: '2012-01-01', precision: 'year' });
  });

  test('"last December" written in December is the year before; "this December" and a bare "December" are this one', () => {
    expect(only('Last December, protesters stormed the embassy.', '2020-12-20')).toMatchObject({ text: 'Last December', date: '2019-12-01', dateEnd: '2019-12-31' });
    expect(only('It began this December.', '2020-12-20')).toMatchObject({ date: '2020-12-01' });
    expect(only('It began in December.', '2020-12-20')).toMatchObject({ date: '2020-12-01' });
    expect(only('It began last November.', '2020-12-20')).toMatchObject({ date: '2020-11-01' });
  });

  test('year inference: the most recent such day, a little future allowed', () => {
    expect(only('It happened on December 27.', '2020-01-01').date).toBe('2019-12-27');
    expect(only('They will vote on January 8.', '2019-12-31').date).toBe('2020-01-08');
    expect(only('It happened on March 3.', '2019-12-31').date).toBe('2019-03-03');
    expect(only('It happened on February 29.', '2021-03-10').date).toBe('2020-02-29');
    expect(only('It began in November.', '2020-01-02').date).toBe('2019-11-01');
  });

  test('invalid days are not dates', () => {
    expect(resolveDates('It happened on February 30, 2019.', TUESDAY)).toEqual([]);
    expect(resolveDates('Filed 2019-13-45.', TUESDAY)).toEqual([]);
  });

  test('"may" the verb and "march" the verb are not months', () => {
    expect(resolveDates('The brigade may deploy soon.', TUESDAY)).toEqual([]);
    expect(resolveDates('Mourners march to the Green Zone.', TUESDAY)).toEqual([]);
    expect(only('It was signed on 20 May 2020.').date).toBe('2020-05-20');
  });

  test('"March 2019", "in March", "since May" are months; "Theresa May" and "to march" are not', () => {
    expect(only('Floods in Derna in March 2019 killed 12.')).toMatchObject({ text: 'March 2019', date: '2019-03-01', dateEnd: '2019-03-31', precision: 'month' });
    expect(only('The May 2018 attack killed 4.')).toMatchObject({ date: '2018-05-01', dateEnd: '2018-05-31' });
    expect(only('Floods in March killed 12.')).toMatchObject({ text: 'March', date: '2019-03-01', dateEnd: '2019-03-31' });
    expect(only('Since May, the toll has risen.')).toMatchObject({ date: '2019-05-01' });
    expect(resolveDates('He said May would resign.', TUESDAY)).toEqual([]);
    expect(resolveDates('Criticised by May, he quit.', TUESDAY)).toEqual([]);
    expect(resolveDates('They plan to March on the capital.', TUESDAY)).toEqual([]);
  });

  test('counts are not years', () => {
    expect(resolveDates('Police deployed 2000 officers.', TUESDAY)).toEqual([]);
  });
});

describe('resolveDates: without a publication date only dates with a year resolve', () => {
  test('relative words and weekdays stay unresolved', () => {
    expect(resolveDates('The strikes on Sunday killed 25; yesterday they marched; last week was calm.', null)).toEqual([]);
    expect(resolveDates('It happened on December 27.', null)).toEqual([]);
  });

  test('explicit years still resolve', () => {
    expect(resolveDates('It happened on December 27, 2019.', null).map((d) => d.date)).toEqual(['2019-12-27']);
    expect(resolveDates('Trump visited in 2018.', null).map((d) => d.date)).toEqual(['2018-01-01']);
  });

  test('an unparseable publication date counts as none', () => {
    expect(resolveDates('It happened on Friday.', 'unknown')).toEqual([]);
  });
});

describe('resolveDates: the two sample articles (published 2019-12-31)', () => {
  test.each([
    ['The US military carried out the strikes on Sunday against the Iranian-backed Kataeb Hezbollah militia, an act of retaliation over last week’s killing of an American contractor in a rocket attack on an Iraqi military base which was blamed on the group.', ['2019-12-29', '2019-12-23']],
    ['Tuesday’s incident took place after mourners and supporters held funerals for the militia fighters killed in a Baghdad neighbourhood, after which they marched to the heavily fortified Green Zone and kept walking until they reached the sprawling US Embassy there.', ['2019-12-31']],
    ['US secretary of state Mike Pompeo said Sunday’s strikes sent the message that the US will not tolerate actions by Iran that jeopardise American lives.', ['2019-12-29']],
    ['At least 25 fighters died when the US bombed bases associated with Kataib Hezbollah in Iraq and Syria on Sunday.', ['2019-12-29']],
    ['The US blamed the militia for a rocket attack on an Iraqi military base in Kirkuk on Friday that killed an American civilian contractor.', ['2019-12-27']],
    ["Tuesday's protest took place after funerals were held in the capital for militia fighters who were killed in the US strikes.", ['2019-12-31']],
  ])('%s', (sentence, dates) => {
    expect(resolveDates(sentence, TUESDAY).map((d) => d.date)).toEqual(dates);
  });
});

describe('resolveDates: offsets and hostile input', () => {
  test('offsets point at the text', () => {
    const s = 'US forces struck on Sunday and again on Dec. 31, 2019.';
    for (const d of resolveDates(s, TUESDAY)) expect(s.slice(d.start, d.end)).toBe(d.text);
  });

  test('bounded time', () => {
    const t0 = Date.now();
    expect(resolveDates('x'.repeat(1 << 20), TUESDAY)).toEqual([]);
    resolveDates('9'.repeat(100000), TUESDAY);
    resolveDates('on Friday '.repeat(50000), TUESDAY);
    resolveDates('December 27, '.repeat(50000), TUESDAY);
    expect(Date.now() - t0).toBeLessThan(10000);
  });
});

describe('resolveDates: future cues and more formats', () => {
  test('a weekday after "will" or "scheduled" is the next one, today included', () => {
    expect(only('Leaders will meet on Friday.').date).toBe('2020-01-03');
    expect(only('The vote is scheduled for Thursday.').date).toBe('2020-01-02');
    expect(only('The council will meet on Tuesday.').date).toBe(TUESDAY);
    expect(only('Officials said the council met on Friday.').date).toBe('2019-12-27');
    expect(only('He said he will not resign, and on Friday he left.').date).toBe('2019-12-27');
    // (The stop of "1 p.m." ends no clause.)
    expect(only('Opening arguments are set to begin at 1 p.m. on Friday.').date).toBe('2020-01-03');
  });

  test('a day and month after a future cue is the next one from publication, up to half a year ahead', () => {
    expect(only('David Calhoun will become president and CEO on Jan. 13, Boeing said.', '2019-12-23').date).toBe('2020-01-13');
    expect(only('He is due to fly to Baghdad on 2 February.', '2019-12-23').date).toBe('2020-02-02');
    // (Without the cue, the day nearest before; and a year ahead is a slip, not next year's.)
    expect(only('He became CEO on Jan. 13.', '2019-12-23').date).toBe('2019-01-13');
    expect(only('The vote will be held on January 3.', '2020-01-06').date).toBe('2020-01-03');
  });

  test('slashed ISO dates and ordinal days', () => {
    expect(only('Filed 2020/01/03.').date).toBe('2020-01-03');
    expect(only('It happened on January 3rd, 2020.').date).toBe('2020-01-03');
    expect(only('It happened on 3rd January 2020.').date).toBe('2020-01-03');
  });

  test('day-first and month-first slashed dates when one number cannot be a month; never a guess', () => {
    expect(only('On 27/12/2019 a rocket attack hit the base.').date).toBe('2019-12-27');
    expect(only('On 12/27/2019 a rocket attack hit the base.').date).toBe('2019-12-27');
    expect(resolveDates('On 05/06/2019 nothing is sure.', TUESDAY)).toEqual([]);
  });

  test('feasts: New Year’s Eve and Day, Christmas Eve and Day, Boxing Day, the nearest before the publication', () => {
    expect(only('Protesters left on New Year’s Eve.').date).toBe('2019-12-31');
    expect(only('On Christmas Eve the base was hit.').date).toBe('2019-12-24');
    expect(only('The Boxing Day match went ahead.').date).toBe('2019-12-26');
    expect(only('On Christmas Day 2018, it snowed.').date).toBe('2018-12-25');
    expect(resolveDates('A new year’s resolution.', TUESDAY)).toEqual([]);
  });

  test('leading words stay out of the text unless they change the day', () => {
    expect(only('They were killed early Friday.')).toMatchObject({ text: 'Friday', date: '2019-12-27' });
    expect(only('It happened this past weekend.')).toMatchObject({ date: '2019-12-28', dateEnd: '2019-12-29' });
  });
});

describe('resolveDates: the part of a month written', () => {
  test('“late December” is 21–31 December, “early January 2020” 1–10, “mid-December” 11–20', () => {
    expect(only('In late December, U.S. strikes killed 25 fighters.', '2020-03-14')).toMatchObject({ text: 'late December', date: '2019-12-21', dateEnd: '2019-12-31' });
    expect(only('It began in early January 2020.', '2020-03-14')).toMatchObject({ text: 'early January 2020', date: '2020-01-01', dateEnd: '2020-01-10' });
    expect(only('Talks stalled in mid-December.')).toMatchObject({ text: 'mid-December', date: '2019-12-11', dateEnd: '2019-12-20' });
    expect(only('Talks stalled in mid December.')).toMatchObject({ date: '2019-12-11', dateEnd: '2019-12-20' });
    expect(only('The last strikes were in late February.', '2020-03-14')).toMatchObject({ date: '2020-02-21', dateEnd: '2020-02-29' });
  });

  test('“late last month” narrows the month before publication; a bare month stays whole; “late on Friday” is a day', () => {
    expect(only('The rockets were fired late last month.', '2020-03-14')).toMatchObject({ date: '2020-02-21', dateEnd: '2020-02-29' });
    expect(only('It happened in December.')).toMatchObject({ date: '2019-12-01', dateEnd: '2019-12-31' });
    expect(only('They were killed late on Friday.')).toMatchObject({ text: 'Friday', date: '2019-12-27', dateEnd: null });
  });

  test('days counted from publication are marked relative; calendar dates are not', () => {
    expect(only('The strikes on Sunday killed 25.').relative).toBe(true);
    expect(only('Last night’s attack hurt no one.').relative).toBe(true);
    expect(only('The strikes on December 29 killed 25.').relative).toBeUndefined();
  });
});

describe('resolveDates: historic days and spans of years', () => {
  const dates = (s: string, published = '2020-01-06') => resolveDates(s, published).map((d) => [d.text, d.date, d.dateEnd, d.precision]);

  it('“the September 11th attacks” are 2001, not the September before publication', () => {
    expect(dates('who carried out the September 11th attacks.')).toEqual([['September 11th', '2001-09-11', null, 'day']]);
    expect(dates('after the Sept. 11 terrorist attacks')).toEqual([['Sept. 11', '2001-09-11', null, 'day']]);
    // Without the happening's noun it is a day like any other.
    expect(dates('On September 11 the market fell.')).toEqual([['September 11', '2019-09-11', null, 'day']]);
  });

  it('“between 2003 and 2011” and “from 2003 to 2011” are one span of years', () => {
    expect(dates('603 U.S. service members died in Iraq between 2003 and 2011.')).toEqual([['2003 and 2011', '2003-01-01', '2011-12-31', 'year']]);
    expect(dates('From 2003 to 2011 the war went on.')).toEqual([['2003 to 2011', '2003-01-01', '2011-12-31', 'year']]);
    // A backwards pair is two years.
    expect(dates('between 2019 and 2017')).toHaveLength(2);
  });
});

describe('resolveDates: today inside a quote is the day it was said', () => {
  const dated = (sentence: string, published: string): string[][] => resolveDates(sentence, published).map((d) => [d.text, d.date]);

  it('"“The attack today …,” he tweeted late Tuesday" in a Wednesday paper: the attack is Tuesday\'s', () => {
    expect(dated('“The attack today was planned by terrorists,” the minister tweeted late Tuesday.', '2020-01-01'))
      .toEqual([['today', '2019-12-31'], ['Tuesday', '2019-12-31']]);
  });

  it('"yesterday" and "tomorrow" count from the day of speaking', () => {
    expect(dated('“We hit them yesterday and will talk tomorrow,” he told reporters on Monday.', '2020-01-08'))
      .toEqual([['yesterday', '2020-01-05'], ['tomorrow', '2020-01-07'], ['Monday', '2020-01-06']]);
  });

  it('without a day beside the verb of saying, or for a day outside the quote, the publication day counts', () => {
    expect(dated('“We hit them yesterday,” he said.', '2020-01-08')).toEqual([['yesterday', '2020-01-07']]);
    expect(dated('“We hit them yesterday,” he said, before the talks on Monday.', '2020-01-08')).toEqual([['yesterday', '2020-01-07'], ['Monday', '2020-01-06']]);
    expect(dated('The strike today followed threats on Monday, he said.', '2020-01-08')).toEqual([['today', '2020-01-08'], ['Monday', '2020-01-06']]);
  });
});
