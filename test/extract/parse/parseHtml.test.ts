import { parseInput } from '../../../src/extract/parseInput';
import { parseHtml, HTML_LIMITS } from '../../../src/extract/parse/parseHtml';
import { htmlToParagraphs } from '../../../src/extract/parse/htmlToParagraphs';
import { htmlMeta } from '../../../src/extract/parse/htmlMeta';
import { extractArticle } from '../../../src/extract/extractArticle';

const para = (n: number): string =>
  `<p>Paragraph ${n}: the protesters, who had gathered outside the compound since the morning, threw stones and set fire to a reception area, officials said.</p>`;

const page = `<!DOCTYPE html>
<html lang="en"><head>
  <title>Protesters storm US embassy in Baghdad | Example News</title>
  <meta property="og:site_name" content="Example News">
  <meta property="og:title" content="Protesters storm US embassy in Baghdad">
  <meta property="article:published_time" content="2019-12-31T14:05:00+03:00">
  <link rel="canonical" href="https://example.com/news/embassy">
  <script>var tracking = "This website uses cookies";</script>
</head><body>
  <a class="skip-link" href="#main">Skip to Content</a>
  <header><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li>SECTIONS</li></ul></nav></header>
  <div id="cookie-banner">This website uses cookies so that we can provide you with the best user experience.</div>
  <main id="main"><article>
    <h1>Protesters storm US embassy in Baghdad</h1>
    ${para(1)}${para(2)}
    <figure><img src="flag.jpg" alt="Protesters burn a flag"><figcaption>Protesters burn a US flag (Ali Abdul Hassan/AP)</figcaption></figure>
    ${para(3)}
    <div class="share-bar"><a>Share this article</a><a>Facebook</a><a>Twitter</a></div>
    ${para(4)}
  </article></main>
  <aside class="related"><h3>Related</h3><ul><li><a>Another story</a></li></ul></aside>
  <footer>Copyright 2019 Example News. All rights reserved.</footer>
</body></html>`;

describe('HTML', () => {
  it('takes title, url, date and outlet from meta tags and the canonical link', () => {
    const [a] = parseInput({ file: 'page.html', content: page });
    expect(a).toMatchObject({
      format: 'html',
      title: 'Protesters storm US embassy in Baghdad',
      url: 'https://example.com/news/embassy',
      published: '2019-12-31T14:05:00+03:00',
      outlet: 'Example News',
    });
  });

  it('keeps the main text as blank-line separated paragraphs without menus, cookie banners or share buttons', () => {
    const [a] = parseInput({ file: 'page.html', content: page });
    const paras = a!.body.split('\n\n');
    for (let n = 1; n <= 4; n++) expect(paras.some((p) => p.startsWith(`Paragraph ${n}:`))).toBe(true);
    expect(a!.body).toContain('Protesters burn a US flag (Ali Abdul Hassan/AP)');
    for (const furniture of ['cookies', 'Skip to Content', 'SECTIONS', 'Share this article', 'Another story', 'All rights reserved', 'tracking']) {
      expect(a!.body).not.toContain(furniture);
    }
    expect(parseHtml(page).via).toBe('readability');
  });

  it('puts the byline Readability lifts out back as a "By …" line for cleaning to record', () => {
    const html = `<html><head><title>T</title></head><body><article><h1>T</h1><p class="byline">Jon Gambrell, Associated Press</p>${para(1)}${para(2)}${para(3)}</article></body></html>`;
    const [a] = parseInput({ file: 'byline.html', content: html });
    expect(a!.body.split('\n\n')[0]).toBe('By Jon Gambrell, Associated Press');
  });

  it('prefers JSON-LD NewsArticle metadata (also inside @graph)', () => {
    const html = `<html><head><title>Site title</title>
      <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"X"},
        {"@type":"NewsArticle","headline":"Iran fires missiles at US bases","datePublished":"2020-01-08T01:30:00Z",
         "publisher":{"@type":"Organization","name":"Kurdistan 24"},"mainEntityOfPage":{"@id":"https://k24.example/a"}}]}</script>
      <script type="application/ld+json">{ not json </script>
      </head><body>${para(1)}${para(2)}</body></html>`;
    expect(htmlMeta(html)).toEqual({ title: 'Iran fires missiles at US bases', url: 'https://k24.example/a', published: '2020-01-08T01:30:00Z', outlet: 'Kurdistan 24', author: null, ldText: null });
  });

  it('strips the site name from <title> when no better title exists, and decodes entities', () => {
    const meta = htmlMeta('<html><head><title>Trump&#8217;s threat &amp; Iran - The Site</title></head><body></body></html>');
    expect(meta.title).toBe('Trump\u2019s threat & Iran');
  });

  it('falls back to the tag scanner for deeply nested pages and keeps their text', () => {
    const depth = HTML_LIMITS.maxDepth + 50;
    const html = `<html><body>${'<div>'.repeat(depth)}<p>Deep text that must survive.</p>${'</div>'.repeat(depth)}</body></html>`;
    const r = parseHtml(html);
    expect(r.via).toBe('scanner');
    expect(r.body).toBe('Deep text that must survive.');
  });

  it('scanner: block elements make paragraphs, inline elements do not, furniture is dropped', () => {
    const html = '<div>One <b>bold</b> line</div><p>Two &amp; <a href="x">link</a></p><nav>Menu</nav><div class="cookie-consent">Accept cookies</div>'
      + '<ul><li>item a</li><li>item b</li></ul><script>var a = "<p>no</p>";</script><style>p{}</style><pre>keep\n  lines</pre><!-- comment -->';
    expect(htmlToParagraphs(html)).toEqual(['One bold line', 'Two & link', 'item a', 'item b', 'keep\n  lines']);
  });

  it('scanner: attribute values with ">" and unbalanced quotes do not swallow the page', () => {
    expect(htmlToParagraphs('<p title="a > b">Text one</p><p class=\'x>Text two</p>')).toEqual(['Text one', 'Text two']);
  });
});

describe('HTML titles with a section before the site', () => {
  it('"Headline | News | Site" loses both the section and the site; a headline part is kept', () => {
    const meta = (title: string) => htmlMeta(`<html><head><title>${title}</title><meta property="og:site_name" content="Al Jazeera"></head><body></body></html>`);
    expect(meta("Iraq's parliament votes to expel US troops | News | Al Jazeera").title).toBe("Iraq's parliament votes to expel US troops");
    expect(meta('Iran: what we know so far | Al Jazeera').title).toBe('Iran: what we know so far');
  });
});

describe('a lead photo caption outside the article body', () => {
  it('is kept after the text, its credit labelled as one', () => {
    const para = (n: number) => `<p>Paragraph ${n} of the story about the storm that closed the harbour road on Tuesday, as officials and residents told reporters at the scene.</p>`;
    const html = `<html><head><title>Storm closes harbour</title></head><body><header><h1>Storm closes harbour</h1><figure><img src="a.jpg" alt="x"><figcaption>Waves break over the harbour wall in Ponce on Tuesday. <span class="credit">Jane Roe AP</span></figcaption></figure></header><div class="story-body">${[1, 2, 3, 4, 5].map(para).join('')}</div></body></html>`;
    const [a] = parseInput({ file: 'storm.html', content: html });
    expect(a!.body.split('\n\n').pop()).toBe('Waves break over the harbour wall in Ponce on Tuesday. Credit: Jane Roe AP');
  });
});

describe('the publication date in Dublin Core terms', () => {
  it('is read from "dcterms.date" (an AMP page with no other date)', () => {
    expect(htmlMeta(`<html><head><title>Brain injuries rise to 109</title><meta name="dcterms.date" content="2020-02-10"></head></html>`).published).toBe('2020-02-10');
    expect(htmlMeta(`<html><head><meta name="DCTERMS.issued" content="2020-02-11T09:00:00Z"></head></html>`).published).toBe('2020-02-11T09:00:00Z');
  });
});

describe('a site named only at the end of the <title>', () => {
  const page = (title: string, url: string) => `<html><head><title>${title}</title><link rel="canonical" href="${url}"></head><body></body></html>`;

  it('is the outlet when the page’s address agrees, and comes off the headline with its section', () => {
    const meta = htmlMeta(page('US airstrikes in Iraq and Syria kill at least 25 fighters | World news | The Guardian', 'https://www.theguardian.com/world/2019/dec/30/us-airstrikes'));
    expect(meta.outlet).toBe('The Guardian');
    expect(meta.title).toBe('US airstrikes in Iraq and Syria kill at least 25 fighters');
    expect(htmlMeta(page('Iraqi factions mourn commanders - Al Mayadeen English', 'https://english.almayadeen.net/news/politics/x')).outlet).toBe('Al Mayadeen English');
    expect(htmlMeta(page('Strikes on militia sites – Sydney Morning Herald', 'https://www.smh.com.au/world/x')).outlet).toBeNull();
    expect(htmlMeta(page('Strikes on militia sites | The Sydney Morning Herald', 'https://www.sydneymorningherald.com.au/world/x')).outlet).toBe('The Sydney Morning Herald');
  });

  it('is no outlet when the address names another site, or there is no address', () => {
    expect(htmlMeta(page('Iran vows revenge - Breaking News', 'https://www.theguardian.com/world/x')).outlet).toBeNull();
    expect(htmlMeta(page('Iran vows revenge | The Guardian', 'https://example.com/x')).outlet).toBeNull();
    expect(htmlMeta(`<html><head><title>Iran vows revenge | The Guardian</title></head><body></body></html>`).outlet).toBeNull();
    // Metadata that names the site wins.
    expect(htmlMeta(`<html><head><title>Iran vows revenge | The Guardian</title><meta property="og:site_name" content="Guardian US"><link rel="canonical" href="https://www.theguardian.com/x"></head></html>`).outlet).toBe('Guardian US');
  });

  it('agrees with a short host name and its subdomain together ("news.sky.com"), or with the site’s own account', () => {
    expect(htmlMeta(page('US embassy in Baghdad stormed | World News | Sky News', 'https://news.sky.com/story/live-us-embassy-11897654')).outlet).toBe('Sky News');
    // Alone, three letters are too few to agree with anything.
    expect(htmlMeta(page('US embassy in Baghdad stormed | Sky Sports', 'https://sky.com/story/x')).outlet).toBeNull();
    const withAccount = `<html><head><title>Missiles hit two bases - Tehran Bureau</title><meta name="twitter:site" content="@TehranBureau"><link rel="canonical" href="https://example.com/x"></head></html>`;
    expect(htmlMeta(withAccount).outlet).toBe('Tehran Bureau');
  });

  it('gives an HTML page with no site metadata its outlet rather than the agency it credits', () => {
    const para = (n: number) => `<p>Paragraph ${n}: the Pentagon said the strikes hit five sites in Iraq and Syria on Sunday, officials told reporters in Washington.</p>`;
    const html = `<html><head><title>Strikes hit five sites | World news | The Guardian</title><link rel="canonical" href="https://www.theguardian.com/world/2019/dec/30/strikes"></head><body><article><h1>Strikes hit five sites</h1>${[1, 2, 3, 4].map(para).join('')}<p>Agence France-Presse and Reuters contributed to this report</p></article></body></html>`;
    const [a] = parseInput({ file: 'g.html', content: html });
    const x = extractArticle(a!);
    expect(x.article.outlet).toBe('The Guardian');
    expect(x.article.credits).toEqual(['Agence France-Presse', 'Reuters']);
  });
});

describe('a summary list Readability drops (ho20)', () => {
  const body = Array.from({ length: 6 }, (_v, k) => `<p>Paragraph ${k + 1} of the report: Iran's most powerful military commander was killed in a US air strike at Baghdad airport early on Friday, and officials in Tehran, Baghdad and Washington spent the day weighing what would come next for the region.</p>`).join('\n');
  const page = `<!DOCTYPE html><html><head><title>Soleimani killed</title><meta property="og:site_name" content="The Independent"></head><body><main><article>
<h1>Qassem Soleimani killed</h1>
<p class="update-label"><strong>Update:</strong> This article was updated at 14:20 GMT.</p>
<div class="key-points"><h3>What we know</h3><ul>
<li>Ayatollah Ali Khamenei declares three days of mourning and promises "severe revenge"</li>
<li>Oil prices jump by more than 4 per cent; US tells its citizens to leave Iraq "immediately"</li>
</ul></div>
<div class="article-body">${body}</div></article></main></body></html>`;

  it('"What we know" and its points open the text', () => {
    const parsed = parseHtml(page);
    expect(parsed.body.split('\n\n').slice(0, 3)).toEqual([
      'What we know',
      'Ayatollah Ali Khamenei declares three days of mourning and promises "severe revenge"',
      'Oil prices jump by more than 4 per cent; US tells its citizens to leave Iraq "immediately"',
    ]);
    expect(parsed.body).toContain('Paragraph 6 of the report');
  });

  it('a list under another heading is not a summary', () => {
    expect(parseHtml(page.replace('What we know', 'More from the region')).body).not.toContain('Oil prices jump');
  });
});

describe('a summary list inside the page’s furniture (ho20 review)', () => {
  it('"Highlights" in a sidebar of other stories does not come back into the text', () => {
    const body = Array.from({ length: 6 }, (_v, k) => `<p>Paragraph ${k + 1}: Iran's most powerful military commander was killed in a US air strike at Baghdad airport early on Friday, officials in Tehran, Baghdad and Washington said as the region weighed what would come next.</p>`).join('\n');
    const page = `<html><head><title>T</title></head><body><main><article>${body}</article>
<aside class="sidebar"><h3>Highlights</h3><ul><li>Australian Open qualifying moved indoors as smoke from the bushfires lingers over Melbourne</li></ul></aside></main></body></html>`;
    expect(parseHtml(page).body).not.toContain('Australian Open');
  });
});

describe('a document exported from a word processor', () => {
  const WORD = `<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta name=Generator content="Microsoft Word 15"><title>Briefing note</title></head>
<body lang=EN-GB><div class=WordSection1>
<p class=MsoTitle><span lang=EN-US>Mill fire: what we know</span></p>
<p class=MsoNormal><span style='font-size:11.0pt'>LEEDS, 3 January 2020 &#8211; The mill in Leeds closed on&nbsp;Friday after a fire in its main hall, the company said.<o:p></o:p></span></p>
<p class=MsoNormal><span style='font-size:11.0pt'><o:p>&nbsp;</o:p></span></p>
<p class=MsoNormal><span style='font-size:11.0pt'>&#8220;We were told on Thursday that 300 workers would lose their jobs,&#8221; <b>Ann Lee</b>, a union official, said.<o:p></o:p></span></p>
<p class=MsoNormal><span>The fire brigade said 60 firefighters fought the flames for five hours on Friday.<o:p></o:p></span></p>
</div></body></html>`;

  it('its title style is a heading, not a claim; its dateline\'s full date dates it', () => {
    const [parsed] = parseInput({ file: 'note.html', content: WORD });
    expect(parsed!.subheads).toContain('Mill fire: what we know');
    const out = extractArticle(parsed!);
    expect(out.claims.map((c) => c.text)).not.toContain('Mill fire: what we know');
    expect(out.article.published).toBe('2020-01-03');
    expect(out.claims.find((c) => c.text.startsWith('The mill in Leeds closed'))?.event?.date).toBe('2020-01-03');
    expect(out.claims.find((c) => c.text.includes('300 workers'))).toMatchObject({ kind: 'quote', speaker: { name: 'Ann Lee' } });
  });
});

describe("a web archive's capture", () => {
  const BODY = '<article><h1>Mill closes</h1><p>The mill in Leeds closed on Friday after a fire in its main hall, the company said in a statement.</p><p>The fire brigade said 60 firefighters fought the flames for five hours before the blaze was under control.</p><p>Police said nobody was hurt in the blaze, which started in a storage room on the ground floor of the building.</p></article>';

  it('a Wayback address (canonical link) gives the original address', () => {
    const html = `<html><head><title>Mill closes | The Ledger</title><link rel="canonical" href="https://web.archive.org/web/20200103141255/https://ledger.example/2020/01/03/mill"></head><body>${BODY}</body></html>`;
    expect(htmlMeta(html).url).toBe('https://ledger.example/2020/01/03/mill');
  });

  it("the Wayback player's script names the original where the page has no address of its own", () => {
    const html = `<html><head><script>__wm.init("https://web.archive.org/web");\n__wm.wombat("https://ledger.example/2020/01/03/mill","20200103141255","https://web.archive.org/","web","/_static/");</script><title>Mill closes | The Ledger</title></head><body>${BODY}</body></html>`;
    expect(htmlMeta(html).url).toBe('https://ledger.example/2020/01/03/mill');
  });

  it("archive.today: its short address and its \"Saved from\" header; the outlet is the original's", () => {
    const html =
      `<html><head><title>Mill closes | The Ledger</title><meta property="og:url" content="https://archive.ph/Ab12C"></head><body>` +
      `<div id="HEADER"><table><tr><td>archive.today<br>webpage capture</td><td>Saved from <a href="https://ledger.example/2020/01/03/mill">https://ledger.example/2020/01/03/mill</a></td></tr>` +
      `<tr><td>no other snapshots from this url</td></tr><tr><td>5 Jan 2020 09:12:55 UTC</td></tr></table></div>${BODY}</body></html>`;
    const [parsed] = parseInput({ file: 'cap.html', content: html });
    expect(parsed).toMatchObject({ url: 'https://ledger.example/2020/01/03/mill', outlet: 'The Ledger' });
    const out = extractArticle(parsed!);
    expect(out.article.published).toBe('2020-01-03');
    expect(out.claims.some((c) => /snapshots|webpage capture|09:12:55/u.test(c.text))).toBe(false);
    expect(htmlMeta(html.replace('https://archive.ph/Ab12C', 'https://archive.ph/2020.01.05-091255/https://ledger.example/2020/01/03/mill')).url).toBe('https://ledger.example/2020/01/03/mill');
  });

  it('a page that only links to an archive keeps its own address', () => {
    const html = `<html><head><title>Mill closes | The Ledger</title><link rel="canonical" href="https://ledger.example/2020/01/03/mill"></head><body>${BODY}<p>Saved from https://ledger.example/old at web.archive.org</p></body></html>`;
    expect(htmlMeta(html).url).toBe('https://ledger.example/2020/01/03/mill');
  });
});

describe('saved copies of a page without its metadata', () => {
  const BODY = '<p>The mill in Leeds closed on Friday after a fire in its main hall, the company said in a statement.</p><p>The fire brigade said 60 firefighters fought the flames for five hours before the blaze was under control.</p><p>Police said nobody was hurt in the blaze, which started in a storage room on the ground floor of the building.</p>';

  it("a browser's print footer gives the address, and a year-then-month-and-day address the day", () => {
    const html = `<html><head><title>Print - Mill closes - Ledger.example</title></head><body><div class="print-browser-header">1/8/2020 &nbsp; Mill closes</div><article><h1>Mill closes</h1>${BODY}</article><div class="print-browser-footer">https://www.ledger.example/World/2020/0107/Mill-closes &nbsp;&nbsp; Page 1 of 3</div></body></html>`;
    const [parsed] = parseInput({ file: 'print.html', content: html });
    expect(parsed!.url).toBe('https://www.ledger.example/World/2020/0107/Mill-closes');
    expect(extractArticle(parsed!).article.published).toBe('2020-01-07');
  });

  it("Firefox's Reader View: the link over the title is the address", () => {
    const html = `<html><head><title>Mill closes</title></head><body><div class="header reader-header"><a class="domain reader-domain" href="https://www.ledger.example/2020/01/09/mill-closes">ledger.example</a><div class="reader-estimated-time">6 min read</div><h1 class="reader-title">Mill closes</h1></div><div class="content">${BODY}</div></body></html>`;
    expect(htmlMeta(html).url).toBe('https://www.ledger.example/2020/01/09/mill-closes');
  });

  it('a stamp beside the byline outside the text ("3 Jan 2020 · by Rania Khalil") dates the page', () => {
    const html = `<html><head><title>Mill closes</title></head><body><article><h1>Mill closes</h1><div class="article-dateline">3 Jan 2020 &middot; <span class="byline">by Rania Khalil</span></div>${BODY}</article></body></html>`;
    const [parsed] = parseInput({ file: 'dl.html', content: html });
    const out = extractArticle(parsed!);
    expect(out.article.published).toBe('2020-01-03');
    expect(out.article.byline).toMatch(/Rania Khalil/u);
  });
});
