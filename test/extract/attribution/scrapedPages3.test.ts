import { claimsOf, claimWith } from '../support/extractText';

/** Sentences of the kinds a third held-out probe of scraped pages found (our own wording). */
describe('attribution: a third probe of scraped pages', () => {
  it('"In a statement read on state television, the IRGC said …" is the IRGC, and so is "the statement said" after it', () => {
    const claims = claimsOf('In a statement read on state television, the IRGC said the operation was carried out in response to the act of the US military. "We warn all American allies," the statement said.', '2020-01-08');
    expect(claimWith(claims, 'the operation was carried out')).toMatchObject({ kind: 'attributed', text: 'the operation was carried out in response to the act of the US military', speaker: { name: 'Islamic Revolutionary Guard Corps' } });
    expect(claimWith(claims, 'We warn all American allies').speaker?.name).toBe('Islamic Revolutionary Guard Corps');
    // Read by someone, or read with an object, is as before.
    expect(claimWith(claimsOf('The cleric read a statement on state television saying the strikes were illegal.'), 'the strikes were illegal').speaker).not.toBeNull();
  });

  it('"The group responded quickly, saying …": the adverb is no claim, the words after "saying" are', () => {
    const claims = claimsOf('The group responded quickly, saying it had targeted the occupation.', '2021-02-16');
    expect(claims.map((c) => c.text)).toEqual(['it had targeted the occupation']);
    expect(claims[0]!.speaker?.name).toBe('group');
  });

  it('"So was Faleh al-Fayadh, …": an inversion keeps its "so"', () => {
    const claims = claimsOf('Leaders of Iran-backed militias were among the crowd. So was Faleh al-Fayadh, the head of the Popular Mobilization Forces umbrella group.', '2019-12-31');
    expect(claims.map((c) => c.text)).toContain('So was Faleh al-Fayadh, the head of the Popular Mobilization Forces umbrella group.');
    // A linking "so" still goes: "so the crowd left" stands without it after a frame.
    expect(claimsOf('The embassy was closed, so the crowd left the area near the gate.', '2019-12-31')[0]!.text).toBe('The embassy was closed, so the crowd left the area near the gate.');
  });

  it('"WASHINGTON/BAGHDAD: …" is a dateline of two places, not part of the claim', () => {
    const claims = claimsOf('WASHINGTON/BAGHDAD: The US military carried out air strikes in Iraq and Syria, US officials said on Sunday.', '2019-12-30');
    expect(claims[0]).toMatchObject({ text: 'The US military carried out air strikes in Iraq and Syria', speaker: { name: 'US officials' } });
  });
});
