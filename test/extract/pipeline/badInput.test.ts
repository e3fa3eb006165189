import { parseInput } from '../../../src/extract/parseInput';
import { extractArticle, MAX_ARTICLE_CHARS } from '../../../src/extract/extractArticle';
import { isClaimgraphError } from '../../../src/domain';

/** Runs the whole pipeline; returns the claims or the error, and how long it took. */
function run(file: string, content: string | Buffer): { claims: number | null; error: string | null; ms: number } {
  const t0 = Date.now();
  try {
    let claims = 0;
    for (const p of parseInput({ file, content })) claims += extractArticle(p).claims.length;
    return { claims, error: null, ms: Date.now() - t0 };
  } catch (e) {
    if (!isClaimgraphError(e)) throw e;
    expect(e.code).toBe('BAD_INPUT');
    return { claims: null, error: e.message, ms: Date.now() - t0 };
  }
}

describe('bad input through the whole pipeline: a clear result or a clear error, in bounded time', () => {
  it('an empty file is an error naming the file', () => {
    const r = run('empty.txt', '');
    expect(r.error).toMatch(/empty\.txt/u);
  });

  it('binary bytes are an error naming the file', () => {
    const bytes = Buffer.alloc(4096);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7919) % 256;
    const r = run('image.png.txt', bytes);
    expect(r.error).toMatch(/image\.png\.txt/u);
  });

  it('a 10 MB text is refused quickly with an error naming the file', () => {
    const para = 'The minister said on Monday that 25 people were killed in the attack. ';
    const r = run('huge.txt', `${para.repeat(Math.ceil((10 * 1024 * 1024) / para.length))}`);
    expect(r.error).toMatch(/huge\.txt.*over the limit/u);
    expect(r.ms).toBeLessThan(15000);
  });

  it('text just under the size limit is processed in bounded time', () => {
    const parts: string[] = [];
    let len = 0;
    for (let i = 0; len < 200_000; i++) {
      const p = `Officials said ${i} houses in district ${i % 91} were damaged on Monday, and ${i + 3} people were hurt.`;
      parts.push(p);
      len += p.length + 2;
    }
    const r = run('long.txt', parts.join('\n\n'));
    expect(r.error).toBeNull();
    expect(r.claims).toBeGreaterThan(1000);
    expect(MAX_ARTICLE_CHARS).toBeGreaterThan(200_000);
  }, 60000);

  it('a 1 MB line without spaces gives no claims', () => {
    const r = run('line.txt', 'x'.repeat(1024 * 1024));
    expect(r.error).toBeNull();
    expect(r.claims).toBe(0);
    expect(r.ms).toBeLessThan(15000);
  });

  it('a long paragraph of straight single quotes that never close is read in bounded time', () => {
    // Each " 'word" could open a quotation and "it's" never closes one: a pattern retried at every
    // opening was quadratic in the length of a paragraph (the cleaner cuts them at 20,000 characters).
    // (Each piece is its own, so the cleaner's duplicate check keeps them all.)
    const pieces: string[] = [];
    for (let i = 0; pieces.length < 120_000; i++) pieces.push(` 'w${i.toString(36)} it's`);
    const r = run('apostrophes.txt', `The minister said it was over.\n\n${pieces.join('')}`);
    expect(r.error).toBeNull();
    expect(r.claims).toBeGreaterThanOrEqual(1);
    expect(r.ms).toBeLessThan(15000);
  }, 60000);

  it('unbalanced quote marks do not swallow the article', () => {
    const body = ['He said "the gate is open and the guards left.', 'The crowd moved in at noon, witnesses said.', '“Nobody stopped them, said one resident.', 'Police arrived an hour later.'].join('\n\n');
    const r = run('quotes.txt', body);
    expect(r.error).toBeNull();
    expect(r.claims).toBeGreaterThanOrEqual(3);
  });

  it('non-English text gives a result, not a crash', () => {
    const r = run('foreign.txt', 'Der Minister sagte am Montag, dass die Brücke eingestürzt sei.\n\nТрое погибших, сообщила полиция.\n\n部长说桥倒塌了。');
    expect(r.error).toBeNull();
    expect(r.claims).not.toBeNull();
  });

  it('deeply nested HTML gives its text or a clear error', () => {
    const html = `<html><head><title>Dam bursts</title></head><body>${'<div>'.repeat(5000)}<p>The dam burst on Sunday and flooded three villages, officials said.</p>${'</div>'.repeat(5000)}</body></html>`;
    const r = run('nested.html', html);
    if (r.error === null) expect(r.claims).toBeGreaterThanOrEqual(1);
    else expect(r.error).toMatch(/nested\.html/u);
    expect(r.ms).toBeLessThan(15000);
  });

  it('words that name Object.prototype members ("constructor", "toString", "__proto__") are plain words, in lines, names, entities and file names', () => {
    const names = ['constructor', 'toString', 'valueOf', 'hasOwnProperty', '__proto__', 'isPrototypeOf', 'propertyIsEnumerable', 'toLocaleString'];
    for (const n of names) {
      const body = `Officials said 25 fighters were killed ${n} days ago. "${n}," ${n} told ${n}.\n\n(${n})\n\nBy ${n}\n\nThe ${n} said it was ${n}.`;
      expect(run(`article.${n}`, body).claims).toBeGreaterThan(0);
      expect(run('page.html', `<html><body><article><p>${body} &${n}; more words here.</p><p>(${n})</p></article></body></html>`).claims).toBeGreaterThan(0);
      expect(run('records.jsonl', JSON.stringify({ title: n, outlet: n, body }) + '\n').claims).toBeGreaterThan(0);
    }
  });

  it('a 5 MB subtitle file whose cues never end a sentence, and a 1 MB paragraph hard-wrapped at 70 columns, are read in bounded time', () => {
    const cues = Array.from({ length: 60_000 }, (_v, i) => `${i + 1}\n00:${String(Math.floor(i / 60) % 60).padStart(2, '0')}:${String(i % 60).padStart(2, '0')},000 --> 00:${String(Math.floor(i / 60) % 60).padStart(2, '0')}:${String(i % 60).padStart(2, '0')},900\nline ${i} of the segment said the mill closed on Friday\n`);
    const subtitles = run('segment.srt', cues.join('\n'));
    expect(subtitles.error).toMatch(/segment\.srt.*over the limit/u);
    expect(subtitles.ms).toBeLessThan(15000);
    const words = 'the mill in Leeds closed on Friday after a fire in its main hall and the company said '.repeat(12_000).split(' ');
    const lines: string[] = [];
    let line = '';
    for (const w of words) {
      if (line.length + w.length + 1 > 70) {
        lines.push(line);
        line = w;
      } else line = line === '' ? w : `${line} ${w}`;
    }
    lines.push(line);
    const text = `${lines.join('\n')}\n`;
    // Joined back into its one paragraph, a single sentence far past a claim's length: no claims, no error.
    expect(parseInput({ file: 'wrapped.txt', content: text })[0]!.body.includes('\n')).toBe(false);
    const wrapped = run('wrapped.txt', text);
    expect(wrapped).toMatchObject({ error: null, claims: 0 });
    expect(wrapped.ms).toBeLessThan(15000);
  });
});
