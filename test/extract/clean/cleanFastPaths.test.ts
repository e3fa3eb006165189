import agencies from '../../../resources/gazetteer/agencies.json';
import { lookupCreditName, mayOpenCreditName } from '../../../src/extract/clean/agencyNames';
import { BOILERPLATE_RULES, matchLineRule, SENTENCE_FURNITURE, type LineRule } from '../../../src/extract/clean/rules/boilerplateRules';

/**
 * The cleaning's fast paths must give exactly what the plain definitions give: the first-word
 * filter of agenciesNamedIn never drops a phrase lookupCreditName knows, and matchLineRule's
 * rules-by-length table picks the rule the plain loop picks.
 */

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
});
