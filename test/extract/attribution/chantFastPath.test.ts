import { CHANT_NEEDLE, CHANT_PARTICIPLES } from '../../../src/extract/attribution/cues';

/** Deterministic random strings (mulberry32), so a failure reproduces. */
function randomStrings(seed: number, alphabet: readonly string[], count: number, maxParts: number): string[] {
  let a = seed >>> 0;
  const rnd = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out: string[] = [];
  for (let k = 0; k < count; k++) {
    let s = '';
    const n = Math.floor(rnd() * (maxParts + 1));
    for (let i = 0; i < n; i++) s += alphabet[Math.floor(rnd() * alphabet.length)]!;
    out.push(s);
  }
  return out;
}

/** What the callers test: the last three words of a lead, rejoined with single spaces. */
const lastWords = (lead: string): string => lead.split(/\s+/u).slice(-3).join(' ');

describe('CHANT_NEEDLE', () => {
  it('is true wherever CHANT_PARTICIPLES matches a lead or its last words rejoined', () => {
    const awkward = [
      'protesters were ſhouting ',
      'the crowd CHANTED: ',
      'holding\nsigns   reading ',
      'WAVING placards\u00a0saying ',
      'they ſang ',
      'people crying, ',
      'mourners cried ',
      'İt was sİnging ',
      'no chant-free words here ',
      'the chanteuse sang out ',
    ];
    const words = ['shouting', 'ſhouts', 'CHANT', 'chanted', 'yelled', 'cried', 'CRYING', 'screamed', 'sang', 'ſang', 'singing', 'holding', 'waving', 'signs', 'banners', 'placards', 'reading', 'saying', 'İ', 'ſ', 'the', ' ', '  ', '\n', ',', ':', '\u00a0', 'x'];
    for (const lead of [...awkward, ...randomStrings(11, words, 5000, 9)]) {
      if (CHANT_PARTICIPLES.test(lead) || CHANT_PARTICIPLES.test(lastWords(lead))) expect([lead, CHANT_NEEDLE.test(lead)]).toEqual([lead, true]);
    }
  });
});
