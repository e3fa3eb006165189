import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseInput, parseInputDetailed } from '../../../src/extract/parseInput';
import { extractArticle } from '../../../src/extract/extractArticle';
import { quotedPrintableBytes, decodeWords, parseMime } from '../../../src/extract/parse/mimeMessage';
import { xmlRoot, xmlText } from '../../../src/extract/parse/xmlTree';
import { claimWith } from '../support/extractText';

const dir = path.join(__dirname, 'deliveries');
const read = (name: string): string => readFileSync(path.join(dir, name), 'utf8');
const articles = (name: string, content = read(name)) => parseInput({ file: name, content });
const extractions = (name: string) => articles(name).map((a) => extractArticle(a));

describe('news delivered as XML', () => {
  it('reads every item of an RSS feed: full text from content:encoded, escaped HTML descriptions, the feed names the outlet', () => {
    const [story, brief] = articles('feed.xml');
    expect(story).toMatchObject({
      url: 'https://www.canberratimes.com.au/story/6560001/iraq-condemns-us-strikes/',
      outlet: 'The Canberra Times',
      // The offset is kept: the page's own day (Monday evening in Canberra).
      published: '2019-12-30T21:40:00+11:00',
      title: 'Iraq\u2019s prime minister condemns US strikes on militia bases',
      format: 'xml',
    });
    expect(story!.body).toContain('By Jane Whitfield');
    expect(story!.body).toContain('"This is an unacceptable vicious assault');
    expect(story!.body).not.toContain('caretaker prime minister has condemned the strikes.');
    expect(brief).toMatchObject({ title: 'Bushwalkers warned of heat', outlet: 'The Canberra Times' });
    expect(brief!.body).toBe('Walkers were told to carry three litres of water, the park service said.');
    const [x] = extractions('feed.xml');
    expect(claimWith(x!.claims, 'unacceptable vicious assault').kind).toBe('quote');
    expect(x!.article.byline).toBe('By Jane Whitfield');
  });

  it('reads an Atom entry whose content is XHTML', () => {
    const [a] = articles('entry.atom');
    expect(a).toMatchObject({ url: 'https://www.lawfaremedia.org/article/legal-basis-soleimani-strike', outlet: 'Lawfare', published: '2020-01-04T09:30:00-05:00' });
    expect(a!.body).toContain('disrupted an imminent attack on Americans');
    const [x] = extractions('entry.atom');
    expect(claimWith(x!.claims, 'imminent attack').speaker?.name).toBe('Mike Pompeo');
  });

  it('reads an NITF wire story: headline, byline, dateline before the text, tagline kept, the agency as outlet', () => {
    const [a] = articles('story.nitf');
    expect(a).toMatchObject({ title: 'Protesters storm US Embassy compound in Baghdad', outlet: 'The Associated Press', published: '2019-12-31T16:15:00Z' });
    expect(a!.body).toMatch(/^By QASSIM ABDUL-ZAHRA\n\nBAGHDAD \(AP\) \u2014 Hundreds of angry/u);
    expect(a!.body).toContain('Lolita C. Baldor in Washington contributed to this report.');
    const [x] = extractions('story.nitf');
    expect(x!.article.credits).toContain('Associated Press');
    expect(claimWith(x!.claims, 'flames rising').kind).toBe('observation');
    expect(x!.claims.some((c) => c.text.includes('contributed to this report'))).toBe(false);
  });

  it('reads a NewsML-G2 item in a news message: the provider, first creation and the XHTML body', () => {
    const [a] = articles('newsml.xml');
    expect(a).toMatchObject({ title: 'Iran fires missiles at US forces in Iraq', outlet: 'Reuters', published: '2020-01-08T01:55:00Z' });
    expect(a!.body).toContain('BAGHDAD (Reuters) - Iran fired more than a dozen');
    const [x] = extractions('newsml.xml');
    expect(x!.article.credits).toEqual(['Reuters']);
    expect(claimWith(x!.claims, '22 missiles').quantities[0]).toMatchObject({ value: 22 });
  });

  it('sends an XHTML page saved as .xml to the HTML reader', () => {
    const [a] = articles('page.xml', '<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"><head><title>Hi</title></head><body><article><p>The embassy said on Tuesday that its staff were safe and accounted for.</p></article></body></html>');
    expect(a!.format).toBe('html');
    expect(a!.body).toContain('staff were safe');
  });

  it('refuses what is not a delivery, and reports an item without text by its number while the others go on', () => {
    expect(() => articles('sitemap.xml', '<?xml version="1.0"?><urlset><url><loc>https://x.org/</loc></url></urlset>')).toThrow(/sitemap\.xml: XML of an unknown kind \(<urlset>\)/);
    expect(() => articles('empty.xml', '<rss version="2.0"><channel><title>T</title></channel></rss>')).toThrow(/empty\.xml: empty \(a feed without items\)/);
    expect(() => articles('bad.xml', '<?xml version="1.0"?>')).toThrow(/bad\.xml: malformed XML/);
    const r = parseInputDetailed({
      file: 'two.xml',
      content: '<rss><channel><item><title>No text</title></item><item><title>T</title><description>The ministry said 12 people were hurt in the blast.</description></item></channel></rss>',
    });
    expect(r.articles).toHaveLength(1);
    expect(r.errors[0]!.message).toBe('two.xml record 1: empty (no content:encoded or description)');
  });

  it('reads hostile XML in bounded time: deep nesting, an unclosed CDATA, an unterminated tag', () => {
    const deep = '<rss><channel><item><description>' + '<x>'.repeat(100_000) + 'The army said 3 soldiers died.' + '</x>'.repeat(100_000) + '</description></item></channel></rss>';
    const t0 = Date.now();
    expect(xmlText(xmlRoot(deep))).toContain('3 soldiers died');
    expect(() => articles('deep.xml', deep)).not.toThrow();
    expect(articles('cdata.xml', '<rss><channel><item><description><![CDATA[<p>The police said 4 people were arrested.</p>')[0]!.body).toContain('4 people were arrested');
    expect(() => articles('cut.xml', '<rss><channel><item><description a="1')).toThrow(/cut\.xml/);
    // A megabyte attribute name, and many small declarations (each once searched the rest of the file).
    expect(xmlRoot(`<rss ${'a'.repeat(1_000_000)}><channel/></rss>`)!.local).toBe('rss');
    expect(() => articles('decl.xml', '<!x>'.repeat(300_000))).toThrow(/decl\.xml: malformed XML/);
    expect(Date.now() - t0).toBeLessThan(10_000);
  });
});

describe('news delivered by mail, and pages saved as one file', () => {
  it('reads a newsletter from its plain-text part: quoted-printable and encoded subject undone, the sender names the outlet', () => {
    const [a] = articles('brief.eml');
    expect(a).toMatchObject({ title: 'Embassy siege ends; caf\u00e9s brace', published: '2020-01-02T06:30:00-05:00', outlet: 'Military Times', format: 'text' });
    expect(a!.body).toContain('chanting \u201cDown, Down USA\u201d.');
    expect(a!.body).toContain('2. Caf\u00e9 owners in Erbil brace for a slow winter');
    expect(a!.headings).toEqual(['1. Embassy siege ends', '2. Caf\u00e9 owners in Erbil brace for a slow winter']);
    const [x] = extractions('brief.eml');
    const texts = x!.claims.map((c) => c.text);
    expect(texts.some((t) => /premium briefing|Unsubscribe|VIEW IN BROWSER|slow winter/u.test(t))).toBe(false);
    expect(claimWith(x!.claims, 'about 750 soldiers').speaker?.name).toBe('Mark Esper');
  });

  it('reads the message a forward carries: its own date, subject and sender, without the forwarder\u2019s note', () => {
    const [a] = articles('fwd.eml');
    expect(a!.title).toBe('Statement on the strike at Baghdad International Airport');
    expect(a!.published).toMatch(/^2020-01-03T06:45/u);
    expect(a!.body).not.toContain('10am meeting');
    expect(a!.body.startsWith('The State Department said on Friday')).toBe(true);
    expect(a!.home).toBe('https://example.gov/');
  });

  it('reads a page saved as MHTML: the HTML part, its address and its own date, not the day it was saved', () => {
    const [a] = articles('page.mhtml');
    expect(a).toMatchObject({ url: 'https://www.irishexaminer.com/world/arid-30974512.html', outlet: 'Irish Examiner', published: '2020-01-03T12:10:00+00:00', format: 'html' });
    expect(a!.body).toContain('Iran\u2019s supreme leader Ayatollah Ali Khamenei vowed \u201csevere revenge\u201d');
    expect(a!.body).not.toMatch(/font-family|iVBOR/u);
  });

  it('finds a message by its headers when the file has no telling name', () => {
    const [a] = parseInput({ file: 'message', content: read('brief.eml') });
    expect(a!.title).toBe('Embassy siege ends; caf\u00e9s brace');
  });

  it('undoes quoted-printable, encoded words and charsets', () => {
    expect(Buffer.from(quotedPrintableBytes('Iran=E2=80=99s=\n missiles=3D22')).toString('utf8')).toBe('Iran\u2019s missiles=22');
    expect(decodeWords('=?UTF-8?Q?Caf=C3=A9_owners?= =?utf-8?B?4oCcZG93buKAnQ==?=')).toBe('Caf\u00e9 owners\u201cdown\u201d');
    const latin = 'Content-Type: text/plain; charset=iso-8859-1\nContent-Transfer-Encoding: quoted-printable\nMIME-Version: 1.0\n\nCaf=E9 cr=E8me';
    expect(parseMime(latin).parts[0]!.text).toBe('Caf\u00e9 cr\u00e8me');
  });

  it('refuses a message with nothing to read and survives broken MIME', () => {
    const noText = 'From: a@b.org\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=z\n\n--z\nContent-Type: image/png\nContent-Transfer-Encoding: base64\n\niVBORw0KGgo=\n--z--\n';
    expect(() => articles('photo.eml', noText)).toThrow(/photo\.eml: empty \(an e-mail without a text or HTML part\)/);
    // Base64 that is not base64 would decode to noise: refused, not read as a text of garbage.
    const noise = 'From: a@b.org\nMIME-Version: 1.0\nContent-Type: text/plain\nContent-Transfer-Encoding: base64\n\n!!!not base64!!!\n';
    expect(() => articles('noise.eml', noise)).toThrow(/noise\.eml: malformed e-mail \(a text part's base64 does not decode\)/);
    const unclosed = 'From: desk@reuters.com\nSubject: Alert\nMIME-Version: 1.0\nContent-Type: multipart/alternative; boundary=q\n\n--q\nContent-Type: text/plain\n\nThe ministry said 40 people were hurt in the crush.\n';
    expect(articles('unclosed.eml', unclosed)[0]!.body).toContain('40 people were hurt');
    expect(() => articles('page.mhtml', 'From: <Saved by Blink>\nSnapshot-Content-Location: https://x.org/\nMIME-Version: 1.0\nContent-Type: multipart/related; boundary=b\n\n--b\nContent-Type: text/css\n\nbody{}\n--b--\n')).toThrow(/page\.mhtml: empty \(a saved page without an HTML part\)/);
  });
});

describe('texts a page or an API keeps out of sight', () => {
  it('reads a JSON-LD document: the article of its @graph, its main entity as the address', () => {
    const [a] = articles('article.jsonld');
    expect(a).toMatchObject({
      url: 'https://www.premiumtimesng.example/foreign/370001-iran-strikes.html',
      outlet: 'Premium Times',
      published: '2020-01-08T14:20:00+01:00',
      title: 'Iran strikes US bases in Iraq, says \u2018no casualties\u2019 claim is false',
    });
    expect(a!.body).toContain('80 \u201cAmerican terrorists\u201d were killed');
  });

  it('prefers a full copy of the text to a news API\u2019s cut one', () => {
    const [a] = articles('newsapi.json');
    expect(a!.body).not.toContain('[+2211 chars]');
    expect(a!.body).toContain('said Captain Bill Urban, a spokesman for US Central Command.');
  });

  it('reads a script-rendered live blog from its JSON-LD updates, each headline a subhead', () => {
    const [a] = articles('liveld.html');
    expect(a!.body).not.toMatch(/Loading live updates|enable JavaScript/u);
    expect(a!.subheads).toEqual(['Trump: \'All is well!\'', 'Canadian troops safe, minister says', 'Missiles hit Ain al-Asad']);
    const x = extractArticle(a!);
    expect(claimWith(x.claims, 'Canadian soldiers').speaker?.name).toBe('Harjit Sajjan');
    expect(x.claims.some((c) => c.text.includes('Missiles hit Ain al-Asad'))).toBe(false);
  });

  it('reads a hostile JSON-LD body in bounded time (800 KB of unclosed "<p")', () => {
    const html = `<html><head><script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', articleBody: '<p'.repeat(400_000) })}</script></head><body><p>The ministry said 12 people were hurt when the roof of the market collapsed.</p></body></html>`;
    const t0 = Date.now();
    expect(() => articles('ld.html', html)).not.toThrow();
    expect(Date.now() - t0).toBeLessThan(10_000);
  });

  it('keeps the page\u2019s own text when it shows the article (JSON-LD repeating it changes nothing)', () => {
    const body = 'The ministry said on Monday that 12 people were hurt when the roof of the market collapsed in the storm.';
    const html = `<html><head><script type="application/ld+json">{"@type":"NewsArticle","articleBody":"${body} Officials gave no other details."}</script></head><body><article><h1>Roof falls</h1><p>${body}</p><p>Officials gave no other details.</p></article></body></html>`;
    const [a] = articles('page.html', html);
    // The page's own paragraphs, not the JSON-LD's one block.
    expect(a!.body.split('\n\n').slice(-2)).toEqual([body, 'Officials gave no other details.']);
  });
});


describe('who sent it, as feeds and mail name it', () => {
  it('reads the channel\u2019s own link past an atom:link, and a feed title that spells the host with a word more', () => {
    const feed = '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel><title>Daily Herald Nigeria</title><atom:link href="https://dailyheraldng.example/feed" rel="self"/><link>https://dailyheraldng.example</link>'
      + '<item><title>T</title><link>https://dailyheraldng.example/a.html</link><description>The agency said 12 people died in the flood on Monday.</description></item></channel></rss>';
    expect(articles('f.xml', feed)[0]!.outlet).toBe('Daily Herald Nigeria');
    const atom = '<feed xmlns="http://www.w3.org/2005/Atom"><title>The Ledger \u2013 Articles (UK)</title><link rel="alternate" href="https://theledger.example/uk"/><link rel="self" href="https://theledger.example/uk/articles.atom"/>'
      + '<entry><title>T</title><content type="html">&lt;p&gt;The agency said 12 people died in the flood on Monday.&lt;/p&gt;</content></entry></feed>';
    expect(articles('f.atom', atom)[0]!.outlet).toBe('The Ledger');
  });

  it('names a NewsML item by its credit line where the provider is only an address', () => {
    const item = read('newsml.xml').replace('<provider qcode="nprov:REUTERS"/>', '<provider literal="reuters.com"/>');
    expect(articles('n.xml', item)[0]!.outlet).toBe('Reuters');
  });

  it('names a sender whose domain is short by its display name, and reads a forwarded release by its own subject', () => {
    const mail = 'From: "FT FirstFT" <firstft@news-alerts.ft.example>\nSubject: FirstFT: top stories\nDate: Mon, 06 Jan 2020 06:02:11 +0000\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\nIraq\u2019s parliament voted on Sunday to expel foreign troops, lawmakers said.\n';
    expect(articles('ft.eml', mail)[0]).toMatchObject({ outlet: 'FT', home: 'https://ft.example/' });
    const fwd = 'From: An Editor <ed@paper.example>\nSubject: Fwd: PRESS RELEASE: Acme opens plant\nDate: Thu, 16 Jan 2020 18:21:40 +0000\nMIME-Version: 1.0\nContent-Type: text/plain\n\nCan you write this up?\n\n---------- Forwarded message ---------\nFrom: Acme Press Office <press@acme.example>\nDate: Thu, 16 Jan 2020 at 18:05\nSubject: PRESS RELEASE: Acme opens plant\n\nEMBARGOED UNTIL 18:00 GMT, THURSDAY 16 JANUARY 2020\n\nAcme opens plant\n\nAcme said on Thursday that its new plant would employ 400 people by 2021.\n\n-ENDS-\n';
    const [a] = articles('fwd2.eml', fwd);
    expect(a).toMatchObject({ title: 'Acme opens plant', outlet: 'Acme' });
    const x = extractArticle(a!);
    expect(x.claims.map((c) => c.text).some((t) => /EMBARGOED|ENDS|write this up/u.test(t))).toBe(false);
  });
});
