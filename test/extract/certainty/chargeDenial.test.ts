import { chargeDenialTail, isChargeDenialNote, leadsChargeDenial } from '../../../src/extract/certainty/chargeDenial';
import { detectCertainty } from '../../../src/extract/certainty/detectCertainty';
import { claimsOf, claimWith } from '../support/extractText';

// One grammar for the outlet's note of another's denial: the three places that read it
// (attribution's content, certainty's verbs, a claim's frame) must accept the same notes.
const NOTES = [
  ', a charge Tehran denies.',
  ', a charge the U.S. denies.',
  ', an accusation the militia has repeatedly rejected.',
  ', claims that Iran has flatly dismissed.',
  ', a version of events the Pentagon disputes.',
];

describe('the note of another\'s denial', () => {
  it.each(NOTES)('"%s" is found at the end, alone, and before its verb', (note) => {
    const text = `Officials said the militia was behind the attack${note}`;
    expect(chargeDenialTail(text)).toBe(text.indexOf(','));
    expect(isChargeDenialNote(note)).toBe(true);
    const verb = /\b(?:denies|rejected|dismissed|disputes)\b/u.exec(text)!;
    expect(leadsChargeDenial(text.slice(0, verb.index))).toBe(true);
    // The sentence stays asserted: the denial is another's, noted beside it.
    expect(detectCertainty(text).certainty).toBe('asserted');
  });

  it('words after the verb make it the claim\'s content, not a note', () => {
    expect(chargeDenialTail('He repeated the claim that Iran rejected the offer')).toBe(-1);
    expect(chargeDenialTail('Officials said so, a claim that Iran rejected the offer.')).toBe(-1);
  });

  it('a sentence that opens with the note is itself a denial', () => {
    expect(detectCertainty('A charge the group denies.').certainty).toBe('denied');
    expect(detectCertainty('The group denies the charge.').certainty).toBe('denied');
  });

  it('attribution cuts the note off the reported words', () => {
    for (const note of NOTES) {
      const said = claimWith(claimsOf(`U.S. officials said the militia was behind the attack${note}`), 'behind the attack');
      expect(said).toMatchObject({ text: 'the militia was behind the attack', certainty: 'asserted', speaker: { name: 'U.S. officials' } });
    }
  });
});
