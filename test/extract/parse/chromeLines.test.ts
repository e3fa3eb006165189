import { DOMParser } from 'linkedom';
import { parseInput } from '../../../src/extract/parseInput';
import { extractArticle } from '../../../src/extract/extractArticle';
import { chromeLines } from '../../../src/extract/parse/chromeLines';

/** Paragraphs of our own, long enough for Readability to take the article's body. */
const BODY = [
  'Iran fired a barrage of ballistic missiles at two military bases in Iraq housing US and coalition troops early on Wednesday, in what it said was revenge for the killing of Qassem Soleimani.',
  'The missiles struck the Ain al-Asad air base in the western province of Anbar and a base near the airport in Irbil, beginning at around 1:30 a.m. local time.',
  'The Iraqi military said in a statement that 22 missiles had been fired: 17 at Ain al-Asad and five at Irbil. Iranian state television gave the number as 15.',
  'US officials said there were no American casualties. Iraq\u2019s military said no Iraqi personnel were hurt.',
]
  .map((p) => `<p>${p}</p>`)
  .join('\n');

function page(articleInner: string, { wrapper = 'article' }: { wrapper?: string } = {}): string {
  return `<!doctype html><html><head><title>Iran fires missiles at US bases in Iraq | Example World</title>
<meta property="og:site_name" content="Example World"><meta name="date" content="2020-01-08"></head><body>
<header><nav><a href="/">Top stories</a> · <a href="/world">World</a></nav></header>
<${wrapper}>${articleInner}</${wrapper}></body></html>`;
}

const extract = (html: string) => extractArticle(parseInput({ file: 'page.html', content: html })[0]!);

describe('lines of an article page outside its main text (chromeLines)', () => {
  it('credit the copy: an author list with the agencies it drew on, in a list Readability leaves out', () => {
    const html = page(`<h1>Iran fires missiles at US bases in Iraq</h1>
<ul class="smallList"><li>Date 08.01.2020</li><li>Author Jan Brenner, Lisa Okafor (with AFP, Reuters, dpa, AP)</li><li>Keywords Iran, Iraq, US</li></ul>
<div class="longText">${BODY}</div>`);
    const x = extract(html);
    expect(x.article.credits).toEqual(['Agence France-Presse', 'Reuters', 'DPA', 'Associated Press']);
    expect(x.article.byline).toBe('Author Jan Brenner, Lisa Okafor (with AFP, Reuters, dpa, AP)');
    expect(x.claims.some((c) => /Author|Keywords|08\.01/u.test(c.text))).toBe(false);
  });

  it('credit the copy from the article’s footer ("Source: …"), though a footer is furniture to the text', () => {
    const html = page(`<h1>Iran fires missiles at US bases in Iraq</h1>${BODY}<footer><p>Source: Reuters and AFP</p></footer>`);
    expect(extract(html).article.credits).toEqual(['Reuters', 'Agence France-Presse']);
  });

  it('give the page its update note', () => {
    const html = page(`<h1>Iran fires missiles at US bases in Iraq</h1>
<div class="meta"><span class="stamp">UPDATED: 08.01.2020, 16:47 — adds Trump's televised address</span></div><div class="longText">${BODY}</div>`);
    const parsed = parseInput({ file: 'page.html', content: html })[0]!;
    expect(parsed.asides).toContain("UPDATED: 08.01.2020, 16:47 — adds Trump's televised address");
    expect(extractArticle(parsed).article.notes).toEqual([{ kind: 'update', text: "UPDATED: 08.01.2020, 16:47 — adds Trump's televised address" }]);
  });

  it('do not take a photo’s credit or a related story’s byline for the copy’s', () => {
    const html = page(`<h1>Iran fires missiles at US bases in Iraq</h1>
<figure><img src="a.jpg" alt=""><figcaption>Ain al-Asad air base <span class="credit">AFP</span></figcaption></figure>
${BODY}
<div class="related-stories"><p>Iraqi parliament votes to expel US troops</p><p>By John Doe</p><p>Reuters</p></div>`);
    const x = extract(html);
    expect(x.article.credits).toEqual([]);
    expect(x.article.byline).toBeNull();
  });

  it('are only read inside the article’s own element; a page without <article> or <main> gives none', () => {
    const doc = new DOMParser().parseFromString(`<html><body><div><p>Source: Reuters</p></div></body></html>`, 'text/html');
    expect(chromeLines(doc)).toEqual([]);
    const main = new DOMParser().parseFromString(`<html><body><main><p>Source: <a href="/r">Reuters</a></p><p><em>Source: Reuters</em></p></main></body></html>`, 'text/html');
    // The inline link is part of its line; the same line twice is read once.
    expect(chromeLines(main)).toEqual(['Source: Reuters']);
  });

  it('never become claims, whatever they say', () => {
    const html = page(`<h1>Iran fires missiles at US bases in Iraq</h1><div class="kicker"><span>Missiles struck two bases housing US troops, officials said.</span></div>${BODY}`);
    const parsed = parseInput({ file: 'page.html', content: html })[0]!;
    const x = extractArticle(parsed);
    for (const aside of parsed.asides ?? []) expect(x.claims.some((c) => c.text.includes(aside))).toBe(false);
  });
});

describe('a fact-check’s verdict box and an HTML page’s headings (held-out probe ho18)', () => {
  it('puts the claim and verdict lines Readability leaves out back in the text, so the rating becomes a review', () => {
    const html = page(`<h1>No, Iranian missiles did not kill 80 US soldiers</h1>
<div class="verdict"><p><strong>The claim:</strong> Iranian missile strikes on US bases in Iraq killed 80 American soldiers.</p>
<p><strong>Verdict: FALSE.</strong> US and Iraqi officials say no-one was killed.</p></div>
<div class="article-body">${BODY}</div>`);
    const x = extract(html);
    expect(x.claims.some((c) => c.text.includes('no-one was killed'))).toBe(true);
    expect(x.verdicts).toHaveLength(1);
    expect(x.verdicts[0]!.rating).toBe('FALSE');
    expect(x.claims.find((c) => c.id === x.verdicts[0]!.claimId)?.text).toContain('killed 80 American soldiers');
  });

  it('does not make claims of the page’s <h2> and entry headings, and keeps the text under them', () => {
    const html = page(`<h1>Iran fires missiles at US bases in Iraq</h1>${BODY}<h2>15 missiles fired, US officials say</h2><p>US officials said 15 missiles were fired from Iranian territory, ten of them at Ain al-Asad.</p>`);
    const x = extract(html);
    expect(x.claims.some((c) => c.text.startsWith('15 missiles fired'))).toBe(false);
    expect(x.claims.some((c) => c.text.includes('ten of them at Ain al-Asad'))).toBe(true);
  });

  it('drops a record’s title repeated as its text’s first line; a plain text’s header line stays the lead', () => {
    const record = JSON.stringify({ url: 'https://example.com/a', outlet: 'Example Times', published: '2020-01-09', title: 'Harry and Meghan to step back as senior royals', text: `Harry and Meghan to step back as senior royals\n\nPrince Harry and Meghan said on Wednesday they would step back from their roles as senior royals.` });
    const x = extractArticle(parseInput({ file: 'r.json', content: record })[0]!);
    expect(x.claims.map((c) => c.text)).not.toContain('Harry and Meghan to step back as senior royals');
    expect(x.article.title).toBe('Harry and Meghan to step back as senior royals');
    const text = extractArticle(parseInput({ file: 't.txt', content: ' date 2019-12-31 Protesters broke into the US embassy compound in Baghdad on Tuesday.\n\nGuards fired tear gas.' })[0]!);
    expect(text.claims.some((c) => c.text.startsWith('Protesters broke into'))).toBe(true);
  });
});
