import { htmlTokens, decodeEntities } from './htmlTokens';
import { MARKDOWN_TABLE_RULE, markdownCells, tableRowText } from './tableRows';

/** A line wholly in bold that asks ("**Is Iran going to retaliate, and how?**"): an interviewer's question. */
const BOLD_QUESTION = /^ {0,3}(\*\*|__)(?=\S)([^*_\n]*\?[”"’']?)\1\s*$/u;

/**
 * Markdown to plain paragraphs: headings, quotes and list markers lose their markup,
 * links and images keep their text, code blocks and link definitions go. Line by line
 * with simple, linear patterns (no nested quantifiers), so a hostile line costs O(n).
 * Returns the text, the first level-1 heading (a title when metadata has none), every heading,
 * the lines that were a question wholly in bold (an interview's questions), as plain text, and
 * the rows of its tables as lines (tableRowText).
 */
export function markdownToText(md: string): { text: string; heading: string | null; headings: string[]; questions: string[]; home: string | null; tableRows: string[] } {
  const out: string[] = [];
  let home: string | null = null;
  let heading: string | null = null;
  const headings: string[] = [];
  const questions: string[] = [];
  const tableRows: string[] = [];
  let fence: string | null = null;
  // The title of a quote callout, signed under its words where the callout ends.
  let cite: string | null = null;
  const lines = md.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trimEnd();
    if (cite !== null && !/^ {0,3}>/u.test(line)) {
      out.push('', `— ${cite}`, '');
      cite = null;
    }
    const fenceMark = /^ {0,3}(`{3,}|~{3,})/.exec(line);
    if (fence !== null) {
      if (fenceMark && fenceMark[1]![0] === fence[0] && fenceMark[1]!.length >= fence.length) fence = null;
      continue;
    }
    if (fenceMark) { fence = fenceMark[1]!; continue; }
    // A table: its heading row, the rule under it, then a line per row, each cell under its heading.
    if (line.includes('|') && i + 1 < lines.length && MARKDOWN_TABLE_RULE.test(lines[i + 1]!.trimEnd())) {
      const headings = markdownCells(line).map(inline);
      for (i += 2; i < lines.length && lines[i]!.includes('|') && lines[i]!.trim() !== ''; i++) {
        const row = tableRowText(headings, markdownCells(lines[i]!).map(inline));
        if (row !== null) {
          out.push('', row, '');
          tableRows.push(row);
        }
      }
      i--;
      continue;
    }
    // A setext heading: one line of text underlined ("Title\n=====", "Section\n-------"), as pandoc writes them.
    const underline = /^ {0,3}(=+|-+) *$/.exec(line);
    if (underline && out.length > 0 && out[out.length - 1] !== '' && (out.length === 1 || out[out.length - 2] === '') && lines[i - 1]!.trim() !== '' && !/^ {0,3}(?:[-*+]|\d{1,9}[.)]) /u.test(lines[i - 1]!)) {
      const h = out[out.length - 1]!.trim();
      if (underline[1]![0] === '=' && heading === null) heading = h;
      headings.push(h);
      out.push('');
      continue;
    }
    if (/^ {0,3}([-*_])( *\1){2,} *$/.test(line)) { out.push(''); continue; } // thematic break
    if (underline && out.length > 0 && out[out.length - 1] !== '') { out.push(''); continue; } // setext underline under a longer paragraph
    if (/^ {0,3}\[[^\]\n]{1,200}\]: *\S+/.test(line)) continue; // link reference definition
    let s = line;
    const atx = /^ {0,3}(#{1,6})(?: +|$)/.exec(s);
    if (atx) {
      s = stripClosingHashes(s.slice(atx[0].length));
      const h = inline(s);
      const trimmed = h.trim();
      if (atx[1] === '#' && heading === null) heading = trimmed;
      if (trimmed !== '') headings.push(trimmed);
      out.push('', h, '');
      continue;
    }
    // A trail of sections before the text: its "Home" link is the site's address.
    if (home === null && out.length < 8 && s.includes('](')) home = HOME_LINK.exec(s)?.[1] ?? null;
    s = s.replace(/^ {0,3}(> ?)+/, '');
    // An Obsidian or GitHub callout's first line ("> [!note] Saved from …", "> [!quote] Ann Lee"):
    // its kind is markup; its title, a heading of the box, stands apart as a heading does.
    const callout = CALLOUT.exec(s);
    // The body of a reader's own note box ("> [!note] Why I clipped this", "> [!warning] Unconfirmed"): the
    // clipper's words, not the article's; skipped to the box's end.
    if (callout && READER_CALLOUT.test(callout[1]!)) {
      while (i + 1 < lines.length && /^ {0,3}>/u.test(lines[i + 1]!)) i++;
      continue;
    }
    if (callout) {
      const title = inline(callout[2] ?? '').trim();
      // A quote box's title is whom it quotes: signed under its words, as a pull quote is.
      if (title !== '' && QUOTE_CALLOUT.test(callout[1]!)) {
        cite = title;
        continue;
      }
      if (title !== '') {
        headings.push(title);
        out.push('', title, '');
      }
      continue;
    }
    const asked = BOLD_QUESTION.test(s);
    s = s.replace(/^ {0,3}([-*+]|\d{1,9}[.)]) +/, '');
    // A task list's item ("- [ ] confirm the toll"): the reader's to-do, not the article's.
    if (/^ {0,3}[-*+] +\[[ xX]\](?: |$)/u.test(line)) continue;
    const t = inline(s);
    if (asked) questions.push(t.trim());
    out.push(t);
  }
  if (cite !== null) out.push('', `— ${cite}`);
  return { text: out.join('\n').replace(/\n{3,}/g, '\n\n').trim(), heading, headings, questions, home, tableRows };
}

/** A callout's opening line: "[!note] Title", "[!QUOTE]- Title" (folded). */
const CALLOUT = /^\[!(\w{1,20})\][+-]?(?:\s+(.*))?$/u;
const QUOTE_CALLOUT = /^(?:quote|cite)$/iu;
/** Callouts a reader adds to a page they keep: notes, to-dos, warnings to themselves. */
const READER_CALLOUT = /^(?:note|tip|hint|todo|important|warning|caution|attention|comment)$/iu;

/** "[Home](https://www.express.co.uk/)": a link named Home to a site's root. */
const HOME_LINK = /\[\s*(?:home|homepage|home page)\s*\]\((https?:\/\/[^()\s/]+\/?)\)/iu;

function inline(s: string): string {
  let t = s;
  // Each pattern runs only where the line holds the character it needs (most lines are plain prose).
  if (t.includes('[')) {
    // A footnote's mark ("said.[^1]"): its note, a link definition, is dropped with the others.
    if (t.includes('[^')) t = t.replace(/\[\^[^[\]\s]{1,20}\](?!:)/g, '');
    // Bracket contents exclude brackets, so a line of "[[[[…" costs O(n), not O(n²).
    t = t.replace(/!\[([^[\]\n]*)\]\([^()\n]*\)/g, '$1');
    t = t.replace(/\[([^[\]\n]*)\]\([^()\n]*\)/g, '$1');
    t = t.replace(/\[([^[\]\n]*)\]\[[^[\]\n]*\]/g, '$1');
  }
  if (t.includes('<')) {
    t = t.replace(/<(https?:\/\/[^<>\s]*)>/g, '$1');
    if (t.includes('<')) t = stripTags(t);
  }
  if (t.includes('*') || t.includes('_')) {
    t = t.replace(/(\*\*|__)(?=\S)([^*_\n]*[^\s*_])\1/g, '$2');
    t = t.replace(/(^|[\s(])([*_])(?=\S)([^*_\n]*[^\s*_])\2(?=$|[\s.,;:!?)])/g, '$1$3');
  }
  if (t.includes('`')) t = t.replace(/`([^`\n]*)`/g, '$1');
  // A highlight ("==Police said nobody was hurt.==", Obsidian's and read-it-later tools' mark).
  if (t.includes('==')) t = t.replace(/==(?=\S)([^=\n]*[^\s=])==/g, '$1');
  // Any ASCII punctuation may be escaped (pandoc and html2text escape quotes, brackets, stars).
  if (t.includes('\\')) t = t.replace(/\\([!-/:-@[-`{-~])/g, '$1');
  return decodeEntities(t);
}

/** "Title ##" -> "Title" (closing sequence of an ATX heading), without a backtracking pattern. */
function stripClosingHashes(s: string): string {
  let end = s.trimEnd().length;
  let i = end;
  while (i > 0 && s[i - 1] === '#') i--;
  if (i < end && (i === 0 || s[i - 1] === ' ')) end = i;
  return s.slice(0, end).trim();
}

/** Inline HTML in Markdown: keep the text, drop the tags. */
function stripTags(s: string): string {
  let out = '';
  for (const tok of htmlTokens(s)) if (tok.type === 'text') out += tok.text;
  return out;
}
