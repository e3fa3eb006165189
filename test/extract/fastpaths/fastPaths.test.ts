import { CUE_WORD, cueMatches } from '../../../src/extract/attribution/cues';
import { SOFT } from '../../../src/extract/claims/checkworthiness';
import { hasRegexWord } from '../../../src/extract/segment/hasRegexWord';
import { endsWithAuxiliary, PASSIVE_BEFORE } from '../../../src/extract/attribution/endsWithAuxiliary';
import { detectCertainty } from '../../../src/extract/certainty/detectCertainty';
import { CERTAINTY_CUES } from '../../../src/extract/certainty/certaintyCues';
import { buildGazetteer } from '../../../src/extract/entities/gazetteer';
import { nameKey } from '../../../src/extract/entities/nameKey';
import { countWords, joinWords } from '../../../src/extract/segment/countWords';
import { randomStrings } from '../../support/randomStrings';

/**
 * The fast paths of the extraction stages must give exactly what the plain definitions
 * they replace give. Each is checked against that definition on awkward inputs and on
 * seeded random strings over the characters that matter.
 */

describe('countWords', () => {
  const plain = (s: string, a?: number, b?: number): number => (s.slice(a, b).match(/[\p{L}\p{N}]+/gu) ?? []).length;

  it('counts runs of letters and digits as the regex does', () => {
    for (const s of ['', 'one', 'two words', '  25 fighters, killed.', 'Kata’ib Hezbollah', 'café au lait', 'x²', 'a\u0301b', '😀 emoji 😀', '𝐀𝐁 math', '\ud835 lone'])
      expect(countWords(s)).toBe(plain(s));
  });

  it('reads its bounds as String.prototype.slice does', () => {
    const s = 'The U.S. said 25 were killed.';
    for (const [a, b] of [[0, 5], [4, 100], [-7, s.length], [10, 3], [-100, -3]] as const) expect(countWords(s, a, b)).toBe(plain(s, a, b));
  });

  it('agrees with the regex on random strings', () => {
    const alphabet = ['a', 'Z', '9', ' ', '-', "'", '’', 'é', 'ª', '²', '😀', '𝐀', '\ud835', '\udc00', '.', '\u0301', 'Ж', '٣', '\u00a0'];
    for (const s of randomStrings(1, alphabet, 5000, 10)) expect([s, countWords(s)]).toEqual([s, plain(s)]);
  });
});

describe('nameKey', () => {
  const plain = (name: string): string =>
    name.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase().replace(/['’‘`´.]/gu, '').replace(/[\s\-‐‑–—_]+/gu, ' ').trim();

  it('gives the folded key for ASCII and non-ASCII names alike', () => {
    for (const s of ['Esper', 'U.S.', 'al-Muhandis', ' Abdul  Mahdi ', "Kata'ib", 'Kata’ib', 'Müller', 'a_b', 'x-.-y', '-lead', 'trail.', 'A\tB\nC']) expect(nameKey(s)).toBe(plain(s));
  });

  it('agrees with the plain definition on random ASCII strings', () => {
    const alphabet = 'aZ09 -_.\'`\t\n\x0b\x0c\r,;!?()&/é’'.split('');
    for (const s of randomStrings(2, alphabet, 5000, 8)) expect([s, nameKey(s)]).toEqual([s, plain(s)]);
  });
});

describe('cueMatches', () => {
  const plain = (text: string): Array<[number, string]> => {
    const re = new RegExp(CUE_WORD.source, 'giu');
    const out: Array<[number, string]> = [];
    for (let m = re.exec(text); m !== null; m = re.exec(text)) out.push([m.index, m[0]]);
    return out;
  };
  const fast = (text: string): Array<[number, string]> => cueMatches(text).map((m) => [m.index, m[0]]);

  it('finds the cues the scanning regex finds', () => {
    for (const s of [
      'Esper said on Sunday that the strikes were successful, according to officials.',
      'IRNA quoted Mousavi as saying the US was responsible. He was quoted by state media as saying so.',
      'The report, which he SAID was false, ſaid nothing; sayings aside, he pointed out a flaw.',
      'said_x said2 saidé éclaim',
      '',
    ])
      expect(fast(s)).toEqual(plain(s));
  });

  it('agrees with the regex on random sentences', () => {
    const parts = ['said', 'Said', 'SAID', 'ſaid', 'told', 'according to', 'according  to', 'quoted him as saying', 'was quoted as saying', 'is quoted by the paper as saying', 'was', ' ', ', ', 'é', '_', '2', 'says ', 'saying ', 'sayings ', 'reported ', '\u212Aept ', 'pointed out ', 'pointed ', '. ', 'the ', 'as ', 'by '];
    for (const s of randomStrings(3, parts, 5000, 8)) expect([s, fast(s)]).toEqual([s, plain(s)]);
  });
});

describe('detectCertainty needle filter', () => {
  it('classifies as if every needle were searched for', () => {
    const plain = (sentence: string): boolean => {
      const lower = sentence.toLowerCase();
      return CERTAINTY_CUES.some((c) => c.needles.some((n) => lower.includes(n)) && new RegExp(c.pattern.source, c.pattern.flags).test(sentence));
    };
    const parts = ['it is ', 'not ', 'clear ', 'denied ', 'did not deny ', 'reportedly ', 'may ', 'May ', 'could not be verified ', 'unconfirmed ', 'the ', 'strikes ', 'İ', 'ﬁ', 'remains to be seen ', 'appeared to ', 'x'];
    for (const s of randomStrings(4, parts, 3000, 6)) {
      // Only the presence of a hedge is compared here; which class wins is detectCertainty's own test.
      if (!plain(s)) expect([s, detectCertainty(s).certainty]).toEqual([s, 'asserted']);
    }
  });
});

describe('gazetteer prefixes', () => {
  it('holds every alias key cut after each of its words, and nothing else', () => {
    const g = buildGazetteer([[{ name: 'United States', type: 'country', aliases: ['U.S.', 'the United States of America'] }, { name: 'Pentagon', type: 'government' }]]);
    expect([...g.prefixes].sort()).toEqual(['pentagon', 'united', 'united states', 'united states of', 'united states of america', 'us'].sort());
  });
});

describe('joinWords', () => {
  const plain = (s: string): { joined: string; count: number } => {
    const words = s.match(/[\p{L}\p{N}]+/gu) ?? [];
    return { joined: words.join(' '), count: words.length };
  };

  it('joins the runs of letters and digits as match + join does', () => {
    for (const s of ['', '...', 'one', ' Two  words, here. ', 'Kata’ib Hezbollah', '😀 emoji 😀x', '𝐀𝐁 math', 'a\u0301b', 'lone \ud835 end\ud835']) expect(joinWords(s)).toEqual(plain(s));
  });

  it('agrees on random strings', () => {
    const alphabet = ['a', 'Z', '9', ' ', '-', "'", '’', 'é', 'ª', '²', '😀', '𝐀', '\ud835', '\udc00', '.', '\u0301', 'Ж', '٣', '\u00a0'];
    for (const s of randomStrings(5, alphabet, 5000, 10)) expect([s, joinWords(s)]).toEqual([s, plain(s)]);
  });
});

describe('endsWithAuxiliary', () => {
  it('answers as PASSIVE_BEFORE does', () => {
    for (const s of ['he was ', 'it is widely ', 'to', 'not  ', "they can't ", "don't ", 'was', 'maybe ', 'He WAS ', 'waſ ', 'x2was ', 'is onlyly ', 'is éaly ', '', ' '])
      expect([s, endsWithAuxiliary(s)]).toEqual([s, PASSIVE_BEFORE.test(s)]);
  });

  it('agrees on random text', () => {
    const parts = ['was', 'Was ', 'waſ', 'is', 'to', 'not', 'never', "n't", "can't", "won't", "don't", 'can’t', 'cannot', 'widely', 'fly', 'ly', 'éoly', '𝐀ly', '\ud835', 'reportedly2', ' ', '  ', '\u00a0', '\n', 'x', '_', '2', 'does', 'being', ',', "'", 'é', 'said '];
    for (const s of randomStrings(6, parts, 20000, 6)) expect([s, endsWithAuxiliary(s)]).toEqual([s, PASSIVE_BEFORE.test(s)]);
  });
});

describe('statement words pre-check', () => {
  it('is the case-insensitive regex', () => {
    const re = /statement|remarks|message|letter|text/iu;
    // namesStatement is private: the introduction rule it guards must keep working on every spelling.
    for (const s of ['The statement:', 'STATEMENT', 'ſtatement', 'remarKs', 'reMARKS', 'İtext', 'no words here']) expect(re.test(s)).toBe(/statement|remarks|message|letter|text/u.test(s.toLowerCase().replace(/\u017f/gu, 's')));
  });
});

describe('hasRegexWord', () => {
  it('answers as the word-alternation regex of checkworthiness does', () => {
    const words = new Set(SOFT.source.slice(SOFT.source.indexOf('(?:') + 3, SOFT.source.lastIndexOf(')')).split('|'));
    const parts = ['should', 'Should', 'ſhould', 'thin\u212As', 'thinks', 'may', 'May', 'mayor', '2may', 'may_', 'é', 'best', ' ', ',', 'x', 'wonderful', 'greatest', '’'];
    for (const s of randomStrings(7, parts, 20000, 6)) expect([s, hasRegexWord(s, words, 1, 20)]).toEqual([s, SOFT.test(s)]);
  });
});
