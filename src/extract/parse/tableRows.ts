/**
 * A table of figures in an article ("Source | Missiles fired | Notes", a row per account) states
 * a fact per row, which cell by cell means nothing ("22" alone is no claim). Each row is read as
 * one line, every cell under its column’s heading: "Source: Iraqi Joint Operations Command,
 * Missiles fired: 22, Notes: 2 at Ain al-Asad did not explode."
 */

/** Cells that say nothing: an empty cell, a dash, "n/a". */
const EMPTY_CELL = /^(?:|[-–—−]+|n\/?a|none given)$/iu;

/** The row as a line of text, or null when fewer than two cells say something. */
export function tableRowText(headings: readonly string[], cells: readonly string[]): string | null {
  const parts: string[] = [];
  for (let i = 0; i < cells.length; i++) {
    const cell = squash(cells[i]!);
    if (EMPTY_CELL.test(cell)) continue;
    const heading = headings.length === cells.length ? squash(headings[i]!).replace(/:$/u, '') : '';
    parts.push(heading === '' || EMPTY_CELL.test(heading) ? cell : `${heading}: ${cell}`);
  }
  if (parts.length < 2) return null;
  // (Commas, not semicolons: the row is one statement, which a semicolon would cut in two.)
  const line = parts.join(', ');
  return /[.!?]["”’']?$/u.test(line) ? line : `${line}.`;
}

function squash(s: string): string {
  return s.replace(/\s+/gu, ' ').trim();
}

/** The cells of a Markdown table row ("| a | b |"); escaped bars ("\|") stay in their cell. */
export function markdownCells(line: string): string[] {
  const s = line.trim().replace(/^\|/u, '').replace(/(?<!\\)\|$/u, '');
  return s.split(/(?<!\\)\|/u).map((c) => c.replace(/\\\|/gu, '|').trim());
}

/** The line under a Markdown table's heading row: "|---|:---:|". */
export const MARKDOWN_TABLE_RULE = /^ {0,3}\|?(?: *:?-{3,}:? *\|)+(?: *:?-{3,}:? *)?$/u;
