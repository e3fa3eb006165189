/**
 * The shapes news APIs and CMS exports give their records, reduced to one flat record of the
 * names parseRecords reads. Each API wraps and names its fields its own way:
 *   - The Guardian's Content API: `{response: {content: {webUrl, webTitle, webPublicationDate,
 *     fields: {byline, body, bodyText}}}}`, a search: `{response: {results: [...]}}`;
 *   - the New York Times Article Search API: `{response: {docs: [{web_url, pub_date,
 *     headline: {main}, byline: {original}, lead_paragraph}]}}`;
 *   - WordPress's REST API: `[{link, date, title: {rendered}, content: {rendered}}]`;
 *   - JSON Feed: `{version, items: [{url, title, content_html | content_text, date_published,
 *     authors: [{name}]}]}`;
 *   - Elasticsearch hits: `{hits: {hits: [{_source: {...}}]}}`; NewsAPI: `{articles: [...]}`;
 *   - Arc XP's ANS (The Washington Post and the many papers on Arc): `{type: "story",
 *     headlines: {basic}, credits: {by: [{name}]}, first_publish_date, canonical_url,
 *     content_elements: [{type: "text", content}, {type: "header"}, {type: "correction"}, …]}`.
 */

import { decodeEntities } from './htmlTokens';

type Rec = Record<string, unknown>;

function isRec(v: unknown): v is Rec {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** Keys that hold a list of records. */
const LIST_KEYS = ['articles', 'results', 'docs', 'items', 'hits', 'posts', 'stories', 'data'] as const;
/** Keys that wrap one response or one record. */
const WRAPPER_KEYS = ['response', 'data', 'result', 'content', 'article', 'story', 'item', 'post'] as const;
/** A record's own marks: a wrapper holding one of these is the record. */
const RECORD_MARKS = ['url', 'webUrl', 'web_url', 'link', 'title', 'webTitle', 'headline', 'text', 'body', 'bodyText', 'articleBody', 'fullText', 'fields', '_source'];

/** JSON-LD's article types (schema.org's NewsArticle and kin). */
const LD_ARTICLE_TYPES = /^(?:news|reportagenews|analysisnews|opinionnews|backgroundnews|reviewnews)?article$|^(?:blogposting|liveblogposting|report)$/iu;

function isLdArticle(v: unknown): boolean {
  return isRec(v) && ([] as unknown[]).concat(v['@type'] ?? []).some((t) => typeof t === 'string' && LD_ARTICLE_TYPES.test(t));
}

function hasText(v: Rec): boolean {
  return ['text', 'body', 'content', 'bodyText', 'articleBody', 'html'].some((k) => typeof v[k] === 'string');
}

function looksLikeRecord(v: Rec): boolean {
  return RECORD_MARKS.some((k) => v[k] !== undefined);
}

/** An API's error answer ("status": "error", "message": …), to be reported as such, not as a record without text. */
export function apiErrorOf(data: unknown): string | null {
  if (!isRec(data)) return null;
  const inner = isRec(data.response) ? data.response : data;
  const status = inner.status;
  if (typeof status !== 'string' || !/^(?:error|fail(?:ed|ure)?)$/iu.test(status)) return null;
  const message = [inner.message, inner.code, (isRec(inner.error) ? inner.error.message : inner.error)].find((m) => typeof m === 'string' && m.trim() !== '');
  return typeof message === 'string' ? message.trim() : status;
}

/**
 * The records of a JSON document: a list for an envelope that holds one (NewsAPI's `articles`,
 * the Guardian's `response.results`, the Times's `response.docs`, a feed's `items`), or the one
 * record it wraps (`response.content`), else the document itself. Depth is bounded: an envelope
 * is a few levels, never a recursion over the whole document.
 */
export function recordsOf(data: unknown): unknown[] | unknown {
  let cur: unknown = data;
  for (let depth = 0; depth < 4; depth++) {
    if (Array.isArray(cur) || !isRec(cur)) return cur;
    const node: Rec = cur;
    // A JSON-LD document: the articles of its @graph (a site's WebSite and Organization nodes beside them).
    if (Array.isArray(node['@graph'])) {
      const articles = (node['@graph'] as unknown[]).filter(isLdArticle);
      if (articles.length > 0) return articles.length === 1 ? articles[0] : articles;
    }
    // A record may carry a list of its own (tags, "items" of a gallery): its text marks it.
    if (looksLikeRecord(node) && (hasText(node) || !LIST_KEYS.some((k) => Array.isArray(node[k])))) return node;
    const list = LIST_KEYS.map((k) => node[k]).find((v) => Array.isArray(v) || (isRec(v) && Array.isArray(v.hits)));
    if (Array.isArray(list)) return list;
    if (isRec(list)) return list.hits; // Elasticsearch: hits.hits
    const wrapped = WRAPPER_KEYS.map((k) => node[k]).find(isRec);
    if (wrapped === undefined) return node;
    cur = wrapped;
  }
  return cur;
}

/** A value some APIs give as an object: WordPress's `{rendered}`, the Times's `{main}` / `{original}`, an author's `{name}`. */
function textOf(v: unknown): unknown {
  if (isRec(v)) {
    for (const k of ['rendered', 'main', 'original', 'name', 'value', 'text']) {
      if (typeof v[k] === 'string') return v[k];
    }
    return v;
  }
  // "authors": [{"name": "…"}, …] → ["…", …]
  if (Array.isArray(v) && v.length > 0 && v.every((x) => isRec(x) && typeof x.name === 'string')) {
    return (v as Array<{ name: string }>).map((x) => x.name);
  }
  return v;
}

/** Fields that by their name hold an article's whole text, read before a "content" that may be cut short. */
const FULL_TEXT_KEYS = ['fullText', 'full_text', 'fullContent', 'full_content', 'articleText', 'article_text'];

/** Other names of the fields parseRecords reads, in order of preference; the first present wins. */
const ALIASES: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['url', ['webUrl', 'web_url', 'canonical_url', 'link']],
  ['title', ['webTitle', 'headline']],
  ['published', ['webPublicationDate', 'pub_date', 'date_published', 'firstPublicationDate', 'publication_date', 'publicationDate']],
  ['byline', ['author', 'authors']],
  ['html', ['content_html', 'body_html', 'bodyHtml']],
  ['text', ['bodyText', 'articleBody', 'content_text', 'body_text', 'lead_paragraph', 'abstract', 'description', 'summary']],
];

/**
 * One record in the names parseRecords reads. A Guardian record's `fields` and an Elasticsearch
 * hit's `_source` are merged in; object-valued fields are reduced to their text; an API's own
 * names (webUrl, pub_date, bodyText, …) fill the usual names the record does not have. Full
 * texts are preferred to summaries: a Times record, which has only its lead paragraph and
 * abstract, is read from those.
 */
export function flattenRecord(data: unknown): unknown {
  if (!isRec(data)) return data;
  if (Array.isArray(data.content_elements)) return ansRecord(data);
  let rec: Rec = isRec(data._source) ? { ...data._source } : { ...data };
  if (isRec(rec.fields)) {
    const { fields, ...own } = rec;
    rec = { ...own, ...(fields as Rec) };
  }
  // JSON-LD names the page by its main entity ({"@id": "https://…"}).
  if (rec.url === undefined && isRec(rec.mainEntityOfPage)) rec.url = rec.mainEntityOfPage['@id'] ?? rec.mainEntityOfPage.url;
  for (const k of Object.keys(rec)) rec[k] = textOf(rec[k]);
  const has = (k: string): boolean => rec[k] !== undefined && rec[k] !== null && rec[k] !== '';
  // A tool's full copy of the text beside an API's cut one (NewsAPI's "content" ends "… [+3122 chars]").
  const full = FULL_TEXT_KEYS.find((k) => typeof rec[k] === 'string' && (rec[k] as string).trim() !== '');
  if (full !== undefined && !has('text') && !has('body')) rec.text = rec[full];
  for (const [name, others] of ALIASES) {
    if (has(name)) continue;
    // A record with a text already does not need a summary; one with html keeps it as html.
    if (name === 'text' && (has('body') || has('content') || has('html'))) continue;
    const other = others.find(has);
    if (other !== undefined) rec[name] = rec[other];
  }
  // A headline given as the page writes it ("Iran&#8217;s Supreme Leader …", WordPress's title.rendered).
  for (const k of ['title', 'headline']) {
    const v = rec[k];
    if (typeof v === 'string' && /&(?:#\d{1,7}|#x[\da-f]{1,6}|[a-z]{2,8});/iu.test(v)) rec[k] = decodeEntities(v);
  }
  return rec;
}

/** The names an ANS element's or story's `credits.by` lists. */
function creditNames(e: Rec): string[] {
  if (!isRec(e.credits) || !Array.isArray(e.credits.by)) return [];
  return e.credits.by.filter(isRec).map((c) => c.name).filter((n): n is string => typeof n === 'string' && n.trim() !== '');
}

/** Escapes text for the HTML an ANS story is written out as. */
function esc(t: string): string {
  return t.replace(/&(?![#\w]+;)/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');
}

/** One ANS content element as HTML: text and headers as they are (their content is inline markup), the rest by kind. */
function ansElementHtml(e: Rec): string {
  const content = typeof e.content === 'string' ? e.content : '';
  switch (e.type) {
    case 'text':
      return content === '' ? '' : `<p>${content}</p>`;
    case 'header': {
      const level = typeof e.level === 'number' && e.level >= 2 && e.level <= 6 ? e.level : 2;
      return content === '' ? '' : `<h${level}>${content}</h${level}>`;
    }
    case 'list': {
      const items = Array.isArray(e.items) ? e.items.filter(isRec).map((i) => (typeof i.content === 'string' ? `<li>${i.content}</li>` : '')) : [];
      return items.length > 0 ? `<ul>${items.join('')}</ul>` : '';
    }
    case 'quote':
    case 'blockquote': {
      const inner = Array.isArray(e.content_elements) ? e.content_elements.filter(isRec).map(ansElementHtml).join('') : '';
      const cite = isRec(e.citation) && typeof e.citation.content === 'string' && e.citation.content.trim() !== '' ? `<cite>${e.citation.content}</cite>` : '';
      return inner === '' ? '' : `<blockquote>${inner}${cite}</blockquote>`;
    }
    case 'correction':
      // Kept as the note it is: "Correction: An earlier version of this article …".
      return typeof e.text === 'string' && e.text.trim() !== '' ? `<p>${/^correction/iu.test(e.text) ? '' : 'Correction: '}${esc(e.text)}</p>` : '';
    case 'raw_html':
      return typeof e.content === 'string' ? e.content : '';
    case 'oembed_response': {
      const raw = isRec(e.raw_oembed) ? e.raw_oembed : null;
      return raw !== null && typeof raw.html === 'string' ? raw.html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/giu, '') : '';
    }
    case 'image': {
      const caption = typeof e.caption === 'string' ? e.caption.trim() : '';
      const by = creditNames(e);
      return caption === '' ? '' : `<figure><figcaption>${esc(caption)}${by.length > 0 && !caption.includes(by[0]!) ? ` (${esc(by.join(', '))})` : ''}</figcaption></figure>`;
    }
    default:
      return '';
  }
}

/**
 * An ANS story as the record parseRecords reads: its body written out as HTML, element by
 * element; its headline, authors, first publication (the day it first appeared, which
 * provenance asks for; the page shows a later display date), address and distributor.
 */
function ansRecord(story: Rec): Rec {
  const headlines = isRec(story.headlines) ? story.headlines : {};
  const by = creditNames(story);
  const url = [story.canonical_url, story.website_url].find((u) => typeof u === 'string' && /^https?:\/\//u.test(u)) ?? null;
  const distributor = isRec(story.distributor) && typeof story.distributor.name === 'string' && story.distributor.name.trim() !== '' ? story.distributor.name : null;
  const out: Rec = {
    title: typeof headlines.basic === 'string' && headlines.basic.trim() !== '' ? headlines.basic : null,
    url,
    outlet: typeof story.outlet === 'string' ? story.outlet : distributor,
    published: [story.first_publish_date, story.publish_date, story.display_date, story.created_date].find((d) => typeof d === 'string' && d !== '') ?? null,
    byline: by.length > 0 ? by : null,
    html: (story.content_elements as unknown[]).filter(isRec).map(ansElementHtml).filter((h) => h !== '').join('\n'),
  };
  return out;
}
