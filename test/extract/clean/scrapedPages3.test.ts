import { clean, expectConsistent, paragraphTexts } from './helpers';
import { matchBylineLine } from '../../../src/extract/clean/rules/bylineRules';
import { matchCaption } from '../../../src/extract/clean/rules/photoCredit';
import { dateOfLine } from '../../../src/extract/clean/rules/dateOfLine';
import { isTimestampLine } from '../../../src/extract/clean/rules/timestampLine';

/** Furniture and credits found in a third held-out probe of scraped pages (the lines here are our own). */
const BODY = 'The strikes killed 25 fighters, officials said on Sunday.';

describe('menus set out with runs of spaces', () => {
  it.each([
    'News  Weather  Traffic  KSAT Explains  Community  Live',
    'CBS NEWS  U.S.  World  Politics  Entertainment  HealthWatch  MoneyWatch  Crime  Sports',
    'Home  Middle East  Iran  World  Business  Sports  Video  Programs',
    'Facebook  Twitter  Reddit  Flipboard  Email',
  ])('%s is navigation, not the title or a claim', (line) => {
    const c = clean(`${line}\n\nIraqi militia supporters break into US Embassy\n\n${BODY}`);
    expectConsistent(c);
    expect(paragraphTexts(c)).toEqual(['Iraqi militia supporters break into US Embassy', BODY]);
    expect(c.parsed.title).toBe('Iraqi militia supporters break into US Embassy');
    expect(c.rejected[0]!.reason).toBe('navigation');
  });

  it('a sentence with two spaces after a period, or two short items, stays text', () => {
    expect(paragraphTexts(clean('He said it was over.  The crowd left.  Police stayed.'))).toEqual(['He said it was over. The crowd left. Police stayed.']);
    expect(paragraphTexts(clean(`Home  World\n\n${BODY}`))).toEqual([BODY]);
    expect(paragraphTexts(clean(`Tom  Jerry  Alice\n\n${BODY}`))).toEqual(['Tom Jerry Alice', BODY]);
  });
});

describe('time stamps written in more ways', () => {
  it.each<[string, string]>([
    ['Issued on: 30/12/2019 - 01:12 Modified: 30/12/2019 - 01:14', '2019-12-30'],
    ['Wed Jan 8, 2020 02:08AM [Updated: Wed Jan 8, 2020 09:47AM ]', '2020-01-08'],
  ])('%s is no claim and dates a page without a date', (line, date) => {
    expect(isTimestampLine(line)).toBe(true);
    const c = clean(`${line}\n\n${BODY}`);
    expect(paragraphTexts(c)).toEqual([BODY]);
    expect(c.parsed.published).toBe(date);
  });

  it('"Updated on: January 3, 2020 / 6:21 AM / CBS/AP" dates the page and credits AP', () => {
    const c = clean(`Top general killed in US strike\n\nUpdated on: January 3, 2020 / 6:21 AM / CBS/AP\n\n${BODY}`, { outlet: 'CBS News' });
    expect(paragraphTexts(c)).toEqual(['Top general killed in US strike', BODY]);
    expect(c.parsed.published).toBe('2020-01-03');
    expect(c.credits).toEqual(['Associated Press']);
    // A time stamp with a word after it that names no agency stays as it was.
    expect(paragraphTexts(clean(`Updated on: January 3, 2020 / 6:21 AM / Fighting continues\n\n${BODY}`))[0]).toContain('Fighting continues');
  });

  it('numeric dates: day and month told apart only where the text allows', () => {
    expect(dateOfLine('Issued on: 30/12/2019 - 01:12')).toBe('2019-12-30');
    expect(dateOfLine('Rudaw 31-12-2019')).toBe('2019-12-31');
    expect(dateOfLine('12/31/2019 10:00')).toBe('2019-12-31');
    expect(dateOfLine('05/06/2020')).toBeNull();
  });
});

describe('players and their clips', () => {
  it('BBC\'s "Media playback is unsupported on your device" goes; the caption after it on the line stays', () => {
    const c = clean(`${BODY}\n\nMedia playback is unsupported on your device Media caption Footage appears to show missiles being launched\n\nThe crowd later withdrew.`);
    expect(paragraphTexts(c)).toEqual([BODY, 'Footage appears to show missiles being launched', 'The crowd later withdrew.']);
  });

  it('"VIDEO 2:14" and the clip\'s title after it are no claims; a sentence after it is', () => {
    const c = clean(`${BODY}\n\nVIDEO 2:14\n\nProtesters storm US embassy in Baghdad\n\nOil prices rose on the news.`);
    expect(paragraphTexts(c)).toEqual([BODY, 'Oil prices rose on the news.']);
    const d = clean(`${BODY}\n\nVIDEO 2:14\n\nOil prices rose 4% on the news, traders said.`);
    expect(paragraphTexts(d)).toEqual([BODY, 'Oil prices rose 4% on the news, traders said.']);
  });
});

describe('credits written in more ways', () => {
  it.each<[string, string[]]>([
    ['AP AFP', ['Associated Press', 'Agence France-Presse']],
    ['AP, AFP', ['Associated Press', 'Agence France-Presse']],
    ['Source: Reuters/AFP/nh', ['Reuters', 'Agence France-Presse']],
  ])('%s credits every agency it names', (line, credits) => {
    const c = clean(`${BODY}\n\n${line}`);
    expect(paragraphTexts(c)).toEqual([BODY]);
    expect(c.credits).toEqual(credits);
  });

  it('a list needs agencies as they are written, and nothing else', () => {
    expect(matchBylineLine('Ap Afp')).toBeNull();
    expect(matchBylineLine('AP reporter')).toBeNull();
  });

  it.each<[string, string, string, string | null]>([
    ['Members of the groups leave the US embassy in Baghdad on Jan 1, 2020. PHOTO: REUTERS', 'Members of the groups leave the US embassy in Baghdad on Jan 1, 2020.', 'Reuters', null],
    ['Members of the force inspect the damage near the Syrian border, on December 30, 2019. AFP', 'Members of the force inspect the damage near the Syrian border, on December 30, 2019.', 'Agence France-Presse', null],
    ['Residents wade through a flooded street in Jakarta on Wednesday. (Antara Photo/Muhammad Adimaja)', 'Residents wade through a flooded street in Jakarta on Wednesday.', 'Antara', 'Muhammad Adimaja'],
  ])('a caption: %s', (line, caption, agency, photographer) => {
    const c = clean(`${BODY}\n\n${line}\n\nThe crowd later withdrew.`);
    expect(paragraphTexts(c)).toEqual([BODY, caption, 'The crowd later withdrew.']);
    expect(c.paragraphs[1]).toMatchObject({ kind: 'caption', credit: { agency, photographer } });
  });

  it('a bare agency closing the last paragraph credits the story; a name that is no agency is text', () => {
    const c = clean(`${BODY}\n\nThe crowd later withdrew, police said. AFP`);
    expect(c.credits).toEqual(['Agence France-Presse']);
    expect(paragraphTexts(c)).toEqual([BODY, 'The crowd later withdrew, police said.']);
    expect(matchCaption('It was over, he said. Joe Biden')).toBeNull();
    expect(matchCaption('The strike killed him, the agency said. The Associated Press')).toBeNull();
  });
});
