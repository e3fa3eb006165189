import { elementText } from './elementText';
import { tableRowText } from './tableRows';

/** The DOM a page's tables are read from (linkedom's, structurally). */
export interface TableNode {
  tagName: string;
  textContent: string | null;
  querySelector(sel: string): TableNode | null;
  querySelectorAll(sel: string): ArrayLike<TableNode>;
  replaceWith(...nodes: unknown[]): void;
}

interface TableDocument {
  querySelectorAll(sel: string): ArrayLike<TableNode>;
  createElement(name: string): { textContent: string | null; appendChild(node: unknown): unknown };
}

/** What a cell of a table that lays a page out holds and a cell of figures does not. */
const LAYOUT_CONTENT = 'table, p, div, ul, ol, h1, h2, h3, h4, h5, h6, blockquote, figure, img, iframe, form';
/** A cell longer than this is prose laid out in a table, not a figure. */
const MAX_CELL_CHARS = 300;

/**
 * Replaces every table of figures in the page with a paragraph per row (its caption first),
 * each cell under its column's heading (tableRowText), so that the text reader and Readability
 * see a row's fact as one line; returns the rows' lines. Tables that lay the page out (an
 * e-mail's, cells holding paragraphs or images) are left alone.
 */
export function tablesToParagraphs(doc: TableDocument): string[] {
  const written: string[] = [];
  for (const table of Array.from(doc.querySelectorAll('table'))) {
    const rows = dataTableRows(table);
    if (rows === null) continue;
    const box = doc.createElement('div');
    const caption = table.querySelector('caption');
    const lines = [...(caption ? [elementText(caption)] : []), ...rows].filter((l) => l !== '');
    for (const line of lines) {
      const p = doc.createElement('p');
      p.textContent = line;
      box.appendChild(p);
    }
    table.replaceWith(box);
    written.push(...rows);
  }
  return written;
}

/** A table of figures' rows as lines, or null when the table is no such table. */
function dataTableRows(table: TableNode): string[] | null {
  if (table.querySelector(LAYOUT_CONTENT) !== null) return null;
  const rows = Array.from(table.querySelectorAll('tr')).map((tr) => Array.from(tr.querySelectorAll('th, td')));
  if (rows.length < 2 || rows.some((cells) => cells.some((c) => (c.textContent ?? '').length > MAX_CELL_CHARS))) return null;
  if (rows.filter((cells) => cells.length >= 2).length < rows.length / 2) return null;
  const first = rows[0]!;
  const headed = first.length >= 2 && first.every((c) => c.tagName.toLowerCase() === 'th');
  const headings = headed ? first.map(elementText) : [];
  const lines: string[] = [];
  for (const cells of headed ? rows.slice(1) : rows) {
    const line = tableRowText(headings, cells.map(elementText));
    if (line !== null) lines.push(line);
  }
  return lines.length > 0 ? lines : null;
}
