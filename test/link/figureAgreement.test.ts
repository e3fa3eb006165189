import type { Quantity } from '../../src/domain';
import { compareFigures } from '../../src/link/figureAgreement';
import { quantitySlot, slotsMatch } from '../../src/link/quantitySlot';

const q = (text: string, value: number, qualifier: Quantity['qualifier'], subject: string | null, predicate: string | null): Quantity => ({
  text, value, qualifier, unit: null, subject, predicate,
});

describe('figures and slots', () => {
  it('25 and "at least 25" agree', () => {
    expect(compareFigures(q('25', 25, 'exact', 'fighters', 'killed'), q('At least 25', 25, 'at_least', 'fighters', 'died')).agree).toBe(true);
  });
  it('"more than 50" and "at least 51" are one bound; "at least 50" and "more than 51" are not', () => {
    expect(compareFigures(q('More than 50', 50, 'more_than', 'people', 'wounded'), q('At least 51', 51, 'at_least', 'people', 'wounded'))).toMatchObject({ agree: true, basis: expect.stringContaining('same bound') });
    // The same number agrees whatever the hedge (the rule above), bound or not.
    expect(compareFigures(q('At least 50', 50, 'at_least', 'people', 'wounded'), q('More than 50', 50, 'more_than', 'people', 'wounded')).agree).toBe(true);
    expect(compareFigures(q('At least 50', 50, 'at_least', 'people', 'wounded'), q('more than 51', 51, 'more_than', 'people', 'wounded')).agree).toBe(false);
  });

  it('25 vs 27 vs 28 are different figures', () => {
    expect(compareFigures(q('25', 25, 'exact', 'fighters', 'killed'), q('27', 27, 'exact', 'fighters', 'killed')).agree).toBe(false);
    expect(compareFigures(q('28', 28, 'exact', 'people', 'killed'), q('27', 27, 'exact', 'fighters', 'killed')).agree).toBe(false);
  });
  it('two reported floors are different figures', () => {
    const v = compareFigures(q('at least 18', 18, 'at_least', 'militia fighters', 'killed'), q('at least 25', 25, 'at_least', 'people', 'killed'));
    expect(v.agree).toBe(false);
    expect(v.basis).toMatch(/lower bounds/);
  });
  it('a vague count agrees with a number in its range, not with another vague count', () => {
    expect(compareFigures(q('dozens', 12, 'approx', 'fighters', 'killed'), q('25', 25, 'exact', 'fighters', 'killed')).agree).toBe(true);
    expect(compareFigures(q('Dozens', 12, 'approx', 'supporters', 'broke into'), q('Thousands', 1000, 'approx', 'mourners', 'marched')).agree).toBe(false);
    expect(compareFigures(q('about 750', 750, 'approx', 'soldiers', 'deployed'), q('760', 760, 'exact', 'soldiers', 'deployed')).agree).toBe(true);
  });
  it('a round word with a bound covers up to the next multiple: "more than a dozen" agrees with 16, not with 30', () => {
    const dozen = q('more than a dozen', 12, 'more_than', 'ballistic missiles', 'fired');
    expect(compareFigures(dozen, q('16', 16, 'exact', 'missiles', 'fired')).agree).toBe(true);
    expect(compareFigures(dozen, q('at least 15', 15, 'at_least', 'missiles', 'fired')).agree).toBe(true);
    expect(compareFigures(dozen, q('30', 30, 'exact', 'missiles', 'fired')).agree).toBe(false);
    expect(compareFigures(q('fewer than a hundred', 100, 'less_than', 'people', 'killed'), q('80', 80, 'exact', 'people', 'killed')).agree).toBe(true);
  });
  it('puts deaths of fighters, members and people in one slot, commanders and contractors in their own', () => {
    const fighters = quantitySlot(q('25', 25, 'exact', 'fighters', 'killed'))!;
    const people = quantitySlot(q('at least 25', 25, 'at_least', 'people', 'killed'))!;
    const members = quantitySlot(q('25', 25, 'exact', 'militia members', 'died'))!;
    const commanders = quantitySlot(q('four', 4, 'at_least', 'local commanders', 'died'))!;
    const contractor = quantitySlot(q('an', 1, 'exact', 'American contractor', 'killed'))!;
    expect(fighters.key).toBe('killed|fighters');
    expect(members.key).toBe('killed|fighters');
    expect(slotsMatch(fighters.key, people.key)).toBe(true);
    expect(slotsMatch(fighters.key, commanders.key)).toBe(false);
    expect(slotsMatch(fighters.key, contractor.key)).toBe(false);
    // "no Americans were killed" and "80 troops were killed" count the same dead.
    expect(slotsMatch(quantitySlot(q('no', 0, 'exact', 'Americans', 'killed'))!.key, quantitySlot(q('80', 80, 'at_least', 'American troops', 'killed'))!.key)).toBe(true);
    // Iranian state TV's 80 "American terrorists" are the troops others say were not killed.
    expect(slotsMatch(quantitySlot(q('80', 80, 'exact', 'American terrorists', 'killed'))!.key, quantitySlot(q('no', 0, 'exact', 'Americans', 'killed'))!.key)).toBe(true);
    // One service member is a soldier, not a militia "member".
    expect(quantitySlot(q('a', 1, 'exact', 'U.S. service member', 'wounded'))!.key).toBe('wounded|soldiers');
  });
  it('a count of targets is of what was hit, verb or not; of sites or locations only with a verb ("from three locations")', () => {
    expect(quantitySlot(q('Three', 3, 'exact', 'targets', null))!.key).toBe('hit|targets');
    expect(quantitySlot(q('five', 5, 'exact', 'sites', 'bombed'))!.key).toBe('hit|targets');
    expect(quantitySlot(q('three', 3, 'exact', 'locations', null))).toBeNull();
  });
  it('treats crowd sizes as one crowd slot whatever the verb', () => {
    expect(quantitySlot(q('Dozens', 12, 'approx', 'supporters', 'broke into'))).toMatchObject({ key: 'crowd|people', crowd: true });
    expect(quantitySlot(q('Thousands', 1000, 'approx', 'mourners', 'marched'))).toMatchObject({ key: 'crowd|people', crowd: true });
    expect(quantitySlot(q('15', 15, 'exact', 'missiles', 'fired'))).toMatchObject({ key: 'fired|missiles', crowd: false });
  });
});

describe('a round number over a bound is an estimate (ho28)', () => {
  it('"more than 30 rockets" holds 36; "at least 25" against 27 stays two reports', () => {
    expect(compareFigures(q('more than 30', 30, 'more_than', 'rockets', 'hit'), q('36', 36, 'exact', 'rockets', 'hit')).agree).toBe(true);
    expect(compareFigures(q('more than 30', 30, 'more_than', 'rockets', 'hit'), q('80', 80, 'exact', 'rockets', 'hit')).agree).toBe(false);
    expect(compareFigures(q('at least 25', 25, 'at_least', 'fighters', 'killed'), q('27', 27, 'exact', 'fighters', 'killed')).agree).toBe(false);
    expect(compareFigures(q('more than 25', 25, 'more_than', 'fighters', 'killed'), q('27', 27, 'exact', 'fighters', 'killed')).agree).toBe(false);
  });
});
