import { extractText, claimWith } from '../support/extractText';

/** Forms read in the ho21 probe after it was scored (every text here is our own). */
describe('forms of the ho21 probe', () => {
  it('a broadcast label with a note on how the turn was heard ("DONALD TRUMP (clip):") is the speaker’s label', () => {
    const text = [
      'PRESENTER: Good evening. The president spoke from the White House an hour ago.',
      'DONALD TRUMP (clip): No Americans were harmed in last night\'s attack. We suffered no casualties.',
      'JOE BIDEN (via telephone): The administration has no strategy.',
      'PRESENTER: Our correspondent joins us now.',
    ].join('\n\n');
    const x = extractText(text, '2020-01-08');
    const harmed = claimWith(x.claims, 'No Americans were harmed');
    expect(harmed).toEqual(expect.objectContaining({ kind: 'quote', cue: 'transcript' }));
    expect(harmed.speaker?.name).toBe('Donald Trump');
    expect(harmed.text.startsWith('No Americans')).toBe(true);
    expect(claimWith(x.claims, 'no casualties').speaker?.name).toBe('Donald Trump');
    expect(claimWith(x.claims, 'no strategy').speaker?.name).toBe('Joe Biden');
  });

  it('"Separately, Fars news agency, citing a source …, said …": a fronted adverb before the subject and its aside', () => {
    const x = extractText('Separately, Fars news agency, citing a source close to the Revolutionary Guards, said the Guards had at least 100 other targets in the region.', '2020-01-08');
    const c = claimWith(x.claims, '100 other targets');
    expect(c.kind).toBe('attributed');
    expect(c.text.startsWith('the Guards had')).toBe(true);
    expect(c.speaker?.name).toMatch(/Fars/u);
  });

  it('a claim that counts its own happening stays on it though a toll of the cause follows', () => {
    const text = [
      'The US military carried out air strikes on Kataib Hezbollah on Sunday.',
      'The United States said it struck five Kataib Hezbollah facilities -- three in Iraq and two in Syria -- in response to a December 27 rocket attack near Kirkuk that killed a U.S. civilian contractor.',
      'The US said those strikes, on five sites in Iraq and Syria, were in retaliation for a rocket attack on Friday that killed an American contractor.',
      // No count of its own: the toll's happening is the claim's, as before.
      'The Pentagon said the strikes were in response to a rocket attack on Friday that killed an American contractor.',
    ].join('\n\n');
    const x = extractText(text, '2019-12-31');
    expect(claimWith(x.claims, 'struck five').event?.date).toBe('2019-12-29');
    expect(claimWith(x.claims, 'on five sites').event?.date).toBe('2019-12-29');
    expect(claimWith(x.claims, 'were in response').event?.date).toBe('2019-12-27');
  });

  it('", according to X," inside a clause that goes on: the rest of the clause is the source’s claim too', () => {
    const a = claimWith(extractText('The strikes killed 25 fighters, according to the militia, and wounded 51 others.', '2019-12-31').claims, '51 others');
    expect(a.speaker?.name).toMatch(/militia/u);
    expect(a.quantities.map((q) => q.value)).toEqual([25, 51]);
    const b = claimWith(extractText('Iran launched 16 ballistic missiles, according to the Pentagon, at Ain al-Asad and Erbil.', '2020-01-09').claims, 'Erbil');
    expect(b.text.endsWith('Erbil')).toBe(true);
    // A phrase that comments on the clause is not the source's: the claim ends before the frame.
    const c = claimWith(extractText('US strikes killed at least 25 fighters, according to militia officials, in the most serious escalation in years.', '2019-12-30').claims, '25 fighters');
    expect(c.text).toBe('US strikes killed at least 25 fighters');
  });

  it('"Earlier reports said …", "Later reports put the number at 14": the reports are the source', () => {
    const a = claimWith(extractText('Earlier reports said the strikes killed 25 members of Kataib Hezbollah.', '2019-12-31').claims, '25 members');
    expect(a).toEqual(expect.objectContaining({ kind: 'attributed', cue: 'said' }));
    expect(a.speaker?.name).toBe('Earlier reports');
    expect(claimWith(extractText('Later reports put the number of wounded at 14.', '2020-03-12').claims, '14').speaker?.name).toBe('Later reports');
  });

  it('"…; on December 30, a spokesman said …": a second speaker after a semicolon and a day', () => {
    const x = extractText('Militia officials said the strikes killed 25 fighters; on December 30, a spokesman for the militia said the toll had risen to 27.', '2019-12-31');
    expect(claimWith(x.claims, '25 fighters').text).toBe('the strikes killed 25 fighters');
    expect(claimWith(x.claims, 'risen to 27').text).toBe('the toll had risen to 27');
  });

  it('what a recording shows is an observation credited to the recording, and a chant heard in it stays the crowd’s', () => {
    const a = claimWith(extractText('Video from the scene showed a badly damaged building with its upper floors blackened.', '2024-01-03').claims, 'badly damaged');
    expect(a).toEqual(expect.objectContaining({ kind: 'observation', cue: 'showed' }));
    expect(a.speaker?.name).toBe('Video from the scene');
    expect(claimWith(extractText('Footage showed thick black smoke rising from inside the compound.', '2019-12-31').claims, 'black smoke').kind).toBe('observation');
    const x = extractText('Pictures from Baghdad showed crowds of mourners carrying coffins and chanting "Death to America".', '2019-12-31');
    expect(claimWith(x.claims, 'crowds of mourners').kind).toBe('observation');
    expect(claimWith(x.claims, 'Death to America').kind).toBe('quote');
  });
});
