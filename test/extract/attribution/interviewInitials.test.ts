import { transcriptTurns } from '../../../src/extract/attribution/transcriptTurns';
import { claimsOf, claimWith } from '../support/extractText';

// An interview that names each side in full once, then by initials (ho19's Foreign Policy page).
const INTERVIEW = [
  'To make sense of it all, Foreign Policy spoke with Lina Saadi, a senior fellow at the Middle East Policy Forum.',
  "Foreign Policy: Let's start with the vote. What did the Iraqi parliament actually decide on Sunday?",
  "Lina Saadi: It passed a resolution that asks the government to revoke its request for assistance. It's a decision, not a law.",
  'And look at who voted. About 170 lawmakers out of 329 were in the room.',
  'FP: The government, though, is a caretaker government. Can it negotiate a withdrawal?',
  "LS: That's the big question. Adel Abdul Mahdi resigned at the end of November.",
  'FP: President Trump has threatened Iraq with sanctions, and said Iraq would have to pay for the Ain al-Asad air base. How is that landing?',
  'LS: Badly. The threat is not empty.',
];

describe('an interview labelled by initials after the full names', () => {
  it('the initials stand for the names labelled in full, which are turns too', () => {
    const t = transcriptTurns(INTERVIEW);
    expect([...t.initials]).toEqual([['FP', 'Foreign Policy'], ['LS', 'Lina Saadi']]);
    // The paragraph after "Lina Saadi: …" goes on with her turn.
    expect(t.continues.get(3)).toBe(2);
  });

  it('the answers are the interviewee\'s, including a paragraph with no label; no claim keeps a label in its text', () => {
    const cs = claimsOf(INTERVIEW.join('\n\n'), '2020-01-07');
    expect(claimWith(cs, 'About 170 lawmakers').speaker?.name).toBe('Lina Saadi');
    expect(claimWith(cs, 'resigned at the end of November').speaker?.name).toBe('Lina Saadi');
    expect(claimWith(cs, 'threat is not empty').speaker?.name).toBe('Lina Saadi');
    expect(claimWith(cs, 'pay for the Ain al-Asad').speaker?.name).toBe('Donald Trump');
    expect(cs.filter((c) => /^(?:FP|LS):/u.test(c.text))).toEqual([]);
  });
});

describe('what is left of a sentence around its reported words', () => {
  it('a setting fronted before the subject opens a clause: "In Tehran, Khamenei declared …"', () => {
    const cs = claimsOf('In Tehran, Supreme Leader Ayatollah Ali Khamenei declared three days of national mourning and warned that "severe revenge awaits the criminals" behind the attack.', '2020-01-03');
    expect(claimWith(cs, 'three days of national mourning').text).toBe('In Tehran, Supreme Leader Ayatollah Ali Khamenei declared three days of national mourning');
  });

  it('the frame of a quotation left open is no claim: "He’s claiming that voting fraud is “"', () => {
    const cs = claimsOf('Trump tells his supporters at a Michigan rally to “go to your place and vote.”\n\nHe’s claiming that voting fraud is “a big, big problem in this country” but “nobody has the guts to talk about it.”', '2016-09-30');
    expect(cs.some((c) => /“\s*$/u.test(c.text))).toBe(false);
  });
});
