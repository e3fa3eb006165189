import { isClaimgraphError } from '../../../src/domain';
import { parseInput } from '../../../src/extract/parseInput';
import { cleanArticle } from '../../../src/extract/clean/cleanArticle';
import type { CleanArticle, RawInput } from '../../../src/extract/types';

/** Generous: these must finish, not be fast; a hang or a super-linear blow-up is the failure. */
const BOUND_MS = 5000;

function run(raw: RawInput): { result: CleanArticle[] | null; error: unknown; ms: number } {
  const t = Date.now();
  try {
    const result = parseInput(raw).map(cleanArticle);
    return { result, error: null, ms: Date.now() - t };
  } catch (error) {
    return { result: null, error, ms: Date.now() - t };
  }
}

function expectBadInput(raw: RawInput, message: RegExp): void {
  const r = run(raw);
  expect(r.ms).toBeLessThan(BOUND_MS);
  expect(isClaimgraphError(r.error)).toBe(true);
  expect(r.error).toMatchObject({ code: 'BAD_INPUT' });
  expect((r.error as Error).message).toMatch(message);
}

describe('bad input: a clear error naming the file, or a clear result, in bounded time', () => {
  it('empty file', () => {
    expectBadInput({ file: 'empty.txt', content: Buffer.alloc(0) }, /^empty\.txt: empty/);
    expectBadInput({ file: 'blank.txt', content: ' \n\n\t\n' }, /^blank\.txt: empty/);
    expectBadInput({ file: 'empty.html', content: '<html><body>   </body></html>' }, /^empty\.html: empty/);
  });

  it('binary bytes and invalid UTF-8', () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    expectBadInput({ file: 'image.txt', content: png }, /^image\.txt: not text/);
    expectBadInput({ file: 'latin.txt', content: Buffer.from([0xc4, 0xe9, 0xfa, 0xf1, 0xe3, 0x20, 0xff, 0xfe]) }, /^latin\.txt: not text/);
    expectBadInput({ file: null, content: 'text with \u0001\u0002\u0003\u0004 controls' }, /^input: not text/);
    const random = Buffer.alloc(4096);
    for (let i = 0; i < random.length; i++) random[i] = (i * 7919) % 251;
    expectBadInput({ file: 'noise', content: random }, /^noise: not text/);
  });

  it('a lone bad byte in a long article is tolerated', () => {
    const text = Buffer.concat([Buffer.from('A long article. '.repeat(200)), Buffer.from([0xff]), Buffer.from(' The end.')]);
    const r = run({ file: 'one-bad-byte.txt', content: text });
    expect(r.error).toBeNull();
    expect(r.result![0]!.text).toContain('The end.');
  });

  it('UTF-16 with a byte-order mark is decoded', () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Iran fired missiles on Tuesday.', 'utf16le')]);
    expect(run({ file: 'u16.txt', content: utf16 }).result![0]!.text).toBe('Iran fired missiles on Tuesday.');
  });

  it('a 10 MB text', () => {
    const parts: string[] = [];
    let size = 0;
    for (let i = 0; size < 10 * 1024 * 1024; i++) {
      const p = `Paragraph ${i}: officials said ${i % 97} people were killed on Tuesday (Reuters), according to a statement.`;
      parts.push(p);
      size += p.length + 2;
    }
    const r = run({ file: 'big.txt', content: parts.join('\n\n') });
    expect(r.ms).toBeLessThan(BOUND_MS * 3);
    expect(r.error).toBeNull();
    expect(r.result![0]!.paragraphs.length).toBe(parts.length);
  });

  it('a line of 1 MB without spaces', () => {
    for (const file of ['line.txt', 'line.md', 'line.html', 'line']) {
      const r = run({ file, content: 'abcdefghij'.repeat(100_000) });
      expect(r.ms).toBeLessThan(BOUND_MS);
      expect(r.error).toBeNull();
      const c = r.result![0]!;
      for (const p of c.paragraphs) expect(c.text.slice(p.start, p.end).length).toBeGreaterThan(0);
    }
  });

  it.each(['[', '(', '<', '&', '*', '"', '. A', '(x/AP) ', 'icon ', 'Photo: ', '— '])('1 MB of %p repeated (regex and DOM stress)', (unit) => {
    const content = unit.repeat(Math.floor(1_000_000 / unit.length));
    for (const file of ['s.txt', 's.md', 's.html']) {
      const r = run({ file, content });
      expect(r.ms).toBeLessThan(BOUND_MS);
      if (r.error) expect(r.error).toMatchObject({ code: 'BAD_INPUT' });
    }
  });

  it('unbalanced quote marks', () => {
    const text = 'He said "this never ends. ' + '\u201cAnd then \u2018more '.repeat(20_000) + '\n\nA second paragraph.';
    const r = run({ file: 'quotes.txt', content: text });
    expect(r.ms).toBeLessThan(BOUND_MS);
    expect(r.result![0]!.text).toContain('A second paragraph.');
    expectBadInput({ file: 'quotes.json', content: '{"text": "He said \\"no' }, /^quotes\.json: malformed JSON/);
    const html = run({ file: 'quotes.html', content: '<html><body><p class="a>Lost in the attribute.</p><p>Kept text.</p><p title=\'x>y</p></body></html>' });
    expect(html.ms).toBeLessThan(BOUND_MS);
    expect(html.error === null || isClaimgraphError(html.error)).toBe(true);
    const front = run({ file: 'front.txt', content: '---\ntitle: "unbalanced\noutlet: \'x\n---\nBody text.' });
    expect(front.result![0]!.parsed.title).toBe('"unbalanced');
    expect(front.result![0]!.text).toBe('Body text.');
  });

  it('non-English text passes through unharmed', () => {
    const text = 'قالت وزارة الدفاع العراقية إن ٢٥ مقاتلا قتلوا.\n\n北京时间周二，抗议者冲击了大使馆。\n\nПротестующие ворвались в посольство США.';
    const c = run({ file: 'multi.txt', content: text }).result![0]!;
    expect(c.paragraphs).toHaveLength(3);
    expect(c.text).toBe(text);
  });

  it('HTML with 10,000 nested tags', () => {
    const html = `<html><body>${'<div>'.repeat(10_000)}<p>Still readable.</p>${'</div>'.repeat(10_000)}</body></html>`;
    const r = run({ file: 'deep.html', content: html });
    expect(r.ms).toBeLessThan(BOUND_MS);
    expect(r.result![0]!.text).toBe('Still readable.');
    const unclosed = run({ file: 'unclosed.html', content: `<html><body>${'<div><span><b>'.repeat(10_000)}Text at the bottom.` });
    expect(unclosed.ms).toBeLessThan(BOUND_MS);
    expect(unclosed.result![0]!.text).toBe('Text at the bottom.');
  });
});
