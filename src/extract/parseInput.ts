import { isClaimgraphError, type ClaimgraphError } from '../domain';
import { INPUT_FORMATS, type InputFormat, type ParsedArticle, type RawInput } from './types';
import { decodeText } from './parse/decodeText';
import { formatFromContent, formatFromFileName, isXhtml } from './parse/sniffFormat';
import { parseText } from './parse/parseText';
import { htmlArticle } from './parse/parseHtml';
import { parseJson, parseJsonLines, type RecordResult } from './parse/parseRecords';
import { inputError } from './parse/inputError';
import { parseXml } from './parse/parseXml';
import { parseEmail } from './parse/parseEmail';

export type { RecordResult } from './parse/parseRecords';

export interface ParseResult {
  format: InputFormat | null;
  /** One entry per record in input order (a text, Markdown or HTML file is one record). */
  records: RecordResult[];
  /** The good records' articles, in order. */
  articles: ParsedArticle[];
  /** Why the other records (or the whole input) were refused; all BAD_INPUT, naming the file and line. */
  errors: ClaimgraphError[];
}

/**
 * Decodes one input into articles, keeping per-record failures: a bad JSON Lines line
 * is an error entry while every good line still yields its article. Never throws a
 * ClaimgraphError; a whole-input failure (binary, empty, malformed JSON) is the single
 * error entry.
 */
export function parseInputDetailed(raw: RawInput): ParseResult {
  let format: InputFormat | null = raw.format ?? null;
  let records: RecordResult[];
  try {
    if (format !== null && !(INPUT_FORMATS as readonly string[]).includes(format)) {
      throw inputError(raw.file, `unknown format "${String(format)}" (expected ${INPUT_FORMATS.join(', ')})`);
    }
    format ??= formatFromFileName(raw.file);
    const text = decodeText(raw.content, raw.file);
    if (text.trim() === '') throw inputError(raw.file, 'empty');
    format ??= formatFromContent(text);
    records = decode(text, raw.file, format);
  } catch (e) {
    if (!isClaimgraphError(e)) throw e;
    records = [{ index: 0, error: e }];
  }
  const articles: ParsedArticle[] = [];
  const errors: ClaimgraphError[] = [];
  for (const r of records) {
    if ('article' in r) articles.push(r.article);
    else errors.push(r.error);
  }
  return { format, records, articles, errors };
}

/**
 * The articles of one input. Throws BAD_INPUT (naming the file) when nothing in it is
 * readable; when some JSON Lines records are bad, returns the good ones (use
 * parseInputDetailed to report the bad ones).
 */
export function parseInput(raw: RawInput): ParsedArticle[] {
  const result = parseInputDetailed(raw);
  if (result.articles.length === 0) throw result.errors[0] ?? inputError(raw.file, 'no articles');
  return result.articles;
}

function decode(text: string, file: string | null, format: InputFormat): RecordResult[] {
  switch (format) {
    case 'text':
    case 'markdown':
      return [{ index: 0, article: parseText(text, file, format) }];
    case 'xml':
      // An .xml file may be a web page written as XHTML.
      return isXhtml(text) ? decode(text, file, 'html') : parseXml(text, file);
    case 'html':
      return [{ index: 0, article: htmlArticle(text, file) }];
    case 'json':
      return parseJson(text, file);
    case 'jsonl':
      return parseJsonLines(text, file);
    case 'email':
      return [{ index: 0, article: parseEmail(text, file) }];
  }
}
