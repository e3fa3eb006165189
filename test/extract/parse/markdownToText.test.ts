import { markdownToText } from '../../../src/extract/parse/markdownToText';
import { extractArticle } from '../../../src/extract/extractArticle';
import { parseInput } from '../../../src/extract/parseInput';

describe("notes apps' and read-it-later tools' Markdown", () => {
  it('drops highlight marks, footnote marks, task boxes and a callout\'s kind; a callout\'s title stands apart as a heading', () => {
    const md = [
      '> [!note] Saved from https://ledger.example/mill',
      '> Highlights are mine.',
      '',
      '- [x] Check the toll',
      '',
      'The mill closed on Friday, the company said.[^1] ==Police said nobody was hurt.==',
      '',
      '[^1]: The company statement, 3 January 2020.',
    ].join('\n');
    const out = markdownToText(md);
    expect(out.text).toBe('Saved from https://ledger.example/mill\n\nHighlights are mine.\n\nCheck the toll\n\nThe mill closed on Friday, the company said. Police said nobody was hurt.');
    expect(out.headings).toEqual(['Saved from https://ledger.example/mill']);
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
