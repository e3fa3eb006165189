import { comparable, compareClaims } from '../../src/link/compareClaims';
import { claimWith, extractText } from '../extract/support/extractText';

const claim = (text: string, part: string) => comparable(claimWith(extractText(text, '2019-12-30').claims, part));

describe('compareClaims: a denial against the blame', () => {
  it('"Kataib Hezbollah denied involvement" contradicts "Washington blames Kataib Hezbollah for the attack"', () => {
    const denial = claim('Kataib Hezbollah denied involvement in the Kirkuk attack.', 'denied');
    const blame = claim('Washington blames Kataib Hezbollah for a rocket attack on Dec. 27 that killed a U.S. contractor.', 'blames');
    for (const [a, b] of [[denial, blame], [blame, denial]] as const) {
      const r = compareClaims(a, b, 'rocket attack of 2019-12-27');
      expect(r).toEqual([expect.objectContaining({ type: 'contradicts', basis: expect.stringContaining('Kataib Hezbollah denies the part United States blames it for') })]);
    }
  });

  it('not a denial of something else, nor blame on another party', () => {
    const other = claim('Kataib Hezbollah denied reports that its commander was killed.', 'denied');
    const blame = claim('Washington blames Kataib Hezbollah for a rocket attack on Dec. 27.', 'blames');
    expect(compareClaims(other, blame, 'rocket attack').some((r) => r.type === 'contradicts')).toBe(false);
    const denial = claim('Kataib Hezbollah denied involvement in the Kirkuk attack.', 'denied');
    const elsewhere = claim('Washington blames Iran for a rocket attack on Dec. 27.', 'blames');
    expect(compareClaims(denial, elsewhere, 'rocket attack').some((r) => r.type === 'contradicts')).toBe(false);
  });
});
