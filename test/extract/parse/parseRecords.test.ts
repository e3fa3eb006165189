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
      'c.jsonl:4: a record needs a text field ("text", "body", "content", "bodyText", …) or an "html" field',
      'c.jsonl:6: a record must be a JSON object',
    ]);
    expect(r.errors.every((e) => e.code === 'BAD_INPUT' && e.details.file === 'c.jsonl')).toBe(true);
    expect(r.records.map((x) => ('article' in x ? 'ok' : 'error'))).toEqual(['ok', 'error', 'error', 'ok', 'error']);
    // parseInput keeps the good records too.
    expect(parseInput({ file: 'c.jsonl', content }).map((a) => a.body)).toEqual(['First.', 'Fourth.']);
  });

  it('throws BAD_INPUT naming the file when no record is good', () => {
    expect(() => parseInput({ file: 'd.jsonl', content: '{bad}\n{"title":"x"}\n' })).toThrow(/^d\.jsonl:1: malformed JSON/);
    expect(() => parseInput({ file: 'e.json', content: '{"title":"x","url":"y"}' })).toThrow('e.json: a record needs a text field ("text", "body", "content", "bodyText", …) or an "html" field');
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

describe('news APIs\' own shapes', () => {
  const para = (s: string): string => `<p>${s}</p>`;

  it("the Guardian's Content API: one item's response.content, its fields merged, the HTML body read as paragraphs", () => {
    const answer = {
      response: {
        status: 'ok',
        userTier: 'developer',
        total: 1,
        content: {
          id: 'world/2020/jan/03/x',
          type: 'article',
          sectionName: 'World news',
          webPublicationDate: '2020-01-03T08:42:00Z',
          webTitle: 'Mill closes after fire',
          webUrl: 'https://www.theguardian.com/world/2020/jan/03/x',
          fields: {
            headline: 'Mill closes after fire',
            byline: 'Ann Lee in Leeds',
            main: '<figure>photo</figure>',
            body: para('The mill closed on Friday, the company said.') + para('Its 300 workers were told on Thursday.'),
            bodyText: 'The mill closed on Friday, the company said. Its 300 workers were told on Thursday.',
          },
        },
      },
    };
    const [a] = parseInput({ file: 'g.json', content: JSON.stringify(answer) });
    expect(a).toMatchObject({ url: 'https://www.theguardian.com/world/2020/jan/03/x', published: '2020-01-03T08:42:00Z', title: 'Mill closes after fire', format: 'json' });
    expect(a!.body).toBe('By Ann Lee in Leeds\n\nThe mill closed on Friday, the company said.\n\nIts 300 workers were told on Thursday.');
    // Without the HTML body, its bodyText.
    const { body: _html, ...textOnly } = answer.response.content.fields;
    const [b] = parseInput({ file: 'g2.json', content: JSON.stringify({ response: { ...answer.response, content: { ...answer.response.content, fields: textOnly } } }) });
    expect(b!.body).toBe('By Ann Lee in Leeds\n\nThe mill closed on Friday, the company said. Its 300 workers were told on Thursday.');
  });

  it("a search answer's list (the Guardian's response.results, the Times's response.docs) gives one article per record", () => {
    const guardian = { response: { status: 'ok', results: [{ webTitle: 'One', webUrl: 'https://g.example/1', fields: { bodyText: 'First.' } }, { webTitle: 'Two', fields: { bodyText: 'Second.' } }] } };
    expect(parseInput({ file: 's.json', content: JSON.stringify(guardian) }).map((a) => [a.title, a.body])).toEqual([['One', 'First.'], ['Two', 'Second.']]);
    const times = {
      status: 'OK',
      response: {
        docs: [
          {
            web_url: 'https://www.nytimes.com/2020/01/02/world/x.html',
            headline: { main: 'Mill Closes After Fire', print_headline: 'Mill Closes' },
            byline: { original: 'By Ann Lee', person: [{ firstname: 'Ann' }] },
            pub_date: '2020-01-02T22:14:00+0000',
            source: 'The New York Times',
            abstract: 'A fire closed the mill.',
            lead_paragraph: 'The mill closed on Friday after a fire, the company said.',
          },
        ],
      },
    };
    const [t] = parseInput({ file: 't.json', content: JSON.stringify(times) });
    expect(t).toMatchObject({ url: 'https://www.nytimes.com/2020/01/02/world/x.html', title: 'Mill Closes After Fire', outlet: 'The New York Times', published: '2020-01-02T22:14:00+00:00' });
    expect(t!.body).toBe('By Ann Lee\n\nThe mill closed on Friday after a fire, the company said.');
  });

  it("WordPress's REST API ({rendered} fields), a JSON Feed's items, Elasticsearch hits", () => {
    const wp = [{ id: 9, date: '2020-01-03T10:00:00', link: 'https://wp.example/x', title: { rendered: 'Mill closes' }, content: { rendered: para('The mill closed.') + para('Workers left.'), protected: false } }];
    const [w] = parseInput({ file: 'wp.json', content: JSON.stringify(wp) });
    expect(w).toMatchObject({ url: 'https://wp.example/x', title: 'Mill closes', published: '2020-01-03T10:00:00' });
    expect(w!.body).toBe('The mill closed.\n\nWorkers left.');
    const feed = { version: 'https://jsonfeed.org/version/1.1', title: 'The Ledger', items: [{ id: '1', url: 'https://ledger.example/1', title: 'Mill closes', content_html: para('The mill closed.'), date_published: '2020-01-03T10:00:00Z', authors: [{ name: 'Ann Lee' }] }] };
    const [f] = parseInput({ file: 'feed.json', content: JSON.stringify(feed) });
    expect(f).toMatchObject({ url: 'https://ledger.example/1', title: 'Mill closes', published: '2020-01-03T10:00:00Z' });
    expect(f!.body).toBe('By Ann Lee\n\nThe mill closed.');
    const es = { took: 3, hits: { total: { value: 1 }, hits: [{ _index: 'news', _id: 'a', _source: { title: 'Mill closes', text: 'The mill closed.' } }] } };
    expect(parseInput({ file: 'es.json', content: JSON.stringify(es) }).map((a) => a.body)).toEqual(['The mill closed.']);
  });

  it("a record's own list (tags, gallery items) does not make it an envelope; an API's error answer is reported as one", () => {
    const [a] = parseInput({ file: 'r.json', content: JSON.stringify({ title: 'T', text: 'The mill closed.', items: [{ title: 'photo' }] }) });
    expect(a!.body).toBe('The mill closed.');
    expect(() => parseInput({ file: 'err.json', content: JSON.stringify({ status: 'error', code: 'apiKeyInvalid', message: 'Your API key is invalid.' }) })).toThrow(
      'err.json: a news API\'s error answer, not articles ("Your API key is invalid.")',
    );
    expect(() => parseInput({ file: 'err2.json', content: JSON.stringify({ response: { status: 'error', message: 'The requested resource could not be found.' } }) })).toThrow(/err2\.json: a news API's error answer/);
  });
});

describe("Arc XP's ANS stories", () => {
  const story = {
    _id: 'ABC',
    type: 'story',
    canonical_url: '/world/2020/01/01/mill-closes/',
    headlines: { basic: 'Mill closes after fire', meta_title: 'Mill closes' },
    credits: { by: [{ type: 'author', name: 'Ann Lee' }, { type: 'author', name: 'Bo Kim' }] },
    created_date: '2019-12-31T23:40:02.110Z',
    first_publish_date: '2020-01-01T09:12:44.573Z',
    display_date: '2020-01-01T20:31:07.201Z',
    distributor: { name: 'The Ledger', category: 'staff' },
    content_elements: [
      { type: 'text', content: 'LEEDS — The mill closed on Friday after a fire, the company said. <a href="https://x.example">Its statement</a> gave no cause.' },
      { type: 'header', content: 'What the workers were told', level: 3 },
      { type: 'image', caption: 'Firefighters outside the mill on Friday.', credits: { by: [{ name: 'Tom Hart/The Ledger' }] } },
      { type: 'oembed_response', subtype: 'twitter', raw_oembed: { html: '<blockquote class="twitter-tweet"><p>We will rebuild.</p>&mdash; Mill Co (@millco) January 1, 2020</blockquote><script async src="https://platform.twitter.com/widgets.js"></script>' } },
      { type: 'correction', correction_type: 'correction', text: 'An earlier version of this article gave the wrong day for the fire.' },
    ],
  };

  it('its elements are the text, its headline, authors, first publication and distributor the metadata', () => {
    const [a] = parseInput({ file: 'ans.json', content: JSON.stringify(story) });
    expect(a).toMatchObject({ title: 'Mill closes after fire', outlet: 'The Ledger', published: '2020-01-01T09:12:44Z' });
    const paragraphs = a!.body.split('\n\n');
    expect(paragraphs[0]).toBe('By Ann Lee and Bo Kim');
    expect(paragraphs).toContain('LEEDS — The mill closed on Friday after a fire, the company said. Its statement gave no cause.');
    expect(paragraphs).toContain('What the workers were told');
    expect(paragraphs).toContain('Firefighters outside the mill on Friday. (Tom Hart/The Ledger)');
    expect(paragraphs.some((p) => p.startsWith('We will rebuild.'))).toBe(true);
    expect(paragraphs).toContain('Correction: An earlier version of this article gave the wrong day for the fire.');
    expect(a!.body).not.toContain('widgets.js');
  });

  it("a headline's entities are decoded (WordPress's title.rendered)", () => {
    const [a] = parseInput({ file: 'wp.json', content: JSON.stringify({ title: { rendered: 'Iran&#8217;s leader &amp; the &#8216;BIG PRICE&#8217;' }, content: { rendered: '<p>The leader replied.</p>' } }) });
    expect(a!.title).toBe('Iran’s leader & the ‘BIG PRICE’');
  });
});
