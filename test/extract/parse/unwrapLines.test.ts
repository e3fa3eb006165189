import { unwrapLines } from '../../../src/extract/parse/unwrapLines';
import { parseInput } from '../../../src/extract/parseInput';
import { extractArticle } from '../../../src/extract/extractArticle';

const WRAPPED = [
  'BAGHDAD - Iraqi Prime Minister Adel Abdul Mahdi said on Monday that the',
  'US air strikes on Kataib Hezbollah bases had killed 25 fighters and wound-',
  'ed 51 others, calling the raids a "violation of Iraqi sovereignty".',
  '',
  'The Pentagon said the strikes were a response to a rocket attack on the',
  'K1 base near Kirkuk on Friday that killed an American civilian contrac-',
  'tor and that the US blamed on Kataib Hezbollah, a powerful Iran-',
  'backed militia. "We will take additional actions as necessary," Defense',
  'Secretary Mark Esper told reporters.',
].join('\n');

const PARAGRAPHS = [
  'BAGHDAD - Iraqi Prime Minister Adel Abdul Mahdi said on Monday that the US air strikes on Kataib Hezbollah bases had killed 25 fighters and wounded 51 others, calling the raids a "violation of Iraqi sovereignty".',
  '',
  'The Pentagon said the strikes were a response to a rocket attack on the K1 base near Kirkuk on Friday that killed an American civilian contractor and that the US blamed on Kataib Hezbollah, a powerful Iran-backed militia. "We will take additional actions as necessary," Defense Secretary Mark Esper told reporters.',
].join('\n');

describe('unwrapLines: text a fixed-width sender broke into lines', () => {
  it('joins the lines of each paragraph and mends words broken at a hyphen, keeping compounds', () => {
    expect(unwrapLines(WRAPPED)).toBe(PARAGRAPHS);
  });

  it('leaves a text with a paragraph per line alone, and one with long paragraphs between short lines', () => {
    expect(unwrapLines(PARAGRAPHS)).toBe(PARAGRAPHS);
    const related = ['Read more', 'Iran vows revenge after the strike on its top general', 'Trump says Iran will pay a very big price for embassy attack', 'Oil prices jump as tensions rise in the Gulf after the strike', PARAGRAPHS].join('\n');
    expect(unwrapLines(related)).toBe(related);
  });

  it('does not join a list item, a heading, a table row or a transcript label onto the line before; quote lines join', () => {
    const md = [
      '## What happened on the night of the strike at the airport in Baghdad',
      'The drone fired on two cars leaving the cargo area of the airport, and',
      'killed all ten people in them, officials in Baghdad said on Friday, and',
      '- Qassem Soleimani, the commander of the Quds Force of the Revolutionary',
      '  Guards, was among the dead, the Pentagon confirmed in a statement that',
      'ESPER: We took decisive action to protect our people overseas, and we',
      'will do it again if we need to, the secretary told the reporters there.',
      '> Iran will take harsh revenge on the criminals who killed him, the',
      '> supreme leader said in a statement read out on state television then.',
    ].join('\n');
    expect(unwrapLines(md).split('\n')).toEqual([
      '## What happened on the night of the strike at the airport in Baghdad',
      'The drone fired on two cars leaving the cargo area of the airport, and killed all ten people in them, officials in Baghdad said on Friday, and',
      '- Qassem Soleimani, the commander of the Quds Force of the Revolutionary Guards, was among the dead, the Pentagon confirmed in a statement that',
      'ESPER: We took decisive action to protect our people overseas, and we will do it again if we need to, the secretary told the reporters there.',
      '> Iran will take harsh revenge on the criminals who killed him, the supreme leader said in a statement read out on state television then.',
    ]);
  });

  it('a wrapped plain text and a wrapped Markdown page give the claims of the unwrapped text', () => {
    const claims = (file: string, content: string): string[] => parseInput({ file, content }).flatMap((a) => extractArticle(a).claims.map((c) => `${c.text} | ${c.speaker?.name ?? '-'}`));
    const expected = claims('p.txt', PARAGRAPHS);
    expect(expected).toHaveLength(3);
    expect(claims('w.txt', WRAPPED)).toEqual(expected);
    expect(claims('w.json', JSON.stringify({ title: 'Strikes', text: WRAPPED }))).toEqual(claims('p.json', JSON.stringify({ title: 'Strikes', text: PARAGRAPHS })));
    expect(claims('w.md', `---\ntitle: Strikes\npublished: 2019-12-31\n---\n\n${WRAPPED}\n`)).toEqual(claims('p.md', `---\ntitle: Strikes\npublished: 2019-12-31\n---\n\n${PARAGRAPHS}\n`));
  });

  it('stays linear on a long wrapped text and on a long line ending in letters', () => {
    const long = `${WRAPPED}\n\n`.repeat(20000);
    const t0 = Date.now();
    expect(unwrapLines(long).split('\n\n')).toHaveLength(40001);
    unwrapLines(`${WRAPPED}\n${'a'.repeat(1_000_000)}-\n${'b'.repeat(1_000_000)}`);
    expect(Date.now() - t0).toBeLessThan(5000);
  });
});
