import type { Speaker } from '../../domain';
import type { Mention } from '../entities/Mention';
import type { Sentence, Token } from '../segment/Sentence';
import { quoteSpans, singleQuoteSpans, type QuoteSpan } from '../segment/quoteSpans';
import type { Attribution } from './Attribution';
import { skipAdverbials } from './skipAdverbials';
import { CHANT_PARTICIPLES, CUE_WORD, OBJECT_FRAME_VERBS, PERCEPTION_VERBS, SPEECH } from './cues';
import { nounPhraseAfter, nounPhraseBefore, type NounPhrase } from './nounPhrase';
import type { SpeakerResolver } from './SpeakerResolver';

export interface AttributionInput {
  sentence: Sentence;
  /** The sentence's mentions, already resolved against the article. */
  mentions: readonly Mention[];
  resolver: SpeakerResolver;
}

interface Cue {
  /** Relative offsets in the sentence. */
  start: number;
  end: number;
  word: string;
}

interface Ctx {
  s: Sentence;
  text: string;
  base: number;
  quotes: QuoteSpan[];
  mentions: readonly Mention[];
  resolver: SpeakerResolver;
}

/** Tails allowed after a post-posed cue: "…, Esper said, adding that …", "…, CNN reported, citing …". */
const TAIL_CONT = /^\s*,\s*(citing|quoting|adding|according to|referring to|in reference to|before|after|while|when|as|though|although|but)\b/iu;
const PASSIVE_BEFORE = /\b(?:is|are|was|were|be|been|being|to|not|never|n't|cannot|can't|won't|would|could|should|might|may|must|will|did|do|does)\s*$/iu;
const WITNESS_HEAD = /\b(?:reporters?|correspondents?|journalists?|witness(?:es)?|eyewitness(?:es)?|photographers?|cameram[ae]n|crew|onlookers?|bystanders?|residents?|producer|stringer|team)\b/iu;

/**
 * Finds the attributions of one sentence: direct quotes with their speaker before or after,
 * indirect speech ("X said (that) …", "…, X said", "according to X"), reporting through an
 * intermediary ("IRNA quoted … Mousavi as saying", "…, X told Reuters"), object frames
 * ("X blamed Y for …", "X described Y as “…”"), observations ("an AP reporter at the scene
 * saw …"), chants ("Shouting “…” the crowd …") and quotes continuing the last speaker.
 * Offsets in the result are absolute.
 */
export function attributeSentence(input: AttributionInput): Attribution[] {
  const { sentence: s, mentions, resolver } = input;
  const text = s.text;
  const quotes = [...quoteSpans(text), ...singleQuoteSpans(text)].sort((a, b) => a.open - b.open);
  const ctx: Ctx = { s, text, base: s.start, quotes, mentions, resolver };
  const out: Attribution[] = [];
  let consumed = -1;

  for (const chant of chants(ctx)) {
    out.push(chant);
  }
  for (const cue of findCues(ctx)) {
    if (cue.start < consumed) continue;
    if (out.some((a) => cue.start + ctx.base >= a.start && cue.start + ctx.base < a.end)) continue;
    const found = tryCue(ctx, cue);
    if (found.length === 0) continue;
    for (const a of found) {
      out.push(a);
      if (a.speaker) resolver.spoke(a.speaker, s.index, a.speakerHead);
    }
    consumed = Math.max(...found.map((a) => a.end - ctx.base));
  }
  // A sentence that is all quotation with no cue continues the last speaker's words.
  if (out.length === 0) {
    const cont = continuation(ctx);
    if (cont) out.push(cont);
  }
  return out;
}

function findCues(ctx: Ctx): Cue[] {
  const cues: Cue[] = [];
  const re = new RegExp(CUE_WORD.source, CUE_WORD.flags);
  let m: RegExpExecArray | null;
  while ((m = re.exec(ctx.text)) !== null) {
    const start = m.index;
    if (insideQuote(ctx, start)) continue;
    const word = m[0];
    const single = !/\s/u.test(word);
    if (single) {
      const tok = tokenAt(ctx, start);
      // "claims of responsibility", "reports", "calls over megaphones": nouns are not cues.
      if (tok && tok.pos !== 'VERB' && !(tok.pos === 'AUX' && /^(?:said|says)$/iu.test(word))) {
        if (!(tok.pos === 'NOUN' && /^(?:says|said|tweeted|told|added|warned|reported)$/iu.test(word))) continue;
      }
    }
    cues.push({ start, end: start + word.length, word });
  }
  return cues;
}

function tryCue(ctx: Ctx, cue: Cue): Attribution[] {
  const w = cue.word.toLowerCase();
  if (w === 'according to') return accordingTo(ctx, cue);
  if (/^quoted\s/u.test(w) || /quoted/u.test(w)) return quotedAsSaying(ctx, cue);
  const before = ctx.text.slice(0, cue.start);
  if (PASSIVE_BEFORE.test(before) && !/\b(?:has|have|had)\s*$/iu.test(before)) return [];
  if (PERCEPTION_VERBS.has(w)) return observation(ctx, cue);
  const post = postposed(ctx, cue);
  if (post.length > 0) return post;
  return preposed(ctx, cue);
}

// ---------------------------------------------------------------- patterns

function accordingTo(ctx: Ctx, cue: Cue): Attribution[] {
  const { text } = ctx;
  const limit = nextBoundary(ctx, cue.end);
  const np = npAfter(ctx, cue.end + ctx.base, limit + ctx.base);
  if (!np) return [];
  const who = ctx.resolver.resolve(np, ctx.mentions, ctx.s.index);
  if (!who) return [];
  const lead = text.slice(0, cue.start).trim();
  let span: [number, number];
  if (lead === '' || /^(?:but|and|however|meanwhile|also)[,]?$/iu.test(lead)) {
    span = [limit, text.length];
  } else {
    span = [0, cue.start];
  }
  const c = trimContent(ctx, span[0], span[1]);
  if (!c || !hasPredicate(ctx, c[0], c[1])) return [];
  return [make(ctx, who, 'according to', null, c, [[cue.start, np.end - ctx.base]], null)];
}

function quotedAsSaying(ctx: Ctx, cue: Cue): Attribution[] {
  const { text } = ctx;
  const m = /^(?:(was|were|is|are)\s+)?quoted\s+(?:(by)\s+)?([^.;:]*?)\s*as\s+saying/iu.exec(text.slice(cue.start));
  if (!m) return [];
  const innerStart = cue.start + m[0].indexOf(m[3]!, m[1] ? m[1].length : 6);
  const innerEnd = innerStart + m[3]!.length;
  let speaker: { speaker: Speaker; head: string | null } | null = null;
  let via: { speaker: Speaker; head: string | null } | null = null;
  const before = npBefore(ctx, cue.start + ctx.base);
  const inner: NounPhrase | null = m[3]!.trim() === '' ? null : { start: innerStart + ctx.base, end: innerEnd + ctx.base, text: m[3]! };
  if (m[1]) {
    // "Mousavi was quoted by IRNA as saying …"
    speaker = before ? ctx.resolver.resolve(before, ctx.mentions, ctx.s.index) : null;
    via = inner ? ctx.resolver.resolve(inner, ctx.mentions, ctx.s.index) : null;
  } else {
    // "IRNA quoted Foreign Ministry spokesman Abbas Mousavi as saying …"
    via = before ? ctx.resolver.resolve(before, ctx.mentions, ctx.s.index) : null;
    speaker = inner ? ctx.resolver.resolve(inner, ctx.mentions, ctx.s.index) : null;
  }
  if (!speaker) return [];
  const c = trimContent(ctx, cue.start + m[0].length, text.length);
  if (!c) return [];
  const frameStart = before ? before.start - ctx.base : cue.start;
  return [make(ctx, speaker, 'quoted as saying', via?.speaker ?? null, c, [[frameStart, cue.start + m[0].length]], speaker.head)];
}

function observation(ctx: Ctx, cue: Cue): Attribution[] {
  const np = npBefore(ctx, cue.start + ctx.base);
  if (!np) return [];
  const inNp = ctx.mentions.filter((m) => m.start >= np.start && m.end <= np.end);
  const agency = inNp.find((m) => m.type === 'news_agency' || m.type === 'outlet');
  if (!WITNESS_HEAD.test(np.text) && !agency) return [];
  const after = skipAfterCue(ctx, cue.end);
  const c = trimContent(ctx, after, ctx.text.length);
  if (!c) return [];
  let speaker: Speaker;
  let head: string | null = null;
  if (agency) speaker = { name: agency.name, type: agency.type === 'outlet' ? 'outlet' : 'news_agency', role: null };
  else {
    const r = ctx.resolver.resolve(np, ctx.mentions, ctx.s.index);
    if (!r) return [];
    speaker = { ...r.speaker, type: r.speaker.type === 'unknown' ? 'witness' : r.speaker.type };
    head = r.head;
  }
  const frames: Array<[number, number]> = [[np.start - ctx.base, cue.end]];
  // "saw flames rising from inside the compound and at least three US soldiers on the roof":
  // two things seen are two claims a fact-checker can check one by one.
  const parts = splitCoordinatedObjects(ctx, c[0], c[1]);
  return parts.map((p) => ({ ...make(ctx, { speaker, head }, cue.word, null, p, frames, head), kind: 'observation' as const }));
}

function postposed(ctx: Ctx, cue: Cue): Attribution[] {
  const { text } = ctx;
  const w = cue.word.toLowerCase();
  if (!SPEECH.has(w) && !OBJECT_FRAME_VERBS.has(w)) return [];
  const before = text.slice(0, cue.start);
  // Inverted: "…,” said Ahmed al-Assadi, a spokesman for …" / "…, said a statement from …".
  const inverted = /(?:,\s*[”"’]?|[,.!?…]?[”"’],?)\s*$/u.test(before) && /^(?:said|says|added|adds|wrote|writes|tweeted|told|warned|asked|continued|explained|noted)$/iu.test(w);
  let np: NounPhrase | null;
  let contentEnd: number;
  let frameStart: number;
  let frameEnd: number;
  if (inverted) {
    contentEnd = before.replace(/\s*,?\s*$/u, '').length;
    const limit = nextBoundary(ctx, cue.end);
    np = npAfter(ctx, cue.end + ctx.base, text.length + ctx.base);
    if (!np) return [];
    frameStart = contentEnd;
    frameEnd = Math.max(np.end - ctx.base, limit);
  } else {
    np = subjectBeforeCue(ctx, cue.start);
    if (!np) return [];
    const lead = text.slice(0, np.start - ctx.base);
    if (!/(?:,|[”"’],?|,[”"’])\s*$/u.test(lead)) return [];
    contentEnd = lead.replace(/\s*,?\s*$/u, '').length;
    frameStart = np.start - ctx.base;
    frameEnd = cue.end;
  }
  if (contentEnd <= 0) return [];
  // What follows the cue must be adverbials, a recipient, or a participial tail.
  let tailAt = skipAfterCue(ctx, Math.max(cue.end, inverted ? frameEnd : cue.end));
  let via: Speaker | null = null;
  if (/^(?:told|tells|tell)$/iu.test(w) && !inverted) {
    const rec = npAfter(ctx, tailAt + ctx.base, text.length + ctx.base);
    if (rec) {
      via = viaOf(ctx, rec);
      tailAt = skipAfterCue(ctx, rec.end - ctx.base);
    }
  }
  const tail = text.slice(tailAt);
  const tailCont = TAIL_CONT.exec(tail);
  if (!/^[\s.!?”"’]*$/u.test(tail) && !tailCont) return [];
  const who = ctx.resolver.resolve(np, ctx.mentions, ctx.s.index);
  if (!who) return [];
  const c = trimContent(ctx, 0, contentEnd);
  if (!c || wordCount(text.slice(c[0], c[1])) < 3) return [];
  const out: Attribution[] = [];
  let speaker = who;
  const frames: Array<[number, number]> = [[frameStart, tailCont ? tailAt : text.length]];
  // "…, CNN reported, citing a statement from the PMU": the PMU speaks, through CNN.
  if (tailCont && /^(?:citing|quoting)$/iu.test(tailCont[1]!)) {
    const src = npAfter(ctx, tailAt + tailCont[0].length + ctx.base, text.length + ctx.base);
    const r = src ? ctx.resolver.resolve(src, ctx.mentions, ctx.s.index) : null;
    if (r) {
      via = who.speaker;
      speaker = r;
    }
    frames[0] = [frameStart, text.length];
  }
  // Nested: "A spokesman … said the timing was symbolic, IRNA reported" — the inner speaker speaks, through IRNA.
  const nested = innerAttribution(ctx, c[0], c[1]);
  if (nested) {
    out.push({ ...nested, via: speaker.speaker, frames: [...nested.frames, ...frames.map(abs(ctx))] });
  } else {
    out.push(make(ctx, speaker, cue.word, via, c, frames, speaker.head));
  }
  // "…, adding that …": more words from the same speaker.
  if (tailCont && /^adding$/iu.test(tailCont[1]!)) {
    const more = trimContent(ctx, tailAt + tailCont[0].length, text.length);
    if (more) {
      out[0]!.frames = [[frameStart + ctx.base, tailAt + tailCont[0].length + ctx.base]];
      out.push(make(ctx, speaker, 'adding', via, more, [], speaker.head));
    }
  } else if (tailCont) {
    // Quotes in a participial tail ("…, he said, before offering “some friendly advice …”") are his too.
    for (const q of ctx.quotes) {
      if (q.open > tailAt && q.close > q.open && wordCount(text.slice(q.open + 1, q.close)) >= 3) {
        out.push(make(ctx, speaker, cue.word, via, [q.open, q.close + 1], [], speaker.head));
      }
    }
  }
  return out;
}

function preposed(ctx: Ctx, cue: Cue): Attribution[] {
  const { text } = ctx;
  const w = cue.word.toLowerCase();
  const before = text.slice(0, cue.start);
  let np = subjectBeforeCue(ctx, cue.start);
  let frameFrom = np ? np.start - ctx.base : cue.start;
  let coordinated = false;
  // "X condemned the strikes and said …": the subject of the first verb speaks.
  if ((!np || /^(?:and|but)$/iu.test(np.text)) && /\b(?:and|but)\s*$/iu.test(before)) {
    np = subjectOf(ctx);
    coordinated = np !== null;
    frameFrom = before.search(/,?\s*\b(?:and|but)\s*$/iu);
  }
  if (!np) return [];
  // Only adverbials or a parenthetical may stand between subject and cue.
  const between = text.slice(np.end - ctx.base, cue.start);
  if (!coordinated && !/^\s*,?\s*$/u.test(between) && !/^\s*,[^;]*,\s*$/u.test(between) && skipAdverbials(between) !== between.length) return [];
  const who = ctx.resolver.resolve(np, ctx.mentions, ctx.s.index);
  if (!who) return [];
  let at = skipAfterCue(ctx, cue.end);
  let via: Speaker | null = null;
  if (/^(?:told|tells|tell)$/iu.test(w)) {
    const rest = text.slice(at);
    if (!/^\s*(?:that\b|:)/iu.test(rest)) {
      const rec = npAfter(ctx, at + ctx.base, text.length + ctx.base);
      if (!rec) return [];
      via = viaOf(ctx, rec);
      at = skipAfterCue(ctx, rec.end - ctx.base);
    }
  }
  const objectFrame = OBJECT_FRAME_VERBS.has(w) && !/^\s*(?:that\b|:)/iu.test(text.slice(at));
  let span: [number, number] | null;
  if (objectFrame) {
    // "The US blamed the militia for a rocket attack …": the claim needs its frame.
    span = trimContent(ctx, coordinated ? 0 : frameFrom, text.length);
    if (!span || wordCount(text.slice(cue.end, span[1])) < 2) return [];
    return [make(ctx, who, cue.word, via, span, [], who.head)];
  }
  if (!SPEECH.has(w)) return [];
  span = trimContent(ctx, at, text.length);
  if (!span) return [];
  // Indirect speech needs a clause (or quoted words) after the cue.
  if (!hasPredicate(ctx, span[0], span[1]) && !quotesWithin(ctx, span[0], span[1]).length) return [];
  const frames: Array<[number, number]> = coordinated ? [[frameFrom, span[0]]] : [[frameFrom, span[0]]];
  // "…, adding that …" after the content.
  const adding = /,\s*adding\s+(?:that\s+)?/iu.exec(text.slice(span[0], span[1]));
  if (adding && !insideQuote(ctx, span[0] + adding.index)) {
    const first = trimContent(ctx, span[0], span[0] + adding.index);
    const second = trimContent(ctx, span[0] + adding.index + adding[0].length, span[1]);
    const out: Attribution[] = [];
    if (first) out.push(make(ctx, who, cue.word, via, first, frames, who.head));
    if (second) out.push(make(ctx, who, 'adding', via, second, [[span[0] + adding.index, span[0] + adding.index + adding[0].length]], who.head));
    return out;
  }
  return [make(ctx, who, cue.word, via, span, frames, who.head)];
}

/** "Shouting “Down, Down, USA” the crowd had earlier raised …": the chant is the crowd's. */
function chants(ctx: Ctx): Attribution[] {
  const out: Attribution[] = [];
  for (const q of ctx.quotes) {
    if (q.close < 0) continue;
    const lead = ctx.text.slice(Math.max(0, q.open - 40), q.open);
    const m = /(\b[\p{L}][\p{L} ]*?)\s*[:,]?\s*$/u.exec(lead);
    if (!m || !CHANT_PARTICIPLES.test(m[1]!.split(/\s+/u).slice(-3).join(' '))) continue;
    const partAt = q.open - (lead.length - lead.search(new RegExp(`${CHANT_PARTICIPLES.source}[^]*$`, 'iu')));
    const partStart = Math.max(0, partAt);
    let np: NounPhrase | null = null;
    const beforePart = ctx.text.slice(0, partStart).trim();
    if (beforePart === '' || /[,;]$/u.test(beforePart)) {
      // Participle first: the subject follows the quote; else the clause's subject.
      np = beforePart === '' ? npAfter(ctx, skipPunct(ctx, q.close + 1) + ctx.base, ctx.text.length + ctx.base) : subjectOf(ctx);
    } else {
      // "the crowd chanted “…”"
      np = npBefore(ctx, partStart + ctx.base);
    }
    if (!np) continue;
    const who = ctx.resolver.resolve(np, ctx.mentions, ctx.s.index);
    if (!who) continue;
    const speaker: Speaker = who.speaker.type === 'unknown' ? { ...who.speaker, type: 'group' } : who.speaker;
    const inner = innerQuote(ctx, q);
    if (!inner) continue;
    out.push({
      kind: 'quote',
      speaker,
      speakerHead: who.head,
      cue: ctx.text.slice(partStart, q.open).replace(/[\s:,]+$/u, '').trim().toLowerCase() || 'chanting',
      via: null,
      start: inner[0] + ctx.base,
      end: inner[1] + ctx.base,
      quote: ctx.text.slice(inner[0], inner[1]),
      frames: [[partStart + ctx.base, q.close + 1 + ctx.base]],
    });
    ctx.resolver.spoke(speaker, ctx.s.index, who.head);
  }
  return out;
}

function continuation(ctx: Ctx): Attribution | null {
  const { text } = ctx;
  const covered = ctx.quotes.filter((q) => q.close > q.open).reduce((n, q) => n + (q.close - q.open + 1), 0);
  const open = ctx.quotes.find((q) => q.close < 0 && q.open <= 2);
  if (covered < text.length * 0.6 && !open) return null;
  const speaker = ctx.resolver.lastSpeaker(ctx.s.index, 2);
  if (!speaker) return null;
  const q = ctx.quotes[0]!;
  const inner = q.close > q.open ? innerQuote(ctx, q) : trimContent(ctx, q.open + 1, text.length);
  if (!inner) return null;
  ctx.resolver.spoke(speaker, ctx.s.index, null);
  return {
    kind: 'quote',
    speaker,
    speakerHead: null,
    cue: null,
    via: null,
    start: inner[0] + ctx.base,
    end: inner[1] + ctx.base,
    quote: text.slice(inner[0], inner[1]),
    frames: [],
  };
}

/** Within a content span: "X said C2" makes X the speaker (the outer one becomes `via`). */
function innerAttribution(ctx: Ctx, from: number, to: number): Attribution | null {
  for (const cue of findCues(ctx)) {
    if (cue.start <= from || cue.end >= to) continue;
    const w = cue.word.toLowerCase();
    if (!SPEECH.has(w)) continue;
    const np = npBefore(ctx, cue.start + ctx.base);
    if (!np || np.start - ctx.base < from) continue;
    const lead = ctx.text.slice(from, np.start - ctx.base);
    if (!/^\s*$/u.test(lead)) continue;
    const who = ctx.resolver.resolve(np, ctx.mentions, ctx.s.index);
    if (!who) continue;
    const span = trimContent(ctx, skipAfterCue(ctx, cue.end), to);
    if (!span || !hasPredicate(ctx, span[0], span[1])) continue;
    return make(ctx, who, cue.word, null, span, [[np.start - ctx.base, span[0]]], who.head);
  }
  return null;
}

// ---------------------------------------------------------------- helpers

function npBefore(ctx: Ctx, end: number): NounPhrase | null {
  return nounPhraseBefore(ctx.s.tokens, ctx.text, ctx.base, end, ctx.mentions);
}

function npAfter(ctx: Ctx, start: number, limit: number): NounPhrase | null {
  return nounPhraseAfter(ctx.s.tokens, ctx.text, ctx.base, start, limit, ctx.mentions);
}

/**
 * The subject before a cue, across an appositive or a parenthetical: "Kataib Hezbollah’s
 * commander, Abu Mahdi al-Muhandis, warned" -> the name; "The officials, speaking on
 * condition of anonymity, said" and "Sen. Tom Udall, D-N.M., said" -> the phrase before.
 */
function subjectBeforeCue(ctx: Ctx, cueStart: number): NounPhrase | null {
  const before = ctx.text.slice(0, cueStart);
  if (!/,\s*$/u.test(before)) return npBefore(ctx, cueStart + ctx.base);
  const close = before.lastIndexOf(',');
  let open = -1;
  for (let i = close - 1; i >= 0; i--) {
    if (ctx.text[i] === ',' && !insideQuote(ctx, i)) {
      open = i;
      break;
    }
    if (ctx.text[i] === ';' || (i < close - 160)) break;
  }
  if (open < 0) return null;
  const inner = ctx.text.slice(open + 1, close);
  const innerStart = open + 1 + (inner.length - inner.trimStart().length);
  const name = ctx.mentions.find((m) => m.type === 'person' && m.start - ctx.base >= innerStart - 1 && m.end - ctx.base <= close && close - (m.end - ctx.base) <= 1);
  if (name && m0(ctx, innerStart) === name.start) return { start: name.start, end: name.end, text: ctx.text.slice(name.start - ctx.base, name.end - ctx.base) };
  // A parenthetical: the subject stands before it.
  if (/^\s*(?:speaking|who|which|whose|citing|quoting|in|on|at|according|a|an|the|his|her|its|their|[RDI]-|also|however|meanwhile|though|writing|asked|responding|referring|for|with|as|like|unlike|after|before|while|when)\b/iu.test(inner)) {
    return npBefore(ctx, open + ctx.base);
  }
  return null;
}

function m0(ctx: Ctx, rel: number): number {
  return ctx.base + rel;
}

function make(
  ctx: Ctx,
  who: { speaker: Speaker; head: string | null },
  cue: string,
  via: Speaker | null,
  span: [number, number],
  frames: Array<[number, number]>,
  head: string | null,
): Attribution {
  let [a, b] = span;
  const qs = quotesWithin(ctx, a, b);
  let quote: string | null = null;
  // The whole content is one quotation: the claim is the quoted words.
  const whole = qs.length === 1 && qs[0]!.open <= a && qs[0]!.close >= b - 2;
  if (whole) {
    const inner = innerQuote(ctx, qs[0]!);
    if (inner) [a, b] = inner;
    quote = ctx.text.slice(a, b);
  } else {
    const long = qs.map((q) => innerQuote(ctx, q)).filter((x): x is [number, number] => x !== null && wordCount(ctx.text.slice(x[0], x[1])) >= 2);
    if (long.length > 0) quote = long.map(([x, y]) => ctx.text.slice(x, y)).join(' … ');
  }
  return {
    kind: quote !== null ? 'quote' : 'attributed',
    speaker: who.speaker,
    speakerHead: head,
    cue: cue.toLowerCase().replace(/\s+/gu, ' '),
    via,
    start: a + ctx.base,
    end: b + ctx.base,
    quote,
    frames: frames.map(abs(ctx)),
  };
}

function abs(ctx: Ctx): (f: [number, number]) => [number, number] {
  return ([x, y]) => [x + ctx.base, y + ctx.base];
}

function viaOf(ctx: Ctx, np: NounPhrase): Speaker | null {
  const m = ctx.mentions.find((x) => x.start >= np.start && x.end <= np.end && (x.type === 'news_agency' || x.type === 'outlet'));
  return m ? { name: m.name, type: m.type === 'outlet' ? 'outlet' : 'news_agency', role: null } : null;
}

/** The subject of the sentence's main clause: the noun phrase before its first verb, after any leading adverbial. */
function subjectOf(ctx: Ctx): NounPhrase | null {
  const toks = ctx.s.tokens;
  const firstVerb = toks.findIndex((t) => t.pos === 'VERB' || t.pos === 'AUX');
  if (firstVerb <= 0) return null;
  return npBefore(ctx, toks[firstVerb]!.start);
}

function insideQuote(ctx: Ctx, rel: number): boolean {
  return ctx.quotes.some((q) => rel > q.open && (q.close < 0 || rel < q.close));
}

function tokenAt(ctx: Ctx, rel: number): Token | undefined {
  const at = rel + ctx.base;
  return ctx.s.tokens.find((t) => t.start === at);
}

function nextBoundary(ctx: Ctx, from: number): number {
  for (let i = from; i < ctx.text.length; i++) {
    const c = ctx.text[i];
    if ((c === ',' || c === ';' || c === ':') && !insideQuote(ctx, i)) return i;
  }
  return ctx.text.length;
}

function skipAfterCue(ctx: Ctx, from: number): number {
  return from + skipAdverbials(ctx.text.slice(from));
}

function skipPunct(ctx: Ctx, from: number): number {
  let i = from;
  while (i < ctx.text.length && /[\s,:;]/u.test(ctx.text[i]!)) i++;
  return i;
}

/** Trims a content span: leading "that"/colon/commas, trailing sentence punctuation. */
function trimContent(ctx: Ctx, from: number, to: number): [number, number] | null {
  const { text } = ctx;
  let a = from;
  let b = to;
  for (;;) {
    const rest = text.slice(a, b);
    const m = /^(?:\s+|[,:;—–-]\s*|that\s+)/iu.exec(rest);
    if (!m || m[0].length === 0) break;
    a += m[0].length;
  }
  while (b > a && /[\s.,;:!?—–-]/u.test(text[b - 1]!)) {
    // Keep "?" and "!" inside a quotation; they belong to the quoted words.
    b--;
  }
  if (b - a < 3) return null;
  return [a, b];
}

function quotesWithin(ctx: Ctx, from: number, to: number): QuoteSpan[] {
  return ctx.quotes.filter((q) => q.open >= from - 1 && (q.close < 0 ? ctx.text.length : q.close) <= to + 1);
}

/** The words inside a quotation, without the marks and a trailing comma. */
function innerQuote(ctx: Ctx, q: QuoteSpan): [number, number] | null {
  const end = q.close < 0 ? ctx.text.length : q.close;
  let a = q.open + 1;
  let b = end;
  while (a < b && /\s/u.test(ctx.text[a]!)) a++;
  while (b > a && /[\s,]/u.test(ctx.text[b - 1]!)) b--;
  return b - a >= 2 ? [a, b] : null;
}

function hasPredicate(ctx: Ctx, from: number, to: number): boolean {
  const a = from + ctx.base;
  const b = to + ctx.base;
  return ctx.s.tokens.some((t) => t.start >= a && t.end <= b && (t.pos === 'VERB' || t.pos === 'AUX'));
}

function wordCount(s: string): number {
  return (s.match(/[\p{L}\p{N}]+/gu) ?? []).length;
}

/** "flames rising from inside the compound and at least three US soldiers on the roof" -> two objects. */
function splitCoordinatedObjects(ctx: Ctx, from: number, to: number): Array<[number, number]> {
  const seg = ctx.text.slice(from, to);
  const re = /\s+and\s+(?=(?:at least|at most|more than|fewer than|about|some|several|dozens|hundreds|thousands|a|an|the|one|two|three|four|five|six|seven|eight|nine|ten|\d)\b)/giu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(seg)) !== null) {
    const cut = from + m.index;
    if (insideQuote(ctx, cut)) continue;
    const left = trimContent(ctx, from, cut);
    const right = trimContent(ctx, cut + m[0].length, to);
    if (left && right && wordCount(ctx.text.slice(left[0], left[1])) >= 3 && wordCount(ctx.text.slice(right[0], right[1])) >= 3) return [left, right];
  }
  return [[from, to]];
}
