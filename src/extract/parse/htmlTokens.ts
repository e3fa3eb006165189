import { ownValue } from '../../domain';
/**
 * A small, linear HTML tokenizer: no regular expressions over the document, no
 * recursion, every character visited a bounded number of times. It is the safe path
 * for hostile pages (10,000 nested tags, unbalanced quotes, megabyte lines) where a
 * DOM plus Readability would recurse or crawl, and it reads metadata for every page.
 */
export type HtmlToken =
  | { type: 'open'; name: string; attrs: Record<string, string>; selfClosing: boolean }
  | { type: 'close'; name: string }
  | { type: 'text'; text: string }
  /** Content of script/style/title/textarea…, not parsed as markup. */
  | { type: 'raw'; name: string; text: string };

export const VOID_ELEMENTS: ReadonlySet<string> = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr',
]);

const RAW_TEXT_ELEMENTS: ReadonlySet<string> = new Set([
  'script', 'style', 'title', 'textarea', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript', 'plaintext',
]);

const isNameChar = (c: number): boolean =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 45 || c === 58 || c === 95;
const isLetter = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
const isSpace = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 13 || c === 12;

export function* htmlTokens(html: string): Generator<HtmlToken> {
  const n = html.length;
  // Lower-cased once so that finding `</script` is a plain indexOf.
  let lower: string | null = null;
  let pos = 0;
  while (pos < n) {
    const lt = html.indexOf('<', pos);
    if (lt === -1) {
      yield { type: 'text', text: html.slice(pos) };
      return;
    }
    if (lt > pos) yield { type: 'text', text: html.slice(pos, lt) };
    const c1 = html.charCodeAt(lt + 1);
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      pos = end === -1 ? n : end + 3;
    } else if (c1 === 33 /* ! */ || c1 === 63 /* ? */) {
      const end = html.indexOf('>', lt + 2);
      pos = end === -1 ? n : end + 1;
    } else if (c1 === 47 /* / */ && isLetter(html.charCodeAt(lt + 2))) {
      let i = lt + 2;
      while (i < n && isNameChar(html.charCodeAt(i))) i++;
      const name = html.slice(lt + 2, i).toLowerCase();
      const end = html.indexOf('>', i);
      pos = end === -1 ? n : end + 1;
      yield { type: 'close', name };
    } else if (isLetter(c1)) {
      const tag = readOpenTag(html, lt + 1);
      pos = tag.end;
      yield { type: 'open', name: tag.name, attrs: tag.attrs, selfClosing: tag.selfClosing };
      if (RAW_TEXT_ELEMENTS.has(tag.name) && !tag.selfClosing) {
        lower ??= html.toLowerCase();
        const close = lower.indexOf(`</${tag.name}`, pos);
        const stop = close === -1 ? n : close;
        yield { type: 'raw', name: tag.name, text: html.slice(pos, stop) };
        if (close === -1) return;
        const end = html.indexOf('>', close);
        pos = end === -1 ? n : end + 1;
        yield { type: 'close', name: tag.name };
      }
    } else {
      yield { type: 'text', text: '<' };
      pos = lt + 1;
    }
  }
}

function readOpenTag(html: string, start: number): { name: string; attrs: Record<string, string>; selfClosing: boolean; end: number } {
  const n = html.length;
  let i = start;
  while (i < n && isNameChar(html.charCodeAt(i))) i++;
  const name = html.slice(start, i).toLowerCase();
  const attrs: Record<string, string> = {};
  let selfClosing = false;
  while (i < n) {
    const c = html.charCodeAt(i);
    if (c === 62 /* > */) return { name, attrs, selfClosing, end: i + 1 };
    if (isSpace(c)) { i++; continue; }
    if (c === 47 /* / */) { selfClosing = true; i++; continue; }
    selfClosing = false;
    const ks = i;
    while (i < n) {
      const d = html.charCodeAt(i);
      if (isSpace(d) || d === 61 || d === 62 || d === 47) break;
      i++;
    }
    if (i === ks) { i++; continue; } // a stray character such as a lone quote
    const key = html.slice(ks, i).toLowerCase();
    while (i < n && isSpace(html.charCodeAt(i))) i++;
    let value = '';
    if (html.charCodeAt(i) === 61 /* = */) {
      i++;
      while (i < n && isSpace(html.charCodeAt(i))) i++;
      const q = html.charCodeAt(i);
      if (q === 34 || q === 39) {
        const close = html.indexOf(q === 34 ? '"' : "'", i + 1);
        const gt = html.indexOf('>', i + 1);
        if (close === -1) {
          // Unbalanced quote: the value ends at the tag end rather than swallowing the page.
          const stop = gt === -1 ? n : gt;
          value = html.slice(i + 1, stop);
          i = stop;
        } else {
          value = html.slice(i + 1, close);
          i = close + 1;
        }
      } else {
        const vs = i;
        while (i < n && !isSpace(html.charCodeAt(i)) && html.charCodeAt(i) !== 62) i++;
        value = html.slice(vs, i);
      }
    }
    if (!(key in attrs)) attrs[key] = decodeEntities(value);
  }
  return { name, attrs, selfClosing, end: n };
}

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', rsquo: '\u2019', lsquo: '\u2018', ldquo: '\u201c',
  rdquo: '\u201d', sbquo: '\u201a', bdquo: '\u201e', mdash: '\u2014', ndash: '\u2013', hellip: '\u2026', bull: '\u2022',
  middot: '\u00b7', laquo: '\u00ab', raquo: '\u00bb', copy: '\u00a9', reg: '\u00ae', trade: '\u2122', deg: '\u00b0',
  eacute: '\u00e9', egrave: '\u00e8', aacute: '\u00e1', agrave: '\u00e0', iacute: '\u00ed', oacute: '\u00f3',
  uacute: '\u00fa', ntilde: '\u00f1', ccedil: '\u00e7', uuml: '\u00fc', ouml: '\u00f6', auml: '\u00e4', szlig: '\u00df',
  euro: '\u20ac', pound: '\u00a3', times: '\u00d7', shy: '', zwj: '', zwnj: '', thinsp: '\u2009', ensp: '\u2002', emsp: '\u2003',
};

/** Decodes character references; unknown names stay as written. */
export function decodeEntities(s: string): string {
  if (s.indexOf('&') === -1) return s;
  return s.replace(/&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});/g, (m, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\ufffd';
      return String.fromCodePoint(code);
    }
    return ownValue(NAMED_ENTITIES, ref) ?? ownValue(NAMED_ENTITIES, ref.toLowerCase()) ?? m;
  });
}
