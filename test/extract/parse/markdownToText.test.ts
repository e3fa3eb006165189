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

describe('Markdown converted from HTML by pandoc or html2text', () => {
  const md = [
    "Iraq\\'s parliament votes to expel US troops",
    '===========================================',
    '',
    'Parliament session',
    '------------------',
    '',
    "Iraq\\'s parliament voted on Sunday, \\\"a historic day\\\", a lawmaker said \\[in a statement\\].",
    '',
    '---',
    '',
    'A line under a rule.',
  ].join('\n');

  it('reads setext headings as headings, the first of level 1 as the title; a rule after a blank line stays a rule', () => {
    const r = markdownToText(md);
    expect(r.heading).toBe("Iraq's parliament votes to expel US troops");
    expect(r.headings).toEqual(["Iraq's parliament votes to expel US troops", 'Parliament session']);
    expect(r.text).not.toMatch(/===|---/u);
    expect(r.text).toContain('A line under a rule.');
  });

  it('undoes the backslash before any punctuation', () => {
    expect(markdownToText(md).text).toContain('Iraq\'s parliament voted on Sunday, "a historic day", a lawmaker said [in a statement].');
  });
});
