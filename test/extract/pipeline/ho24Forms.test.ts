import { extractFile } from '../support/extractText';

const body = (n: number): string =>
  Array.from({ length: n }, (_v, i) => `<div class="paragraph">Paragraph ${i + 1}: a series of explosions hit the weapons depot on the edge of the city, and residents said rockets rained down on nearby homes for hours.</div>`).join('\n');

describe('a publication stamp outside the text', () => {
  const page = (stamp: string): string => `<!DOCTYPE html><html><head><title>Blasts at militia depots | Example Eye</title></head><body>
    <main><article><h1>Blasts at militia depots</h1>
    <div class="node__meta"><div class="field-author">Staff and agencies</div><div class="field-published-date">${stamp}</div></div>
    <div class="share"><a href="#">Facebook</a> <a href="#">Twitter</a></div>
    <div class="field--name-body">${body(6)}</div></article></main>
    <section class="comments"><div class="comment"><span>Sam</span> <span>August 30, 2019 at 11:02 am</span><p>Nobody believes a word of it.</p></div></section>
    </body></html>`;

  it('dates the page when it says it is the publication’s ("Published date: …"); a bare date there does not', () => {
    expect(extractFile('a.html', page('Published date: 23 August 2019 10:02 UTC')).article.published).toBe('2019-08-23');
    expect(extractFile('b.html', page('Posted on August 24, 2019')).article.published).toBe('2019-08-24');
    expect(extractFile('c.html', page('Last update: 25 August 2019 20:47 UTC')).article.published).toBeNull();
  });
});

describe('an agency’s stamp line with the sections it was filed under', () => {
  const story = 'Thousands of residents fled their homes on Monday after the volcano spewed a column of ash 15 kilometers high, officials said.\n\nThe alert level was raised to 4 on a scale of 5 on Sunday night, the institute said.';
  it.each([
    ['after the agency’s name', 'KYODO NEWS - Jan 13, 2020 - 14:27 | World, All'],
    ['on a line of its own', 'Jan 13, 2020 - 14:27 | World, Asia'],
  ])('%s: dates the page and is no claim', (_how, line) => {
    const x = extractFile('v.txt', `Volcano spews ash, thousands flee\n\n${line}\n\n${story}\n`);
    expect(x.article.published).toBe('2020-01-13');
    expect(x.claims.some((c) => /14:27|World/u.test(c.text))).toBe(false);
    expect(x.claims.filter((c) => /residents fled|alert level/u.test(c.text))).toHaveLength(2);
  });
});

describe('the headline of a plain text', () => {
  const story = 'Rockets struck the airport on Monday evening, killing a civilian contractor and wounding nine people, officials said.\n\nA little-known group claimed the attack in a statement, the ministry said.';
  const headline = 'Civilian contractor killed as rockets hit the airport';
  const texts = (x: ReturnType<typeof extractFile>): string[] => x.claims.map((c) => c.text);

  it('repeated under the front matter’s title is the headline, no claim', () => {
    const x = extractFile('f.txt', `---\ntitle: ${headline}\npublished: 2021-02-16\n---\n\n${headline}\n\n${story}\n`);
    expect(texts(x).some((t) => t.includes('Civilian contractor killed'))).toBe(false);
    expect(texts(x).filter((t) => /Rockets struck|group claimed/u.test(t))).toHaveLength(2);
  });

  it('opening a bare text, under a masthead or over a stamp line, is the headline; the header line’s stays a line of the story', () => {
    for (const content of [`${headline}\n\n${story}\n`, `TIME\nWORLD\n\n${headline}\n\nBY ANN LEE\n\n${story}\n`, `${headline}\r\nKYODO NEWS - Feb 16, 2021 - 09:10\r\n\u00a0\r\n${story.replace(/\n/gu, '\r\n')}\r\n`]) {
      const x = extractFile('b.txt', content);
      expect(x.article.title).toBe(headline);
      expect(texts(x).some((t) => t.includes('Civilian contractor killed'))).toBe(false);
    }
    // The sample articles' header line: its headline is often the only copy of the lead.
    expect(texts(extractFile('h.txt', ` date 2021-02-16 ${headline}\n\n${story}\n`)).some((t) => t.includes('Civilian contractor killed'))).toBe(true);
    // A first line that ends as a sentence does is the story's.
    expect(texts(extractFile('s.txt', `Rockets hit the airport on Monday, killing a contractor.\n\n${story}\n`)).some((t) => t.startsWith('Rockets hit the airport'))).toBe(true);
  });
});

describe('a table of figures', () => {
  const lead = 'Accounts of the number of missiles fired at the two bases have varied widely between officials in Washington and Baghdad.';
  const after = 'The Pentagon said the attack caused no casualties among US troops at either of the bases in Iraq.';
  const rowOf = (x: ReturnType<typeof extractFile>, part: string) => x.claims.find((c) => c.text.includes(part));

  const expectRows = (x: ReturnType<typeof extractFile>): void => {
    const jocs = rowOf(x, 'Iraqi Joint Operations Command')!;
    expect(jocs.text).toBe('Source: Iraqi Joint Operations Command, Missiles fired: 22, Notes: 2 at Ain al-Asad did not explode.');
    // The row is the outlet's compilation, whole: no "Source" or "Reported casualties" speaks.
    expect(jocs).toMatchObject({ kind: 'assertion', speaker: null });
    expect(jocs.quantities[0]).toMatchObject({ value: 22, subject: 'missiles', predicate: 'fired' });
    expect(rowOf(x, 'Iranian state TV')!.text).toBe('Source: Iranian state TV, Missiles fired: 15, Notes: claimed 80 American terrorists killed.');
    // A cell alone ("22", "Source") is no paragraph of its own.
    expect(x.claims.some((c) => c.text === '22' || c.text === 'Source')).toBe(false);
    expect(rowOf(x, 'no casualties among US troops')).toBeDefined();
  };

  it('in HTML: a row per claim, each cell under its column’s heading', () => {
    const page = `<html><head><title>Missile counts vary</title><meta property="article:published_time" content="2020-01-08"></head><body><article>
      <p>${lead}</p>
      <table><tr><th>Source</th><th>Missiles fired</th><th>Notes</th></tr>
      <tr><td>Iraqi Joint Operations Command</td><td>22</td><td>2 at Ain al-Asad did not explode</td></tr>
      <tr><td>Iranian state TV</td><td>15</td><td>claimed 80 American terrorists killed</td></tr>
      <tr><td>Pentagon statement</td><td>—</td><td></td></tr></table>
      <p>${after}</p></article></body></html>`;
    const x = extractFile('t.html', page);
    expectRows(x);
    // A row with one cell that says something is no row of figures.
    expect(x.claims.some((c) => c.text.includes('Pentagon statement'))).toBe(false);
  });

  it('in Markdown: the same, from its pipes', () => {
    const md = `---\ntitle: Missile counts vary\npublished: 2020-01-08\n---\n\n${lead}\n\n| Source | Missiles fired | Notes |\n|---|:---:|---|\n| Iraqi Joint Operations Command | 22 | 2 at Ain al-Asad did not explode |\n| Iranian state TV | 15 | claimed 80 American terrorists killed |\n\n${after}\n`;
    expectRows(extractFile('t.md', md));
  });

  it('that lays a page out (an e-mail’s, cells holding paragraphs) is read as the page, not as rows', () => {
    const email = `<html><head><title>Roundup</title></head><body><table width="600"><tr><td><p>${lead}</p></td></tr><tr><td><p>${after}</p></td></tr></table></body></html>`;
    const x = extractFile('e.html', email);
    expect(x.claims.map((c) => c.text)).toEqual(expect.arrayContaining([expect.stringContaining('Accounts of the number'), expect.stringContaining('no casualties among US troops')]));
    expect(x.claims.some((c) => c.text.includes(':'))).toBe(false);
  });
});

describe('a count told on with a pronoun', () => {
  it('"Eleven of those hit Al Asad air base": wink’s noun "hit" is the verb', () => {
    const x = extractFile('m.txt', 'Iran launched 16 short-range ballistic missiles from three locations inside Iran. Eleven of those hit Al Asad air base. Four of them failed to reach their targets.\n');
    expect(x.claims.map((c) => c.text)).toContain('Eleven of those hit Al Asad air base.');
    // A noun "hit" stays a noun: no verb, no claim.
    expect(extractFile('n.txt', 'The hit on the budget from the strike on the oil plant.\n').claims).toHaveLength(0);
  });
});

describe('a gallery’s captions credited "(AA Photo)"', () => {
  it('are observations credited to the agency the short name stands for', () => {
    const figs = [
      ['Rescue workers search for survivors in a collapsed building in the city, Jan. 25, 2020.', 'AA Photo', 'Anadolu Agency'],
      ['A woman is carried on a stretcher after being pulled from the rubble by rescue teams.', 'DHA Photo', 'Demirören News Agency'],
      ['Residents warm themselves around a fire after spending the night outdoors.', 'İHA Photo', 'İhlas News Agency'],
    ];
    const page = `<html><head><title>Quake toll rises</title><meta property="article:published_time" content="2020-01-25"></head><body><article>
      ${body(4)}${figs.map(([t, c]) => `<figure><img src="x.jpg"><figcaption>${t} <span class="credit">(${c})</span></figcaption></figure>`).join('')}</article></body></html>`;
    const x = extractFile('g.html', page);
    for (const [t, , agency] of figs) {
      const c = x.claims.find((k) => k.text.startsWith(t!.slice(0, 30)))!;
      expect(c).toMatchObject({ kind: 'observation', credit: agency });
    }
  });
});

describe('a resolution a legislature adopted on a named day', () => {
  it('"Lawmakers on Sunday approved a resolution": the vote is Sunday’s, not the publication day’s', () => {
    const x = extractFile('v.json', JSON.stringify({
      title: 'Iraq votes to expel US troops',
      publishedAt: '2020-01-06T09:30:00Z',
      content: 'Iraq’s parliament voted to expel U.S. troops from the country, escalating a crisis over the killing of a general.\n\nLawmakers on Sunday approved a resolution asking the government to end the presence of all foreign troops on Iraqi soil.',
    }));
    for (const c of x.claims) expect(c.event).toMatchObject({ label: 'vote', date: '2020-01-05' });
    // Condemning a resolution on Monday is no vote on Monday.
    const y = extractFile('w.txt', ' date 2020-01-07 Iran condemns vote\n\nIran on Monday condemned the resolution, saying it was too weak.\n');
    expect(y.claims.every((c) => c.event?.label !== 'vote' || c.event.date !== '2020-01-06')).toBe(true);
  });
});
