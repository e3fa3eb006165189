import { markdownToText } from '../../../src/extract/parse/markdownToText';
import { extractArticle } from '../../../src/extract/extractArticle';
import { parseInput } from '../../../src/extract/parseInput';

describe("notes apps' and read-it-later tools' Markdown", () => {
  it("drops highlight marks and footnote marks, a reader's note box and to-do list; a quote box is signed by its title", () => {
    const md = [
      '> [!note] Saved from https://ledger.example/mill',
      '> Highlights are mine; check the toll.',
      '',
      '- [x] Check the toll',
      '- [ ] Call the union',
      '',
      'The mill closed on Friday, the company said.[^1] ==Police said nobody was hurt.==',
      '',
      '> [!info] Background',
      '> The mill opened in 1921.',
      '',
      '[^1]: The company statement, 3 January 2020.',
    ].join('\n');
    const out = markdownToText(md);
    expect(out.text).toBe('The mill closed on Friday, the company said. Police said nobody was hurt.\n\nBackground\n\nThe mill opened in 1921.');
    expect(out.headings).toEqual(['Background']);
  });

  it('a == inside text that is no highlight stays ("a == b")', () => {
    expect(markdownToText('Where a == b the test passes.').text).toBe('Where a == b the test passes.');
  });

  it('"Saved from <address>" is no claim, nor a highlight\'s marks part of one', () => {
    const [parsed] = parseInput({ file: 'n.md', content: '---\ntitle: Notes\n---\n\nSaved from https://ledger.example/mill\n\n==Police said nobody was hurt in the blaze.== The mill closed on Friday.\n' });
    const texts = extractArticle(parsed!).claims.map((c) => c.text);
    expect(texts.some((t) => /Saved from|==/u.test(t))).toBe(false);
    expect(texts).toContain('nobody was hurt in the blaze');
  });
});
