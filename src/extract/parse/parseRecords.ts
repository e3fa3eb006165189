import { isClaimgraphError, type ClaimgraphError } from '../../domain';
import type { InputFormat, ParsedArticle } from '../types';
import { inputError } from './inputError';
import { normaliseDate } from './normaliseDate';
import { bylineLine, namesBylineNear } from './bylineLine';
import { parseHtml, withPageParts } from './parseHtml';
import { unwrapLines } from './unwrapLines';
import { apiErrorOf, flattenRecord, recordsOf } from './recordShape';

/** One outcome per record: the article, or why the record was refused. */
export type RecordResult = { index: number; article: ParsedArticle } | { index: number; error: ClaimgraphError };

const TEXT_KEYS = ['text', 'body', 'content'] as const;
/** A news API's mark of a text it cut short ("… [+3287 chars]"): not the article's words. */
const TRUNCATED = /(?:…|\.\.\.)? ?\[\+\d+ chars\]\s*$/u;
/** Paragraph or line-break markup in a text field. */
const MARKUP = /<\/p>|<br\s*\/?>|<\/div>|<\/li>|<\/h[1-6]>/iu;

/**
 * JSON: one record `{url, outlet, published, title, text | html}` or an array of them, or a
 * news API's answer holding them (NewsAPI's `articles`, the Guardian's `response.content` or
 * `response.results`, the Times's `response.docs`, a JSON Feed's `items`: recordShape.ts).
 * A bad element is reported by its index; the others go on.
 */
export function parseJson(text: string, file: string | null): RecordResult[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw inputError(file, `malformed JSON (${(e as Error).message})`);
  }
  const apiError = apiErrorOf(data);
  if (apiError !== null) throw inputError(file, `a news API's error answer, not articles ("${apiError.slice(0, 200)}")`);
  data = recordsOf(data);
  if (!Array.isArray(data)) return [recordResult(data, file, 'json', 0, {})];
  if (data.length === 0) throw inputError(file, 'empty (a JSON array without records)');
  return data.map((rec, i) => recordResult(rec, file, 'json', i, { record: i + 1 }));
}

/** JSON Lines: one record per line; a bad line is reported with its line number. */
export function parseJsonLines(text: string, file: string | null): RecordResult[] {
  const results: RecordResult[] = [];
  let pos = 0;
  let lineNo = 0;
  while (pos <= text.length) {
    let end = text.indexOf('\n', pos);
    if (end === -1) end = text.length;
    lineNo++;
    const line = text.slice(pos, end).trim();
    pos = end + 1;
    if (line === '') continue;
    const index = results.length;
    let data: unknown;
    try {
      data = JSON.parse(line);
    } catch (e) {
      results.push({ index, error: inputError(file, `malformed JSON (${(e as Error).message})`, { line: lineNo }) });
      continue;
    }
    results.push(recordResult(data, file, 'jsonl', index, { line: lineNo }));
  }
  if (results.length === 0) throw inputError(file, 'empty (no JSON Lines records)');
  return results;
}

type Where = { line?: number; record?: number };
/** The formats whose inputs are records (a delivery's items are records too). */
type RecordFormat = Extract<InputFormat, 'json' | 'jsonl' | 'xml'>;

export function recordResult(data: unknown, file: string | null, format: RecordFormat, index: number, where: Where): RecordResult {
  try {
    return { index, article: recordToArticle(data, file, format, where) };
  } catch (e) {
    if (isClaimgraphError(e)) return { index, error: e };
    throw e;
  }
}

function recordToArticle(raw: unknown, file: string | null, format: RecordFormat, where: Where): ParsedArticle {
  const data = flattenRecord(raw);
  if (!data || typeof data !== 'object' || Array.isArray(data)) throw inputError(file, 'a record must be a JSON object', where);
  const rec = data as Record<string, unknown>;
  const field = (key: string): string | null => {
    const v = rec[key];
    if (v === undefined || v === null) return null;
    if (typeof v !== 'string') throw inputError(file, `field "${key}" must be a string`, where);
    return v.trim() === '' ? null : v.trim();
  };
  // Feeds name their fields differently ("headline", "link", "source", "author"): the usual names
  // first, then their common other names; another name's value that is no text is passed over.
  const other = (...keys: string[]): string | null => {
    for (const k of keys) {
      const v = rec[k];
      if (typeof v === 'string' && v.trim() !== '') return v.trim();
      if (Array.isArray(v) && v.length > 0 && v.every((x) => typeof x === 'string')) return (v as string[]).join(' and ');
      // NewsAPI and its like: "source": {"id": "reuters", "name": "Reuters"}.
      const name = v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as { name?: unknown }).name : undefined;
      if (typeof name === 'string' && name.trim() !== '') return name.trim();
    }
    return null;
  };
  const url = field('url') ?? other('link', 'canonical_url', 'permalink');
  const outlet = field('outlet') ?? other('source', 'publisher', 'site_name', 'site');
  const title = field('title') ?? other('headline');
  const author = other('byline', 'author', 'authors');
  const byline = bylineLine(author);
  const publishedRaw = rec.published ?? rec.date ?? rec.published_at ?? rec.publishedAt ?? rec.pubDate ?? rec.datePublished ?? null;
  if (publishedRaw !== null && typeof publishedRaw !== 'string' && typeof publishedRaw !== 'number') {
    throw inputError(file, 'field "published" must be a date string', where);
  }
  const published = normaliseDate(publishedRaw);

  const textKey = TEXT_KEYS.find((k) => rec[k] !== undefined && rec[k] !== null);
  if (textKey) {
    const body = field(textKey);
    if (body === null) throw inputError(file, `empty (field "${textKey}" has no text)`, where);
    // Feeds often put the article's markup in "body" ("<p>BAGHDAD: …</p><p>…</p>"): read it as HTML.
    if (MARKUP.test(body)) {
      const page = parseHtml(body);
      if (page.body.trim() !== '') return { file, url, outlet, published, title: title ?? page.title, format, body: withByline(page.body, byline, author), ...withPageParts(page) };
    }
    const text = unwrapLines(withoutCutMark(body.replace(/\r\n?/g, '\n')));
    // (A news API's record may hold nothing but its cut mark.)
    if (text.trim() === '') throw inputError(file, `empty (field "${textKey}" has no text)`, where);
    return { file, url, outlet, published, title, format, body: withByline(text, byline, author) };
  }
  const html = field('html');
  if (html !== null) {
    const page = parseHtml(html);
    if (page.body.trim() === '') throw inputError(file, 'empty (no text in field "html")', where);
    return {
      file,
      url: url ?? page.url,
      outlet: outlet ?? page.outlet,
      published: published ?? page.published,
      title: title ?? page.title,
      format,
      body: withByline(page.body, byline, author),
      ...withPageParts(page),
    };
  }
  throw inputError(file, 'a record needs a text field ("text", "body", "content", "bodyText", …) or an "html" field', where);
}

/**
 * The record's byline as a first "By …" line, unless the text opens with it already; where the
 * text prints it bare on a line of its own ("Baghdad - Fadhel al-Nashmi"), that line is made the
 * "By …" line, so that cleaning reads it as the byline and not as a line of the story.
 */
function withByline(body: string, byline: string | null, author: string | null): string {
  if (byline === null || author === null) return body;
  const lines = body.split('\n');
  const bare = lines.slice(0, 12).findIndex((l) => l.trim() === author);
  if (bare >= 0 && byline !== author) {
    lines[bare] = byline;
    return lines.join('\n');
  }
  return namesBylineNear(body.split(/\n\s*\n/u, 3), byline) ? body : `${byline}\n\n${body}`;
}

/** The text without a news API's cut mark at its end (only the tail is searched). */
function withoutCutMark(text: string): string {
  const at = text.lastIndexOf('[+');
  if (at < 0 || text.length - at > 40) return text;
  const from = Math.max(0, at - 5);
  const tail = text.slice(from).replace(TRUNCATED, '');
  return tail.length === text.length - from ? text : (text.slice(0, from) + tail).trimEnd();
}
