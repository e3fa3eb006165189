import { extractQuantities } from '../../../src/extract/quantities/extractQuantities';

/** Counts whose noun is left out or which name a model, found in a held-out probe (each sentence here is our own). */
function brief(sentence: string): Array<[number, string | null, string | null]> {
  return extractQuantities(sentence).map((q) => [q.value, q.subject, q.predicate]);
}

describe('a number whose noun is left out takes the figure before it', () => {
  it.each<[string, Array<[number, string | null, string | null]>]>([
    ['The planes struck three depots in Iraq and two in Syria.', [[3, 'depots', 'hit'], [2, 'depots', 'hit']]],
    ['The army hit five bases, three in the north and two in the south.', [[5, 'bases', 'hit'], [3, 'bases', 'hit'], [2, 'bases', 'hit']]],
    ['The ministry counted 900 burglaries in 2019 and 450 in 2023.', [[900, 'burglaries', null], [450, 'burglaries', null]]],
    ['The militia fired 20 rockets, of which 14 hit the airfield.', [[20, 'rockets', 'fired'], [14, 'rockets', 'hit']]],
  ])('%s', (sentence, want) => {
    expect(brief(sentence)).toEqual(want);
  });

  it('a number with its own noun keeps it, and a bare number without "and" or a comma before it takes nothing', () => {
    expect(brief('Police arrested 12 men and 4 women.')).toEqual([[12, 'men', 'arrested'], [4, 'women', 'arrested']]);
    expect(brief('The convoy had 40 trucks; 6 were lost.')).toEqual([[40, 'trucks', null], [6, null, null]]);
  });

  it('a figure with a unit lends nothing: "5 km inland and two in the bay"', () => {
    expect(brief('The shell landed 5 km inland and two in the bay.')).toEqual([[5, null, 'hit'], [2, null, null]]);
  });
});

describe('a breakdown after a dash or colon takes the total\'s noun', () => {
  it.each<[string, Array<[number, string | null, string | null]>]>([
    ['The navy said 30 drones had been launched - 21 at the port and nine at the refinery.', [[30, 'drones', 'launched'], [21, 'drones', 'launched'], [9, 'drones', 'launched']]],
    ['The floods killed 40 people — 31 in the valley and nine on the coast.', [[40, 'people', 'killed'], [31, 'people', 'killed'], [9, 'people', 'killed']]],
    ['Rebels fired 12 shells: eight at the airport and four near the market.', [[12, 'shells', 'fired'], [8, 'shells', 'fired'], [4, 'shells', 'fired']]],
  ])('%s', (sentence, want) => {
    expect(brief(sentence)).toEqual(want);
  });

  it('not when the total is itself a place, nor when what follows the dash is no place phrase', () => {
    // "at two bases" would lend "bases" to the parts.
    expect(brief('Rebels fired 12 shells at two posts — eight at the airport and four near the market.')).toEqual([[12, 'shells', 'fired'], [2, 'posts', null], [8, null, null], [4, null, null]]);
    expect(brief('The storm killed 40 people - 12 of them children.')).toEqual([[40, 'people', 'killed'], [12, 'children', null]]);
  });
});

describe('a number after a maker names a model', () => {
  it('"The Fokker 100 aircraft" counts no aircraft; "On Monday 100 aircraft" does', () => {
    expect(brief('The Fokker 100 aircraft lost altitude.')).toEqual([]);
    expect(brief('On Monday 100 aircraft were grounded.')).toEqual([[100, 'aircraft', null]]);
  });

  it('"with 98 aboard crashes" counts 98 with no noun ("aboard" ends it)', () => {
    expect(brief('Plane with 98 aboard crashes on takeoff')).toEqual([[98, null, null]]);
  });
});
