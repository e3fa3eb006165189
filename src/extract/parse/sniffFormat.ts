import type { InputFormat } from '../types';
import { inputError } from './inputError';
import { ownValue } from '../../domain';
import { looksLikeMime } from './mimeMessage';

const BY_EXTENSION: Record<string, InputFormat> = {
  txt: 'text', text: 'text', md: 'markdown', markdown: 'markdown', mdown: 'markdown', html: 'html', htm: 'html',
  xhtml: 'html', json: 'json', jsonld: 'json', jsonl: 'jsonl', ndjson: 'jsonl',
  // A broadcast's subtitles (SubRip, WebVTT): text, read as the transcript they spell.
  srt: 'text', vtt: 'text',
  // News as delivered: feeds and wire markup; mail and pages saved as one MIME file.
  xml: 'xml', rss: 'xml', atom: 'xml', rdf: 'xml', nitf: 'xml',
  eml: 'email', mht: 'email', mhtml: 'email',
};

/** The file name endings read as articles when a folder is walked (".txt", ".eml", …). */
export const ARTICLE_FILE_EXTENSIONS: ReadonlySet<string> = new Set(Object.keys(BY_EXTENSION).map((e) => `.${e}`));

/** File types that are certainly not articles we can read; named in the error instead of "not text". */
const UNSUPPORTED = new Set([
  'pdf', 'doc', 'docx', 'odt', 'rtf', 'xls', 'xlsx', 'ppt', 'pptx', 'png', 'jpg', 'jpeg', 'gif', 'webp', 'bmp', 'tif', 'tiff',
  'mp3', 'mp4', 'wav', 'avi', 'mov', 'zip', 'gz', 'tgz', 'bz2', 'xz', '7z', 'rar', 'tar', 'exe', 'dll', 'so', 'bin', 'epub',
]);

/** Format named by a file's extension; null when there is none or it says nothing. */
export function formatFromFileName(file: string | null): InputFormat | null {
  if (!file) return null;
  const base = file.slice(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
  const dot = base.lastIndexOf('.');
  if (dot <= 0) return null;
  const ext = base.slice(dot + 1).toLowerCase();
  if (UNSUPPORTED.has(ext)) throw inputError(file, `unsupported file type .${ext} (expected text, Markdown, HTML, JSON, JSON Lines, XML or e-mail)`);
  return ownValue(BY_EXTENSION, ext) ?? null;
}

/** Format guessed from the text itself (no extension, or an extension that says nothing). */
export function formatFromContent(text: string): InputFormat {
  const head = text.slice(0, 4096).trimStart();
  if (head.startsWith('{')) {
    const firstLine = head.split('\n', 1)[0]!.trim();
    const more = /\n\s*\{/.test(head);
    return firstLine.endsWith('}') && more ? 'jsonl' : 'json';
  }
  if (/^\[\s*(\{|\]|$)/.test(head)) return 'json';
  if (/^<(?:\?xml|rss|feed|nitf|newsItem|newsMessage|rdf:RDF)[\s>]/.test(head)) return isXhtml(head) ? 'html' : 'xml';
  if (looksLikeMime(head)) return 'email';
  if (/^<(!doctype\s+html|html|head|body|meta|title|article|div|section|main|p|h1|!--)[\s>]/i.test(head)) return 'html';
  const body = head.startsWith('---\n') ? head.slice(head.indexOf('\n---', 3) + 4) : head;
  if (/^#{1,6} \S/m.test(body) || /\]\(https?:\/\//.test(body)) return 'markdown';
  return 'text';
}

/**
 * Whether a text that opens as XML is a web page (an HTML doctype, or `<html>` as its first
 * element) rather than a news delivery. Only the first 4 KB are read.
 */
export function isXhtml(text: string): boolean {
  const head = text.slice(0, 4096);
  if (/^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<!doctype\s+html/iu.test(head)) return true;
  const root = /<([A-Za-z][\w:.-]*)[\s>/]/u.exec(head.replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<![^>]*>/gu, ''));
  return root !== null && root[1]!.toLowerCase() === 'html';
}
