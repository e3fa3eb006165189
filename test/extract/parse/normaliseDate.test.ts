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
    // RFC 2822 (mail, RSS) keeps its offset: an American evening stays on its own day.
    ['Tue, 31 Dec 2019 21:05:00 -0500', '2019-12-31T21:05:00-05:00'],
    ['Mon, 30 Dec 2019 21:40:00 +1100', '2019-12-30T21:40:00+11:00'],
    ['2 Jan 2020 06:30 EST', '2020-01-02T06:30:00-05:00'],
    ['Thu, 02 Jan 2020 06:30:00 -0500 (EST)', '2020-01-02T06:30:00-05:00'],
    [1577786400, '2019-12-31T10:00:00Z'],
  ])('%s -> %s', (input, expected) => {
    expect(normaliseDate(input)).toBe(expected);
  });

  it.each(['unknown', '', 'yesterday', '2019-02-30', '2019-13-01', null, undefined, {}, 'x'.repeat(200)])('%p -> null', (input) => {
    expect(normaliseDate(input)).toBeNull();
  });
});
