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
