import { tagEntities } from '../../../src/extract/entities/tagEntities';
import { claimWith, claimsOf } from '../support/extractText';

describe('a name given after a description is a person', () => {
  it.each([
    ['A shopkeeper who gave his name as Abu Karim closed his shutters.', 'Abu Karim'],
    ['A nurse who identified herself as Umm Yasser wept at the gate.', 'Umm Yasser'],
    ['One fisherman, identified only as Tariq Nouri, was missing.', 'Tariq Nouri'],
    ['A pilgrim named Reza Ghorbani walked for three days.', 'Reza Ghorbani'],
  ])('%s', (sentence, name) => {
    expect(tagEntities(sentence).find((m) => m.name === name)).toMatchObject({ type: 'person' });
  });

  it('is the one a pronoun in the next sentence speaks for', () => {
    const claims = claimsOf('A shopkeeper who gave his name as Abu Karim stood by his shutters. He said the militia had fired on the crowd twice.', '2021-04-02');
    expect(claimWith(claims, 'fired on the crowd').speaker).toMatchObject({ name: 'Abu Karim' });
    const hers = claimsOf('A nurse who identified herself as Umm Yasser waited at the hospital. She told reporters that 14 patients had been moved.', '2021-04-02');
    expect(claimWith(hers, '14 patients').speaker).toMatchObject({ name: 'Umm Yasser' });
  });

  it('does not make a person of a name after other words', () => {
    expect(tagEntities('The ship was named Ocean Pearl in 2004.').find((m) => m.name === 'Ocean Pearl')?.type).not.toBe('person');
  });
});

describe('a relative who shares a famous surname', () => {
  it('"Zeinab Soleimani, the daughter of …" is not Qassem Soleimani, and "she said" is hers', () => {
    const claims = claimsOf('Zeinab Soleimani, the daughter of the slain general, addressed the crowd. "My father\'s blood will not be wasted," she said.', '2020-01-07');
    expect(claimWith(claims, 'will not be wasted').speaker).toMatchObject({ name: 'Zeinab Soleimani' });
    expect(tagEntities('Zeinab Soleimani, the daughter of the slain general, spoke.')[0]).toMatchObject({ name: 'Zeinab Soleimani', type: 'person' });
  });
});
