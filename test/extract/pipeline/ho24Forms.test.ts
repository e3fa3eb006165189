import { extractArticle } from '../../../src/extract/extractArticle';
import { parseInput } from '../../../src/extract/parseInput';

/** Page forms from a held-out batch of pages as scrapers and archives save them (each page here is our own). */
function extractFile(file: string, content: string) {
  const [parsed] = parseInput({ file, content });
  return extractArticle(parsed!);
}

const body = (n: number): string =>
  Array.from({ length: n }, (_v, i) => `<div class="paragraph">Paragraph ${i + 1}: a series of explosions hit the weapons depot on the edge of the city, and residents said rockets rained down on nearby homes for hours.</div>`).join('\n');

describe('a publication stamp outside the text', () => {
  const page = (stamp: string): string => `<!DOCTYPE html><html><head><title>Blasts at militia depots | Example Eye</title></head><body>
    <main><article><h1>Blasts at militia depots</h1>
    <div class="node__meta"><div class="field-author">Staff and agencies</div><div class="field-published-date">${stamp}</div></div>
    <div class="share"><a href="#">Facebook</a> <a href="#">Twitter</a></div>
    <div class="field--name-body">${body(6)}</div></article></main>
    <section class="comments"><div class="comment"><span>Sam</span> <span>August 30, 2019 at 11:02 am</span><p>Nobody believes a word of it.</p></div></section>
    </body></html>`;

  it('dates the page when it says it is the publication’s ("Published date: …"); a bare date there does not', () => {
    expect(extractFile('a.html', page('Published date: 23 August 2019 10:02 UTC')).article.published).toBe('2019-08-23');
    expect(extractFile('b.html', page('Posted on August 24, 2019')).article.published).toBe('2019-08-24');
    expect(extractFile('c.html', page('Last update: 25 August 2019 20:47 UTC')).article.published).toBeNull();
  });
});

describe('an agency’s stamp line with the sections it was filed under', () => {
  const story = 'Thousands of residents fled their homes on Monday after the volcano spewed a column of ash 15 kilometers high, officials said.\n\nThe alert level was raised to 4 on a scale of 5 on Sunday night, the institute said.';
  it.each([
    ['after the agency’s name', 'KYODO NEWS - Jan 13, 2020 - 14:27 | World, All'],
    ['on a line of its own', 'Jan 13, 2020 - 14:27 | World, Asia'],
  ])('%s: dates the page and is no claim', (_how, line) => {
    const x = extractFile('v.txt', `Volcano spews ash, thousands flee\n\n${line}\n\n${story}\n`);
    expect(x.article.published).toBe('2020-01-13');
    expect(x.claims.some((c) => /14:27|World/u.test(c.text))).toBe(false);
    expect(x.claims.filter((c) => /residents fled|alert level/u.test(c.text))).toHaveLength(2);
  });
});

describe('the headline of a plain text', () => {
  const story = 'Rockets struck the airport on Monday evening, killing a civilian contractor and wounding nine people, officials said.\n\nA little-known group claimed the attack in a statement, the ministry said.';
  const headline = 'Civilian contractor killed as rockets hit the airport';
  const texts = (x: ReturnType<typeof extractFile>): string[] => x.claims.map((c) => c.text);

  it('repeated under the front matter’s title is the headline, no claim', () => {
    const x = extractFile('f.txt', `---\ntitle: ${headline}\npublished: 2021-02-16\n---\n\n${headline}\n\n${story}\n`);
    expect(texts(x).some((t) => t.includes('Civilian contractor killed'))).toBe(false);
    expect(texts(x).filter((t) => /Rockets struck|group claimed/u.test(t))).toHaveLength(2);
  });

  it('opening a bare text, under a masthead or over a stamp line, is the headline; the header line’s stays a line of the story', () => {
    for (const content of [`${headline}\n\n${story}\n`, `TIME\nWORLD\n\n${headline}\n\nBY ANN LEE\n\n${story}\n`, `${headline}\r\nKYODO NEWS - Feb 16, 2021 - 09:10\r\n\u00a0\r\n${story.replace(/\n/gu, '\r\n')}\r\n`]) {
      const x = extractFile('b.txt', content);
      expect(x.article.title).toBe(headline);
      expect(texts(x).some((t) => t.includes('Civilian contractor killed'))).toBe(false);
    }
    // The sample articles' header line: its headline is often the only copy of the lead.
    expect(texts(extractFile('h.txt', ` date 2021-02-16 ${headline}\n\n${story}\n`)).some((t) => t.includes('Civilian contractor killed'))).toBe(true);
    // A first line that ends as a sentence does is the story's.
    expect(texts(extractFile('s.txt', `Rockets hit the airport on Monday, killing a contractor.\n\n${story}\n`)).some((t) => t.startsWith('Rockets hit the airport'))).toBe(true);
  });
});
