import { parseInput } from '../../../src/extract/parseInput';

describe('plain text and Markdown', () => {
  it('reads the scraper header line: date and headline, headline kept as the first body line', () => {
    const [a] = parseInput({ file: 'a.txt', content: ' date 2019-12-31 Protesters storm the embassy\n\nProtesters storm the embassy\n\nSecond paragraph.' });
    expect(a).toMatchObject({ file: 'a.txt', format: 'text', published: '2019-12-31', title: 'Protesters storm the embassy', url: null, outlet: null });
    expect(a!.body.startsWith('Protesters storm the embassy\n\nProtesters storm the embassy')).toBe(true);
  });

  it('keeps the header text when it is the only copy of the lead paragraph', () => {
    const [a] = parseInput({ file: 'a.txt', content: ' date 2020-01-02 BAGHDAD - The siege ended on Wednesday.\n\nMore text.' });
    expect(a!.body).toBe('BAGHDAD - The siege ended on Wednesday.\n\nMore text.');
  });

  it('reads front matter (url, outlet, published, title), ignores unknown keys, takes "unknown" as null', () => {
    const text = '---\nurl: https://example.com/a\noutlet: The Hill\npublished: unknown\ntitle: "Strikes: a \\"decisive\\" response"\nauthor: Someone\n---\nBody text here.\n';
    const [a] = parseInput({ file: 'b.txt', content: text });
    expect(a).toMatchObject({ url: 'https://example.com/a', outlet: 'The Hill', published: null, title: 'Strikes: a "decisive" response', body: 'Body text here.' });
  });

  it('takes the date from the header when front matter has none, and front matter first otherwise', () => {
    const [a] = parseInput({ file: 'c.txt', content: '---\noutlet: BBC News\n---\n date 2019-12-30 Headline\nBody.' });
    expect(a!.published).toBe('2019-12-30');
    const [b] = parseInput({ file: 'c.txt', content: '---\npublished: 2019-12-29\n---\n date 2019-12-30 Headline\nBody.' });
    expect(b!.published).toBe('2019-12-29');
  });

  it('treats an unclosed front-matter block as text rather than losing the article', () => {
    const [a] = parseInput({ file: 'd.txt', content: '---\nNot really front matter, just a rule line.\nStill text.' });
    expect(a!.body).toContain('Still text.');
  });

  it('converts Markdown: headings, links, images, emphasis, lists, code fences; first # heading is the title', () => {
    const md = [
      '---', 'outlet: Example', '---',
      '# Iran fires missiles', '',
      'Iran fired **more than a dozen** missiles, [the Pentagon](https://defense.gov) said.', '',
      '![Protesters burn a flag](x.jpg)', '',
      '- first point', '- second point', '',
      '```', 'code that is not prose', '```', '',
      '> A quoted line with `code` and _emphasis_.',
      '[ref]: https://example.com',
    ].join('\n');
    const [a] = parseInput({ file: 'e.md', content: md });
    expect(a!.format).toBe('markdown');
    expect(a!.title).toBe('Iran fires missiles');
    expect(a!.body).toContain('Iran fired more than a dozen missiles, the Pentagon said.');
    expect(a!.body).toContain('Protesters burn a flag');
    expect(a!.body).toContain('first point\nsecond point');
    expect(a!.body).toContain('A quoted line with code and emphasis.');
    expect(a!.body).not.toContain('code that is not prose');
    expect(a!.body).not.toContain('https://');
  });

  it('refuses a file with front matter but no text', () => {
    expect(() => parseInput({ file: 'f.txt', content: '---\ntitle: x\n---\n\n' })).toThrow(/f\.txt: empty/);
  });
});
