import { placeWithin } from '../../../src/extract/entities/gazetteer';
import { tagEntities } from '../../../src/extract/entities/tagEntities';
import { extractText } from '../support/extractText';

describe('capitals and news cities', () => {
  it.each([
    ['Kabul', 'Afghanistan'],
    ['New Delhi', 'India'],
    ['Kyiv', 'Ukraine'],
    ['Sulaimaniyah', 'Iraq'],
    ['Houston', 'United States'],
  ])('%s is a place in %s', (city, country) => {
    expect(tagEntities(`Officials in ${city} met on Monday.`).find((m) => m.name === city)).toMatchObject({ type: 'place' });
    expect(placeWithin(city, country)).toBe(true);
  });

  it('a capital in capitals opening the text with a colon is a dateline, not a speaker', () => {
    const x = extractText('NEW DELHI: A mob armed with iron rods attacked students at a university hostel on Sunday evening, injuring at least 34 people.', '2020-01-06');
    const claim = x.claims.find((c) => c.text.includes('attacked students'))!;
    expect(claim.speaker).toBeNull();
    expect(claim.text.startsWith('NEW DELHI')).toBe(false);
  });

  it('the place of talks named after the happening is not the happening\'s', () => {
    const x = extractText('Rockets struck an air base in Erbil on Sunday.\n\nThe attack came at a delicate moment for talks in London on the nuclear deal.', '2022-03-14');
    expect(x.claims.find((c) => c.text.includes('talks in London'))?.event).toMatchObject({ place: 'Erbil' });
  });
});
