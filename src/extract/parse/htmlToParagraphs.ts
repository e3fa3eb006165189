import { htmlTokens, decodeEntities, VOID_ELEMENTS } from './htmlTokens';
import { isBoilerplateElement } from './htmlBoilerplate';

/** Elements that start and end a paragraph of text. */
const BLOCK_ELEMENTS: ReadonlySet<string> = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'br', 'caption', 'center', 'dd', 'details', 'dialog', 'div', 'dl',
  'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'html',
  'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);

/**
 * Visible text of an HTML document or fragment as paragraphs (one per block element),
 * whitespace collapsed, entities decoded, page furniture dropped. Linear in the input.
 * Images are dropped on purpose: their alt text repeats the caption next to them.
 */
export function htmlToParagraphs(html: string): string[] {
  const paragraphs: string[] = [];
  let parts: string[] = [];
  let pre = 0;
  // While skipping a dropped element: its name and how deep we are inside same-named tags.
  let skipName: string | null = null;
  let skipDepth = 0;
  // Inside a block quote, and inside its <cite>: the quotation's signature ("Ann Lee, union official").
  let quoteDepth = 0;
  let signature = false;

  const flush = (): void => {
    if (parts.length === 0) return;
    const raw = parts.join('');
    parts = [];
    let text = pre > 0 ? raw.split('\n').map((l) => l.trimEnd()).join('\n').trim() : collapse(raw);
    // Written as a signature under the quotation, the way a page prints it: "— Ann Lee, union official".
    if (signature && text !== '') text = `— ${text.replace(/^[—–―-]+\s*/u, '')}`;
    if (text !== '') paragraphs.push(text);
  };

  for (const tok of htmlTokens(html)) {
    if (skipName !== null) {
      if (tok.type === 'open' && tok.name === skipName && !tok.selfClosing) skipDepth++;
      else if (tok.type === 'close' && tok.name === skipName && --skipDepth === 0) skipName = null;
      continue;
    }
    switch (tok.type) {
      case 'text':
        parts.push(decodeEntities(tok.text));
        break;
      case 'raw':
        if (tok.name === 'textarea' || tok.name === 'xmp' || tok.name === 'plaintext') parts.push(tok.text);
        break;
      case 'open':
        if (tok.name === 'title') break;
        if (!VOID_ELEMENTS.has(tok.name) && !tok.selfClosing && isBoilerplateElement(tok.name, tok.attrs)) {
          skipName = tok.name;
          skipDepth = 1;
          break;
        }
        if (BLOCK_ELEMENTS.has(tok.name)) flush();
        if (tok.name === 'pre') pre++;
        if (tok.name === 'blockquote' && !tok.selfClosing) quoteDepth++;
        // (Only a <cite> that opens a line of its own: "He read <cite>The Times</cite>" inside a quoted paragraph names a work.)
        if (tok.name === 'cite' && quoteDepth > 0 && !tok.selfClosing && parts.join('').trim() === '') signature = true;
        break;
      case 'close':
        if (BLOCK_ELEMENTS.has(tok.name)) flush();
        if (tok.name === 'pre' && pre > 0) pre--;
        if (tok.name === 'blockquote' && quoteDepth > 0) quoteDepth--;
        if (tok.name === 'cite' && signature) {
          flush();
          signature = false;
        }
        break;
    }
  }
  flush();
  return paragraphs;
}

function collapse(s: string): string {
  return s.replace(/[\s\u00a0]+/g, ' ').trim();
}
