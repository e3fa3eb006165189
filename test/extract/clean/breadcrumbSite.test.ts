import { breadcrumbSite } from '../../../src/extract/clean/breadcrumbSite';
import { extractArticle } from '../../../src/extract/extractArticle';
import { parseInput } from '../../../src/extract/parseInput';

describe('a trail of sections names the site (ho20)', () => {
  it.each([
    ['The Scotsman > News > World', 'The Scotsman'],
    ['Times of India | World | US News', 'Times of India'],
    ['Morocco World News > World', 'Morocco World News'],
    ['The Korea Herald > Business > Industry', 'The Korea Herald'],
  ])('%s -> %s', (line, site) => {
    expect(breadcrumbSite(line)).toBe(site);
  });

  it.each(['Home | World | Politics', 'World > Middle East', 'Reuters | World', 'Iran fired 22 missiles > the Pentagon said', 'The Scotsman'])('no site in %s', (line) => {
    expect(breadcrumbSite(line)).toBeNull();
  });

  it('a plain text with no outlet of its own is that site’s page, and the trail is no claim; its agency byline stays a credit', () => {
    const content = [
      ' date 2020-01-01 Iran will pay a very big price, Trump warns',
      'Times of India | World | US News',
      'PTI | Updated: Jan 1, 2020, 10:14 IST',
      '',
      'WASHINGTON: US President Donald Trump on Tuesday warned that Iran would pay a very big price after militia supporters stormed the US embassy in Baghdad.',
    ].join('\n');
    const [parsed] = parseInput({ file: '442.txt', content });
    const x = extractArticle(parsed!);
    expect(x.article.outlet).toBe('Times of India');
    expect(x.article.credits).toEqual(['Press Trust of India']);
    expect(x.claims.some((c) => c.text.includes('US News'))).toBe(false);
  });
});
