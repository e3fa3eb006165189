import { htmlTokens, VOID_ELEMENTS } from './htmlTokens';

/** End tags that may be omitted: counting them would overstate nesting on sloppy pages. */
const OPTIONAL_END: ReadonlySet<string> = new Set([
  'p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'option', 'optgroup', 'thead', 'tbody', 'tfoot', 'colgroup', 'rb', 'rt', 'rp',
  'html', 'head', 'body',
]);

/** Nesting depth and element count of a page, measured without building a tree. */
export function measureHtml(html: string): { maxDepth: number; elements: number } {
  let depth = 0;
  let maxDepth = 0;
  let elements = 0;
  for (const tok of htmlTokens(html)) {
    if (tok.type === 'open') {
      elements++;
      if (tok.selfClosing || VOID_ELEMENTS.has(tok.name) || OPTIONAL_END.has(tok.name)) continue;
      if (++depth > maxDepth) maxDepth = depth;
    } else if (tok.type === 'close' && !OPTIONAL_END.has(tok.name) && !VOID_ELEMENTS.has(tok.name) && depth > 0) {
      depth--;
    }
  }
  return { maxDepth, elements };
}
