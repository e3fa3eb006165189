import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseInput } from '../../../src/extract/parseInput';
import { cleanArticle } from '../../../src/extract/clean/cleanArticle';
import { isTimestampLine } from '../../../src/extract/clean/rules/timestampLine';
import type { CleanArticle } from '../../../src/extract/types';
import { expectConsistent, paragraphTexts } from './helpers';

const DEV = path.resolve(__dirname, '../../../../shared/corpus/dev');
const present = existsSync(DEV);
const describeDev = present ? describe : describe.skip;

/** Furniture seen in the dev corpus: none of it may survive into text. */
const NEVER_IN_TEXT = [
  'This website uses cookies', 'Skip to', 'min read', 'Continue reading', 'Source: theguardian', 'Image copyright', 'Image caption',
  'REUTERS |', 'This article is from the source', 'You can find the current article', 'RSS feed', 'Version 1 Version 2',
  '(about 1 hour later)', 'icon bookmark', 'Also on rt.com', 'Last Update:', '(File photo: AP)', '(AP Photo/', '(WNCN/AP)',
  'Updated ', 'Read more:', '/Reuters Photo', '(Getty Images)', 'BAGHDAD (Reuters)', 'Reporting by', 'Editing by',
  'This is a developing story', 'Updates to follow', 'IE 11 is not supported', 'Get more news', 'AFP, WASHINGTON',
  'Photo: Reuters', 'Ricardo Kara', 'Picture: Twitter', 'Marwan Ibrahim/AFP', '(Kurdistan 24)', '(AP) ', '– AFP',
];
/** Whole paragraphs that are furniture. */
const NEVER_A_PARAGRAPH = ['video', 'CGTN', 'Associated Press', '02:03', 'January 2, 2020', 'December 27, 2019, 10:56 PM', '31 Dec, 2019 21:28'];

describeDev('dev corpus sweep (../shared/corpus/dev)', () => {
  const files = present ? readdirSync(DEV).filter((f) => f.endsWith('.txt')).sort() : [];
  const cleaned = new Map<string, CleanArticle>();
  beforeAll(() => {
    for (const f of files) cleaned.set(f, cleanArticle(parseInput({ file: f, content: readFileSync(path.join(DEV, f)) })[0]!));
  });

  it('reads every article', () => {
    expect(files.length).toBeGreaterThanOrEqual(20);
    expect(cleaned.size).toBe(files.length);
  });

  it('no known boilerplate line survives, offsets are exact, nothing is repeated', () => {
    for (const [file, c] of cleaned) {
      expectConsistent(c);
      for (const s of NEVER_IN_TEXT) if (c.text.includes(s)) throw new Error(`${file}: "${s}" survived cleaning`);
      const texts = paragraphTexts(c);
      for (const t of texts) {
        if (NEVER_A_PARAGRAPH.includes(t)) throw new Error(`${file}: paragraph "${t}" survived cleaning`);
        if (isTimestampLine(t)) throw new Error(`${file}: timestamp "${t}" survived cleaning`);
      }
      expect(new Set(texts).size).toBe(texts.length);
      expect(texts.length).toBeGreaterThan(0);
      for (const p of c.paragraphs) expect(p.kind === 'caption').toBe(p.credit !== null);
    }
  });

  it('keeps the story: every article keeps most of its text', () => {
    for (const [file, c] of cleaned) {
      const body = c.parsed.body.length;
      if (c.text.length < body * 0.6) throw new Error(`${file}: kept ${c.text.length} of ${body} characters`);
    }
  });

  const captions = (c: CleanArticle) => c.paragraphs.filter((p) => p.kind === 'caption').map((p) => ({ text: c.text.slice(p.start, p.end), ...p.credit }));

  it.each<[string, Partial<Pick<CleanArticle, 'byline' | 'credits' | 'outlet'>>]>([
    ['003.txt', { byline: 'REUTERS | 28.12.2019 - 09:25..', credits: ['Reuters'] }],
    ['008.txt', { byline: 'Source: theguardian', credits: ['The Guardian'], outlet: 'AllSidesOfIt' }],
    ['020.txt', { byline: '(AP)', credits: ['Associated Press'] }],
    ['036.txt', { byline: 'FORT BRAGG, N.C. (WNCN/AP) —', credits: ['WNCN', 'Associated Press'] }],
    ['041.txt', { byline: 'CGTN', credits: [], outlet: 'CGTN' }],
    ['044.txt', { byline: 'BAGHDAD (Reuters) -', credits: ['Reuters'] }],
    ['048.txt', { byline: 'ERBIL (Kurdistan 24) –', credits: [] }],
    ['052.txt', { byline: 'AFP, WASHINGTON', credits: ['Agence France-Presse'] }],
    ['056.txt', { byline: 'Associated Press', credits: ['Associated Press'] }],
    ['058.txt', { byline: 'Ricardo Kara', credits: [] }],
    ['012.txt', { byline: null, credits: [] }],
  ])('%s bylines and credits', (file, expected) => {
    expect(cleaned.get(file)).toMatchObject(expected);
  });

  it('photo captions carry their credit', () => {
    expect(captions(cleaned.get('001.txt')!)).toEqual([expect.objectContaining({ agency: 'Agence France-Presse', photographer: 'Marwan Ibrahim', text: expect.stringMatching(/^Iraqi army vehicles .* near Kirkuk\.$/) })]);
    expect(captions(cleaned.get('010.txt')!).map((c) => c.agency)).toEqual(['Reuters', 'Reuters']);
    expect(captions(cleaned.get('033.txt')!)).toEqual([expect.objectContaining({ text: 'US Secretary of State Mike Pompeo.', agency: 'Associated Press' })]);
    expect(captions(cleaned.get('036.txt')!)).toEqual([expect.objectContaining({ agency: 'Associated Press', photographer: 'Khalid Mohammed' })]);
    expect(captions(cleaned.get('041.txt')!)).toEqual([expect.objectContaining({ agency: 'Reuters', photographer: null })]);
    expect(captions(cleaned.get('060.txt')!)).toEqual([expect.objectContaining({ agency: null, photographer: 'Iesha Rose' })]);
    expect(captions(cleaned.get('018.txt')!)[0]).toMatchObject({ agency: 'Agence France-Presse', text: expect.stringMatching(/^Members of the Iraqi pro-Iranian/) });
  });

  it('datelines leave the lead paragraph', () => {
    expect(paragraphTexts(cleaned.get('021.txt')!)[0]).toMatch(/^Dozens of angry Iraqi Shiite militia supporters/);
    expect(paragraphTexts(cleaned.get('039.txt')!)[0]).toMatch(/^The siege by supporters/);
    expect(paragraphTexts(cleaned.get('029.txt')!)[1]).toMatch(/^Amid renewed tensions/);
  });
});
