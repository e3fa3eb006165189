import { parseInput, parseInputDetailed } from '../../../src/extract/parseInput';

describe('JSON and JSON Lines', () => {
  it('reads one JSON record with text', () => {
    const [a] = parseInput({ file: 'a.json', content: JSON.stringify({ url: 'https://x.org/a', outlet: 'Reuters', published: '2019-12-31', title: 'T', text: 'Body.\r\nMore.' }) });
    expect(a).toEqual({ file: 'a.json', url: 'https://x.org/a', outlet: 'Reuters', published: '2019-12-31', title: 'T', format: 'json', body: 'Body.\nMore.' });
  });

  it('reads the other names feeds give their fields, and the byline or author as a "By" line', () => {
    const [a] = parseInput({ file: 'f.json', content: JSON.stringify({ source: 'The Ledger', link: 'https://ledger.example/a', headline: 'Mill closes', date: '2021-04-02T10:00:00Z', byline: 'Ann Lee in Leeds', tags: ['x'], text: 'The mill closed on Friday.' }) });
    expect(a).toMatchObject({ outlet: 'The Ledger', url: 'https://ledger.example/a', title: 'Mill closes', published: '2021-04-02T10:00:00Z', body: 'By Ann Lee in Leeds\n\nThe mill closed on Friday.' });
    const [b] = parseInput({ file: 'g.json', content: JSON.stringify({ title: 'T', author: ['Ann Lee', 'Bo Kim'], text: 'By Ann Lee and Bo Kim\n\nThe mill closed.' }) });
    expect(b!.body).toBe('By Ann Lee and Bo Kim\n\nThe mill closed.');
    // A byline printed bare on its own line becomes the "By" line, in place.
    const [c] = parseInput({ file: 'h.json', content: JSON.stringify({ title: 'T', author: 'Leeds - Ann Lee', text: 'Mill closes\n\nLeeds - Ann Lee\n\nThe mill closed.' }) });
    expect(c!.body).toBe('Mill closes\n\nBy Leeds - Ann Lee\n\nThe mill closed.');
    // A field of another name that is no text is passed over, not refused.
    const [d] = parseInput({ file: 'i.json', content: JSON.stringify({ title: 'T', source: { id: 7 }, text: 'The mill closed.' }) });
    expect(d).toMatchObject({ outlet: null, body: 'The mill closed.' });
  });

  it('reads a NewsAPI record: the source object\'s name is the outlet, and the "[+N chars]" cut mark is dropped', () => {
    const rec = {
      source: { id: 'reuters', name: 'Reuters' },
      author: 'Ann Lee',
      title: 'Mill closes',
      description: 'The mill closed.',
      url: 'https://ledger.example/a',
      publishedAt: '2020-01-06T09:30:00Z',
      content: 'The mill closed on Friday, the company said. Its 300 workers were told on Thursday… [+2113 chars]',
    };
    const [a] = parseInput({ file: 'n.json', content: JSON.stringify(rec) });
    expect(a).toMatchObject({ outlet: 'Reuters', url: 'https://ledger.example/a', published: '2020-01-06T09:30:00Z', title: 'Mill closes' });
    expect(a!.body).toBe('By Ann Lee\n\nThe mill closed on Friday, the company said. Its 300 workers were told on Thursday');
    // A record of nothing but the cut mark is empty, refused as such.
    expect(() => parseInput({ file: 'm.json', content: JSON.stringify({ ...rec, author: null, content: '  [+200 chars]' }) })).toThrow('m.json: empty (field "content" has no text)');
  });

  it('reads an array of records, and an html record through the HTML reader', () => {
    const records = [
      { title: 'First', text: 'First body.' },
      { url: 'https://x.org/b', html: '<html><head><title>Page title</title></head><body><p>Second body from HTML.</p></body></html>' },
    ];
    const out = parseInput({ file: 'b.json', content: JSON.stringify(records) });
    expect(out.map((a) => a.body)).toEqual(['First body.', 'Second body from HTML.']);
    expect(out[1]).toMatchObject({ url: 'https://x.org/b', title: 'Page title', format: 'json' });
  });

  it('JSON Lines: a bad line is reported with its line number and the good ones are kept', () => {
    const content = ['{"title":"one","text":"First."}', '', '{"title": "broken"', '{"title":"no text"}', '{"text":"Fourth.","published":"December 27, 2019"}', '[1,2]'].join('\n');
    const r = parseInputDetailed({ file: 'c.jsonl', content });
    expect(r.format).toBe('jsonl');
    expect(r.articles.map((a) => a.body)).toEqual(['First.', 'Fourth.']);
    expect(r.articles[1]!.published).toBe('2019-12-27');
    expect(r.errors.map((e) => e.message)).toEqual([
      expect.stringMatching(/^c\.jsonl:3: malformed JSON/),
      'c.jsonl:4: a record needs a "text" or "html" field',
      'c.jsonl:6: a record must be a JSON object',
    ]);
    expect(r.errors.every((e) => e.code === 'BAD_INPUT' && e.details.file === 'c.jsonl')).toBe(true);
    expect(r.records.map((x) => ('article' in x ? 'ok' : 'error'))).toEqual(['ok', 'error', 'error', 'ok', 'error']);
    // parseInput keeps the good records too.
    expect(parseInput({ file: 'c.jsonl', content }).map((a) => a.body)).toEqual(['First.', 'Fourth.']);
  });

  it('throws BAD_INPUT naming the file when no record is good', () => {
    expect(() => parseInput({ file: 'd.jsonl', content: '{bad}\n{"title":"x"}\n' })).toThrow(/^d\.jsonl:1: malformed JSON/);
    expect(() => parseInput({ file: 'e.json', content: '{"title":"x","url":"y"}' })).toThrow('e.json: a record needs a "text" or "html" field');
    expect(() => parseInput({ file: 'f.json', content: '{"text": "unterminated' })).toThrow(/^f\.json: malformed JSON/);
    expect(() => parseInput({ file: 'g.json', content: '{"text": "   "}' })).toThrow('g.json: empty (field "text" has no text)');
    expect(() => parseInput({ file: 'h.json', content: '{"text": "x", "title": 5}' })).toThrow('h.json: field "title" must be a string');
    expect(() => parseInput({ file: 'i.json', content: '[]' })).toThrow(/i\.json: empty/);
  });
});

describe('markup in a text field', () => {
  it('"body": "<p>…</p><p>…</p>" is read as HTML, the record\'s own fields kept', () => {
    const [a] = parseInput({ file: 'c.jsonl', content: JSON.stringify({ outlet: 'Arab News', title: 'T', body: '<p>BAGHDAD: Supporters withdrew on Wednesday.</p><p>“We burned their embassy,” one protester said.</p>' }) });
    expect(a!.body).toBe('BAGHDAD: Supporters withdrew on Wednesday.\n\n“We burned their embassy,” one protester said.');
    expect(a).toMatchObject({ outlet: 'Arab News', title: 'T' });
  });

  it('a text with a lone "<" or "a < b" stays text', () => {
    const [a] = parseInput({ file: 'd.json', content: JSON.stringify({ text: 'Prices rose where x < 5 and y > 3.' }) });
    expect(a!.body).toBe('Prices rose where x < 5 and y > 3.');
  });
});
