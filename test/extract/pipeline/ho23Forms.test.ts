import { extractArticle } from '../../../src/extract/extractArticle';
import { htmlMeta } from '../../../src/extract/parse/htmlMeta';
import { parseInput } from '../../../src/extract/parseInput';

/** Page forms from a held-out batch of pages saved from news sites (each page here is our own). */
function extractFile(file: string, content: string) {
  const [parsed] = parseInput({ file, content });
  return extractArticle(parsed!);
}

const body = (n: number): string =>
  Array.from({ length: n }, (_v, i) => `<p>Paragraph ${i + 1}: a series of explosions hit the weapons depot on the edge of the city, and residents said rockets rained down on nearby homes for hours.</p>`).join('\n');

describe('a byline block broken by <br>', () => {
  const page = `<!DOCTYPE html><html><head><title>Blasts at militia depots - Example Monitor</title>
    <link rel="canonical" href="https://example.org/pulse/2019/08/depots.html"></head><body>
    <div class="meta"><h1>Blasts at militia depots</h1>
    <p class="print-byline">Author: Karim Saleh<br>Posted August 23, 2019<br>Translator: Sara Haddad</p></div>
    <div class="article-body">${body(6)}</div></body></html>`;

  it('is read line by line: the author is the byline, the stamp dates the page, no line becomes a claim', () => {
    const x = extractFile('depots.html', page);
    expect(x.article.byline).toBe('By Karim Saleh');
    expect(x.article.published).toBe('2019-08-23');
    expect(x.claims.some((c) => /Posted|Translator|Saleh/u.test(c.text))).toBe(false);
  });
});

describe('a print view', () => {
  it('its "Print:" label is no part of the headline', () => {
    expect(htmlMeta('<html><head><title>Print: Blasts at militia depots - Example Monitor</title></head><body></body></html>').title).toBe('Blasts at militia depots');
    expect(htmlMeta('<html><head><title>Printer-friendly version | Blasts at militia depots</title></head><body></body></html>').title).not.toMatch(/^Print/u);
  });

  it('a headline that starts with the word stays whole', () => {
    expect(htmlMeta('<html><head><title>Printing presses fall silent in Baghdad - Example</title></head><body></body></html>').title).toBe('Printing presses fall silent in Baghdad');
  });
});

describe('a Markdown page with no front matter', () => {
  it('is the site its trail\'s "Home" link names', () => {
    const md = '[Home](https://www.example-express.co.uk/) › [News](https://www.example-express.co.uk/news) › [World](https://www.example-express.co.uk/news/world)\n\n# Missiles hit two bases\n\nIran fired 22 missiles at two bases in Iraq early on Wednesday, the Iraqi military said.\n';
    expect(extractFile('express.md', md).article.outlet).toBe('example-express.co.uk');
  });

  it('a "Home" link further down the text is not its site', () => {
    const lines = Array.from({ length: 10 }, (_v, i) => `Paragraph ${i + 1} of the report says the strikes hit two bases in Iraq.`).join('\n\n');
    const md = `${lines}\n\n[Home](https://elsewhere.example.com/)\n`;
    expect(extractFile('late.md', md).article.outlet).toBeNull();
  });
});

describe('a byline with a dash after "By"', () => {
  it('"By — NewsHour Web Staff" is the byline, not the headline or a claim', () => {
    const x = extractFile('brief.txt', 'By — Example Web Staff\n\nDefense Secretary Mark Esper spoke to reporters at the Pentagon on Thursday, a day after the siege ended.\n\nHe said about 750 soldiers would deploy to Kuwait.');
    expect(x.article.byline).toBe('By — Example Web Staff');
    expect(x.article.title ?? '').not.toMatch(/^By/u);
    expect(x.claims.some((c) => c.text.includes('Web Staff'))).toBe(false);
  });

  it('"By: Jane Doe"', () => {
    const x = extractFile('by.txt', 'By: Jane Doe\n\nThe ministry said 12 people were wounded in the blast on Monday.');
    expect(x.article.byline).toBe('By: Jane Doe');
  });
});
