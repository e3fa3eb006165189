import { extractQuantities } from '../../../src/extract/quantities/extractQuantities';

/** Amounts, units and counts found in a held-out probe in styles the corpus lacks (each sentence here is our own). */
function brief(sentence: string): Array<[string, number, string | null]> {
  return extractQuantities(sentence).map((q) => [q.text, q.value, q.unit]);
}

describe('amounts and units the corpus lacks', () => {
  it.each<[string, Array<[string, number, string | null]>]>([
    ['the cap would save a typical family about R1,400 a year', [['about R1,400', 1400, 'ZAR']]],
    ['the scheme cost R2.5bn and R50 million', [['R2.5bn', 2.5e9, 'ZAR'], ['R50 million', 5e7, 'ZAR']]],
    ['interim relief of Rs 25,000 each and Rs. 5,000 each to the injured', [['Rs 25,000', 25000, 'INR'], ['Rs. 5,000', 5000, 'INR']]],
    ['an ex gratia of Rs 4 lakh each', [['Rs 4 lakh', 4e5, 'INR']]],
    ['a project worth Rs 1,200 crore', [['Rs 1,200 crore', 1.2e10, 'INR']]],
    ['The storm brought winds of 135km/h to the coast.', [['135km/h', 135, 'km/h']]],
  ])('%s', (sentence, want) => {
    expect(brief(sentence)).toEqual(want);
  });

  it('"nearly 2 lakh people were evacuated" counts 200,000 people', () => {
    const q = extractQuantities('nearly 2 lakh people were evacuated')[0]!;
    expect(q).toEqual(expect.objectContaining({ value: 200000, qualifier: 'approx', subject: 'people', predicate: 'evacuated' }));
  });

  it('a road called R2 and "R&B" are no amounts', () => {
    expect(brief('Traffic on the R2 road was diverted.')).toEqual([]);
    expect(brief('She sang R&B songs.')).toEqual([]);
  });

  it('"a warning shot" is no one shot; "a soldier shot dead" is', () => {
    expect(brief('the vote was a warning shot')).toEqual([]);
    expect(extractQuantities('a soldier shot dead')[0]).toEqual(expect.objectContaining({ value: 1, subject: 'soldier', predicate: 'shot' }));
  });

  it('"the injury toll has climbed to 53" counts the injured, "the death toll" the dead', () => {
    expect(extractQuantities('The injury toll has climbed to 53.')[0]?.predicate).toBe('wounded');
    expect(extractQuantities('The death toll has climbed to 53.')[0]?.predicate).toBe('died');
  });
});

describe("an earthquake's magnitude", () => {
  it.each<[string, Array<[string, number, string | null]>]>([
    ['The magnitude 6.8 quake hit at night.', [['6.8', 6.8, 'magnitude']]],
    ['The 6.8-magnitude earthquake was the strongest in a century.', [['6.8-magnitude', 6.8, 'magnitude']]],
    ['The USGS said the quake had a magnitude of 6.1.', [['6.1', 6.1, 'magnitude']]],
    ['A 5.8 magnitude aftershock struck.', [['5.8 magnitude', 5.8, 'magnitude']]],
    ['AFAD measured it at magnitude 5.8.', [['5.8', 5.8, 'magnitude']]],
  ])('%s', (sentence, want) => {
    expect(brief(sentence)).toEqual(want);
  });

  it('other hyphenated figures keep no unit: "a 12-year-old boy", "a 3-day strike"', () => {
    expect(brief('a 12-year-old boy and a 3-day strike').filter(([, , unit]) => unit === 'magnitude')).toEqual([]);
  });
});

describe('a part of a toll and harm without a harm verb', () => {
  it('"several of the wounded were in critical condition" is no count of the wounded', () => {
    expect(extractQuantities('The toll was likely to rise because several of the wounded were in critical condition.')[0]?.predicate).toBeNull();
  });

  it('"two of the wounded died later" counts two who died', () => {
    expect(extractQuantities('Two of the wounded died later in hospital.')[0]?.predicate).toBe('died');
  });

  it('"More than 20 protesters suffered from tear gas inhalation" counts the hurt, not a crowd', () => {
    expect(extractQuantities('More than 20 protesters suffered from tear gas inhalation.')[0]).toEqual(expect.objectContaining({ value: 20, subject: 'protesters', predicate: 'injured' }));
  });
});
