import agencies from '../../../resources/gazetteer/agencies.json';
import { lookupCreditName, mayOpenCreditName } from '../../../src/extract/clean/agencyNames';
import { BOILERPLATE_RULES, matchLineRule, SENTENCE_FURNITURE, type LineRule } from '../../../src/extract/clean/rules/boilerplateRules';
import { firstChars } from '../../../src/extract/clean/rules/firstChars';
import { agenciesNamedIn, matchBylineLine } from '../../../src/extract/clean/rules/bylineRules';
import { matchDateline } from '../../../src/extract/clean/rules/dateline';
import { randomStrings } from '../../support/randomStrings';

/**
 * The cleaning's fast paths must give exactly what the plain definitions give: the first-word
 * filter of agenciesNamedIn never drops a phrase lookupCreditName knows, and matchLineRule's
 * rules-by-length table picks the rule the plain loop picks.
 */

/** Up to eleven pieces of `parts` per line. */
function randomLines(seed: number, parts: readonly string[], count: number): string[] {
  return randomStrings(seed, parts, count, 11);
}

/** agenciesNamedIn as first written: every word cleaned by the regexp, every phrase looked up. */
function plainAgenciesNamedIn(s: string, type?: 'news_agency' | 'outlet'): string[] {
  const words = s.slice(0, 400).split(/[\s;,()|]+/).map((w) => w.replace(/^[^\p{L}\d]+|(['\u2019]s)?[^\p{L}\d]*$/gu, '')).filter((w) => w !== '');
  const found: string[] = [];
  for (let i = 0; i < words.length; i++) {
    for (let n = 4; n >= 1; n--) {
      if (i + n > words.length) continue;
      const phrase = words.slice(i, i + n).join(' ');
      const entry = phrase.length >= 2 ? lookupCreditName(phrase) : null;
      if (entry && (type === undefined || entry.type === type)) {
        if (!found.includes(phrase)) found.push(phrase);
        i += n - 1;
        break;
      }
    }
  }
  return found;
}

/** The plain loop matchLineRule replaced. */
function plainLineRule(rules: readonly LineRule[], s: string): LineRule | null {
  for (const rule of rules) {
    if (s.length > rule.maxLength) continue;
    if (rule.needle !== undefined && !s.toLowerCase().includes(rule.needle)) continue;
    if (rule.pattern.test(s)) return rule;
  }
  return null;
}

describe('clean fast paths', () => {
  test('every name an agency is known by opens with a word mayOpenCreditName accepts', () => {
    const names = (agencies as Array<{ name: string; aliases: string[] }>).flatMap((e) => [e.name, ...e.aliases]);
    const written = [...names, 'AA', 'CP', 'SPA', 'INA', 'RIA', 'WAM', 'KUNA', 'QNA', 'MENA', 'BNA'].flatMap((n) => [n, n.toUpperCase(), n.toLowerCase(), `The ${n}`, `THE ${n}`]);
    for (const phrase of written) {
      const words = phrase.split(/[\s;,()|]+/).filter((w) => w !== '');
      if (words.join(' ') !== phrase || lookupCreditName(phrase) === null) continue;
      expect([phrase, mayOpenCreditName(words[0]!.toLowerCase())]).toEqual([phrase, true]);
    }
  });

  test('firstChars reads only a plain opening letter or group of letters', () => {
    expect(firstChars(/^(skip|jump) to/i)).toBe('sSjJ');
    expect(firstChars(/^source:/iu)).toBe('sS\u017f');
    expect(firstChars(/^keep/iu)).toBe('kK\u212a');
    expect(firstChars(/^Keep/u)).toBe('K');
    for (const open of [/^(?:a|b)?c/i, /^a?b/i, /^a*b/i, /^a{0,2}b/i, /^(a|)b/i, /^a|b/i, /^[ab]c/i, /^\(a/i, /^(?=a)a/i, /a/i, /^a/im, /^(?:a|\d)/i])
      expect([open.source, firstChars(open)]).toEqual([open.source, null]);
  });

  test('matchLineRule picks what the plain loop picks on random lines made of the rules\' words', () => {
    const parts = [
      ' ', 'a', 'S', 's', '\u017f', 'K', '\u212a', '(', '[', '©', '1', ':', '.', '|', '’', 'share', 'Share this', 'skip to main content', 'Read more', 'video',
      'Watch', 'this story', 'This is', 'we use cookies', 'cookie', 'transcript', 'Transcripts are created', 'welcome to our live coverage', 'Good morning and ',
      'you are receiving this email', 'the comments below have not been moderated', 'THIS IS A RUSH TRANSCRIPT', 'Before it’s here, it’s on the Bloomberg Terminal',
      'Media playback is unsupported on your device', 'Kyiv Post is an independent publication', 'Source: Global Times Published: 2020/1/4 18:23:41',
      'keep up with our newsletters', 'Stay informed with MEE’s newsletters', 'Support provided by', 'Follow us on Twitter', 'Advertisement', 'Jan 5, 2020',
    ];
    for (const s of randomLines(7, parts, 4000)) {
      expect([s, matchLineRule(BOILERPLATE_RULES, s)]).toEqual([s, plainLineRule(BOILERPLATE_RULES, s)]);
      expect([s, matchLineRule(SENTENCE_FURNITURE, s)]).toEqual([s, plainLineRule(SENTENCE_FURNITURE, s)]);
    }
  });

  test('matchLineRule picks what the plain loop picks, at every length bound', () => {
    const lines = [
      'Skip to main content', 'Share this article', 'Read more', 'Advertisement', '5 min read', 'We use cookies on this site.',
      'Kyiv Post is an independent publication.', 'Greg Norman is a reporter for Fox News Digital.', 'Live updates.',
      'The minister said on Sunday that the talks would resume.', '',
    ];
    for (const base of lines) {
      for (const pad of [0, 1, 20, 29, 30, 31, 39, 40, 41, 59, 60, 61, 79, 80, 81, 119, 120, 121, 159, 160, 161, 199, 200, 201, 299, 300, 301, 399, 400, 401, 599, 600, 601, 1199, 1200, 1201, 1500]) {
        const s = base + ' x'.repeat(pad >> 1) + (pad % 2 === 1 ? ' ' : '');
        // (A run of stops keeps "Read more…" a continue prompt up to its bound and past it.)
        for (const text of [s, s.slice(0, pad), base + '.'.repeat(pad)]) {
          expect(matchLineRule(BOILERPLATE_RULES, text)).toBe(plainLineRule(BOILERPLATE_RULES, text));
          expect(matchLineRule(SENTENCE_FURNITURE, text)).toBe(plainLineRule(SENTENCE_FURNITURE, text));
        }
      }
    }
  });

  test('agenciesNamedIn finds what the plain definition finds', () => {
    const parts = [
      ' ', ', ', '/', '(', ')', '"', '“', '’s', "'s", "'S", 'S', 's', '.', '-', 'and ', 'The ', 'the ', 'AP', 'AFP', 'Reuters', 'REUTERS', 'Associated Press',
      'Agence France-Presse', 'AA', 'KUNA', 'Anadolu Ajansı', 'İlke Haber Ajansı', 'BBC', 'Al Jazeera', 'CNN', 'said', 'Copyright 2019', 'constructor', '1',
    ];
    for (const s of randomLines(11, parts, 4000)) {
      expect([s, agenciesNamedIn(s)]).toEqual([s, plainAgenciesNamedIn(s)]);
      expect([s, agenciesNamedIn(s, 'news_agency')]).toEqual([s, plainAgenciesNamedIn(s, 'news_agency')]);
    }
  });

  test('the byline and dateline pre-checks pass every form they guard', () => {
    for (const line of ['Associated Press and Sentinel-Herald staff', 'Times staff and wire reports', 'The National STAFF WRITERS', 'Gulf News Staff Report']) {
      expect([line, matchBylineLine(line)?.byline]).toEqual([line, line]);
    }
    expect(matchBylineLine('Baldor reported from Washington.')?.byline).toBe('Baldor reported from Washington.');
    expect(matchDateline('MOSCOW, January 3. /TASS/. The Russian ministry said on Friday it had no comment.')?.names).toEqual(['TASS']);
    expect(matchDateline('July 29 (Reuters) - The ministry said on Friday it had no comment.')?.names).toEqual(['Reuters']);
  });
});
