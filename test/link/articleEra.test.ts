import { articleEra } from '../../src/link/articleEra';

describe('articleEra: when an undated article was written, from the office holders it names', () => {
  it.each<[string, { from: string; to: string } | null]>([
    ['The strikes were ordered by President Joe Biden.', { from: '2021-01-20', to: '2025-01-20' }],
    ['Prime Minister Mustafa al-Kadhimi ordered an inquiry.', { from: '2020-05-07', to: '2022-10-27' }],
    // Two holders: the days both held office.
    ['President Donald Trump and Defense Secretary Mark Esper spoke.', { from: '2019-07-23', to: '2020-11-09' }],
    // Heads of other countries count too.
    ['Chancellor Angela Merkel met President Emmanuel Macron in Berlin.', { from: '2017-05-14', to: '2021-12-08' }],
    // Trump alone held office in two terms: no one window.
    ['President Donald Trump spoke.', null],
    // A term that is over, and a name without its title, place nothing.
    ['Former President Barack Obama spoke.', null],
    ['then-Vice President Joe Biden visited Baghdad.', null],
    ['Joe Biden, the Democratic candidate, criticised the strike.', null],
    // Holders whose terms never met: nothing to go by.
    ['President Barack Obama and President Joe Biden', null],
  ])('%s', (text, era) => {
    expect(articleEra(text)).toEqual(era);
  });
});
