import { normaliseDate } from '../../../src/extract/parse/normaliseDate';

describe('normaliseDate', () => {
  it.each([
    ['2019-12-31', '2019-12-31'],
    ['2019-12-31T10:56:00Z', '2019-12-31T10:56:00Z'],
    ['2019-12-31T10:56:00.123+0300', '2019-12-31T10:56:00+03:00'],
    ['2019-12-31 22:56', '2019-12-31T22:56:00'],
    ['December 27, 2019', '2019-12-27'],
    ['Dec. 27, 2019', '2019-12-27'],
    ['27 December 2019', '2019-12-27'],
    ['Tuesday, 31 December 2019', '2019-12-31'],
    ['28.12.2019', '2019-12-28'],
    ['12/31/2019', '2019-12-31'],
    ['2019/12/31', '2019-12-31'],
    ['Tue, 31 Dec 2019 10:00:00 GMT', '2019-12-31T10:00:00Z'],
    [1577786400, '2019-12-31T10:00:00Z'],
  ])('%s -> %s', (input, expected) => {
    expect(normaliseDate(input)).toBe(expected);
  });

  it.each(['unknown', '', 'yesterday', '2019-02-30', '2019-13-01', null, undefined, {}, 'x'.repeat(200)])('%p -> null', (input) => {
    expect(normaliseDate(input)).toBeNull();
  });
});
