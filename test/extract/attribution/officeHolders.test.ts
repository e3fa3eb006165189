import { officeHolder } from '../../../src/extract/entities/officeHolder';
import { checkTenures } from '../../../src/extract/entities/tenures';
import { claimWith, claimsOf } from '../support/extractText';

describe('an office named by its country is the person who held it on the article’s day', () => {
  it.each([
    ['Iran’s supreme leader warned that the attackers would face a crushing answer.', '2020-01-04', 'Ali Khamenei'],
    ['The US president insisted that the raid had saved lives.', '2020-01-04', 'Donald Trump'],
    ['The US president insisted that the raid had saved lives.', '2022-03-10', 'Joe Biden'],
    ['Iraq’s caretaker prime minister said the raid broke the terms of the agreement.', '2020-02-14', 'Adel Abdul Mahdi'],
    ['The Iranian foreign minister said the sanctions were economic terrorism.', '2019-06-25', 'Mohammad Javad Zarif'],
    ['The prime minister of Canada said 12 families in Winnipeg had lost someone.', '2020-01-10', 'Justin Trudeau'],
    ['The top U.S. military officer said the convoy had been hit twice.', '2021-05-02', 'Mark Milley'],
    ['The UN secretary-general said he was alarmed by the shelling.', '2020-01-04', 'Antonio Guterres'],
  ])('%s (%s)', (sentence, day, name) => {
    const c = claimsOf(sentence, day)[0]!;
    expect(c.kind).toBe('attributed');
    expect(c.speaker).toMatchObject({ name, type: 'person' });
  });

  it('keeps the description as written when the day is unknown or names no one in office', () => {
    expect(claimsOf('The US president insisted that the raid had saved lives.', null)[0]!.speaker?.name).toBe('US president');
    expect(claimsOf('A former US president said the raid was reckless.', '2020-01-04')[0]!.speaker?.name).toBe('former US president');
    // Before the first holder the list knows.
    expect(officeHolder('the Iraqi prime minister', '2015-01-01')).toBeNull();
  });

  it('reads the office, not a country or a person after it', () => {
    expect(officeHolder('Iran’s supreme leader', '2020-01-04')).toEqual({ name: 'Ali Khamenei', role: "Iran's supreme leader" });
    expect(officeHolder('the president of the United States', '2018-07-01')?.name).toBe('Donald Trump');
    expect(officeHolder('America’s top diplomat', '2020-01-04')?.name).toBe('Mike Pompeo');
    // No owner, another title, or a name that is not an office.
    expect(officeHolder('the president', '2020-01-04')).toBeNull();
    expect(officeHolder('the US ambassador', '2020-01-04')).toBeNull();
    expect(officeHolder('Iran’s supreme leader Ali Khamenei', '2020-01-04')).toBeNull();
    // "us" in lower case is no country.
    expect(officeHolder('us president', '2020-01-04')).toBeNull();
  });

  it('a pronoun after it is the same person', () => {
    const claims = claimsOf('The US president said the strike was lawful. He added that no one in Iraq had been hurt.', '2020-01-04');
    expect(claimWith(claims, 'no one in Iraq').speaker?.name).toBe('Donald Trump');
  });

  it('as a sentence\'s subject, owns the office or spokesman that speaks for it ("…, his office said")', () => {
    const first = claimsOf('BAGHDAD — Iraq’s prime minister condemned the US air strikes that killed 25 fighters, his office said on Monday.', '2019-12-30');
    expect(first[0]!.speaker).toMatchObject({ name: 'Adel Abdul Mahdi', type: 'person' });
    // Not the last person named before it.
    const after = claimsOf('Iran’s supreme leader vowed revenge on Friday.\n\nThe US president ordered the strike to stop an imminent attack, his spokesman said.', '2020-01-04');
    expect(claimWith(after, 'imminent attack').speaker?.name).toBe('Donald Trump');
    // A name after the office is the person itself; with no day the description stays as written.
    const named = claimsOf('Iraq’s prime minister, Adel Abdul Mahdi, condemned the strikes, his office said.', '2019-12-30');
    expect(named[0]!.speaker?.name).toBe('Adel Abdul Mahdi');
    expect(claimsOf('Iraq’s prime minister condemned the strikes, his office said.', null)[0]!.speaker?.name).not.toBe('Adel Abdul Mahdi');
  });
});

describe('a quotation standing alone before the paragraph that names its speaker', () => {
  it('is the words of the person the next paragraph credits', () => {
    const claims = claimsOf('“We did not start this fight. We intend to end it.”\n\nSpeaking at the harbour on Monday, the mayor, Ruth Okafor, said the ferries would run again within a week.', '2021-03-02');
    const quote = claimWith(claims, 'We did not start this fight');
    expect(quote).toMatchObject({ kind: 'quote', quote: 'We did not start this fight. We intend to end it' });
    expect(quote.speaker).toMatchObject({ name: 'Ruth Okafor', type: 'person' });
  });

  it('is left alone when the next paragraph credits a body, or someone spoke just before it', () => {
    const body = claimsOf('“This is a crime against civilians.”\n\nThe health ministry said 14 people had been taken to hospital.', '2021-03-02');
    expect(claimWith(body, 'crime against civilians').speaker).toBeNull();
    const before = claimsOf('Ruth Okafor, the mayor, said the ferries would stop. Residents were told to stay home.\n\n“We did not start this fight.”\n\nThe port director, Sam Ellis, said the cranes were damaged.', '2021-03-02');
    expect(claimWith(before, 'We did not start this fight').speaker?.name).not.toBe('Sam Ellis');
  });
});

describe('a report that no one or nobody did something', () => {
  it.each([
    ['Kurdish officials are saying no one was hurt in the blast.', 'Kurdish officials', 'no one was hurt in the blast'],
    ['Local officials are saying nobody had been warned.', 'Local officials', 'nobody had been warned'],
  ])('%s', (sentence, speaker, text) => {
    const c = claimsOf(sentence, '2021-03-02')[0]!;
    expect(c).toMatchObject({ kind: 'attributed', text });
    expect(c.speaker?.name).toBe(speaker);
  });
});

describe('the tenures list', () => {
  const ok = { names: ['Ruth Okafor'], titles: ['Mayor'], of: 'Iraq', spans: [['2019-01-01', null]] as Array<[string, string | null]> };
  it('is checked at load, naming the entry at fault', () => {
    expect(checkTenures([ok])).toHaveLength(1);
    expect(() => checkTenures([{ ...ok, of: 'Atlantis' }])).toThrow('tenures: Ruth Okafor: "of" Atlantis is not a gazetteer entry');
    expect(() => checkTenures([{ ...ok, spans: [['2019-05-01', '2019-01-01']] }])).toThrow('tenures: Ruth Okafor: bad term');
    expect(() => checkTenures([{ ...ok, spans: [['May 2019', null]] }])).toThrow('bad term');
    expect(() => checkTenures([{ ...ok, titles: [] }])).toThrow('names, titles and of are required');
  });
});

describe('a holder named after a title of a country', () => {
  it('is the one "the President" and "according to the President" stand for', () => {
    const claims = claimsOf('President of Chile Sam Ellis made a statement on Saturday.\n\nAccording to the President, the port will reopen in May. The President said 14 ships were damaged.', '2021-06-05');
    expect(claimWith(claims, 'port will reopen').speaker).toMatchObject({ name: 'Sam Ellis', type: 'person' });
    expect(claimWith(claims, '14 ships').speaker?.name).toBe('Sam Ellis');
  });

  it('the General Staff of a country’s armed forces is its military', () => {
    const c = claimsOf('The General Staff of the Armed Forces of the Islamic Republic of Iran announced that the radar had failed.', '2021-06-05')[0]!;
    expect(c.speaker).toMatchObject({ name: 'Iranian military', type: 'government' });
  });
});
