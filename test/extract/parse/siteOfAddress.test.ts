import { siteOfAddress } from '../../../src/extract/clean/siteOfAddress';
import { siteDomain } from '../../../src/extract/parse/hostNames';
import { bylineLine } from '../../../src/extract/parse/bylineLine';
import { parseInput } from '../../../src/extract/parseInput';
import { extractArticle } from '../../../src/extract/extractArticle';

describe('the outlet a page’s address names, for a page that declares none (ho19)', () => {
  it.each([
    ['https://www.nbcnews.com/news/world/x', 'NBC News'],
    ['https://apnews.com/article/abc', 'Associated Press'],
    ['https://www.theguardian.com/world/x', 'The Guardian'],
    ['https://www.ndtv.com/world-news/x-2157418', 'ndtv.com'],
    ['https://english.ahram.org.eg/NewsContent/2/8/358742/x.aspx', 'ahram.org.eg'],
    ['https://www.smh.com.au/world/x', 'smh.com.au'],
  ])('%s -> %s', (url, outlet) => {
    expect(siteOfAddress(url)).toBe(outlet);
  });

  it('no address, no outlet', () => {
    expect(siteOfAddress(null)).toBeNull();
    expect(siteDomain('not a url')).toBeNull();
  });

  it('a site running an agency’s copy is the outlet; the agency stays the credit', () => {
    const html = `<html><head><title>Protesters pull back from US embassy</title>
      <meta property="og:url" content="https://www.ndtv.com/world-news/protesters-pull-back-2157418">
      <meta name="publish-date" content="2020-01-01T16:05:00+05:30"></head><body><article>
      <h1>Protesters pull back from US embassy</h1>
      <div class="ins_dateline"><span class="posted-by">World | <span itemprop="author">Agence France-Presse</span></span> | <span>Updated: January 01, 2020 21:40 IST</span></div>
      <p>Supporters of Iraq's pro-Iran Hashed al-Shaabi network on Wednesday pulled back from the US embassy in Baghdad, ending a two-day siege of the compound after their leaders ordered them to leave.</p>
      <p>Hundreds of young men in militia fatigues had spent the night in tents pitched outside the compound, chanting slogans against the United States and burning tyres near the gates.</p>
      <p>The Pentagon said about 750 paratroopers from the 82nd Airborne Division were being sent to the region, with more to follow in the coming days if needed.</p>
      </article></body></html>`;
    const x = extractArticle(parseInput({ file: 'ndtv.html', content: html })[0]!);
    expect(x.article.outlet).toBe('ndtv.com');
    expect(x.article.credits).toEqual(['Agence France-Presse']);
    expect(x.article.byline).toBe('By Agence France-Presse');
  });
});

describe('a byline given apart from the text', () => {
  it('keeps the author’s part of a strip of page details', () => {
    expect(bylineLine('World | Agence France-Presse | Updated: January 01, 2020 21:40 IST')).toBe('By Agence France-Presse');
    expect(bylineLine('Jane Arraf | Baghdad')).toBe('By Jane Arraf, Baghdad');
    expect(bylineLine('Jane Arraf')).toBe('By Jane Arraf');
    expect(bylineLine('World | Updated 21:40')).toBeNull();
  });
});
