/**
 * A small, tolerant XML reader for news deliveries (RSS, Atom, NITF, NewsML-G2): linear, no
 * recursion while reading, every character visited a bounded number of times, so a hostile
 * file (deep nesting, an unclosed CDATA, a megabyte attribute) costs no more than its size.
 * It is not a validating parser: an end tag that closes nothing is passed over, one that
 * closes an outer element closes the ones left open inside it, as feeds in the wild need.
 */
export interface XmlElement {
  /** The name as written, prefix included ("content:encoded"). */
  name: string;
  /** The name without its prefix, lower-cased ("encoded"): how readers look elements up. */
  local: string;
  attrs: Record<string, string>;
  children: XmlNode[];
}
export type XmlNode = XmlElement | string;

/** Deeper elements are read as part of the element at this depth: no news vocabulary nests near it. */
const MAX_DEPTH = 256;

const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** XML's own entities and character references; other named references are left as written (feeds' HTML decodes them later). */
export function decodeXmlEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[\da-f]{1,6}|#\d{1,7}|[a-z]{2,4});/giu, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : whole;
    }
    return PREDEFINED[ref] ?? whole;
  });
}

const localName = (name: string): string => name.slice(name.indexOf(':') + 1).toLowerCase();

/** A tag's attributes, read in one pass (a regular expression here would retry a megabyte name at every position). */
function readAttrs(s: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  const n = s.length;
  let i = 0;
  const space = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 13;
  while (i < n) {
    while (i < n && (space(s.charCodeAt(i)) || s[i] === '/')) i++;
    const start = i;
    while (i < n && !space(s.charCodeAt(i)) && s[i] !== '=' && s[i] !== '/' && s[i] !== '>') i++;
    const key = s.slice(start, i);
    while (i < n && space(s.charCodeAt(i))) i++;
    if (s[i] !== '=') {
      if (i === start) i++;
      continue;
    }
    i++;
    while (i < n && space(s.charCodeAt(i))) i++;
    const quote = s[i];
    if (quote !== '"' && quote !== "'") continue;
    const end = s.indexOf(quote, i + 1);
    if (end === -1) break;
    if (key !== '' && key !== '__proto__' && !Object.prototype.hasOwnProperty.call(attrs, key)) attrs[key] = decodeXmlEntities(s.slice(i + 1, end));
    i = end + 1;
  }
  return attrs;
}

/**
 * The document's root element; null when the text holds no element. Comments, processing
 * instructions and the DOCTYPE are skipped; CDATA sections are text.
 */
export function xmlRoot(xml: string): XmlElement | null {
  const top: XmlElement = { name: '#document', local: '#document', attrs: {}, children: [] };
  const stack: XmlElement[] = [top];
  const n = xml.length;
  let pos = 0;
  const addText = (t: string): void => {
    if (t === '') return;
    const cur = stack[stack.length - 1]!;
    const last = cur.children[cur.children.length - 1];
    if (typeof last === 'string') cur.children[cur.children.length - 1] = last + t;
    else cur.children.push(t);
  };
  while (pos < n) {
    const lt = xml.indexOf('<', pos);
    if (lt === -1) {
      addText(decodeXmlEntities(xml.slice(pos)));
      break;
    }
    if (lt > pos) addText(decodeXmlEntities(xml.slice(pos, lt)));
    if (xml.startsWith('<![CDATA[', lt)) {
      const end = xml.indexOf(']]>', lt + 9);
      addText(xml.slice(lt + 9, end === -1 ? n : end));
      pos = end === -1 ? n : end + 3;
      continue;
    }
    if (xml.startsWith('<!--', lt)) {
      const end = xml.indexOf('-->', lt + 4);
      pos = end === -1 ? n : end + 3;
      continue;
    }
    if (xml.startsWith('<?', lt)) {
      const end = xml.indexOf('?>', lt + 2);
      pos = end === -1 ? n : end + 2;
      continue;
    }
    if (xml.startsWith('<!', lt)) {
      // A DOCTYPE, with its internal subset in brackets when it has one.
      // (The bracket is looked for before the tag's end only: a search past it would make many small tags quadratic.)
      const close = xml.indexOf('>', lt);
      const inTag = close === -1 ? -1 : xml.slice(lt, close).indexOf('[');
      let end = close;
      if (inTag !== -1) {
        const bracket = lt + inTag;
        const subsetEnd = xml.indexOf(']', bracket);
        end = subsetEnd === -1 ? -1 : xml.indexOf('>', subsetEnd);
      }
      pos = end === -1 ? n : end + 1;
      continue;
    }
    const gt = tagEnd(xml, lt + 1);
    if (gt === -1) {
      addText(decodeXmlEntities(xml.slice(lt)));
      break;
    }
    const inner = xml.slice(lt + 1, gt);
    pos = gt + 1;
    if (inner.startsWith('/')) {
      const local = localName(inner.slice(1).trim());
      let i = stack.length - 1;
      while (i > 0 && stack[i]!.local !== local) i--;
      if (i > 0) stack.length = i;
      continue;
    }
    const nameMatch = /^[^\s/>]+/u.exec(inner);
    if (nameMatch === null) {
      addText('<' + inner + '>');
      continue;
    }
    const selfClosing = inner.endsWith('/');
    const name = nameMatch[0];
    const el: XmlElement = { name, local: localName(name), attrs: readAttrs(inner.slice(name.length)), children: [] };
    if (stack.length > MAX_DEPTH) continue;
    stack[stack.length - 1]!.children.push(el);
    if (!selfClosing) stack.push(el);
  }
  return top.children.find((c): c is XmlElement => typeof c !== 'string') ?? null;
}

/** Where a tag opened at `from` ends: its `>` outside quoted attribute values; -1 if never. */
function tagEnd(xml: string, from: number): number {
  let quote = 0;
  for (let i = from; i < xml.length; i++) {
    const c = xml.charCodeAt(i);
    if (quote !== 0) {
      if (c === quote) quote = 0;
    } else if (c === 34 || c === 39) quote = c;
    else if (c === 62) return i;
    else if (c === 60) return -1;
  }
  return -1;
}

/** The element's child elements with this local name (any prefix). */
export function childrenNamed(el: XmlElement, local: string): XmlElement[] {
  return el.children.filter((c): c is XmlElement => typeof c !== 'string' && c.local === local);
}

/** The first child element with this local name, or null. */
export function childNamed(el: XmlElement | null, local: string): XmlElement | null {
  if (el === null) return null;
  for (const c of el.children) if (typeof c !== 'string' && c.local === local) return c;
  return null;
}

/** The first element with this local name anywhere below (breadth first), or null. */
export function findNamed(el: XmlElement | null, local: string): XmlElement | null {
  if (el === null) return null;
  for (const found of descendantsNamed(el, local)) return found;
  return null;
}

/** Every element with this local name below `el`, breadth first, not looking inside the ones found. */
export function* descendantsNamed(el: XmlElement, local: string): Generator<XmlElement> {
  const queue: XmlElement[] = [el];
  for (let i = 0; i < queue.length; i++) {
    for (const c of queue[i]!.children) {
      if (typeof c === 'string') continue;
      if (c.local === local) yield c;
      else queue.push(c);
    }
  }
}

/** The element's own text children joined, as written (its child elements' text left out). */
export function ownText(el: XmlElement): string {
  return el.children.filter((c): c is string => typeof c === 'string').join('');
}

/** All the text below an element, whitespace runs made one space; '' for null. */
export function xmlText(el: XmlElement | null): string {
  if (el === null) return '';
  const parts: string[] = [];
  const stack: XmlNode[] = [el];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (typeof node === 'string') parts.push(node);
    else for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  return parts.join('').replace(/\s+/gu, ' ').trim();
}

/** Text written back as markup: its ampersands and angle brackets escaped. */
export const escText = (t: string): string => t.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');
const escAttr = (t: string): string => escText(t).replace(/"/gu, '&quot;');

/** An element's content written out again as markup, prefixes dropped: the XHTML a delivery embeds, for the HTML reader. */
export function innerMarkup(el: XmlElement): string {
  const out: string[] = [];
  type Frame = { node: XmlNode } | { close: string };
  const stack: Frame[] = [];
  for (let i = el.children.length - 1; i >= 0; i--) stack.push({ node: el.children[i]! });
  while (stack.length > 0) {
    const f = stack.pop()!;
    if ('close' in f) {
      out.push(`</${f.close}>`);
      continue;
    }
    const node = f.node;
    if (typeof node === 'string') {
      out.push(escText(node));
      continue;
    }
    const tag = node.local;
    const attrs = Object.entries(node.attrs)
      .filter(([k]) => !k.startsWith('xmlns'))
      .map(([k, v]) => ` ${localName(k)}="${escAttr(v)}"`)
      .join('');
    out.push(`<${tag}${attrs}>`);
    stack.push({ close: tag });
    for (let i = node.children.length - 1; i >= 0; i--) stack.push({ node: node.children[i]! });
  }
  return out.join('');
}
