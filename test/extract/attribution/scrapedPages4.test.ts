import { claimsOf, claimWith } from '../support/extractText';

/** Speakers found in a fourth held-out probe (each text here is our own). */
describe('frames found in a briefing transcript and in agency copy', () => {
  const TRANSCRIPT = [
    'SECRETARY OF DEFENSE MARK T. ESPER:  Good morning. We struck them hard.',
    'GENERAL MARK A. MILLEY:  Thanks. The embassy is safe.',
    'Q:  Will Iran attack again?',
    'SEC. ESPER:  Do I think they may do something? Yes. And they will likely regret it.',
    'Q:  General, are you worried?',
    "GEN. MILLEY:  That embassy is not going to be overrun. I've said it, and I'll leave it at that.",
    "SEC. ESPER:  I'd also say this: the game has changed.",
  ].join('\n\n');

  it('"SEC. ESPER:" opens a turn: every sentence after the label is his', () => {
    const c = claimWith(claimsOf(TRANSCRIPT, '2020-01-02'), 'likely regret it');
    expect(c.kind).toBe('quote');
    expect(c.speaker?.name).toBe('Mark Esper');
  });

  it('"I\'ve said it", "I\'d also say this:" name no speaker "I\'ve": the turn\'s speaker says them', () => {
    const claims = claimsOf(TRANSCRIPT, '2020-01-02');
    expect(claimWith(claims, "I've said it").speaker?.name).toBe('Mark Milley');
    expect(claimWith(claims, 'the game has changed').speaker?.name).toBe('Mark Esper');
    expect(claims.every((c) => !/^(?:I|we)'/iu.test(c.speaker?.name ?? ''))).toBe(true);
  });

  it('a turn opening with "That" keeps it: "That embassy is not going to be overrun"', () => {
    expect(claimWith(claimsOf(TRANSCRIPT, '2020-01-02'), 'embassy is not going').text).toBe('That embassy is not going to be overrun');
  });

  it('"…, according to the Hashed al-Shaabi, the state-sponsored network of … that includes the faction": the description is the source\'s, no claim', () => {
    const claims = claimsOf('The strikes killed 25 fighters and wounded 51, according to the Hashed al-Shaabi, the state-sponsored network of mostly Shiite armed groups that includes the faction.', '2019-12-30');
    expect(claims.map((c) => c.text)).toEqual(['The strikes killed 25 fighters and wounded 51']);
  });

  it('a clause after "according to X," is still a claim of its own', () => {
    const claims = claimsOf('The toll rose to 30, according to officials, the strikes killed many people.', '2019-12-30');
    expect(claims.map((c) => c.text)).toContain('the strikes killed many people.');
  });

  it('"… a tweet by Donald Trump, who claimed, “…”": the one the closing relative clause is on speaks; the clause around him stays the outlet\'s', () => {
    const claims = claimsOf('Mousavi’s remarks came in response to a tweet by US President Donald Trump, who claimed, “Iran killed an American contractor, wounding many.”', '2020-01-01');
    const quote = claimWith(claims, 'Iran killed');
    expect(quote.speaker?.name).toBe('Donald Trump');
    expect(quote.kind).toBe('quote');
    expect(claimWith(claims, 'remarks came in response').speaker).toBeNull();
  });

  it('a subject with a relative clause between commas is no frame of its own', () => {
    const claims = claimsOf('US President Donald Trump, who had accused Iran of orchestrating the violence, said on Tuesday he did not want war with Iran.', '2020-01-01');
    expect(claimWith(claims, 'did not want war').speaker?.name).toBe('Donald Trump');
    expect(claims.every((c) => !c.text.startsWith('US President'))).toBe(true);
  });
});

