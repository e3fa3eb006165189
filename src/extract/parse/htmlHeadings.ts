import { decodeEntities, htmlTokens } from './htmlTokens';

const HEADING_ELEMENTS: ReadonlySet<string> = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/**
 * The text of every heading element (<h1>…<h6>) of an HTML fragment, whitespace collapsed as
 * htmlToParagraphs writes it: the page's own section and entry headings. Linear in the input.
 */
export function htmlHeadings(html: string): string[] {
  const out: string[] = [];
  let open: string | null = null;
  let parts: string[] = [];
  for (const tok of htmlTokens(html)) {
    if (tok.type === 'open' && HEADING_ELEMENTS.has(tok.name) && !tok.selfClosing) {
      open = tok.name;
      parts = [];
    } else if (tok.type === 'close' && tok.name === open) {
      const text = decodeEntities(parts.join('')).replace(/\s+/gu, ' ').trim();
      if (text !== '') out.push(text);
      open = null;
    } else if (tok.type === 'text' && open !== null) parts.push(tok.text);
  }
  return out;
}

/** A word processor's title and heading styles on a paragraph: Word's "MsoTitle", "MsoSubtitle", "MsoHeading2"; Google Docs' "title", "subtitle". */
const STYLED_HEADING = /(?:^|\s)(?:MsoTitle|MsoSubtitle|MsoHeading\d|title|subtitle)(?:\s|$)/u;

/**
 * The text of the paragraphs a document exported from a word processor styles as its title or
 * a heading (<p class="MsoTitle">): headings as an <h1> is, though the markup says <p>. Read
 * from the page as written, since Readability drops the classes.
 */
export function styledHeadings(html: string): string[] {
  if (!/class=["']?[^"'>]*(?:Mso|title)/u.test(html)) return [];
  const out: string[] = [];
  let depth = 0;
  let parts: string[] = [];
  for (const tok of htmlTokens(html)) {
    if (tok.type === 'open' && tok.name === 'p' && !tok.selfClosing) {
      const cls = tok.attrs.class ?? '';
      depth = STYLED_HEADING.test(cls) ? 1 : 0;
      parts = [];
    } else if (tok.type === 'close' && tok.name === 'p' && depth > 0) {
      const text = decodeEntities(parts.join('')).replace(/[\s\u00a0]+/gu, ' ').trim();
      if (text !== '') out.push(text);
      depth = 0;
    } else if (tok.type === 'text' && depth > 0) parts.push(tok.text);
  }
  return out;
}
