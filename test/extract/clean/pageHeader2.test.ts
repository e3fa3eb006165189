import { clean, expectConsistent, paragraphTexts } from './helpers';

/** Headers, bylines and footers in the forms of a fourteenth held-out probe (the pages here are our own). */
describe('headers of more outlets', () => {
  const HEADLINE = 'Floods cut the coastal highway for a second day';
  const BODY = 'Floodwater closed the coastal highway on Monday, stranding hundreds of drivers, police said.';

  it.each([
    ['a masthead without the bracketed part of the outlet', 'Harbour Authority', 'Harbour Authority (HPA)'],
    ['a masthead that is the bracketed part', 'National News Agency', 'NNA (National News Agency)'],
    ['a masthead with its edition', 'NNA English', 'NNA (National News Agency)'],
    ['a masthead with its edition after a bar', 'Harbour Post | English Edition', 'Harbour Post'],
  ])('%s', (_what, masthead, outlet) => {
    const c = clean(`${masthead}\nHome | World | Business | Sport\n\n${HEADLINE}\n\n${BODY}`, { outlet });
    expectConsistent(c);
    expect(c.parsed.title).toBe(HEADLINE);
    expect(c.rejected).toContainEqual({ text: masthead, reason: 'masthead' });
  });

  it('an offer, an account bar, a breadcrumb and a section label with "&" are no headline', () => {
    for (const lines of [
      'Subscribe now | Log in\nFree for one month\n\nWorld News › Asia',
      'E-Newspaper | Subscribe\n\nWORLD › ASIA',
      'Sign In | Courier Plus\n\nCity › Coast News',
      'Home : Media : Press Releases : Release View',
      'Log in | Subscribe\n\nMilitary & Defense',
    ]) {
      const c = clean(`The Courier\nNews | World | Business | Sport\n${lines}\n\n${HEADLINE}\n\n${BODY}`, { outlet: 'The Courier' });
      expect(c.parsed.title).toBe(HEADLINE);
      expect(paragraphTexts(c)).toEqual([HEADLINE, BODY]);
    }
  });

  it('a press release\'s and a transcript\'s furniture', () => {
    const c = clean(
      `${HEADLINE}\n\nRelease No: 22-104\n\nFOR IMMEDIATE RELEASE\n\nNews ID: 83624671\n\nTHIS IS A RUSH TRANSCRIPT. THIS COPY MAY NOT BE IN ITS FINAL FORM AND MAY BE UPDATED.\n\nReturn to Transcripts main page\n\n${BODY}`,
    );
    expect(paragraphTexts(c)).toEqual([HEADLINE, BODY]);
  });

  it('bylines with a job, a place, a stamp or bars, and contributor lines', () => {
    const c = clean(
      [
        HEADLINE,
        'By Ann Marsh, Asia Correspondent, and Tom Reyes in Manila',
        BODY,
        'Times staff writer Jo Park in Seoul contributed to this report.',
        'Contributing: The Associated Press',
        'With assistance by Lee Chan and Mia Ross',
      ].join('\n\n'),
    );
    expect(paragraphTexts(c)).toEqual([HEADLINE, BODY]);
    expect(c.credits).toContain('Associated Press');
    for (const byline of ['By Ann Marsh Staff Writer Dec. 31, 2019 6:12 AM PT', 'By Courier Staff Courier Posted January 8, 2020 1:41 pm | Updated January 8, 2020 8:15 pm']) {
      const b = clean(`${HEADLINE}\n\n${byline}\n\n${BODY}`);
      expect(paragraphTexts(b)).toEqual([HEADLINE, BODY]);
    }
  });

  it('a byline between bars gives the page its date', () => {
    const c = clean(`${HEADLINE}\n\nBy News Desk | January 11, 2020 | 0 Comments\n\n${BODY}`);
    expect(paragraphTexts(c)).toEqual([HEADLINE, BODY]);
    expect(c.parsed.published).toBe('2020-01-11');
  });

  it('a footer of comment rules, reuse terms, a terminal\'s promotion and a quote strip', () => {
    const c = clean(
      [
        HEADLINE,
        BODY,
        'XAU Gold Spot 1,556.11 USD/t oz. -18.15 -1.15%',
        'The Courier values your comments but kindly requests all posts are on topic, constructive and respectful.',
        'Please review our commenting policy.',
        'When citing and using any materials on the Internet, hyperlinks not lower than the first paragraph to the site are required.',
        "Before it's here, it's on the Bloomberg Terminal.",
        'Related Topics',
        'Floods',
      ].join('\n\n'),
    );
    expect(paragraphTexts(c)).toEqual([HEADLINE, BODY]);
  });
});

describe("a dateline's full date", () => {
  it('dates a page that gives no other date; a dateline without its year does not', () => {
    expect(clean('LEEDS, 3 January 2020 – The mill in Leeds closed on Friday after a fire, the company said.\n\nPolice said nobody was hurt.').parsed.published).toBe('2020-01-03');
    expect(clean('BAGHDAD, Jan. 3, 2020 (Xinhua) -- The mill closed on Friday after a fire, the company said.\n\nPolice said nobody was hurt.').parsed.published).toBe('2020-01-03');
    expect(clean('BAGHDAD, Jan. 3 (Xinhua) -- The mill closed on Friday after a fire, the company said.\n\nPolice said nobody was hurt.').parsed.published).toBeNull();
    // The page's own date wins.
    expect(clean('LEEDS, 3 January 2020 – The mill closed on Friday.\n\nPolice said nobody was hurt.', { published: '2020-01-04' }).parsed.published).toBe('2020-01-04');
  });
});

describe('an author\'s name before a stamp ("Rosalind Kemp · Jan 7, 2020, 10:14 AM")', () => {
  it('is the byline and the stamp dates the page; a section before a stamp is no byline', () => {
    const c = clean('Rosalind Kemp · Jan 7, 2020, 10:14 AM\n\nThe mill closed on Friday after a fire, the company said.\n\nPolice said nobody was hurt.');
    expect(c.byline).toBe('Rosalind Kemp');
    expect(c.parsed.published).toBe('2020-01-07');
    expect(clean('Middle East · 19:42 04.01.2020\n\nThe mill closed on Friday after a fire, the company said.').byline).toBeNull();
  });
});
