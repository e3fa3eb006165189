import { findAliasStatements } from '../../src/link/aliasStatements';

describe('aliases stated in an article', () => {
  const text =
    'The U.S. airstrikes killed at least 25 people, CNN reported, citing a statement from Popular Mobilization Units, a Tehran-backed Shiite militia also known as Hashd al-Shaabi. ' +
    'In response to repeated Kata’ib Hizbollah (KH) attacks on Iraqi bases, U.S. forces struck. ' +
    'Abu Mahdi al-Muhandis, also known as Jamal Jaafar Ibrahimi, said it would respond. ' +
    'Pompeo met Qais al-Khazali, also known as the Sheikh, on Monday.';
  const found = findAliasStatements(text, ['Popular Mobilization Units', 'Kata’ib Hizbollah', 'Abu Mahdi al-Muhandis', 'Pompeo', 'Qais al-Khazali']);

  it('reads "also known as" after a name or its appositive', () => {
    expect(found).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: 'Popular Mobilization Units', alias: 'Hashd al-Shaabi' }),
        expect.objectContaining({ name: 'Abu Mahdi al-Muhandis', alias: 'Jamal Jaafar Ibrahimi' }),
      ]),
    );
  });

  it('reads an acronym in parentheses that spells the initials', () => {
    expect(found).toEqual(expect.arrayContaining([expect.objectContaining({ name: 'Kata’ib Hizbollah', alias: 'KH' })]));
  });

  it('gives the alias to the nearest name, not to the subject of the sentence', () => {
    expect(found.filter((a) => a.name === 'Pompeo')).toEqual([]);
    expect(found).toEqual(expect.arrayContaining([expect.objectContaining({ name: 'Qais al-Khazali', alias: 'Sheikh' })]));
  });
});
