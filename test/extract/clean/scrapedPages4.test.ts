import { clean, expectConsistent, paragraphTexts } from './helpers';
import { dateOfLine } from '../../../src/extract/clean/rules/dateOfLine';

/** Furniture found in a fourth held-out probe of scraped pages (the lines here are our own). */
const HEADLINE = 'Iran rejects US claims over embassy protest';
const BODY = 'The strikes killed 25 fighters, officials said on Sunday.';

describe('mastheads, menus and stamps above the headline', () => {
  it('a bar among items spaced out is a separator: "Tasnim News Agency  |  Politics  Economy  …" is a menu', () => {
    const c = clean(`Tasnim News Agency  |  Politics  Economy  Defense  Sports  Society  Culture  World  Photo  Video\n\n${HEADLINE}\n\n${BODY}`);
    expectConsistent(c);
    expect(c.parsed.title).toBe(HEADLINE);
    expect(c.rejected[0]!.reason).toBe('navigation');
  });

  it.each([
    ['January, 01, 2020 - 14:37  Politics news', '2020-01-01', []],
    ['Dec 29, 2019 - World', '2019-12-29', []],
    ['Published: December 30, 2019 21:14 AFP', '2019-12-30', ['Agence France-Presse']],
  ])('a time stamp with its section or credit after it is the page date: %s', (line, date, credits) => {
    const c = clean(`${HEADLINE}\n\n${line}\n\n${BODY}`);
    expect(paragraphTexts(c)).toEqual([HEADLINE, BODY]);
    expect(c.parsed.published).toBe(date);
    expect(c.credits).toEqual(credits);
  });

  it('a stamp followed by words that are no section stays text', () => {
    expect(paragraphTexts(clean(`${HEADLINE}\n\nDec 29, 2019 - Protesters marched\n\n${BODY}`))).toContain('Dec 29, 2019 - Protesters marched');
  });

  it('"January, 01, 2020" reads with a comma after the month', () => {
    expect(dateOfLine('January, 01, 2020 - 14:37')).toBe('2020-01-01');
  });

  it('the outlet\'s name above the headline and a government banner are no title', () => {
    const c = clean(`An official website of the United States Government Here's how you know\n\nU.S. Department of Defense\n\nPress Gaggle by Secretary Esper\n\n${BODY}`, { outlet: 'U.S. Department of Defense' });
    expect(c.parsed.title).toBe('Press Gaggle by Secretary Esper');
    expect(c.rejected.map((r) => r.reason)).toEqual(['navigation', 'masthead']);
  });
});

describe('signposts and notes around the story', () => {
  it('an explainer\'s lead-ins go and their paragraphs stay; "Go deeper:" points to another story', () => {
    const c = clean(`${HEADLINE}\n\nWhy it matters: The strikes are the largest in years.\n\nWhat they're saying: Esper told reporters the strikes "were successful."\n\nThe big picture: Friday's attack was the 11th in two months.\n\nGo deeper: Pompeo blames Iranian proxies for rocket attacks`);
    expect(paragraphTexts(c)).toEqual([HEADLINE, 'The strikes are the largest in years.', 'Esper told reporters the strikes "were successful."', "Friday's attack was the 11th in two months."]);
    expect(c.rejected.map((r) => r.reason)).toEqual(['label', 'label', 'label', 'related links']);
  });

  it('"MORE STORY FROM POLITICS" heads a list of other stories', () => {
    const c = clean(`${HEADLINE}\n\n${BODY}\n\nMORE STORY FROM POLITICS\n\n- Zarif: US Must Stop Its Occupation of Iraq\n\n- Iranian Navy Wraps Up Joint Drills with Russia, China`);
    expect(paragraphTexts(c)).toEqual([HEADLINE, BODY]);
  });

  it('a player ("close", "Video", the clip\'s title) below the headline is no story text', () => {
    const c = clean(`${HEADLINE}\n\nclose\n\nVideo\n\nProtesters storm US embassy in Baghdad\n\n${BODY}`);
    expect(paragraphTexts(c)).toEqual([HEADLINE, BODY]);
  });

  it('an author\'s note closing the page is no claim', () => {
    const c = clean(`${HEADLINE}\n\n${BODY}\n\nGreg Norman is a reporter for Fox News Digital. Follow him on Twitter @gregnormanFNC.`);
    expect(paragraphTexts(c)).toEqual([HEADLINE, BODY]);
    expect(c.rejected[0]!.reason).toBe('author bio');
  });

  it('"X covers crime … for The Journal News/lohud." and "Support local journalism …" are the page\'s, no claims', () => {
    const c = clean(`${HEADLINE}\n\n${BODY}\n\nSteve Lieberman covers crime, courts and public safety for The Journal News/lohud. Follow him on Twitter @lohudlieberman.\n\nSupport local journalism and subscribe to lohud today.`);
    expect(paragraphTexts(c)).toEqual([HEADLINE, BODY]);
  });
});

