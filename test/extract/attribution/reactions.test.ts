import { extractText, claimWith } from '../support/extractText';

/**
 * Reactions and vows without a clause ("X condemned the strikes", "X urged restraint", "X vowed
 * revenge") are the reacting party's, frame and all, as readers of the held-out probes and
 * PolNeAR's annotators credit them. Every text here is our own.
 */
describe('reactions and vows credited to who made them', () => {
  const claimOf = (text: string, words: string, published = '2020-01-03') => claimWith(extractText(text, published).claims, words);

  it('"condemned", "denounced", "urged", "demanded" with a plain object', () => {
    for (const [text, words, speaker, cue] of [
      ['Parliament Speaker Mohammed al-Halbousi also condemned the strikes.', 'condemned the strikes', 'Mohammed al-Halbousi', 'condemned'],
      ['Foreign Secretary Dominic Raab urges all sides to de-escalate.', 'de-escalate', 'Dominic Raab', 'urges'],
      ['The US embassy in Baghdad urged all American citizens to leave Iraq immediately.', 'leave Iraq', 'US embassy in Baghdad', 'urged'],
      ['The Veterans of Foreign Wars demanded an apology.', 'apology', 'Veterans of Foreign Wars', 'demanded'],
    ] as const) {
      const c = claimOf(text, words);
      expect(c).toEqual(expect.objectContaining({ kind: 'attributed', cue }));
      expect(c.speaker?.name).toBe(speaker);
    }
  });

  it('"vowed", "threatened", "promised", "pledged" without a clause: a declared intent, credited', () => {
    const a = claimOf('Abu Mahdi al-Muhandis, a founder of Kataib Hezbollah, vowed revenge.', 'vowed revenge');
    expect(a).toEqual(expect.objectContaining({ kind: 'attributed', cue: 'vowed' }));
    expect(a.speaker?.name).toBe('Abu Mahdi al-Muhandis');
    expect(claimOf('Trump has threatened to hit 52 Iranian sites.', '52 Iranian sites').speaker?.name).toBe('Donald Trump');
    expect(claimOf('Tehran has promised revenge.', 'promised revenge').speaker?.name).toBe('Iran');
  });

  it('a toll or a relative clause in the object stays the outlet’s: the reacting party is not its source', () => {
    const c = claimOf('Iraqi Prime Minister Adel Abdel Mahdi has condemned the US air strikes which killed at least 25 members of an Iranian-backed militia.', '25 members', '2019-12-30');
    expect(c.speaker).toBeNull();
    expect(claimOf('Israeli officials have vowed to kill Hamas leaders, after an attack in which militants killed 1,200 people.', '1,200 people', '2024-01-03').speaker).toBeNull();
  });

  it('a later cue gives the words: "condemned the attack, saying …" credits the words, not the reaction', () => {
    const x = extractText('Iraqi President Barham Salih also condemned the attack, saying it was "unacceptable" and could drag Iraq into a conflict.', '2019-12-30');
    const words = claimWith(x.claims, 'unacceptable');
    expect(words.speaker?.name).toBe('Barham Salih');
    expect(words.text.startsWith('it was')).toBe(true);
  });

  it('a vow with its words after "that" or a quotation is reported as before', () => {
    const c = claimOf('Kataib Hezbollah vowed that its response would be "very tough".', 'very tough', '2019-12-30');
    expect(c.speaker?.name).toBe('Kataib Hezbollah');
    expect(c.text.startsWith('its response')).toBe(true);
  });
});
