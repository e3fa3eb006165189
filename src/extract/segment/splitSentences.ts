import { nlp } from './nlp';
import { quoteSpans } from './quoteSpans';
import type { Sentence, Token } from './Sentence';

export interface SegmentParagraph {
  start: number;
  end: number;
  kind: 'body' | 'caption';
}

/** Titles and initials that end in a period but never end a sentence ("Sen.", "D-N.M."). */
const NO_END_ABBREV =
  /(?:^|[\s(\-–—])(?:\p{Lu}|Sen|Gen|Rep|Gov|Lt|Col|Sgt|Capt|Cpl|Maj|Adm|Dr|Mr|Mrs|Ms|Mt|St|Jr|Sr|Prof|Rev|Hon|No|Nos|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|vs|etc|approx|est|Fig|Inc|Corp|Co|Ltd)\.$/u;

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
  let at = 0;
  let st = 0;
  paragraphs.forEach((p, pi) => {
    const ptext = text.slice(p.start, p.end);
    if (ptext.trim() === '') return;
    const own: Token[] = [];
    while (at < all.tokens.length && all.tokens[at]!.start < p.start) at++;
    while (at < all.tokens.length && all.tokens[at]!.end <= p.end) own.push(all.tokens[at++]!);
    const winkStarts: number[] = [];
    while (st < all.sentenceStarts.length && all.sentenceStarts[st]! < p.start) st++;
    while (st < all.sentenceStarts.length && all.sentenceStarts[st]! < p.end) winkStarts.push(all.sentenceStarts[st++]!);
    const tokens: Tokenized = { tokens: own, sentenceStarts: winkStarts };
    if (tokens.tokens.length === 0) return;
    const starts = repairBoundaries(ptext, p.start, tokens);
    let ti = 0;
    for (let i = 0; i < starts.length; i++) {
      const from = starts[i]!;
      const to = i + 1 < starts.length ? starts[i + 1]! : p.end;
      const raw = text.slice(from, to);
      const lead = raw.length - raw.trimStart().length;
      const s = from + lead;
      const e = from + raw.trimEnd().length;
      if (e <= s) continue;
      // Tokens are in order: walk one pointer instead of filtering per sentence (10 MB inputs).
      const own: Token[] = [];
      while (ti < tokens.tokens.length && tokens.tokens[ti]!.start < s) ti++;
      while (ti < tokens.tokens.length && tokens.tokens[ti]!.end <= e) own.push(tokens.tokens[ti++]!);
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

interface Tokenized {
  tokens: Token[];
  /** Char offsets (absolute) where wink starts a sentence. */
  sentenceStarts: number[];
}

/** wink's tokens (with offsets into `text`) and sentence starts for the whole article. */
function tokenize(text: string): Tokenized {
  const w = nlp();
  const doc = w.readDoc(text);
  const values = doc.tokens().out() as string[];
  const spaces = doc.tokens().out(w.its.precedingSpaces) as string[];
  const pos = doc.tokens().out(w.its.pos) as string[];
  const tokens: Token[] = [];
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    cursor += (spaces[i] ?? '').length;
    let at = text.startsWith(v, cursor) ? cursor : text.indexOf(v, cursor);
    // wink may normalise a token's text; keep offsets monotone rather than lose the token.
    if (at < 0 || at > cursor + 64) at = Math.min(cursor, text.length);
    const end = Math.min(at + v.length, text.length);
    tokens.push({ start: at, end, text: text.slice(at, end), pos: pos[i] ?? 'X' });
    cursor = end;
  }
  const spans = doc.sentences().out(w.its.span) as unknown as Array<[number, number]>;
  const sentenceStarts = spans.map(([first]) => tokens[first]?.start ?? 0).filter((s, i, a) => i === 0 || s > a[i - 1]!);
  return { tokens, sentenceStarts };
}

function repairBoundaries(ptext: string, base: number, tk: Tokenized): number[] {
  const quotes = quoteSpans(ptext).filter((q) => q.close >= 0 && q.close - q.open <= MAX_QUOTE);
  // Quotes are sorted and disjoint: one pointer answers "inside a quote?" for sorted candidates.
  let qi = 0;
  const insideQuote = (rel: number): boolean => {
    while (qi < quotes.length && quotes[qi]!.close < rel) qi++;
    const q = quotes[qi];
    return q !== undefined && rel > q.open && rel <= q.close;
  };
  const candidates = new Set<number>(tk.sentenceStarts.map((s) => s - base));
  // Boundaries wink misses: `… end.” Next sentence` with the quote closed there.
  const closes = new Set(quotes.map((q) => q.close));
  const re = /[.!?…](?:[”"]|'')\s+(?=[\p{Lu}“"'`])/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(ptext)) !== null) {
    const closeAt = m.index + 1;
    if (closes.has(closeAt)) candidates.add(m.index + m[0].length);
  }
  // wink may cut a closing '' pair in two (`…other.' | ' The crowd`): the boundary goes after the pair.
  for (const c of [...candidates]) {
    if (ptext[c] !== "'" || ptext[c - 1] !== "'" || ptext[c - 2] === "'") continue;
    candidates.delete(c);
    const after = /^'\s+/u.exec(ptext.slice(c));
    if (after) candidates.add(c + after[0].length);
  }
  const sorted = [...candidates].filter((c) => c > 0 && c < ptext.length).sort((a, b) => a - b);
  const kept: number[] = [0];
  for (const c of sorted) {
    if (insideQuote(c)) continue;
    const next = ptext.slice(c, c + 3);
    if (/^[\p{Ll},;:)\]]/u.test(next)) continue;
    // "…” ― Maria Ortega": a signature after a dash belongs to the quotation before it.
    if (/^[―—–]\s*\p{Lu}/u.test(next)) continue;
    const before = ptext.slice(Math.max(0, c - 12), c).trimEnd();
    if (NO_END_ABBREV.test(before)) continue;
    kept.push(c);
  }
  return kept.map((k) => k + base);
}
