import { splitSentences } from '../../../src/extract/segment/splitSentences';
import { quoteSpans, singleQuoteSpans } from '../../../src/extract/segment/quoteSpans';

function paragraphs(text: string): Array<{ start: number; end: number; kind: 'body' | 'caption' }> {
  const out: Array<{ start: number; end: number; kind: 'body' | 'caption' }> = [];
  let at = 0;
  for (const part of text.split('\n\n')) {
    out.push({ start: at, end: at + part.length, kind: 'body' });
    at += part.length + 2;
  }
  return out;
}

function sentences(text: string): string[] {
  return splitSentences(text, paragraphs(text)).map((s) => s.text);
}

describe('splitSentences', () => {
  it('gives offsets into the article text and the paragraph of each sentence', () => {
    const text = 'The bridge closed on Monday. Traffic was diverted.\n\nRepairs will take a week.';
    const ss = splitSentences(text, paragraphs(text));
    expect(ss.map((s) => s.text)).toEqual(['The bridge closed on Monday.', 'Traffic was diverted.', 'Repairs will take a week.']);
    for (const s of ss) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(ss.map((s) => s.paragraph)).toEqual([0, 0, 1]);
    expect(ss[0]!.tokens.map((t) => t.text)).toEqual(['The', 'bridge', 'closed', 'on', 'Monday', '.']);
    expect(ss[0]!.tokens.find((t) => t.text === 'closed')!.pos).toBe('VERB');
  });

  it('keeps a quotation of several sentences whole, with its attribution', () => {
    expect(sentences('“We were ready. Nobody was hurt. The fire is out,” the chief said. Crews left at noon.')).toEqual([
      '“We were ready. Nobody was hurt. The fire is out,” the chief said.',
      'Crews left at noon.',
    ]);
    expect(sentences('He said: "Stay calm. Help is coming." Then he left.')).toEqual(['He said: "Stay calm. Help is coming."', 'Then he left.']);
  });

  it('does not split before a lower-case word or after a title or an initial', () => {
    expect(sentences('“Why now?” she asked. Sen. Ann Park, D-N.M., said no.')).toEqual(['“Why now?” she asked.', 'Sen. Ann Park, D-N.M., said no.']);
    expect(sentences('Gen. Omar Haddad met Dr. Lee in the U.S. capital.')).toHaveLength(1);
  });

  it('never lets an unclosed quote swallow the rest of a paragraph', () => {
    const ss = sentences('He said "the gate is open. The guards left. Then the crowd moved in.');
    expect(ss.length).toBeGreaterThanOrEqual(2);
  });

  it('handles empty paragraphs and text without letters', () => {
    expect(splitSentences('', [])).toEqual([]);
    expect(sentences('   \n\n...')).toEqual(['...']);
  });
});

describe('quoteSpans', () => {
  it('pairs curly and straight double quotes and reports an unclosed one', () => {
    expect(quoteSpans('a “b” c "d" e')).toEqual([
      { open: 2, close: 4 },
      { open: 8, close: 10 },
    ]);
    expect(quoteSpans('“one “two”')).toEqual([
      { open: 0, close: -1 },
      { open: 5, close: 9 },
    ]);
    expect(quoteSpans('no quotes’ here')).toEqual([]);
  });

  it('finds single-quoted headline phrases but not apostrophes', () => {
    expect(singleQuoteSpans('Iran will pay ‘big price’ for Trump’s')).toEqual([{ open: 14, close: 24 }]);
  });
});

describe('times of day written with a point', () => {
  it('"between 1.45am and 2.15am" is no sentence end', () => {
    expect(sentences("Iraq's military says 22 missiles were fired between 1.45am and 2.15am local time. It said 17 hit Ain al-Asad.")).toEqual([
      "Iraq's military says 22 missiles were fired between 1.45am and 2.15am local time.",
      'It said 17 hit Ain al-Asad.',
    ]);
  });
});
