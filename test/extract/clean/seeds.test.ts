import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseInput } from '../../../src/extract/parseInput';
import { cleanArticle } from '../../../src/extract/clean/cleanArticle';
import { expectConsistent, paragraphTexts } from './helpers';

// The two sample articles ship with the repository (examples/ is the same as ../shared/corpus/seeds).
const EXAMPLES = path.resolve(__dirname, '../../../examples');
const load = (file: string) => cleanArticle(parseInput({ file, content: readFileSync(path.join(EXAMPLES, file)) })[0]!);

describe('the two sample articles', () => {
  it('PA Media seed: header date and title, one copy of the lead, caption with AP credit, PA outlet', () => {
    const c = load('000_6262cfbec4e4a1f6.txt');
    expectConsistent(c);
    expect(c.parsed.published).toBe('2019-12-31');
    expect(c.parsed.title).toMatch(/^Dozens of Iraqi Shia militia supporters/);
    expect(c.outlet).toBe('PA Media');
    expect(c.byline).toBe('PA Media');
    expect(c.credits).toEqual(['PA Media']);
    const texts = paragraphTexts(c);
    expect(texts.filter((t) => t.startsWith('Dozens of Iraqi Shia militia supporters'))).toHaveLength(1);
    expect(texts[0]).toMatch(/^Dozens of Iraqi Shia militia supporters have broken into the US embassy compound/);
    expect(c.text).not.toMatch(/PA Media/);
    const caption = c.paragraphs.find((p) => p.kind === 'caption')!;
    expect(c.text.slice(caption.start, caption.end)).toBe('Protesters burn representations of a US flag');
    expect(caption.credit).toEqual({ agency: 'Associated Press', photographer: 'Ali Abdul Hassan', raw: '(Ali Abdul Hassan/AP)' });
    expect(c.paragraphs.filter((p) => p.kind === 'caption')).toHaveLength(1);
    expect(texts).toHaveLength(11);
  });

  it('BBC seed: no cookie text, every sentence of the story kept', () => {
    const c = load('004_b43e8576c512d32b.txt');
    expectConsistent(c);
    expect(c.text).not.toMatch(/cookie/i);
    expect(c.rejected).toEqual([expect.objectContaining({ reason: 'cookie notice' })]);
    expect(c.parsed.title).toMatch(/^Protesters angered by recent deadly US air strikes/);
    const texts = paragraphTexts(c);
    expect(texts[0]).toMatch(/^Protesters angered by recent deadly US air strikes/);
    expect(texts).toHaveLength(15);
    expect(c.text).toContain('There was an unconfirmed report that the ambassador had been evacuated.');
    expect(c.credits).toEqual([]);
  });
});
