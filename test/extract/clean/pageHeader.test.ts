import { clean, expectConsistent, paragraphTexts } from './helpers';
import { extractQuantities } from '../../../src/extract/quantities/extractQuantities';

/** A page's header and footer as a scraper keeps them, found in a held-out probe (the pages here are our own). */
describe('the header above a headline', () => {
  const HEADLINE = 'Rebels shell the port city for a third straight day';
  const BODY = 'Rebels shelled the port on Monday, killing four people, officials said.';

  it('a slogan between the masthead and the menu is no headline', () => {
    const c = clean(`The Daily Courier\nTruth Before Speed\nSections | Politics | World | Business | Sports\nSign in | Subscribe\n\n${HEADLINE}\n\n${BODY}`, { outlet: 'The Daily Courier' });
    expectConsistent(c);
    expect(c.parsed.title).toBe(HEADLINE);
    expect(c.rejected).toContainEqual({ text: 'Truth Before Speed', reason: 'tagline' });
    expect(paragraphTexts(c)).toEqual([HEADLINE, BODY]);
  });

  it('a section label or an advertisement between the menu and the headline is no headline', () => {
    for (const label of ['Conflict Zones', 'Stream on Showtime', 'Daily News']) {
      const c = clean(`Courier\nNews | World | Opinion | Video\nLog In | Join\n\n${label}\n\n${HEADLINE}\n\n${BODY}`, { outlet: 'Courier' });
      expect(c.parsed.title).toBe(HEADLINE);
      expect(c.rejected).toContainEqual({ text: label, reason: 'section label' });
      expect(c.rejected).toContainEqual({ text: 'Log In | Join', reason: 'navigation' });
    }
  });

  it('a short headline under the menu stays, and so does a page that starts with its headline', () => {
    const short = 'Port shelled again';
    const c = clean(`Courier\nNews | World | Opinion | Video\n\n${short}\n\nA second day of shelling. ${BODY}`, { outlet: 'Courier' });
    expect(c.parsed.title).toBe(short);
    // Three words but a sentence mark: text, not a label.
    const d = clean(`Courier\nNews | World | Opinion | Video\n\nShelling resumes.\n\n${HEADLINE}\n\n${BODY}`, { outlet: 'Courier' });
    expect(paragraphTexts(d)[0]).toBe('Shelling resumes.');
    const e = clean(`${HEADLINE}\n\n${BODY}`);
    expect(e.parsed.title).toBe(HEADLINE);
  });

  it('an outlet’s name and a slash opening the first paragraph is its dateline', () => {
    const c = clean(`${HEADLINE}\n\nShafaq News / ${BODY}`);
    expect(paragraphTexts(c)).toEqual([HEADLINE, BODY]);
    expect(c.rejected).toContainEqual({ text: 'Shafaq News /', reason: 'dateline byline' });
  });

  it('a syndicated story\'s source and its authors on one line are a byline that credits the source', () => {
    const c = clean(`${HEADLINE}\n\nReuters | By Jane Roe and John Doe\n\n${BODY}`);
    expect(c.rejected).toContainEqual({ text: 'Reuters | By Jane Roe and John Doe', reason: 'byline' });
    expect(c.credits).toContain('Reuters');
  });
});

describe('the footer below a story', () => {
  const BODY = 'Rebels shelled the port on Monday, killing four people, officials said.';

  it.each([
    'Thanks for signing up!',
    "Stay informed with the Courier's newsletters",
    'To learn more about republishing this content and the associated fees, please fill out this form.',
    'The Daily Courier delivers independent coverage and analysis of the region and beyond.',
    'Found in: Yemen, Hodeidah, port attacks',
    'The comments below have not been moderated.',
    'Intraday Data provided by FACTSET and subject to terms of use.',
    'All quotes are in local exchange time.',
    'Printable version | Jan 9, 2020 10:02:31 AM | https://example.com/story',
  ])('%s', (line) => {
    const c = clean(`${BODY}\n\n${line}`);
    expect(paragraphTexts(c)).toEqual([BODY]);
  });

  it('a site footer of many short items between bars is navigation, however long', () => {
    const footer = 'About Us | Advertising | Breaking News Alerts | Careers | Credit Card Payments | Digital Edition | FAQ | Feedback | Headlines | Photos | Press | Print Subscriptions | Request A Correction | Write For Us | RSS | Site Map';
    expect(footer.length).toBeGreaterThan(200);
    expect(paragraphTexts(clean(`${BODY}\n\n${footer}`))).toEqual([BODY]);
  });

  it('a related list goes on past its pager, and teasers cut short with "..." are its links', () => {
    const c = clean(`${BODY}\n\nRELATED ARTICLES\nPrevious | 1 | 2 | 3 | Next\nRebels threaten the capital with a 'long war' if...\nWho leads the rebels? The shadowy commander who...\n\nThe port reopened on Tuesday, officials said.`);
    expect(paragraphTexts(c)).toEqual([BODY, 'The port reopened on Tuesday, officials said.']);
  });
});

describe('a decimal with its scale', () => {
  it('is the round figure: 4.1 million barrels, $2.3bn, 1.1 billion people', () => {
    expect(extractQuantities('Analysts had forecast a fall of 4.1 million barrels, a loss of $2.3bn and 1.1 billion people affected.').map((q) => q.value)).toEqual([4_100_000, 2_300_000_000, 1_100_000_000]);
  });
});
