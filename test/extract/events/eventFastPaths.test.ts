import { CUMULATIVE_TOLL, cumulativeToll } from '../../../src/extract/events/assignEvents';
import { randomStrings } from '../../support/randomStrings';

/**
 * The fast paths of the events stage must give exactly what the plain definitions they
 * replace give, on awkward inputs and on seeded random strings over the words that matter.
 */

describe('cumulativeToll', () => {
  const plain = (s: string): boolean => CUMULATIVE_TOLL.test(s);
  const awkward = [
    '',
    'He was blamed for the deaths of hundreds of American troops during the Iraq war.',
    'blamed for the death of',
    'blamed for the Deaths of',
    'during the Iraq War',
    'during the Iraq war',
    'in the past five years',
    'over the last Decades',
    'over the decades',
    'over a long period',
    'since 2003',
    'Since 2003',
    'killed thousands of US troops',
    'killed Hundreds of Americans',
    'killed or badly wounded hundreds of coalition soldiers',
    'over\u00a0the\u00a0years',
    'during the Iraq–Iran war',
    'warned of a rocket attack',
  ];
  // Words and pieces of the branches, so that random strings match now and then.
  const words = [' ', ' ', '\u00a0', ',', '.', 'the ', 'The ', 'blamed ', 'responsible ', 'accused', 'for ', 'for the deaths of', 'death', 'deaths ', 'Deaths', 'of ', 'during the ', 'in ', 'throughout', 'Iraq ', 'Gulf', 'war', 'War', 'over the ', 'past ', 'last ', 'recent ', 'few ', 'five ', '12 ', 'years', 'Years', 'decade', 'decades', 'an ', 'a ', 'long ', 'period', 'since ', 'Since ', '19', '20', '03', 'killed ', 'or ', 'badly ', 'wounded ', 'hundreds of ', 'thousands of ', 'U.S. ', 'US ', 'American ', 'troops', 'soldiers', 'service', 'members', 'Americans'];

  it('gives what the regexp gives', () => {
    const inputs = [...awkward, ...randomStrings(7, words, 40000, 12)];
    for (const s of inputs) expect([s, cumulativeToll(s)]).toEqual([s, plain(s)]);
    // (The random strings must reach the regexp's matches too, or they would test nothing.)
    expect(inputs.filter(plain).length).toBeGreaterThan(100);
  });
});
