import { SUBORDINATE, SUBORDINATOR_NEEDLE } from '../../../src/extract/claims/splitAssertion';
import { randomStrings } from '../../support/randomStrings';

function subordinateMatches(seg: string): boolean {
  const re = new RegExp(SUBORDINATE.source, SUBORDINATE.flags);
  return re.test(seg);
}

describe('splitAssertion fast paths', () => {
  it('SUBORDINATOR_NEEDLE finds something true wherever SUBORDINATE matches', () => {
    const awkward = [
      'It fell ſince the war began',
      'It fell SINCE the war began',
      'killed BECAUSE troops fired',
      'killed becauſe troops fired',
      'two days AFTER police arrived',
      'They left,when troops came',
      'They left\u00a0until noon came',
      'İt rose after İran struck',
      'no conjunction here at all',
      'afterwards, whenever, sinceré',
    ];
    const words = ['after', 'AFTER', 'ſince', 'Since', 'becauſe', 'BeCaUsE', 'when', 'WHEN', 'until', 'following', 'before', 'İ', 'K', 'ſ', 'aft', 'er', ' ', ',', '\u00a0', 'troops', 'fired', 'being', 'which', 'x'];
    for (const seg of [...awkward, ...randomStrings(7, words, 4000, 8)]) {
      if (subordinateMatches(seg)) expect([seg, SUBORDINATOR_NEEDLE.test(seg)]).toEqual([seg, true]);
    }
  });
});
