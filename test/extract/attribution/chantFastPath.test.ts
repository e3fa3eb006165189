import { CHANT_NEEDLE, CHANT_PARTICIPLES } from '../../../src/extract/attribution/cues';
import { randomStrings } from '../../support/randomStrings';

/** What the callers test: the last three words of a lead, rejoined with single spaces. */
const lastWords = (lead: string): string => lead.split(/\s+/u).slice(-3).join(' ');

describe('CHANT_NEEDLE', () => {
  it('is true wherever CHANT_PARTICIPLES matches a lead or its last words rejoined', () => {
    const awkward = [
      'protesters were ſhouting ',
      'the crowd CHANTED: ',
      'holding\nsigns   reading ',
      'WAVING placards\u00a0saying ',
      'they ſang ',
      'people crying, ',
      'mourners cried ',
      'İt was sİnging ',
      'no chant-free words here ',
      'the chanteuse sang out ',
    ];
    const words = ['shouting', 'ſhouts', 'CHANT', 'chanted', 'yelled', 'cried', 'CRYING', 'screamed', 'sang', 'ſang', 'singing', 'holding', 'waving', 'signs', 'banners', 'placards', 'reading', 'saying', 'İ', 'ſ', 'the', ' ', '  ', '\n', ',', ':', '\u00a0', 'x'];
    for (const lead of [...awkward, ...randomStrings(11, words, 5000, 9)]) {
      if (CHANT_PARTICIPLES.test(lead) || CHANT_PARTICIPLES.test(lastWords(lead))) expect([lead, CHANT_NEEDLE.test(lead)]).toEqual([lead, true]);
    }
  });
});
