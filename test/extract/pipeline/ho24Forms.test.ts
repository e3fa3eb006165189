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
