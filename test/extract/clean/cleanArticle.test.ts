import { clean, expectConsistent, paragraphTexts, parsed } from './helpers';
import { cleanArticle } from '../../../src/extract/clean/cleanArticle';

describe('cleanArticle', () => {
  it('joins kept paragraphs with a blank line and gives exact offsets', () => {
    const c = clean('  First   paragraph\twith  spaces.  \n\n\n\nSecond paragraph.\nThird on its own line.\n');
    expectConsistent(c);
    expect(c.text).toBe('First paragraph with spaces.\n\nSecond paragraph.\n\nThird on its own line.');
    expect(c.paragraphs).toEqual([
      { start: 0, end: 28, kind: 'body', credit: null },
      { start: 30, end: 47, kind: 'body', credit: null },
      { start: 49, end: 71, kind: 'body', credit: null },
    ]);
  });

  it('joins hard-wrapped lines and drops list bullets', () => {
    const c = clean('The protesters gathered outside the\nembassy on Tuesday and\nthrew stones.\n\n• At least 30 are dead\n• No group has claimed responsibility');
    expect(paragraphTexts(c)).toEqual(['The protesters gathered outside the embassy on Tuesday and threw stones.', 'At least 30 are dead', 'No group has claimed responsibility']);
  });

  it('keeps one copy of a headline a header line repeated as the lead (the copy claims anchor on)', () => {
    const headline = 'Dozens of Iraqi Shia militia supporters have broken into the US embassy compound in Baghdad.';
    const c = clean(`${headline}\n\n${headline}\n\nSecond paragraph.`, { title: headline, headlineInText: true });
    expect(paragraphTexts(c)).toEqual([headline, 'Second paragraph.']);
    expect(c.rejected).toEqual([{ text: headline, reason: 'repeated headline' }]);
    expect(c.parsed.title).toBe(headline);
  });

  it('drops later duplicates of any paragraph and glued self-copies', () => {
    const c = clean('One of the guard towers was set alight.One of the guard towers was set alight.\n\nA fact.\n\nOther text.\n\nA fact.');
    expect(paragraphTexts(c)).toEqual(['One of the guard towers was set alight.', 'A fact.', 'Other text.']);
    expect(c.rejected.map((r) => r.reason)).toEqual(['doubled line', 'duplicate']);
  });

  it('infers a title when the input has none, and replaces a title that is furniture', () => {
    const none = clean('This website uses cookies to improve your experience.\n\nProtesters angered by US air strikes have attacked the US embassy in Baghdad. More text here.\n\nSecond.');
    expect(none.parsed.title).toBe('Protesters angered by US air strikes have attacked the US embassy in Baghdad.');
    const video = clean('video\nIraqi protesters storm US embassy in Baghdad\nSupporters of militias stormed the embassy.', { title: 'video' });
    expect(video.parsed.title).toBe('Iraqi protesters storm US embassy in Baghdad');
    const caption = clean('People stand at the scene of the blast. Photo: Reuters\n\nScores killed as car bomb explodes', { title: 'People stand at the scene of the blast. Photo: Reuters' });
    expect(caption.parsed.title).toBe('Scores killed as car bomb explodes');
    const dateline = clean('BAGHDAD, Iraq — Dozens of supporters broke in.', { title: 'BAGHDAD, Iraq — Dozens of supporters broke in.' });
    expect(dateline.parsed.title).toBe('Dozens of supporters broke in.');
  });

  it('keeps a given title of two sentences whole; cuts only a paragraph-long one', () => {
    const two = 'Opinion: Iraq asked us to leave. Threatening it with sanctions is the worst possible answer';
    expect(clean('Iraq’s parliament voted on Sunday.', { title: two }).parsed.title).toBe(two);
    const question = 'Fact-check: Did Soleimani help 9/11 hijackers, as Pence said? No evidence of that';
    expect(clean('Pence tweeted on Friday.', { title: question }).parsed.title).toBe(question);
    const paragraph = `Iraq asked us to leave. ${'The vote was close and the debate went on for hours in the chamber. '.repeat(4)}`;
    expect(clean('Text.', { title: paragraph }).parsed.title).toBe('Iraq asked us to leave.');
  });

  it('does not modify its input and keeps the other parsed fields', () => {
    const input = parsed('Text of the story.', { url: 'https://x.org', published: '2019-12-31', format: 'html' });
    const before = JSON.stringify(input);
    const c = cleanArticle(input);
    expect(JSON.stringify(input)).toBe(before);
    expect(c.parsed).toEqual({ ...input, title: 'Text of the story.' });
  });

  it('an article of nothing but boilerplate has empty text and says why', () => {
    const c = clean('Skip to Content\n\nSECTIONS\n\n4 min read\n\nShare this article');
    expect(c.text).toBe('');
    expect(c.paragraphs).toEqual([]);
    expect(c.rejected).toHaveLength(4);
    expect(c.parsed.title).toBeNull();
  });
});

describe('the day in a page’s address', () => {
  it('dates a page that states no date of its own', () => {
    const page = 'A rocket struck the airfield on Friday, officials said.';
    expect(clean(page, { url: 'https://news.example.com/2021/03/05/rocket-strikes-airfield/' }).parsed.published).toBe('2021-03-05');
    // Metadata first; then a date line on the page; no real day, no date.
    expect(clean(page, { url: 'https://news.example.com/2021/03/05/x/', published: '2021-03-06' }).parsed.published).toBe('2021-03-06');
    expect(clean(page, { url: 'https://news.example.com/2021/02/30/x/' }).parsed.published).toBeNull();
    expect(clean(page, { url: 'https://news.example.com/2021/03/rocket/' }).parsed.published).toBeNull();
  });

  it('reads the month and day without a leading zero, a month by name and one ISO segment', () => {
    const page = 'A rocket struck the airfield on Friday, officials said.';
    const day = (url: string) => clean(page, { url }).parsed.published;
    expect(day('https://www.vox.com/world/2020/1/3/21048210/soleimani-iraq-iran-timeline')).toBe('2020-01-03');
    expect(day('https://www.theguardian.com/world/2019/dec/30/us-airstrikes-iraq-syria')).toBe('2019-12-30');
    expect(day('https://news.example.com/news/2020-01-01/Iran-denies-role/index.html')).toBe('2020-01-01');
    // A year and a number are not a day; nor is a word that is no month, or a day past the month's end.
    expect(day('https://news.example.com/2020/1/rocket-strikes/')).toBeNull();
    expect(day('https://news.example.com/2020/world/3/story')).toBeNull();
    expect(day('https://news.example.com/2019/feb/30/story')).toBeNull();
    expect(day('https://news.example.com/2020-01-01-rocket-strikes/')).toBeNull();
  });
});

describe('date lines of the ho22 probe', () => {
  it('a date run into the page’s taxonomy, and a programme’s name with its day, date a page with no date of its own', () => {
    const a = clean('Home | Security | Economics\n\nJanuary 6, 2020  Topic: Security  Region: Middle East  Tags: Iraq, Iran\n\nIraq’s parliament voted on Sunday to expel US troops.');
    expect(a.parsed.published).toBe('2020-01-06');
    expect(paragraphTexts(a)).toEqual(['Iraq’s parliament voted on Sunday to expel US troops.']);
    const b = clean('Morning Ireland, Thursday 9 January 2020\n\nIran fired more than a dozen missiles at two bases on Wednesday.');
    expect(b.parsed.published).toBe('2020-01-09');
    expect(paragraphTexts(b)).toEqual(['Iran fired more than a dozen missiles at two bases on Wednesday.']);
  });
});
