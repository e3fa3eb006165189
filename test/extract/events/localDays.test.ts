import { placeZone } from '../../../src/extract/entities/gazetteer';
import { parseDay } from '../../../src/extract/events/calendar';
import { resolveDates } from '../../../src/extract/events/resolveDates';
import { offsetOn } from '../../../src/extract/events/timeZones';
import { extractText } from '../support/extractText';

const eventOf = (body: string, part: string, published: string): { label: string; date: string | null } | null => {
  const x = extractText(body, published);
  return x.claims.find((c) => c.text.includes(part))?.event ?? null;
};

describe('a time written in another zone dates the happening where it happened', () => {
  it('moves a US evening to the next day in the Middle East', () => {
    const body = 'At about 6 p.m. ET on March 3, rockets struck an air base in Syria, the Pentagon said.';
    expect(eventOf(body, 'rockets struck', '2021-03-05')).toMatchObject({ date: '2021-03-04' });
  });

  it('reads the zone after the day as well as before it', () => {
    const body = 'Militants attacked a checkpoint in Afghanistan on Sunday at 11:15 p.m. GMT, officials said.';
    // 23:15 GMT is 03:45 on Monday in Kabul (UTC+4:30).
    expect(eventOf(body, 'attacked a checkpoint', '2021-05-12')).toMatchObject({ date: '2021-05-10' });
  });

  it('reads a part of the day with a zone named after a city', () => {
    const body = 'The raid on the compound in Yemen came late Saturday, Washington time, two officials said.';
    expect(eventOf(body, 'The raid on the compound', '2021-05-12')).toMatchObject({ date: '2021-05-09' });
  });

  it('reads a day with its zone after it as one phrase, so it still opens the clause', () => {
    const body = 'US jets struck five militia sites on December 29. Hours later, shortly after 1 am Friday local time, a US drone fired missiles at a two-car convoy leaving the airport.';
    // The day opens the sentence's clause: not the strikes of December 29, which "hours later" counts from.
    expect(eventOf(body, 'a US drone fired missiles', '2020-01-03')).toMatchObject({ date: '2020-01-03' });
    expect(eventOf('On Friday (local time), a drone fired missiles at a convoy near the airport.', 'a drone fired', '2020-01-04')).toMatchObject({ date: '2020-01-03' });
  });

  it('reads a British time with a dot ("5.30pm", "17.30 GMT") but leaves a bare "5.30" a number', () => {
    const body = "The Pentagon says missiles were launched at about 5.30pm Washington time on Tuesday, targeting a base in Erbil.";
    expect(eventOf(body, 'missiles were launched', '2021-03-10')).toMatchObject({ date: '2021-03-10' });
    expect(eventOf('Rockets hit a base in Erbil at 10.45 pm ET on Tuesday, officials said.', 'Rockets hit', '2021-03-12')).toMatchObject({ date: '2021-03-10' });
    expect(resolveDates('The ship docked at 17.30 GMT on 4 May 2021.', null)[0]!.clock).toEqual({ minutes: 1050, utcOffset: 0 });
    expect(resolveDates('The index closed at 5.30 on 4 May 2021.', null)[0]!.clock).toBeUndefined();
  });

  it('reads a clock before the day with its zone after the day ("at about 5.30pm on Tuesday Washington time")', () => {
    const body = "Missiles were launched from Iranian territory at about 5.30pm on Tuesday Washington time – 1.30am in Iraq – the Pentagon said.";
    expect(eventOf(body, 'Missiles were launched', '2020-01-08T02:14:00+00:00')).toMatchObject({ date: '2020-01-08' });
    expect(resolveDates('The vote was held at 9pm on Tuesday ET.', '2020-01-09')[0]!.clock).toEqual({ minutes: 1260, utcOffset: -300 });
    // (Only a clock standing right before "on" and the day: a figure further back is no time of it.)
    expect(resolveDates('It cost 5.30 pounds, on Tuesday ET.', '2020-01-09')[0]!.clock).toBeUndefined();
  });

  it('keeps the day of a local time, and of a morning in the same zone', () => {
    expect(eventOf('Rockets struck an air base in Syria at 1:30 a.m. local time on March 3, officials said.', 'Rockets struck', '2021-03-05')).toMatchObject({ date: '2021-03-03' });
    expect(eventOf('Rockets struck an air base in Syria at 8 a.m. ET on March 3, officials said.', 'Rockets struck', '2021-03-05')).toMatchObject({ date: '2021-03-03' });
  });

  it('keeps the day when the sentence also names a place in the zone written', () => {
    const body = 'Protesters rallied in Washington and in Baghdad at 8 p.m. ET on Tuesday, organisers said.';
    expect(eventOf(body, 'Protesters rallied', '2021-03-05')).toMatchObject({ date: '2021-03-02' });
  });

  it('keeps the day a speaker gave the time of his own words', () => {
    const [d] = resolveDates('The envoy tweeted at 11 p.m. ET on Friday that rockets had hit Iraq.', '2021-03-08');
    expect(d).toMatchObject({ date: '2021-03-05' });
    expect(d!.clock).toBeUndefined();
  });

  it('records the clock and the zone offset of the day, summer time included', () => {
    expect(resolveDates('The ship docked at 17:30 GMT on 4 May 2021.', null)[0]!.clock).toEqual({ minutes: 1050, utcOffset: 0 });
    expect(resolveDates('It began at 5 p.m. PDT on July 4, 2021.', null)[0]!.clock).toEqual({ minutes: 1020, utcOffset: -420 });
    expect(resolveDates('It began at 5 p.m. PST on January 4, 2021.', null)[0]!.clock).toEqual({ minutes: 1020, utcOffset: -480 });
    expect(resolveDates('It ended at 12:15am (CET) on 9 March 2021.', null)[0]!.clock).toEqual({ minutes: 15, utcOffset: 60 });
    expect(resolveDates('He arrived on 5 June 2021, aged 45.', null)[0]!.clock).toBeUndefined();
  });

  it('knows the zone of a place through the country it lies in, with its summer time', () => {
    const zone = placeZone('Tehran')!;
    expect(offsetOn(zone, parseDay('2020-01-08')!)).toBe(210);
    expect(offsetOn(zone, parseDay('2020-06-01')!)).toBe(270);
    expect(offsetOn(placeZone('United Kingdom')!, parseDay('2021-07-01')!)).toBe(60);
    expect(offsetOn(placeZone('New Zealand')!, parseDay('2021-01-15')!)).toBe(780);
    expect(offsetOn(placeZone('Washington')!, parseDay('2021-03-13')!)).toBe(-300);
    expect(offsetOn(placeZone('Washington')!, parseDay('2021-03-14')!)).toBe(-240);
    expect(placeZone('United States')).toBeNull();
  });
});
