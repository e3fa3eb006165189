import { htmlTokens, VOID_ELEMENTS } from './htmlTokens';

/** End tags that may be omitted: counting them would overstate nesting on sloppy pages. */
const OPTIONAL_END: ReadonlySet<string> = new Set([
  'p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'option', 'optgroup', 'thead', 'tbody', 'tfoot', 'colgroup', 'rb', 'rt', 'rp',
  'html', 'head', 'body',
]);

export interface HtmlShape {
  maxDepth: number;
  elements: number;
  /** "<" that starts no tag. */
  strayLt: number;
  /** "&" in text (character references or stray ampersands). */
  ampersands: number;
  /** Longest run of text between two tags. */
  longestText: number;
}

/**
 * The shape of a page, measured without building a tree, to decide whether the DOM and
 * Readability can take it: both slow down badly (seconds for 30 KB) on many stray "<"
 * or "&", on long text runs, on very many elements, and overflow the stack on deep nesting.
 */
export function measureHtml(html: string): HtmlShape {
  let depth = 0;
  const shape: HtmlShape = { maxDepth: 0, elements: 0, strayLt: 0, ampersands: 0, longestText: 0 };
  let run = 0;
  for (const tok of htmlTokens(html)) {
    if (tok.type === 'text') {
      if (tok.text === '<') shape.strayLt++;
      run += tok.text.length;
      if (run > shape.longestText) shape.longestText = run;
      for (let i = tok.text.indexOf('&'); i !== -1; i = tok.text.indexOf('&', i + 1)) shape.ampersands++;
      continue;
    }
    run = 0;
    if (tok.type === 'open') {
      shape.elements++;
      if (tok.selfClosing || VOID_ELEMENTS.has(tok.name) || OPTIONAL_END.has(tok.name)) continue;
      if (++depth > shape.maxDepth) shape.maxDepth = depth;
    } else if (tok.type === 'close' && !OPTIONAL_END.has(tok.name) && !VOID_ELEMENTS.has(tok.name) && depth > 0) {
      depth--;
    }
  }
  return shape;
}
