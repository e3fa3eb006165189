import { tokenize } from '../../../src/extract/quantities/tokenize';
import { randomStrings } from '../../support/randomStrings';

/**
 * tokenize lower-cases the whole text once and slices each token's lower case out of it. That
 * must give exactly what lower-casing each token on its own gives (with ’ folded to '), for
 * every character in every context.
 */
const plainLower = (t: string): string => t.toLowerCase().replace(/\u2019/g, "'");

function expectPlainLower(text: string): void {
  for (const t of tokenize(text)) {
    const want = t.kind === 'punct' ? (t.text === '\u2019' ? "'" : t.text) : plainLower(t.text);
    if (t.lower !== want) expect([text, t.text, t.lower]).toEqual([text, t.text, want]);
  }
}

describe('tokenize lower case', () => {
  it('is each token lower-cased alone, for every code point in several contexts', () => {
    // (No Σ or İ in the chunks, so that they take the one-lowering path; the Greek ones follow.)
    const contexts = (c: string): string[] => [`A${c}b`, `${c}`, `x${c}’S ${c}Ab`, `ΟΔΟ${c} `, `${c}Ο.Δ${c}`];
    const chunk: string[] = [];
    for (let cp = 0; cp <= 0x2ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      chunk.push(...contexts(String.fromCodePoint(cp)));
      if (chunk.length >= 200) {
        expectPlainLower(chunk.join(' '));
        expectPlainLower(chunk.join(''));
        chunk.length = 0;
      }
    }
    expectPlainLower(chunk.join(' '));
    for (let cp = 0x370; cp <= 0x3ff; cp++) {
      const c = String.fromCodePoint(cp);
      for (const text of [`ΟΔΟΣ${c}`, `${c}Σ ΑΣ’${c}`, `Σ${c}.Σ`, `İ${c}Σ`, `ΑΣ''${c}`, `ΑΣ.${c}Β`]) expectPlainLower(text);
    }
  });

  it('is each token lower-cased alone on random strings of letters that case oddly', () => {
    const alphabet = ['Σ', 'σ', 'ς', 'İ', 'ı', 'I', 'i', 'ß', 'ẞ', 'Å', 'K', 'ſ', 'ǅ', 'ﬁ', 'Ω', 'Ά', '\u0307', '\u0301', '’', "'", '-', '.', ',', ' ', '\u00a0', 'A', 'b', '1', '𐐀', '𐐨', 'Ǆ', 'ᾈ'];
    for (const s of randomStrings(11, alphabet, 20000, 12)) expectPlainLower(s);
  });
});
