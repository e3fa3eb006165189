import { roleOnDay } from '../../../src/extract/entities/roleOnDay';
import { tagEntities } from '../../../src/extract/entities/tagEntities';
import { claimsOf, claimWith } from '../support/extractText';

/**
 * Speaker forms found missed in the PolNeAR dev split (political news of 2016 the rules were
 * not written for); each sentence here is our own.
 */
describe('a month that is a surname', () => {
  it('"Theresa May said": May is the surname, not the month or the modal', () => {
    const c = claimWith(claimsOf('British Prime Minister Theresa May said this week that the country would leave the customs union.', '2016-10-05'), 'customs union');
    expect(c.kind).toBe('attributed');
    expect(c.speaker).toMatchObject({ name: 'Theresa May', type: 'person' });
    expect(tagEntities('Theresa May said the vote was final.').map((m) => m.name)).toContain('Theresa May');
  });

  it('"Mrs May said" and "May said" opening the sentence', () => {
    const claims = claimsOf('Theresa May spoke in Birmingham. Mrs May said the talks would start in March. May said the deal was close.', '2016-10-05');
    expect(claimWith(claims, 'talks would start').speaker?.name).toBe('Theresa May');
    expect(claimWith(claims, 'deal was close').speaker?.name).toBe('Theresa May');
  });

  it('stays a month, and a modal, where it is one', () => {
    expect(tagEntities('The talks began in May 2016 in Geneva.').some((m) => m.type === 'person')).toBe(false);
    expect(tagEntities('Officials met on Sunday May 5 in Geneva.').some((m) => m.type === 'person')).toBe(false);
    // "officials may say" stays a modal: no claim is credited to them.
    const c = claimWith(claimsOf('Some officials may say that the plan is dead.', '2016-10-05'), 'plan is dead');
    expect(c.speaker).toBeNull();
  });
});

describe('a quantifier between the subject and the cue', () => {
  it.each([
    ['The senators all said that the plan would fail.', 'senators'],
    ['The two ministers both said that the plan would fail.', 'ministers'],
    ['Senator Ann Reyes (D-Ore.) and Senator Paul Brandt (D-Ohio) all suggested that the plan would fail.', /Reyes|Brandt/u],
  ])('%s', (text, who) => {
    const c = claimWith(claimsOf(text, '2016-09-20'), 'plan would fail');
    expect(c.kind).toBe('attributed');
    expect(c.speaker?.name).toMatch(who);
  });

  it('not after "of" ("the best of all said nothing")', () => {
    const claims = claimsOf('The best of all said that nothing had changed.', '2016-09-20');
    expect(claimWith(claims, 'nothing had changed').speaker?.name ?? null).not.toBe('best');
  });
});

describe('"…, as police have said."', () => {
  it('credits the clause before the comma to the subject of the closing "as" clause', () => {
    const c = claimWith(claimsOf('The strikes killed 25 fighters, as the ministry reported on Monday.', '2019-12-31'), '25 fighters');
    expect(c).toMatchObject({ kind: 'attributed', text: 'The strikes killed 25 fighters' });
    expect(c.speaker?.name).toMatch(/ministry/u);
  });

  it('after "whether", only the clause the speaker stated', () => {
    const c = claimWith(claimsOf('The video does not show whether the driver had a gun, as police have said.', '2016-09-25'), 'had a gun');
    expect(c).toMatchObject({ kind: 'attributed', text: 'the driver had a gun' });
    expect(c.speaker?.name).toBe('police');
  });

  it('not "as reporters watched" or "as economists expected", and not when the cue has an object', () => {
    expect(claimWith(claimsOf('He left the room, as reporters watched.', '2016-09-25'), 'left the room').speaker).toBeNull();
    expect(claimWith(claimsOf('Prices rose sharply last year, as economists expected.', '2016-09-25'), 'Prices rose').speaker).toBeNull();
    expect(claimWith(claimsOf('The mayor resigned, as the paper reported in a long story about the city budget.', '2016-09-25'), 'mayor resigned').speaker).toBeNull();
  });
});

describe('"X responded … by saying …"', () => {
  it('the words are the subject’s, and the clause that introduces them is no claim of its own', () => {
    const claims = claimsOf('The governor responded to a teacher on Wednesday night by saying the budget was a manufactured crisis.', '2016-09-29');
    const c = claimWith(claims, 'manufactured crisis');
    expect(c).toMatchObject({ kind: 'attributed', text: 'the budget was a manufactured crisis' });
    expect(c.speaker?.name).toBe('governor');
    expect(claims).toHaveLength(1);
  });

  it('"began his address by declaring …"', () => {
    const claims = claimsOf('Mayor Ruth Okafor began her address by declaring that the port would reopen within a week.', '2021-03-02');
    expect(claimWith(claims, 'port would reopen').speaker?.name).toBe('Ruth Okafor');
    expect(claims).toHaveLength(1);
  });
});

describe('a name no rule typed is a person to "she" when its first name tells', () => {
  it('"Tina Houchins had a question. “…,” she said."', () => {
    const claims = claimsOf('During the town hall, Tina Houchins had a question for the governor.\n\n“My son gave his life for this country,” she said.', '2016-09-29');
    expect(claimWith(claims, 'gave his life').speaker?.name).toBe('Tina Houchins');
  });
});

describe('an office holder’s role as it stood on the article’s day', () => {
  it('reads the gazetteer role by the tenure', () => {
    expect(roleOnDay('Barack Obama', 'former US president', '2016-09-29')).toBe('US president');
    expect(roleOnDay('Barack Obama', 'former US president', '2020-01-03')).toBe('former US president');
    expect(roleOnDay('Mike Pompeo', 'US secretary of state', '2023-05-01')).toBe('former US secretary of state');
    // Before his first term Donald Trump held no office the gazetteer can name.
    expect(roleOnDay('Donald Trump', 'US president', '2016-09-29')).toBeNull();
    expect(roleOnDay('Donald Trump', 'US president', '2022-06-01')).toBe('former US president');
    expect(roleOnDay('Donald Trump', 'US president', '2025-03-01')).toBe('US president');
  });

  it('leaves a role the text gave, someone of two offices, and an unknown day alone', () => {
    expect(roleOnDay('Mark Milley', 'former commander of the 82nd Airborne Division', '2020-01-02')).toBe('former commander of the 82nd Airborne Division');
    expect(roleOnDay('Barack Obama', 'former US president', null)).toBe('former US president');
    expect(roleOnDay('Joe Biden', 'US president', '2016-01-01')).toBe('US president');
  });

  it('in an article: Obama in 2016 is the president', () => {
    const c = claimWith(claimsOf('Barack Obama said the museum would make visitors face uncomfortable truths.', '2016-09-25'), 'uncomfortable truths');
    expect(c.speaker).toMatchObject({ name: 'Barack Obama', role: 'US president' });
  });
});

describe('two people joined by "and"', () => {
  it('"John Smith and Bob Jones said": two names, the first credited', () => {
    expect(tagEntities('John Smith and Bob Jones said the strikes were defensive.').map((m) => m.name)).toEqual(['John Smith', 'Bob Jones']);
    expect(claimWith(claimsOf('John Smith and Bob Jones said the strikes were defensive.'), 'defensive').speaker?.name).toBe('John Smith');
  });

  it('one name where the words before "and" are one word or a body', () => {
    expect(tagEntities('The Bill and Melinda Gates Foundation gave money.').some((m) => m.name === 'Melinda Gates Foundation')).toBe(false);
  });
});

describe('a name paired with another by "and"', () => {
  it('"Joaquin Phoenix and Renée Zellweger won": the one with a known first name is a person', () => {
    const ms = tagEntities('Joaquin Phoenix and Renée Zellweger won the top drama acting prizes.');
    expect(ms.find((m) => m.name === 'Renée Zellweger')?.type).toBe('person');
  });
});
