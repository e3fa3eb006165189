import { extractText, claimWith } from '../support/extractText';

/** Speaker forms of a tenth held-out probe (ho18); every text here is our own. */
describe('speakers in the forms of a tenth probe (ho18)', () => {
  const speakerOf = (text: string, words: string, published = '2020-01-03') => {
    const c = claimWith(extractText(text, published).claims, words);
    return { name: c.speaker?.name ?? null, kind: c.kind, text: c.text };
  };

  it('"IRNA quoted him as saying that …": the pronoun is the one named before', () => {
    const text = 'In Tehran, foreign ministry spokesman Abbas Mousavi condemned the attack. The official IRNA news agency quoted him as saying that the strikes were "a clear example of terrorism".';
    expect(speakerOf(text, 'clear example')).toEqual(expect.objectContaining({ name: 'Abbas Mousavi', kind: 'quote' }));
  });

  it('"In a speech reported by state media, X also said: …": the work is no speaker', () => {
    expect(speakerOf('In a speech reported by state media, Ayatollah Ali Khamenei also said: "If we decide to fight, we will do so openly."', 'fight').name).toBe('Ali Khamenei');
  });

  it('"…, in what the Revolutionary Guards said was revenge for …": the deed is the outlet’s, the characterisation the speaker’s', () => {
    const x = extractText('Iran fired missiles at Ain al-Asad air base on Wednesday, in what the Islamic Revolutionary Guard Corps said was revenge for the killing of Qassem Soleimani.', '2020-01-10');
    expect(claimWith(x.claims, 'revenge for the killing')).toEqual(expect.objectContaining({ kind: 'attributed', speaker: expect.objectContaining({ name: 'Islamic Revolutionary Guard Corps' }) }));
    expect(claimWith(x.claims, 'Iran fired missiles').speaker).toBeNull();
    // Not a phrase that goes on past its words: the sentence stays whole.
    const y = extractText('Only 1 percent of the staff had been involved with what lawmakers called “fraud” at the bank, the chief executive said.', '2016-09-20');
    expect(y.claims).toHaveLength(1);
  });

  it('quoted words as the object of a speaker’s verb are the speaker’s: "condemned the “sinful aggression”"', () => {
    const c = speakerOf('Iraq’s top Shiite cleric, Grand Ayatollah Sayyed Ali al-Sistani, condemned the "sinful aggression" against Iraqi forces.', 'sinful aggression', '2019-12-31');
    expect(c).toEqual(expect.objectContaining({ name: 'Ali al-Sistani', kind: 'quote' }));
    expect(speakerOf('The State Department urged all American citizens in Iraq to "depart immediately."', 'depart immediately').name).toMatch(/State/u);
    // Without quoted words a reaction is still the one who reacted (see reactions.test.ts).
    expect(speakerOf('Iran also condemned the strikes on Sunday.', 'condemned', '2019-12-31').name).toBe('Iran');
  });

  it('a name after its titles in an aside is the speaker, not the description before it', () => {
    expect(speakerOf('Iraq’s top Shiite cleric, Grand Ayatollah Sayyed Ali al-Sistani, said the strikes violated Iraq’s sovereignty.', 'violated', '2019-12-31').name).toBe('Ali al-Sistani');
  });

  it('"according to a tally kept by U.S. officials": the tally’s keepers speak', () => {
    expect(speakerOf('The attack was the 11th on bases hosting U.S. forces in two months, according to a tally kept by U.S. officials.', '11th', '2019-12-28').name).toBe('U.S. officials');
  });

  it('a body’s long name before a person’s in one run: "Committee on International Affairs Konstantin Kosachev"', () => {
    const text = 'Tehran appointed Esmail Qaani as the new Quds Force commander.\n\nHead of the Federation Council’s Committee on International Affairs Konstantin Kosachev wrote that the strike was "a very dangerous step". He suggested that a response "will not be long in coming".';
    expect(speakerOf(text, 'dangerous step').name).toBe('Konstantin Kosachev');
    expect(speakerOf(text, 'long in coming').name).toBe('Konstantin Kosachev');
  });
});

describe('guards of the forms above', () => {
  it('"in what it said was …": the pronoun is the clause’s subject; a text that urges is no speaker', () => {
    const x = extractText('Iran fired missiles at two bases in Iraq housing US troops early on Wednesday, in what it said was revenge for the US killing of Qassem Soleimani last week.', '2020-01-08');
    expect(claimWith(x.claims, 'revenge for').speaker?.name).toBe('Iran');
    const y = extractText('The resolution, which passed by a show of hands, urges the government to "end the presence of any foreign troops". It also calls on the government to withdraw its request.', '2020-01-06');
    expect(y.claims.every((c) => c.speaker === null)).toBe(true);
  });
});

describe('a closing relative clause with a saying of its own (ho18)', () => {
  it('"…, which denied involvement": the antecedent denies', () => {
    const x = extractText('The U.S. blamed the Iran-backed Kataib Hezbollah militia, which denied involvement.', '2020-02-10');
    expect(claimWith(x.claims, 'denied involvement')).toEqual(expect.objectContaining({ certainty: 'denied', speaker: expect.objectContaining({ name: 'Kataib Hezbollah' }) }));
    expect(claimWith(x.claims, 'blamed').speaker?.name).toBe('United States');
  });

  it('"…, which Washington says targeted …": the clause’s speaker, apart from the sentence’s', () => {
    const x = extractText('Iraq says 16 people were killed in the strikes, which Washington says targeted Iran’s Revolutionary Guards and allied militias.', '2024-02-03');
    expect(claimWith(x.claims, '16 people').speaker?.name).toBe('Iraq');
    expect(claimWith(x.claims, 'Revolutionary Guards').speaker?.name).toBe('United States');
  });

  it('leaves "who said and did" and a clause before another frame alone', () => {
    expect(extractText('Would you vote for a woman who said and did the same things as Trump?', '2016-09-29').claims.every((c) => c.speaker === null)).toBe(true);
    const x = extractText('The lawyer said the videos do not show his hands, which he said were at his side, the footage showed.', '2016-09-25');
    expect(x.claims.some((c) => c.text === 'were at his side')).toBe(false);
  });
});

describe('an interview’s answers and a pronoun after a fronted phrase (ho18)', () => {
  it('"Kurdish officials told me privately that …" reports the officials, an adverb between', () => {
    expect(claimWith(extractText('Kurdish officials told me privately that two missiles landed near the airport.', '2020-01-10').claims, 'two missiles').speaker?.name).toBe('Kurdish officials');
  });

  it('"A US official tells us at least 15 missiles were fired": a figure’s qualifier opens the clause', () => {
    expect(claimWith(extractText('A US official tells us at least 15 missiles were fired.', '2020-01-10').claims, '15 missiles').speaker?.name).toBe('US official');
  });

  it('"it tells you something about how confused the first hours were" is an idiom, no report', () => {
    const x = extractText('The Pentagon said 16 missiles were fired. That is right, and it tells you something about how confused the first hours were.', '2020-01-10');
    expect(claimWith(x.claims, 'confused').speaker).toBeNull();
  });

  it('"…, and they have said …": the subject of the coordinated clause, not the last body that spoke', () => {
    const x = extractText('The Iraqi military said 22 missiles were fired. Kataib Hezbollah and others lost Abu Mahdi al-Muhandis, and they have said their own revenge is still to come.', '2020-01-10');
    expect(claimWith(x.claims, 'revenge').speaker?.name).toBe('Kataib Hezbollah');
  });

  it('"Hours before Mr Trump’s address, he had tweeted": the one whose act the fronted phrase names', () => {
    const x = extractText('Ayatollah Ali Khamenei said the attack was a slap in the face. Hours before Mr Trump’s address, he had tweeted: "All is well! Missiles launched from Iran at two military bases located in Iraq."', '2020-01-09');
    expect(claimWith(x.claims, 'All is well').speaker?.name).toBe('Donald Trump');
  });
});
