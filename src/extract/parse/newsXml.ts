import { hostNames } from './hostNames';
import { nameLetters, nearlySpellsHost, spellsHost } from './spellsHost';
import { childNamed, childrenNamed, descendantsNamed, escText, findNamed, innerMarkup, ownText, xmlText, type XmlElement } from './xmlTree';

/**
 * News as it is delivered in XML, read into the records parseRecords turns into articles
 * ({url, outlet, published, title, byline, html | text}):
 *   - RSS 2.0 and RSS 1.0 (RDF) feeds: one record per item, its full text from
 *     content:encoded where the feed has it, else its description;
 *   - Atom feeds and single entries: one record per entry, its content or summary;
 *   - NITF, the wire agencies' story markup: headline, byline, dateline, body.content and the
 *     tagline under it ("Reporting by …");
 *   - NewsML-G2 news items (one, or a package of them): headline, by-line, dateline, credit
 *     line, first creation time and the XHTML (or plain text) the item carries.
 * Any other vocabulary is refused by name, so that a sitemap or a config file is reported,
 * not read as an article.
 */
export type XmlRecord = Record<string, string | null>;

export type NewsXmlKind = 'rss' | 'atom' | 'nitf' | 'newsml';

export function newsXmlKind(root: XmlElement): NewsXmlKind | null {
  switch (root.local) {
    case 'rss':
    case 'rdf':
      return 'rss';
    case 'feed':
    case 'entry':
      return 'atom';
    case 'nitf':
      return 'nitf';
    case 'newsitem':
    case 'newsmessage':
    case 'packageitem':
      return 'newsml';
    default:
      return null;
  }
}

/** The records of a news delivery; [] when its kind holds none (an empty feed). */
export function newsXmlRecords(root: XmlElement, kind: NewsXmlKind): XmlRecord[] {
  switch (kind) {
    case 'rss':
      return rssRecords(root);
    case 'atom':
      return atomRecords(root);
    case 'nitf':
      return [nitfRecord(root)];
    case 'newsml':
      return newsmlRecords(root);
  }
}

const text = (el: XmlElement | null): string | null => {
  const t = xmlText(el);
  return t === '' ? null : t;
};

/** A field that may hold markup: markup when it has some (or holds elements), else its text. */
function bodyField(el: XmlElement | null): { html: string } | { text: string } | null {
  if (el === null) return null;
  const hasElements = el.children.some((c) => typeof c !== 'string');
  const raw = hasElements ? innerMarkup(el) : ownText(el);
  if (raw.trim() === '') return null;
  if (hasElements || /<\/?(?:p|br|div|h[1-6]|li|blockquote|figure)\b/iu.test(raw)) return { html: raw };
  return { text: raw.trim() };
}

const withBody = (rec: XmlRecord, body: { html: string } | { text: string } | null): XmlRecord =>
  body === null ? rec : 'html' in body ? { ...rec, html: body.html } : { ...rec, text: body.text };

/**
 * The site's name as a feed's title gives it ("Reuters: World News", "World | ABC News"): the
 * part of the title whose letters begin the feed's host name, or the reverse; null when no part agrees.
 */
export function feedOutlet(title: string | null, link: string | null): string | null {
  if (title === null || link === null) return null;
  const names = hostNames(link);
  if (names.length === 0) return null;
  const parts = [title, ...title.split(/\s*(?:[|:\u2013\u2014]| - )\s*/u)];
  for (const part of parts) {
    if (part.split(/\s+/u).length <= 6 && nameLetters(part).some((l) => l.length >= 3 && names.some((n) => spellsHost(l, n) || nearlySpellsHost(l, n)))) return part.trim();
  }
  return null;
}

function rssRecords(root: XmlElement): XmlRecord[] {
  const channel = childNamed(root, 'channel');
  const channelLink = rssLink(channel);
  const outlet = feedOutlet(text(childNamed(channel, 'title')), channelLink);
  // RSS 2.0 keeps items in the channel, RSS 1.0 beside it.
  const items = [...(channel ? childrenNamed(channel, 'item') : []), ...childrenNamed(root, 'item')];
  return items.map((item) => {
    const guid = childNamed(item, 'guid');
    const guidText = guid === null || guid.attrs.isPermaLink === 'false' ? '' : xmlText(guid);
    const guidUrl = /^https?:\/\//u.test(guidText) ? guidText : null;
    const rec: XmlRecord = {
      url: rssLink(item) ?? guidUrl,
      outlet: text(childNamed(item, 'source')) ?? outlet,
      title: text(childNamed(item, 'title')),
      published: text(childNamed(item, 'pubdate')) ?? text(childNamed(item, 'date')),
      byline: text(childNamed(item, 'creator')) ?? authorName(text(childNamed(item, 'author'))),
    };
    return withBody(rec, bodyField(childNamed(item, 'encoded')) ?? bodyField(childNamed(item, 'description')));
  });
}

/** An RSS element's own <link> text (an <atom:link href> beside it, empty, is the feed's own address). */
function rssLink(el: XmlElement | null): string | null {
  if (el === null) return null;
  for (const l of childrenNamed(el, 'link')) {
    const t = xmlText(l);
    if (t !== '') return t;
  }
  return null;
}

/** RSS's author is an e-mail address with the name in brackets ("news@bbc.co.uk (Jane Doe)"): the name. */
function authorName(v: string | null): string | null {
  if (v === null) return null;
  const m = /\(([^()]+)\)\s*$/u.exec(v);
  if (m) return m[1]!.trim();
  return /@/u.test(v) ? null : v;
}

function atomLink(el: XmlElement): string | null {
  const links = childrenNamed(el, 'link');
  const alt = links.find((l) => (l.attrs.rel ?? 'alternate') === 'alternate' && /^https?:\/\//u.test(l.attrs.href ?? ''));
  return alt?.attrs.href ?? null;
}

/** An Atom text construct: type="html" holds escaped markup, "xhtml" a div of elements, "text" plain text. */
function atomContent(el: XmlElement | null): { html: string } | { text: string } | null {
  if (el === null) return null;
  const type = (el.attrs.type ?? 'text').toLowerCase();
  if (type === 'xhtml') {
    const div = childNamed(el, 'div');
    const markup = innerMarkup(div ?? el);
    return markup.trim() === '' ? null : { html: markup };
  }
  if (type === 'html' || type === 'text/html') return bodyField(el);
  const t = ownText(el).trim();
  return t === '' ? null : { text: t };
}

function atomRecords(root: XmlElement): XmlRecord[] {
  const feedOutletName = root.local === 'feed' ? feedOutlet(text(childNamed(root, 'title')), atomLink(root)) : null;
  const feedAuthor = text(childNamed(childNamed(root, 'author'), 'name'));
  const entries = root.local === 'entry' ? [root] : childrenNamed(root, 'entry');
  return entries.map((entry) => {
    const authors = childrenNamed(entry, 'author').map((a) => text(childNamed(a, 'name'))).filter((n): n is string => n !== null);
    const source = childNamed(entry, 'source');
    const rec: XmlRecord = {
      url: atomLink(entry),
      outlet: (source ? text(childNamed(source, 'title')) : null) ?? feedOutletName,
      title: atomTitle(childNamed(entry, 'title')),
      published: text(childNamed(entry, 'published')) ?? text(childNamed(entry, 'updated')),
      byline: authors.length > 0 ? authors.join(' and ') : feedAuthor,
    };
    return withBody(rec, atomContent(childNamed(entry, 'content')) ?? atomContent(childNamed(entry, 'summary')));
  });
}

function atomTitle(el: XmlElement | null): string | null {
  if (el === null) return null;
  const t = xmlText(el);
  // type="html": the title's own markup escaped once more ("Iran&amp;#8217;s …" arrives as "Iran&#8217;s").
  return t === '' ? null : t.replace(/<[^>]{0,200}>/gu, '');
}

/** NITF's norm dates ("20200103T101500Z", "20200103T101500+0000", "20200103") as ISO. */
export function compactIsoDate(v: string | null | undefined): string | null {
  if (!v) return null;
  const m = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})?(Z|[+-]\d{2}:?\d{2})?)?$/u.exec(v.trim());
  if (!m) return v.trim() === '' ? null : v.trim();
  const date = `${m[1]}-${m[2]}-${m[3]}`;
  if (m[4] === undefined) return date;
  const zone = m[7] === undefined ? '' : m[7] === 'Z' ? 'Z' : m[7].includes(':') ? m[7] : `${m[7].slice(0, 3)}:${m[7].slice(3)}`;
  return `${date}T${m[4]}:${m[5]}:${m[6] ?? '00'}${zone}`;
}

/** The dateline set before the story's first paragraph unless that paragraph opens with it already. */
function withDateline(html: string, dateline: string | null): string {
  if (dateline === null || dateline.length > 80) return html;
  const firstText = html.replace(/<[^>]*>/gu, ' ').trim();
  const place = dateline.split(/[\s,(]/u, 1)[0]!;
  if (place === '' || firstText.toLowerCase().startsWith(place.toLowerCase())) return html;
  const lead = dateline.replace(/[\s\u2014\u2013-]+$/u, '');
  // "(Reuters) - Iran fired…" takes the place before its credit, as the wire prints it: "BAGHDAD (Reuters) - …".
  const joiner = firstText.startsWith('(') ? ' ' : ' \u2014 ';
  return html.replace(/<p\b([^>]*)>/iu, (open) => `${open}${lead}${joiner}`);
}

function nitfRecord(root: XmlElement): XmlRecord {
  const head = childNamed(root, 'head');
  const docdata = childNamed(head, 'docdata');
  const body = childNamed(root, 'body');
  const bodyHead = childNamed(body, 'body.head');
  const content = childNamed(body, 'body.content');
  const end = childNamed(body, 'body.end');
  const copyright = childNamed(docdata, 'doc.copyright');
  const distributor = findNamed(bodyHead, 'distributor');
  const bylines = bodyHead ? childrenNamed(bodyHead, 'byline').map((b) => xmlText(b)).filter((b) => b !== '') : [];
  const dateline = text(childNamed(bodyHead, 'dateline'));
  const tagline = text(childNamed(end, 'tagline'));
  const parts: string[] = [];
  if (content !== null) parts.push(withDateline(innerMarkup(content), dateline));
  if (tagline !== null) parts.push(`<p>${escText(tagline)}</p>`);
  const urlEl = head?.children.find((c): c is XmlElement => typeof c !== 'string' && c.local === 'meta' && /url|link/iu.test(c.attrs.name ?? ''));
  return {
    url: urlEl?.attrs.content ?? null,
    outlet: copyright?.attrs.holder ?? text(distributor) ?? null,
    title: text(findNamed(childNamed(bodyHead, 'hedline'), 'hl1')) ?? text(childNamed(head, 'title')),
    published: compactIsoDate(childNamed(docdata, 'date.issue')?.attrs.norm ?? childNamed(docdata, 'date.release')?.attrs.norm ?? null),
    byline: bylines.length > 0 ? bylines.join(' and ') : null,
    html: parts.join('\n'),
  };
}

function newsmlRecords(root: XmlElement): XmlRecord[] {
  // A newsMessage or package: every news item it holds, wherever it sits.
  const items = root.local === 'newsitem' ? [root] : [...descendantsNamed(root, 'newsitem')];
  return items.map(newsmlRecord);
}

function newsmlRecord(item: XmlElement): XmlRecord {
  const itemMeta = childNamed(item, 'itemmeta');
  const contentMeta = childNamed(item, 'contentmeta');
  const rights = childNamed(item, 'rightsinfo');
  const provider = childNamed(itemMeta, 'provider');
  const holder = childNamed(rights, 'copyrightholder');
  const located = childNamed(contentMeta, 'located');
  const dateline = text(childNamed(contentMeta, 'dateline')) ?? text(childNamed(located, 'name'));
  const link = itemMeta ? childrenNamed(itemMeta, 'link').find((l) => /^https?:\/\//u.test(l.attrs.href ?? '')) : undefined;
  const contentSet = childNamed(item, 'contentset');
  const inlineXml = contentSet ? childrenNamed(contentSet, 'inlinexml') : [];
  const xhtml = inlineXml.find((c) => /html/iu.test(c.attrs.contenttype ?? 'application/xhtml+xml')) ?? inlineXml[0] ?? null;
  let body: { html: string } | { text: string } | null = null;
  if (xhtml !== null) {
    const htmlBody = findNamed(xhtml, 'body');
    body = { html: withDateline(innerMarkup(htmlBody ?? xhtml), dateline) };
  } else {
    const data = contentSet ? childNamed(contentSet, 'inlinedata') : null;
    const t = data === null ? '' : ownText(data).trim();
    if (t !== '') body = { text: t };
  }
  const creditline = text(childNamed(contentMeta, 'creditline'));
  const rec: XmlRecord = {
    url: link?.attrs.href ?? null,
    // The agency that sent it (provider, credit line) before the copyright's holder ("Thomson Reuters").
    outlet: creditline ?? nameNotAddress(provider?.attrs.literal) ?? providerName(provider?.attrs.qcode) ?? holder?.attrs.literal ?? text(childNamed(holder, 'name')),
    title: text(childNamed(contentMeta, 'headline')) ?? text(childNamed(itemMeta, 'title')),
    published: text(childNamed(itemMeta, 'firstcreated')) ?? text(childNamed(contentMeta, 'contentcreated')) ?? text(childNamed(itemMeta, 'versioncreated')),
    byline: text(childNamed(contentMeta, 'by')),
  };
  return withBody(rec, body);
}

/** A provider's literal name, unless it is an address ("reuters.com"), which the credit line names better. */
function nameNotAddress(v: string | undefined): string | null {
  return v === undefined || v.trim() === '' || /^[\w-]+(?:\.[\w-]+)+$/u.test(v.trim()) ? null : v.trim();
}

/** A provider's QCode ("nprov:REUTERS", "nprov:AFP") as a name. */
function providerName(qcode: string | undefined): string | null {
  const m = qcode === undefined ? null : /:([A-Za-z][\w-]{1,40})$/u.exec(qcode);
  return m ? m[1]! : null;
}
