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
 *   - Elasticsearch hits: `{hits: {hits: [{_source: {...}}]}}`; NewsAPI: `{articles: [...]}`.
 */

type Rec = Record<string, unknown>;

function isRec(v: unknown): v is Rec {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** Keys that hold a list of records. */
const LIST_KEYS = ['articles', 'results', 'docs', 'items', 'hits', 'posts', 'stories', 'data'] as const;
/** Keys that wrap one response or one record. */
const WRAPPER_KEYS = ['response', 'data', 'result', 'content', 'article', 'story', 'item', 'post'] as const;
/** A record's own marks: a wrapper holding one of these is the record. */
const RECORD_MARKS = ['url', 'webUrl', 'web_url', 'link', 'title', 'webTitle', 'headline', 'text', 'body', 'bodyText', 'articleBody', 'fields', '_source'];

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
  let rec: Rec = isRec(data._source) ? { ...data._source } : { ...data };
  if (isRec(rec.fields)) {
    const { fields, ...own } = rec;
    rec = { ...own, ...(fields as Rec) };
  }
  for (const k of Object.keys(rec)) rec[k] = textOf(rec[k]);
  const has = (k: string): boolean => rec[k] !== undefined && rec[k] !== null && rec[k] !== '';
  for (const [name, others] of ALIASES) {
    if (has(name)) continue;
    // A record with a text already does not need a summary; one with html keeps it as html.
    if (name === 'text' && (has('body') || has('content') || has('html'))) continue;
    const other = others.find(has);
    if (other !== undefined) rec[name] = rec[other];
  }
  return rec;
}
