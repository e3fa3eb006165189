import { clean, expectConsistent, paragraphTexts } from './helpers';
import { claimsOf } from '../support/extractText';
import { extractArticle } from '../../../src/extract/extractArticle';

/** Page furniture found in a held-out probe of scraped pages (the lines here are our own). */
describe('page furniture of scraped news sites', () => {
  it.each([
    ['KXTV 8 | News | Weather | Traffic | Sports | VERIFY | Watch Live | Contests'],
    ['Army | Navy | Air Force | Marines | Pay & Benefits | Flashpoints | Newsletters'],
    ['Home | Iraq | Gulf | Levant | Economy | Opinion | Videos | عربي'],
    ['Search NNN...  Terms of Use | Privacy Policy | Do Not Sell My Personal Information'],
    ['The views expressed in this piece are the author’s own.'],
    // A row of buttons a Markdown page kept as bracketed labels, and a broadcaster's underwriting line.
    ['[Share on Facebook] [Share on Twitter] [Email] [Comments]'],
    ['Support Provided By: Learn more'],
  ])('a line of short items between bars, or a disclaimer, is no text: %s', (line) => {
    const c = clean(`${line}\n\nThe strikes killed 25 fighters, officials said.`);
    expectConsistent(c);
    expect(paragraphTexts(c)).toEqual(['The strikes killed 25 fighters, officials said.']);
  });

  it('"READ: …" as the page\'s own headline is the title, not a related link', () => {
    const title = "READ: Trump's full statement on Iran's missile attack";
    const c = clean(`${title}\n\nThe strikes killed 25 fighters, officials said.`, { title });
    expect(c.parsed.title).toBe(title);
    const other = clean(`READ: Iran vows revenge\n\nThe strikes killed 25 fighters, officials said.`, { title });
    expect(other.rejected).toContainEqual({ text: 'READ: Iran vows revenge', reason: 'related links' });
  });

  it('a sentence with a bar in it stays: "Shares fell 3% | see chart." is one item too few', () => {
    expect(paragraphTexts(clean('The index fell 3% | the bourse said.\n\nThe strikes killed 25 fighters.'))).toHaveLength(2);
  });

  it("an author's note at the end of the page, or beside the byline, is no claim", () => {
    const end = clean('The strikes killed 25 fighters, officials said.\n\nMore details emerged on Monday.\n\nKyle Rempfer covers the Army and ground combat for Defense Wire Daily.');
    expect(paragraphTexts(end)).toEqual(['The strikes killed 25 fighters, officials said.', 'More details emerged on Monday.']);
    const top = clean('By Rachel Oduya\n\nRachel Oduya is a senior fellow at the Halvorsen Institute and a former State Department adviser on Iraq.\n\nEleven days ago, a volley of rockets fell on a base outside Kirkuk.');
    expect(paragraphTexts(top)).toEqual(['Eleven days ago, a volley of rockets fell on a base outside Kirkuk.']);
  });

  it('someone described in the story stays: "Ali Vaez is a senior analyst at Crisis Group" early in the body', () => {
    const c = clean('Iran is under pressure, experts said.\n\nAli Vaez is a senior analyst at Crisis Group who has studied Iran for a decade.\n\nHe said the strikes would backfire.\n\nThe talks resume on Monday.\n\nOfficials declined to comment.');
    expect(paragraphTexts(c)).toContain('Ali Vaez is a senior analyst at Crisis Group who has studied Iran for a decade.');
  });

  it("every embedded tweet keeps its signature, so each is credited to its author", () => {
    const claims = claimsOf(
      [
        'Iran killed an American contractor, wounding many. We strongly responded, and always will.\n— Donald J. Trump (@realDonaldTrump) December 31, 2019',
        'Hours later, he sought to reassure Americans.',
        'The U.S. Embassy in Iraq is, & has been for hours, SAFE! Many of our great Warfighters were rushed to the site.\n— Donald J. Trump (@realDonaldTrump) December 31, 2019',
      ].join('\n\n'),
    );
    const safe = claims.find((c) => c.text.includes('SAFE'))!;
    expect(safe.speaker?.name).toBe('Donald Trump');
    expect(safe.kind).toBe('quote');
  });

  it('a gallery control after a caption is no part of it: "… on Tuesday. Hide Caption 1 of 9"', () => {
    const claims = claimsOf('Supporters set fire to a reception area outside the embassy on Tuesday. Hide Caption 1 of 9\n\nThe strikes killed 25 fighters, officials said.');
    expect(claims.some((c) => /Hide Caption/u.test(c.text))).toBe(false);
  });
});

describe('caveats written in more ways', () => {
  it('"We have not been able to confirm this independently." makes the report before it unconfirmed', () => {
    const claims = claimsOf('An Iraqi foreign ministry official told Reuters that the US ambassador and other staff had been evacuated. We have not been able to confirm this independently.');
    expect(claims).toHaveLength(1);
    expect(claims[0]!.certainty).toBe('unconfirmed');
  });

  it('"…, but that could not immediately be confirmed" inside the claim', () => {
    const c = claimsOf('One source said a senior Kataib Hezbollah commander was among the dead, but that could not immediately be confirmed.')[0]!;
    expect(c.certainty).toBe('unconfirmed');
  });
});

describe("a page's date line when the metadata has no date", () => {
  it('"December 29, 2019 / 5:58 PM / Updated 4 hours ago" near the top dates the article', () => {
    const c = clean('WORLD NEWS\n\nDecember 29, 2019 / 5:58 PM / Updated 4 hours ago\n\nThe strikes killed 25 fighters, officials said on Sunday.');
    expect(c.parsed.published).toBe('2019-12-29');
    expect(paragraphTexts(c)).toEqual(['The strikes killed 25 fighters, officials said on Sunday.']);
  });

  it('given metadata wins; a date line deep in the story dates nothing', () => {
    expect(clean('December 29, 2019 / 5:58 PM\n\nThe strikes killed 25 fighters.', { published: '2019-12-30' }).parsed.published).toBe('2019-12-30');
    const deep = ['One.', 'Two.', 'Three.', 'Four.', 'December 29, 2019 / 5:58 PM', 'Five.'].join('\n\n');
    expect(clean(deep).parsed.published).toBeNull();
  });
});

describe('meta strips and contributor lines (second probe of scraped pages)', () => {
  it('"Staff and wire reports · January 11, 2020 · 6 min read" is no claim, and dates a page without a date', () => {
    const c = clean('Staff and wire reports · January 11, 2020 · 6 min read\n\nThe crash killed all 176 people on board, officials said.');
    expect(paragraphTexts(c)).toEqual(['The crash killed all 176 people on board, officials said.']);
    expect(c.parsed.published).toBe('2020-01-11');
    expect(paragraphTexts(clean('By Ana Ruiz · 4 min read\n\nThe crash killed all 176 people.'))).toEqual(['The crash killed all 176 people.']);
    // A sentence about reading stays.
    expect(paragraphTexts(clean('Most readers spend a 6 min read on it · the study found.\n\nThe crash killed all 176 people.'))).toHaveLength(2);
  });

  it('"With files from Reuters and The Associated Press" credits the page, not each claim to the first wire', () => {
    const body = 'The crash killed all 176 people on board, officials said.\n\nWith files from Reuters and The Associated Press';
    const x = extractArticle({ file: 'p.md', url: null, outlet: 'The Globe Chronicle', published: '2020-01-11', title: null, format: 'text', body });
    expect(x.article.credits).toEqual(['Reuters', 'Associated Press']);
    expect(x.claims.map((c) => c.credit)).toEqual([null]);
  });
});
