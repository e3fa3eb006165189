import { extractFile } from '../support/extractText';
import { bylineLine } from '../../../src/extract/parse/bylineLine';
import { htmlMeta } from '../../../src/extract/parse/htmlMeta';

const body = (n: number): string =>
  Array.from({ length: n }, (_v, i) => `<p>Paragraph ${i + 1}: a series of explosions hit the weapons depot on the edge of the city, and residents said rockets rained down on nearby homes for hours.</p>`).join('\n');

describe('a byline block broken by <br>', () => {
  const page = `<!DOCTYPE html><html><head><title>Blasts at militia depots - Example Monitor</title>
    <link rel="canonical" href="https://example.org/pulse/2019/08/depots.html"></head><body>
    <div class="meta"><h1>Blasts at militia depots</h1>
    <p class="print-byline">Author: Karim Saleh<br>Posted August 23, 2019<br>Translator: Sara Haddad</p></div>
    <div class="article-body">${body(6)}</div></body></html>`;

  it('is read line by line: the author is the byline, the stamp dates the page, no line becomes a claim', () => {
    const x = extractFile('depots.html', page);
    expect(x.article.byline).toBe('By Karim Saleh');
    expect(x.article.published).toBe('2019-08-23');
    expect(x.claims.some((c) => /Posted|Translator|Saleh/u.test(c.text))).toBe(false);
  });
});

describe('a byline of one line', () => {
  it('keeps a label the block rule would drop: "Editor: Zhang Wei" is still the byline', () => {
    expect(bylineLine('Editor: Zhang Wei')).toBe('By Editor: Zhang Wei');
    expect(bylineLine('Author: Karim Saleh\nPosted August 23, 2019\nTranslator: Sara Haddad')).toBe('By Karim Saleh');
  });
});

describe('a print view', () => {
  it('its "Print:" label is no part of the headline', () => {
    expect(htmlMeta('<html><head><title>Print: Blasts at militia depots - Example Monitor</title></head><body></body></html>').title).toBe('Blasts at militia depots');
    expect(htmlMeta('<html><head><title>Printer-friendly version | Blasts at militia depots</title></head><body></body></html>').title).not.toMatch(/^Print/u);
  });

  it('a headline that starts with the word stays whole', () => {
    expect(htmlMeta('<html><head><title>Printing presses fall silent in Baghdad - Example</title></head><body></body></html>').title).toBe('Printing presses fall silent in Baghdad');
  });
});

describe('a Markdown page with no front matter', () => {
  it('is the site its trail\'s "Home" link names', () => {
    const md = '[Home](https://www.example-express.co.uk/) › [News](https://www.example-express.co.uk/news) › [World](https://www.example-express.co.uk/news/world)\n\n# Missiles hit two bases\n\nIran fired 22 missiles at two bases in Iraq early on Wednesday, the Iraqi military said.\n';
    expect(extractFile('express.md', md).article.outlet).toBe('example-express.co.uk');
  });

  it('a "Home" link further down the text is not its site', () => {
    const lines = Array.from({ length: 10 }, (_v, i) => `Paragraph ${i + 1} of the report says the strikes hit two bases in Iraq.`).join('\n\n');
    const md = `${lines}\n\n[Home](https://elsewhere.example.com/)\n`;
    expect(extractFile('late.md', md).article.outlet).toBeNull();
  });
});

describe('a byline with a dash after "By"', () => {
  it('"By — NewsHour Web Staff" is the byline, not the headline or a claim', () => {
    const x = extractFile('brief.txt', 'By — Example Web Staff\n\nDefense Secretary Mark Esper spoke to reporters at the Pentagon on Thursday, a day after the siege ended.\n\nHe said about 750 soldiers would deploy to Kuwait.');
    expect(x.article.byline).toBe('By — Example Web Staff');
    expect(x.article.title ?? '').not.toMatch(/^By/u);
    expect(x.claims.some((c) => c.text.includes('Web Staff'))).toBe(false);
  });

  it('"By: Jane Doe"', () => {
    const x = extractFile('by.txt', 'By: Jane Doe\n\nThe ministry said 12 people were wounded in the blast on Monday.');
    expect(x.article.byline).toBe('By: Jane Doe');
  });
});

describe('a newsletter', () => {
  it('its greeting and sign-off are no claims, an emoji before them or not', () => {
    const text = [
      'Good morning. Here\'s what you need to know before you start your Friday.',
      'The U.S. killed a senior Iranian commander in an airstrike at Baghdad airport last night, the Pentagon said.',
      '📬 Thanks for starting your day with us. Please invite your friends to sign up here.',
    ].join('\n\n');
    const texts = extractFile('am.txt', `---\npublished: 2020-01-03\n---\n\n${text}`).claims.map((c) => c.text);
    expect(texts.some((t) => /what you need to know|starting your day|invite your friends/u.test(t))).toBe(false);
    expect(texts.some((t) => t.includes('airstrike at Baghdad airport'))).toBe(true);
  });
});

describe('a timeline entry’s day', () => {
  it('is no speaker: "Jan. 2: Esper warns … and says …"', () => {
    const x = extractFile('tl.md', '---\npublished: 2020-01-03\n---\n\n6. **Jan. 2:** Defense Secretary Mark Esper warns "the game has changed" and says the U.S. may act preemptively.\n');
    const c = x.claims.find((k) => k.text.includes('act preemptively'))!;
    expect(c.speaker?.name).toBe('Mark Esper');
  });
});

describe('where a strike was ordered from', () => {
  it('is not where it happened: "ordered the strike from Mar-a-Lago"', () => {
    const x = extractFile('strike.txt', '---\npublished: 2020-01-03\n---\n\nThe U.S. killed Qassem Soleimani in an airstrike at Baghdad International Airport on Friday.\n\nPresident Trump ordered the strike from Mar-a-Lago, where he is spending the holidays.\n');
    const first = x.claims.find((k) => k.text.includes('Baghdad International Airport'))!;
    const second = x.claims.find((k) => k.text.includes('Mar-a-Lago'))!;
    expect(first.event).not.toBeNull();
    expect(second.event?.id).toBe(first.event?.id);
    expect(second.event?.place ?? '').not.toMatch(/Mar-a-Lago/u);
  });
});

describe('days of happenings in page forms of the batch', () => {
  it('"In the early evening of Aug. 12, the residents of … heard … explosions": the day opens the sentence', () => {
    const x = extractFile('blasts.txt', '---\npublished: 2019-08-23\n---\n\nIn the early evening of Aug. 12, the residents of Baghdad\'s southern Doura district heard the first of a series of explosions at the al-Saqr military base.\n');
    expect(x.claims[0]!.event?.date).toBe('2019-08-12');
  });

  it('"Iran has fired 22 ballistic missiles at …" after a photo, its caption and a list of key points is the day\'s news', () => {
    const md = [
      '---', 'published: 2020-01-08', '---', '',
      '![Missile launch](https://example.com/a.jpg)', 'Footage on state TV appears to show missiles being launched towards Iraq (Image: IRIB)', '',
      '### What we know', '',
      '- The Guards say they launched missiles at two bases', '- The Iraqi military says 22 missiles were fired', '- State TV claims 80 soldiers died', '- The US says no troops were killed', '- Trump tweets that all is well', '',
      'Iran has fired 22 ballistic missiles at two military bases in Iraq that house American and coalition forces, in what Tehran calls its revenge.',
    ].join('\n');
    const c = extractFile('express.md', md).claims.find((k) => k.text.includes('has fired 22 ballistic missiles'))!;
    expect(c.event?.date).toBe('2020-01-08');
  });

  it('a live page\'s entry that tells "several rockets have struck …" is that day\'s news, however far down', () => {
    const entries = Array.from({ length: 12 }, (_v, i) => `${12 - i}:05am\n\nOfficials in several capitals reacted to the crisis in statement number ${i + 1}, diplomats said.`).join('\n\n');
    const text = `---\npublished: 2020-01-08\n---\n\n${entries}\n\n0:12am\n\nWe are receiving reports that several rockets have struck Ain al-Asad air base in western Anbar province.\n`;
    const c = extractFile('live.md', text).claims.find((k) => k.text.includes('several rockets have struck'))!;
    expect(c.event?.date).toBe('2020-01-08');
  });
});

describe('appeals, disclosures and a live page\'s notes', () => {
  it.each([
    'Thank you for supporting our journalism.',
    'Receive daily email updates: Subscribe to the Example Daily.',
    'Our fact-check work is supported in part by a grant from a technology company.',
    'The Example Mail publishes Reuters content as provided.',
    'Our reporters in Baghdad, Erbil and Washington will continue to follow events.',
    'January 8, 2020 Last updated: 9:05pm GST',
  ])('"%s" is no claim', (line) => {
    const x = extractFile('notes.txt', `---\npublished: 2020-01-08\n---\n\nIran fired 22 missiles at two bases in Iraq early on Wednesday, the Iraqi military said.\n\n${line}\n`);
    expect(x.claims.map((c) => c.text)).toHaveLength(1);
  });
});
