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
