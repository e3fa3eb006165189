import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseInput } from '../../../src/extract/parseInput';
import { extractArticle } from '../../../src/extract/extractArticle';
import { printedPages } from '../../../src/extract/parse/printedPages';
import { unwrapLines } from '../../../src/extract/parse/unwrapLines';
import { claimWith } from '../support/extractText';

const read = (name: string): string => readFileSync(path.join(__dirname, 'pasted', name), 'utf8');
const extract = (name: string) => {
  const [a] = parseInput({ file: name, content: read(name) });
  return extractArticle(a!);
};

describe('a newspaper PDF copied out as text', () => {
  it('drops running heads, page feet and form feeds, keeping the masthead and the date', () => {
    const p = printedPages(read('pdf.txt'));
    expect(p.masthead).toBe('The Daily Ledger');
    expect(p.date).toBe('2020-01-04');
    expect(p.text).not.toMatch(/Page \d of 2|THE DAILY LEDGER|\f/u);
  });

  it('joins narrow columns and mends words broken at the line end, keeping real compounds', () => {
    const x = extract('pdf.txt');
    expect(x.article).toMatchObject({ outlet: 'The Daily Ledger', published: '2020-01-04', title: 'US kills Iran\'s top general in Baghdad airport strike' });
    const died = claimWith(x.claims, 'at least seven');
    expect(died.text).toContain('the deputy head of the Popular Mobilisation Forces, Abu Mahdi al-Muhandis');
    expect(claimWith(x.claims, 'drone strike').text).toContain('at Baghdad airport killed Iran\'s most powerful military commander, Qassem Soleimani, on Friday');
    expect(x.claims.some((c) => /^Friday|US kills Iran/u.test(c.text))).toBe(false);
    const column = 'The militia, which is Iran-\nbacked, said its fighters had\nwithdrawn from the outer com-\npound of the embassy after the\ncall from the Popular Mobilisa-\ntion Forces, the Iran-aligned\numbrella group of militias, on\nWednesday afternoon, witnesses\nsaid, and that the sit-in would\ncontinue outside the compound\nuntil parliament voted on it.\n';
    expect(unwrapLines(column)).toBe('The militia, which is Iran-backed, said its fighters had withdrawn from the outer compound of the embassy after the call from the Popular Mobilisation Forces, the Iran-aligned umbrella group of militias, on Wednesday afternoon, witnesses said, and that the sit-in would continue outside the compound until parliament voted on it.\n');
  });

  it('leaves a text alone that only mentions pages', () => {
    const t = 'The report runs to 40 pages.\nPage 3 of the report says 12 people died.';
    expect(printedPages(t).text).toBe(t);
    expect(printedPages('Short lines\nof a poem\n').text).toBe('Short lines\nof a poem\n');
  });
});

describe('a wire take as the agency sends it', () => {
  it('drops the slug, keeps the notes to editors as a note and the headline as the title', () => {
    const x = extract('wire.txt');
    expect(x.article.title).toBe('Protesters storm US Embassy compound in Baghdad');
    expect(x.article.notes).toEqual([{ kind: 'update', text: 'Eds: UPDATES with Pentagon statement. With AP Photos.' }]);
    expect(x.article.credits).toContain('Associated Press');
    expect(x.claims.some((c) => /BC-ML|Writethru|Protesters storm|Eds:/u.test(c.text))).toBe(false);
    expect(claimWith(x.claims, 'flames rising').kind).toBe('observation');
  });
});

describe('a thread copied from X/Twitter', () => {
  it('drops post numbers, reply headers and counters', () => {
    const x = extract('thread.txt');
    const texts = x.claims.map((c) => c.text);
    expect(texts.some((t) => /^\d\/\d|Replying to|Show this thread/u.test(t))).toBe(false);
    expect(claimWith(x.claims, 'two cars were hit').speaker?.name).toBe('Iraqi security officials');
  });

  it('keeps "9/11" as words', () => {
    const [a] = parseInput({ file: 't.txt', content: '9/11 Commission members said on Monday that the report would be published in full next week, officials said.' });
    expect(extractArticle(a!).claims[0]!.speaker?.name).toBe('9/11 Commission members');
  });
});

describe('more of what pasted pages carry', () => {
  it('reads a running head with a section and a foot with the site\u2019s address; joins a headline cut after "in"', () => {
    const page = 'THE LEDGER        Saturday, January 4, 2020        WORLD        13\n\n\nUS kills Iran\'s top general in\nBaghdad strike\n\nBaghdad: The United States killed Iran\'s top general\nin an airstrike at Baghdad\'s international airport\non Friday, an attack that threatens to ignite a wider\nconflict in the region, officials in Baghdad said\nlate on Friday, as crowds gathered in the city and\nthe Pentagon said more troops would be sent soon.\n\ntheledger.example                                     Page 1 of 3\n';
    const [a] = parseInput({ file: 'p.txt', content: page });
    expect(a).toMatchObject({ outlet: 'The Ledger', published: '2020-01-04', home: 'https://theledger.example/', title: 'US kills Iran\'s top general in Baghdad strike' });
    expect(a!.body).not.toMatch(/Page 1 of 3|WORLD/u);
  });

  it('reads a wire take whose headline stands before its notes to editors', () => {
    const take = 'BC-ML--Iraq-Protest,1st Ld-Writethru\nCrowds gather in Baghdad\nEds: UPDATES with police statement.\nBy ANN LEE\nAssociated Press\n\nBAGHDAD (AP) \u2014 Thousands of people gathered in central Baghdad on Friday, police said.\n';
    const x = extractArticle(parseInput({ file: 'w.txt', content: take })[0]!);
    expect(x.article.title).toBe('Crowds gather in Baghdad');
    expect(x.article.notes).toEqual([{ kind: 'update', text: 'Eds: UPDATES with police statement.' }]);
  });

  it('drops a thread\u2019s label, handle, profile line, counts and the stamp with its app, dating the page by the stamp', () => {
    const thread = 'Thread\n\nAnn Lee\n@annlee_news\nReporter, Basra. Views my own. RT \u2260 endorsement.\n\n1/3 The consulate in Basra was closed on Friday, officials said.\n9:41 PM \u00b7 Sep 28, 2018 \u00b7 Twitter Web Client\n214 Retweets   37 Quote Tweets   301 Likes\n\nAnn Lee @annlee_news \u00b7 Sep 28, 2018\nReplying to @annlee_news\n2/3 Three rockets landed near the airport, security sources said.\n';
    const x = extractArticle(parseInput({ file: 't.txt', content: thread })[0]!);
    expect(x.article.published).toBe('2018-09-28');
    expect(x.claims.map((c) => c.text).some((t) => /Thread|@annlee|Views my own|Retweets|Twitter Web Client/u.test(t))).toBe(false);
    expect(x.claims).toHaveLength(2);
  });
});
