import { nlp } from './nlp';
import { winkSafe } from './winkSafe';
import { asciiSingleQuoteSpans, quoteSpans } from './quoteSpans';
import type { Sentence, Token } from './Sentence';
import { isTrimSpace } from './whiteSpace';
import { isDigit } from './isDigit';

export interface SegmentParagraph {
  start: number;
  end: number;
  kind: 'body' | 'caption' | 'table';
}

/** Titles and abbreviations that end in a period but never end a sentence ("Sen.", "Jan."); so does a single capital ("D-N.M."). */
const NO_END_ABBREV = new Set([
  'Sen', 'Gen', 'Rep', 'Gov', 'Lt', 'Col', 'Sgt', 'Capt', 'Cpl', 'Maj', 'Adm', 'Dr', 'Mr', 'Mrs', 'Ms', 'Mt', 'St', 'Jr', 'Sr', 'Prof', 'Rev', 'Hon',
  // (Not "MS": "was diagnosed with MS." ends a sentence.)
  'Sec', 'Amb', 'GEN', 'SEN', 'REP', 'GOV', 'ADM', 'AMB', 'COL', 'LT', 'MR', 'MRS', 'DR',
  'No', 'Nos', 'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec', 'vs', 'etc', 'approx', 'est', 'Fig', 'Inc', 'Corp', 'Co', 'Ltd',
]);
const CAPITAL = /^\p{Lu}$/u;

/** A quotation longer than this is not kept whole (a forgotten closing mark is the likelier story). */
const MAX_QUOTE = 3000;

/**
 * Splits the cleaned article text into sentences with offsets, paragraph by paragraph
 * (a paragraph break always ends a sentence). wink-nlp proposes boundaries; we then
 * repair the cases news copy breaks it on:
 *  - a boundary inside a closed quotation is dropped, so a quote of several sentences
 *    stays whole with its attribution;
 *  - a boundary before a lower-case word or a comma is dropped ("“Why?” he asked.");
 *  - a boundary after a title or an initial is dropped ("Sen. Tom Udall, D-N.M., said");
 *  - a boundary is added after a quotation that ends a sentence and is followed by a new
 *    capitalised sentence, which wink sometimes misses.
 */
export function splitSentences(text: string, paragraphs: readonly SegmentParagraph[]): Sentence[] {
  const out: Sentence[] = [];
  // One wink call for the whole text (a call per paragraph costs ~15% more); each paragraph then takes its share.
  const all = tokenize(text);
  const tokens = all.tokens;
  let at = 0;
  let st = 0;
  paragraphs.forEach((p, pi) => {
    if (isBlank(text, p.start, Math.min(p.end, text.length))) return;
    // The paragraph's tokens are tokens[first, last): read in place rather than copied.
    while (at < tokens.length && tokens[at]!.start < p.start) at++;
    const first = at;
    while (at < tokens.length && tokens[at]!.end <= p.end) at++;
    const last = at;
    const winkStarts: number[] = [];
    while (st < all.sentenceStarts.length && all.sentenceStarts[st]! < p.start) st++;
    while (st < all.sentenceStarts.length && all.sentenceStarts[st]! < p.end) winkStarts.push(all.sentenceStarts[st++]!);
    if (last === first) return;
    const starts = repairBoundaries(text.slice(p.start, p.end), p.start, winkStarts);
    let ti = first;
    for (let i = 0; i < starts.length; i++) {
      const from = starts[i]!;
      const to = i + 1 < starts.length ? starts[i + 1]! : p.end;
      // text[from, to) trimmed, by offsets (no slices to measure the spaces).
      let s = from;
      while (s < to && isTrimSpace(text.charCodeAt(s))) s++;
      let e = Math.min(to, text.length);
      while (e > s && isTrimSpace(text.charCodeAt(e - 1))) e--;
      if (e <= s) continue;
      // Tokens are in order: walk one pointer instead of filtering per sentence (10 MB inputs).
      const own: Token[] = [];
      while (ti < last && tokens[ti]!.start < s) ti++;
      while (ti < last && tokens[ti]!.end <= e) own.push(tokens[ti++]!);
      out.push({
        index: out.length,
        start: s,
        end: e,
        text: text.slice(s, e),
        paragraph: pi,
        kind: p.kind,
        tokens: own,
      });
    }
  });
  return out;
}

/**
 * text[from, to), spaces trimmed from its end, ends in a title, an abbreviation or an initial and
 * its period, standing after a space, "(", a dash or `from`: the answer of
 * /(?:^|[\s(\-–—])(?:\p{Lu}|Sen|…|Ltd)\.$/u for text.slice(from, to).trimEnd(), read back from
 * the period (the pattern would be tried at every position; this runs for nearly every boundary).
 */
function endsWithAbbreviation(text: string, from: number, to: number): boolean {
  let dot = to - 1;
  while (dot >= from && isTrimSpace(text.charCodeAt(dot))) dot--;
  if (dot <= from || text.charCodeAt(dot) !== 46) return false;
  let b = dot - 1;
  while (b >= from && !isWordBoundaryBefore(text.charCodeAt(b))) b--;
  const word = text.slice(b + 1, dot);
  // "No. 10", but "No. Home Office data shows …": an answer ends its sentence.
  if (word === 'No' || word === 'Nos') {
    let n = dot + 1;
    while (n < text.length && isTrimSpace(text.charCodeAt(n))) n++;
    return isDigit(text.charCodeAt(n));
  }
  // "SEC. ESPER:", a transcript's label, but "… filed with the SEC. The company …".
  if (word === 'SEC') return /^\s+\p{Lu}{2,}[\p{Lu}.' -]*:/u.test(text.slice(dot + 1, dot + 40));
  return NO_END_ABBREV.has(word) || CAPITAL.test(word);
}

const CONTINUATION = /^[\p{Ll},;:)\]]/u;
/** "…” ― Maria Ortega": a signature after a dash belongs to the quotation before it. */
const SIGNATURE = /^[―—–]\s*\p{Lu}/u;

/**
 * What follows a proposed boundary at `at` carries on the sentence: a lower-case word, a comma and
 * the like, or a dashed signature. Read from the first character where it is ASCII (most boundaries
 * open on a capital); the patterns look at no more than text.slice(at, at + 3).
 */
function continuesSentence(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (c < 128) return (c >= 97 && c <= 122) || c === 44 || c === 59 || c === 58 || c === 41 || c === 93;
  const next = text.slice(at, at + 3);
  return CONTINUATION.test(next) || SIGNATURE.test(next);
}

/** What may stand before an abbreviation: white space, "(", "-", "–" or "—". */
function isWordBoundaryBefore(c: number): boolean {
  return isTrimSpace(c) || c === 40 || c === 45 || c === 0x2013 || c === 0x2014;
}

/** text.slice(start, end).trim() === '', without the slice. */
function isBlank(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!isTrimSpace(text.charCodeAt(i))) return false;
  return true;
}

interface Tokenized {
  tokens: Token[];
  /** Char offsets (absolute) where wink starts a sentence. */
  sentenceStarts: number[];
}

/** wink's tokens (with offsets into `text`) and sentence starts for the whole article. */
function tokenize(text: string): Tokenized {
  const w = nlp();
  // (Offsets are the same in both: letters wink would cut a word at are read as their base letters.)
  const safe = winkSafe(text);
  const doc = w.readDoc(safe);
  const values = doc.tokens().out() as string[];
  const spaces = doc.tokens().out(w.its.precedingSpaces) as string[];
  const pos = doc.tokens().out(w.its.pos) as string[];
  const tokens: Token[] = [];
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    cursor += (spaces[i] ?? '').length;
    let at = safe.startsWith(v, cursor) ? cursor : safe.indexOf(v, cursor);
    // Found where expected, the token's text is wink's string itself (no copy of it is sliced out).
    const found = at >= 0 && at <= cursor + 64;
    // wink may normalise a token's text; keep offsets monotone rather than lose the token.
    if (!found) at = Math.min(cursor, text.length);
    const end = Math.min(at + v.length, text.length);
    tokens.push({ start: at, end, text: found && safe === text ? v : text.slice(at, end), pos: pos[i] ?? 'X' });
    cursor = end;
  }
  const spans = doc.sentences().out(w.its.span) as unknown as Array<[number, number]>;
  // A plain loop: destructuring wink's span pairs deoptimised this function on every article.
  const sentenceStarts: number[] = [];
  for (const span of spans) {
    const s = tokens[span[0]]?.start ?? 0;
    if (sentenceStarts.length === 0 || s > sentenceStarts[sentenceStarts.length - 1]!) sentenceStarts.push(s);
  }
  return { tokens, sentenceStarts };
}

function repairBoundaries(ptext: string, base: number, sentenceStarts: readonly number[]): number[] {
  // "'Our battle … is now open. We have no choice …,' the group said": a paragraph with no double
  // marks may quote in straight single ones, across sentences too.
  const single = !/["“”]|''|``/u.test(ptext);
  const quotes = (single ? asciiSingleQuoteSpans(ptext) : quoteSpans(ptext)).filter((q) => q.close >= 0 && q.close - q.open <= MAX_QUOTE);
  // Quotes are sorted and disjoint: one pointer answers "inside a quote?" for sorted candidates.
  let qi = 0;
  const insideQuote = (rel: number): boolean => {
    while (qi < quotes.length && quotes[qi]!.close < rel) qi++;
    const q = quotes[qi];
    return q !== undefined && rel > q.open && rel <= q.close;
  };
  const candidates = new Set<number>();
  for (const s of sentenceStarts) candidates.add(s - base);
  // Boundaries wink misses: `… end.” Next sentence` with the quote closed there (none without a closed quote).
  if (quotes.length > 0) {
    const closes = new Set(quotes.map((q) => q.close));
    const re = single ? /[.!?…]'\s+(?=[\p{Lu}'])/gu : /[.!?…](?:[”"]|'')\s+(?=[\p{Lu}“"'`])/gu;
    let m: RegExpExecArray | null;
    while ((m = re.exec(ptext)) !== null) {
      const closeAt = m.index + 1;
      if (closes.has(closeAt)) candidates.add(m.index + m[0].length);
    }
  }
  // wink may cut a closing '' pair in two (`…other.' | ' The crowd`): the boundary goes after the pair.
  if (ptext.includes("''")) {
    for (const c of [...candidates]) {
      if (ptext[c] !== "'" || ptext[c - 1] !== "'" || ptext[c - 2] === "'") continue;
      candidates.delete(c);
      const after = /^'\s+/u.exec(ptext.slice(c));
      if (after) candidates.add(c + after[0].length);
    }
  }
  // "No. Home Office data shows …": a one-word answer opening the paragraph, which wink reads as "No." of a number.
  const answer = /^(?:No|Yes)\.\s+(?=\p{Lu})/u.exec(ptext);
  if (answer) candidates.add(answer[0].length);
  const sorted = [...candidates].filter((c) => c > 0 && c < ptext.length).sort((a, b) => a - b);
  const kept: number[] = [base];
  for (const c of sorted) {
    if (insideQuote(c)) continue;
    if (continuesSentence(ptext, c)) continue;
    // "between 1.45am and 2.15am": wink cuts a time of day at its point; no space, no boundary.
    if (isDigit(ptext.charCodeAt(c)) && ptext.charCodeAt(c - 1) === 46 && isDigit(ptext.charCodeAt(c - 2))) continue;
    if (endsWithAbbreviation(ptext, Math.max(0, c - 12), c)) continue;
    kept.push(c + base);
  }
  return kept;
}
