import { HAPPENING } from '../../../src/domain';
import { extractText, claimWith } from '../support/extractText';
import { resolveDates } from '../../../src/extract/events/resolveDates';

/**
 * Days of happenings read from the probes' missed event dates (docs/evaluation-log.md, the round on
 * event days). Every text here is our own.
 */
describe('a sentence with its own day, carried on to an undated happening', () => {
  it('is a happening of its own day ("On Tuesday, Denmark withdrew 20 soldiers" after an undated deployment)', () => {
    const x = extractText(
      ['The deployment of more soldiers to the region continued, the ministry said.', 'On Tuesday, Denmark withdrew 20 soldiers from the Vell base.'].join('\n\n'),
      '2020-01-08',
    );
    expect(claimWith(x.claims, 'Denmark withdrew').event).toMatchObject({ label: HAPPENING, date: '2020-01-07' });
    expect(claimWith(x.claims, 'deployment of more soldiers').event).toMatchObject({ label: 'deployment', date: null });
  });

  it('dates the happening itself when the day follows a noun naming it ("the US action on Sunday")', () => {
    const x = extractText(
      ['The prime minister condemned the US air strikes, which killed 12 fighters.', 'He said the US action on Sunday had violated the country’s sovereignty.'].join('\n\n'),
      '2019-12-30',
    );
    expect(claimWith(x.claims, 'violated').event).toMatchObject({ label: 'air strikes', date: '2019-12-29' });
    expect(claimWith(x.claims, 'killed 12 fighters').event).toMatchObject({ label: 'air strikes', date: '2019-12-29' });
    const possessive = extractText(['The air strikes on three depots near the border drew wide condemnation.', 'Rebels said Sunday’s US action hit a school.'].join('\n\n'), '2019-12-30');
    expect(claimWith(possessive.claims, 'hit a school').event).toMatchObject({ label: 'air strikes', date: '2019-12-29' });
  });

  it('keeps a saying’s day with what is said ("…, the ministry said on Monday" stays the undated happening’s)', () => {
    const x = extractText(
      ['The air strikes on three depots near the border drew wide condemnation.', 'The depots held no weapons, the ministry said on Monday.'].join('\n\n'),
      '2019-12-31',
    );
    expect(claimWith(x.claims, 'held no weapons').event).toMatchObject({ label: 'air strikes', date: null });
  });
});

describe('days that open a sentence', () => {
  it('dates what follows with no comma after the day ("On Wednesday the guards fired rockets")', () => {
    const x = extractText('On Wednesday the guards fired a salvo of rockets at two bases near the river.', '2020-01-09');
    expect(x.events).toEqual([expect.objectContaining({ label: 'rocket attack', date: '2020-01-08' })]);
    const clock = extractText('Shortly after 1.30am local time on January 8th the guards fired a salvo of rockets at two bases.', '2020-01-10');
    expect(clock.events).toEqual([expect.objectContaining({ label: 'rocket attack', date: '2020-01-08' })]);
  });

  it('after a conjunction ("And on Tuesday, at least 12 people were killed … in a stampede")', () => {
    const x = extractText('And on Tuesday, at least 12 people were killed and more than 40 injured in a stampede at the stadium in Vell.', '2020-01-08');
    expect(claimWith(x.claims, 'stampede').event).toMatchObject({ label: 'stampede', date: '2020-01-07' });
  });

  it('does not make the day of a saying that follows ("On Monday the minister said …") date a happening named later', () => {
    const x = extractText('Jets struck three depots near the border.\n\nOn Monday the minister said the air strikes were lawful.', '2019-12-31');
    expect(claimWith(x.claims, 'lawful').event?.date).not.toBe('2019-12-30');
  });
});

describe('a day and the happening it goes with', () => {
  it('"were killed on 28 January when a one-way attack drone struck": the drone’s strike, not an "attack" in the drone’s name', () => {
    const x = extractText('Two guards were killed on 28 January when a one-way attack drone struck their post near the border.', '2024-02-03');
    expect(claimWith(x.claims, 'guards were killed').event).toMatchObject({ label: 'air strikes', date: '2024-01-28' });
    expect(extractText('Attack helicopters circled the compound as the crowd dispersed.', '2024-02-03').events.map((e) => e.label)).not.toContain('attack');
  });

  it('"warplanes had targeted … on Sunday": the air strikes with an auxiliary inside their words, dated', () => {
    const x = extractText(
      ['The air strikes on three depots near the border drew wide condemnation.', 'The militia said warplanes had targeted two of its bases near Vell on Sunday evening.'].join('\n\n'),
      '2019-12-31',
    );
    expect(claimWith(x.claims, 'warplanes had targeted').event).toMatchObject({ label: 'air strikes', date: '2019-12-29' });
    expect(claimWith(x.claims, 'drew wide condemnation').event).toMatchObject({ label: 'air strikes', date: '2019-12-29' });
  });

  it('"the Dec. 27 attack and the Dec. 29 strikes": the second day goes to the second happening', () => {
    const x = extractText('The dispute turns on the Dec. 27 attack and the Dec. 29 U.S. strikes that killed 25 fighters.', '2020-01-08');
    const days = Object.fromEntries(x.events.map((e) => [e.label, e.date]));
    expect(days).toMatchObject({ attack: '2019-12-27', 'air strikes': '2019-12-29' });
  });
});

describe('weekends ahead', () => {
  const day = (sentence: string, published: string): [string, string | null] => {
    const [d] = resolveDates(sentence, published);
    return [d!.date, d!.dateEnd];
  };

  it('"this weekend" in the paper of a Tuesday to a Friday is the coming one; on Monday the one just gone', () => {
    expect(day('Parliament meets this weekend.', '2020-01-03')).toEqual(['2020-01-04', '2020-01-05']); // Friday
    expect(day('Parliament meets this weekend.', '2019-12-31')).toEqual(['2020-01-04', '2020-01-05']); // Tuesday
    expect(day('Protests erupted this weekend.', '2020-01-06')).toEqual(['2020-01-04', '2020-01-05']); // Monday
    expect(day('Protests erupted this weekend.', '2020-01-04')).toEqual(['2020-01-04', '2020-01-04']); // Saturday, so far
  });

  it('a weekend in a clause about the future is the coming one; a past "the weekend" the one gone', () => {
    expect(day('Parliament will meet this weekend.', '2020-01-06')).toEqual(['2020-01-11', '2020-01-12']);
    expect(day('Parliament will meet at the weekend.', '2020-01-04')).toEqual(['2020-01-04', '2020-01-05']);
    expect(day('Protests erupted over the weekend.', '2020-01-03')).toEqual(['2019-12-28', '2019-12-29']);
  });

  it('a forecast looks ahead ("forecasts heavy rain through Saturday")', () => {
    expect(day('The weather service forecasts heavy rain through Saturday.', '2020-01-03')).toEqual(['2020-01-04', null]);
  });
});
