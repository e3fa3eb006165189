import { updateDay } from '../../../src/extract/events/updateDay';
import { updateLabel, updateLabelAlone } from '../../../src/extract/clean/rules/updateLabel';
import { extractText } from '../support/extractText';
import { clean, paragraphTexts } from '../clean/helpers';

describe('update labels: a paragraph written after the page', () => {
  it.each([
    ['UPDATE (Wednesday, 1 January): The protesters withdrew on Wednesday.', 'Wednesday, 1 January'],
    ['Update, Jan. 12: Protests erupted in Tehran on the evening of Jan. 11.', 'Jan. 12'],
    ['*Update, Feb. 11, 2020: The Pentagon said on Feb. 10 that 109 had been diagnosed.', 'Feb. 11, 2020'],
    ['UPDATED (Jan. 9, 10:30 a.m.): Two more rockets hit the base.', 'Jan. 9, 10:30 a.m.'],
    ['Update, Jan. 9, 10:30 a.m.: Two more rockets hit the base.', 'Jan. 9, 10:30 a.m.'],
    ['UPDATE — Friday: The ministry confirmed the toll.', 'Friday'],
    // Cut-short weekdays, as live pages print them.
    ['UPDATE (Wed, 1 Jan): The crowd withdrew from the compound.', 'Wed, 1 Jan'],
    ['Update, Thurs.: The ministry confirmed the toll.', 'Thurs.'],
  ])('%s', (unit, when) => {
    expect(updateLabel(unit)?.when ?? null).toBe(when);
  });

  it.each([
    'UPDATE 2-Rockets hit Baghdad base, no casualties',
    'UPDATE 1: Rockets hit the base.',
    'Update 10:30 a.m.: Two more rockets hit the base.',
    'Updated 28 December 2019',
    'Updates to this story are expected.',
  ])('no dated label in %s', (unit) => {
    expect(updateLabel(unit)).toBeNull();
  });

  it.each([
    ['Wednesday, 1 January', '2019-12-31', '2020-01-01'],
    ['Jan. 12', '2020-01-11', '2020-01-12'],
    ['Feb. 11, 2020', '2020-01-24', '2020-02-11'],
    ['Feb. 11, 2020', null, '2020-02-11'],
    ['Jan. 12', null, null],
    // A weekday alone is the first one from publication on, the publication day included.
    ['Friday', '2020-01-08', '2020-01-10'],
    ['Wednesday', '2020-01-08', '2020-01-08'],
    // The update may sit a day before the page's date in another time zone; not a year ahead.
    ['Jan. 7', '2020-01-08', '2020-01-07'],
    ['February 30', '2020-01-08', null],
  ])('%s in a page of %s is %s', (when, published, day) => {
    expect(updateDay(when, published)).toBe(day);
  });

  it("a live page's entry heading alone on its line dates every paragraph below it, up to the next heading", () => {
    const body = [
      'Markets reacted to the standoff between the United States and Iran.',
      'UPDATE (Wednesday, 4:10 p.m. JST):',
      'The Nikkei closed down 1.6 percent on Wednesday.',
      'Oil gave back its gains.',
      'UPDATE (Tuesday, 3:30 p.m. JST):',
      'Tokyo stocks rebounded on Tuesday.',
    ].join('\n\n');
    const c = clean(body, { published: '2020-01-06' });
    expect(c.paragraphs.map((p) => p.asOf)).toEqual([undefined, '2020-01-08', '2020-01-08', '2020-01-07']);
    expect(c.rejected.filter((r) => r.reason === 'update label').map((r) => r.text)).toEqual(['UPDATE (Wednesday, 4:10 p.m. JST):', 'UPDATE (Tuesday, 3:30 p.m. JST):']);
    expect(updateLabelAlone('Update, Jan. 9:')).toBe('Jan. 9');
    expect(updateLabelAlone('UPDATE (Monday, 9:40 a.m. JST)')).toBe('Monday, 9:40 a.m. JST');
    // The page's own time stamps are no entry headings.
    for (const stamp of ['Updated 28 December 2019', 'Updated 11:47, 02-Jan-2020', 'Updated: December 31, 2019, 7:36 am', 'UPDATED JANUARY 11, 2020']) expect(updateLabelAlone(stamp)).toBeNull();
    // A time alone names no day and dates nothing.
    expect(clean('UPDATE (4:10 p.m. JST):\n\nOil gave back its gains.', { published: '2020-01-06' }).paragraphs.map((p) => p.asOf)).toEqual([undefined]);
  });

  it('cleaning drops the label and keeps the paragraph with the day it was written', () => {
    const c = clean('Protesters besieged the embassy on Tuesday.\n\nUPDATE (Wednesday, 1 January): The protesters withdrew on Wednesday afternoon.', { published: '2019-12-31' });
    expect(paragraphTexts(c)).toEqual(['Protesters besieged the embassy on Tuesday.', 'The protesters withdrew on Wednesday afternoon.']);
    expect(c.paragraphs.map((p) => p.asOf)).toEqual([undefined, '2020-01-01']);
    // The label says the page was updated: the article's update note (as an "UPDATE: Adds …" line is).
    expect(c.notes).toEqual([{ kind: 'update', text: 'UPDATE (Wednesday, 1 January):' }]);
  });

  it("an update's weekday and its day without a year count from the update, not from the page", () => {
    const body = [
      'Hundreds of protesters besieged the US embassy in Baghdad on Tuesday, officials said.',
      'UPDATE (Wednesday, 1 January): The protesters withdrew from the embassy on Wednesday afternoon, police said.',
    ].join('\n\n');
    const x = extractText(body, '2019-12-31', 'siege.txt');
    const withdrew = x.claims.find((c) => c.text.includes('withdrew'))!;
    expect(withdrew.text.startsWith('UPDATE')).toBe(false);
    expect(withdrew.event?.date).toBe('2020-01-01');
    const besieged = x.claims.find((c) => c.text.includes('besieged'))!;
    expect(besieged.event?.date).toBe('2019-12-31');

    const later = extractText(
      'Iran fired 16 missiles at two bases on Jan. 8, the Pentagon said.\n\nUpdate, Feb. 11: The Pentagon said on Feb. 10 that 109 service members had been diagnosed with brain injuries from the attack.',
      '2020-01-24',
      'tbi.txt',
    );
    const diagnosed = later.claims.find((c) => c.text.includes('109'))!;
    // Not February 2019: the update was written in February 2020.
    expect(diagnosed.event?.date === '2020-01-08' || diagnosed.event?.date === '2020-02-10').toBe(true);
  });
});

describe('a live page’s entry stamp (held-out probe ho18)', () => {
  const LIVE = [
    'Supporters of an Iran-backed militia broke into the US embassy compound in Baghdad on Tuesday, officials said.',
    '14:20 Wed 1 Jan',
    'The crowd dispersed on Wednesday afternoon after militia leaders told supporters to leave.',
  ].join('\n\n');

  it('dates the entry under it: its "on Wednesday" counts from the entry’s day, not the page’s', () => {
    const x = extractText(LIVE, '2019-12-31');
    const dispersed = x.claims.find((c) => c.text.includes('dispersed'))!;
    expect(x.events.find((e) => e.id === dispersed.event?.id)?.date).not.toBe('2019-12-25');
    const c = clean(LIVE, { published: '2019-12-31' });
    expect(paragraphTexts(c)).not.toContain('14:20 Wed 1 Jan');
    expect(c.paragraphs[c.paragraphs.length - 1]!.asOf).toBe('2020-01-01');
  });

  it('at the top of a page, above the text, is the page’s own stamp and dates nothing below it', () => {
    const c = clean('14:20 Wed 1 Jan\n\nThe crowd dispersed on Wednesday afternoon.', { published: '2020-01-01' });
    expect(c.paragraphs.every((p) => p.asOf === undefined)).toBe(true);
  });
});
