import { foldName, namesMayMatch } from '../../src/link/foldName';

describe('name folding for entity resolution', () => {
  it.each([
    ['Kataib Hezbollah', 'Kataeb Hezbollah'],
    ['Kataib Hezbollah', 'Kata’ib Hizbollah'],
    ['Adel Abdul Mahdi', 'Adil Abdul-Mahdi'],
    ['Adel Abdul Mahdi', 'Adel Abdel Mahdi'],
    ['Abu Mahdi al-Muhandis', 'Abu Mahdi al-Muhandes'],
    ['Qassem Soleimani', 'Qasim Soleimani'],
    ['Gen. Qassem Soleimani', 'Qassim Soleimani'],
    ['Mohammad Javad Zarif', 'Mohammed Javad Zarif'],
    ['Dr. Mark T. Esper', 'Mark Esper'],
    ['Hashd al-Shaabi', 'Hashed al-Shaabi'],
  ])('%s ~ %s', (a, b) => {
    expect(namesMayMatch(a, b)).toBe(true);
  });

  it.each([
    ['Mark Esper', 'Bob Esper'],
    ['Donald Trump', 'Eric Trump'],
    ['Mike Pompeo', 'Pompeo'],
    ['Qays al-Khazali', 'Laith al-Khazali'],
    ['Maria Lopez', 'Mario Lopez'],
    ['Daniela Weber', 'Daniel Weber'],
  ])('never merges %s and %s (shared surname only)', (a, b) => {
    expect(namesMayMatch(a, b)).toBe(false);
  });

  it('reads an acronym as the initials of a multi-word name', () => {
    expect(namesMayMatch('KH', 'Kataib Hezbollah')).toBe(true);
    expect(namesMayMatch('PMF', 'Popular Mobilization Forces')).toBe(true);
    expect(namesMayMatch('KH', 'Popular Mobilization Forces')).toBe(false);
  });

  it('counts significant words after titles and particles', () => {
    expect(foldName('Secretary of State Mike Pompeo')).toEqual({ key: 'mki pmpo', words: 2 });
    expect(foldName('Pompeo').words).toBe(1);
  });
});
