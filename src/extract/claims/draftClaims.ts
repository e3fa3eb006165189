import type { ClaimKind, Speaker } from '../../domain';
import type { Attribution } from '../attribution/Attribution';
import type { Sentence } from '../segment/Sentence';
import type { Paragraph } from '../types';
import { splitAssertion, type SplitFacts } from './splitAssertion';
import { countWords } from '../segment/countWords';
import { isPredicateToken } from '../segment/isPredicateToken';
import { statesMeasuredFigure } from './statesMeasuredFigure';
import { TIME_OFFSET_LINK } from '../segment/timeOffsetLink';

/** A claim before its quantities, event, certainty and ids are attached. */
export interface ClaimDraft {
  sentence: Sentence;
  /** Absolute offsets of the claim text. */
  start: number;
  end: number;
  kind: ClaimKind;
  speaker: Speaker | null;
  cue: string | null;
  via: Speaker | null;
  quote: string | null;
  /** The attribution frame as written ("Iran denied that"), for certainty cues in the frame. */
  frame: string | null;
  /** Agency credited for this claim in particular (photo credit, an agency reporter). */
  credit: string | null;
  /** People the claim names outside its text (a caption's photographer). */
  extraEntities: Array<{ name: string; type: 'person' }>;
}

/**
 * The claims of one sentence: its attributions (quotes, indirect speech, observations),
 * plus what is left of the sentence outside them when that still states something with a
 * verb ("Shouting “…” the crowd had earlier raised flags …" -> the chant, and the flags);
 * a sentence without attribution is the outlet's own assertion, split into its checkable
 * parts. A caption is an observation credited to its agency (or photographer).
 */
/** A paragraph whose words are someone's: a statement introduced before it, an embedded tweet. */
export interface BlockSpeaker {
  speaker: Speaker;
  cue: string;
  kind: 'attributed' | 'quote';
  /** Absolute offset where the words end (a tweet's signature starts); null for the whole paragraph. */
  cutAt: number | null;
}

export interface DraftContext {
  /** An attribution sits inside a subordinate clause: the whole sentence is the outlet's claim too. */
  embedded: boolean;
  /** The paragraph is a statement introduced by the sentence before ("X released the following statement:") or a tweet. */
  block: BlockSpeaker | null;
}

/** A turn's label opening its paragraph: an interviewer's "Q:", "Question:", "Q." before a capital; a speaker's in capitals ("FP:", "SECRETARY ESPER:"). */
const OPENING_LABEL = /^(?:Q|Question)\s*(?::|\.(?=\s+\p{Lu}))\s+|^\p{Lu}[\p{Lu}.'’ -]{1,40}:\s+(?=\S)/u;

/** A speaker's name, then ", which/who …," with the clause in group 1. */
const SPEAKER_RELATIVE = /^[^,;“”"]{2,80},\s+(?:which|who)\s+((?:[^,;“”"]|(?<=\d),(?=\d{3})){3,140}),/u;

export function draftClaims(s: Sentence, attributions: readonly Attribution[], paragraph: Paragraph | undefined, facts: SplitFacts, dc: DraftContext = { embedded: false, block: null }): ClaimDraft[] {
  if (s.kind === 'caption' && attributions.length === 0) return [captionDraft(s, paragraph)];
  const captionCredit = s.kind === 'caption' ? (paragraph?.credit?.agency ?? null) : null;
  const drafts: ClaimDraft[] = [];
  for (const a of attributions) {
    // Two frames may end on the same words ("…, according to X According to Y, …"): one claim, the first reading.
    if (drafts.some((d) => d.start === a.start && d.end === a.end)) continue;
    // "The group responded quickly, saying …": one reported word that is no quotation states nothing.
    if (a.kind === 'attributed' && countWords(s.text, a.start - s.start, a.end - s.start) < 2) continue;
    drafts.push({
      sentence: s,
      start: a.start,
      end: a.end,
      kind: a.kind,
      speaker: a.speaker,
      cue: a.cue,
      via: a.via,
      quote: a.quote,
      frame: a.frames.length > 0 ? a.frames.map(([x, y]) => s.text.slice(x - s.start, y - s.start)).join(' ') : null,
      credit: captionCredit ?? (a.kind === 'observation' && a.speaker?.type === 'news_agency' ? a.speaker.name : null),
      extraEntities: [],
    });
  }
  // "The Pentagon, which has about 5,200 troops in Iraq, said …": a figure in a relative clause
  // on the speaker is the outlet's own claim, the speaker's name and the clause.
  for (const a of attributions) {
    for (const [x, y] of a.frames) {
      const m = SPEAKER_RELATIVE.exec(s.text.slice(x - s.start, y - s.start));
      if (!m || facts.figures(m[1]!) === 0) continue;
      const end = x + m[0].length - 1;
      if (drafts.some((d) => d.start === x && d.end === end)) continue;
      drafts.push({ sentence: s, start: x, end, kind: 'assertion', speaker: null, cue: null, via: null, quote: null, frame: null, credit: captionCredit, extraEntities: [] });
    }
  }
  const covered: Array<[number, number]> = [];
  for (const a of attributions) {
    covered.push([a.start, a.end], ...a.frames);
  }
  // An attribution inside a subordinate clause leaves the main clause incomplete: the whole sentence stands.
  const rest = dc.embedded ? [[s.start, s.end] as [number, number]] : uncovered(s, covered);
  const whole = attributions.length === 0 || dc.embedded;
  // "Q: The resolution is non-binding.", "FP: President Trump has threatened …": a turn's label opening the paragraph is no part of the claim.
  const label = paragraph !== undefined && paragraph.start === s.start ? OPENING_LABEL.exec(s.text) : null;
  const opensAt = s.start + (label ? label[0].length : 0);
  for (const [restFrom, end] of rest) {
    const from = Math.max(restFrom, opensAt);
    const to = dc.block?.cutAt != null ? Math.min(end, dc.block.cutAt) : end;
    if (to <= from) continue;
    // (A table's row is one statement, its cells under their headings: no clause of it stands alone.)
    for (const [a, b] of s.kind === 'table' ? [[from, to] as [number, number]] : splitAssertion(s, from, to, facts)) {
      const trimmed = whole ? trimSpan(s, a, b) : trimLeftover(s, a, b);
      // A quotation credited as a whole (a signed pull quote) is its words, without its marks, as a quote claim is.
      const span = trimmed && dc.block?.kind === 'quote' ? withinMarks(s, trimmed) : trimmed;
      if (!span || !statesSomething(s, span[0], span[1])) continue;
      if (drafts.some((d) => d.start === span[0] && d.end === span[1])) continue;
      // "…, when it said 11 service members had been flown out": the part that is only the frame and
      // the words it reports is the attributed claim already, not the outlet's too.
      if (dc.embedded && onlyReports(s, span, covered, attributions)) continue;
      drafts.push({
        sentence: s,
        start: span[0],
        end: span[1],
        kind: dc.block ? dc.block.kind : 'assertion',
        speaker: dc.block?.speaker ?? null,
        cue: dc.block?.cue ?? null,
        via: null,
        quote: dc.block?.kind === 'quote' ? s.text.slice(span[0] - s.start, span[1] - s.start) : null,
        frame: null,
        credit: captionCredit,
        extraEntities: [],
      });
    }
  }
  return drafts.sort((x, y) => x.start - y.start);
}

/** A span without the quotation marks that open and close it, and the stop before the closing one. */
function withinMarks(s: Sentence, [a, b]: [number, number]): [number, number] {
  const text = s.text.slice(a - s.start, b - s.start);
  const open = /^[“"‘«„]\s*/u.exec(text);
  const close = /[.,;:]?\s*[”"’»]$/u.exec(text);
  if (!open || !close || close.index <= open[0].length) return [a, b];
  return [a + open[0].length, a + close.index];
}

/** "In Tehran, ", "On Friday, ", "At the embassy, ": a setting fronted before a clause's subject. */
const FRONTED_SETTING = /^(?:In|On|At|Across|Inside|Outside|Near)\s[^,;:“”"]{2,40},\s+\p{Lu}/u;

/** "and soon, the balloons were dropping": the clause left after a quotation's frame stands without its link. */
const LEADING_SUBORDINATOR = new RegExp(
  String.raw`^(?:(?:${TIME_OFFSET_LINK}|after|before|when|while|as|because|since|although|though|once|until|whereas)\s+|(?:and|but|so|yet)\s+(?:\p{L}+,\s+)?)`,
  'iu',
);
/** "(Dec 30), in retaliation for …" after "said on Monday": the saying's day in brackets, no part of what follows. */
const LEADING_BRACKETED_DAY = /^\((?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?)\)\s*,?\s*/u;
const SAYING_CIRCUMSTANCE = /^(?:as|while)\s+(?:he|she|I)\s/u;
/** Words that open a relative clause on a noun ("that" left out: it is also the complementiser). */
const RELATIVE_WORDS = new Set(['which', 'who', 'whom', 'whose']);
/** A subject and a reporting verb with nothing after it but a pronoun ("has denied that", "said so", "confirmed it"). */
const PRONOUN_REPORT = /^[^,;:]{1,60}?\s(?:has\s+|have\s+|had\s+)?(?:denied|denies|confirmed|confirms|disputed|disputes|rejected|rejects|said|says|acknowledged|acknowledges|admitted|admits)(?:\s+(?:that|this|it|so))?[.]?$/iu;
const TRAILING_LINK = /\s+(?:and|but|or|so|as|that|which|who|what|while|when|after|before|because|since|although|though|if|than|whether|where)$/iu;

/**
 * What is left of a sentence around an attribution is a claim only as a clause of its
 * own: "In a strongly worded statement" or "Amid renewed tensions" are not; "after attacks
 * broke out in Baghdad" is, without its "after"; a dangling "but" or "that" is cut off.
 */
function trimLeftover(s: Sentence, from: number, to: number): [number, number] | null {
  let span = trimSpan(s, from, to);
  // "… told reporters as he left the area": the circumstance of the saying, not a claim (a crowd's
  // "as they headed away from the embassy" may be the news).
  if (span && SAYING_CIRCUMSTANCE.test(s.text.slice(span[0] - s.start, span[1] - s.start))) return null;
  let led = false;
  for (let guard = 0; span && guard < 4; guard++) {
    const t = s.text.slice(span[0] - s.start, span[1] - s.start);
    const lead = LEADING_BRACKETED_DAY.exec(t) ?? LEADING_SUBORDINATOR.exec(t);
    if (lead) led = true;
    const trail = TRAILING_LINK.exec(t);
    if (!lead && !trail) break;
    span = trimSpan(s, span[0] + (lead ? lead[0].length : 0), span[1] - (trail ? trail[0].length : 0));
  }
  if (!span) return null;
  // "In an August speech, Trump attacked “": the frame of a quotation left open, not a claim.
  if (/(?:“|(?:^|\s)")\s*$/u.test(s.text.slice(span[0] - s.start, span[1] - s.start))) return null;
  // "The Pentagon has denied that, saying …": a report whose object is a pronoun, before the words
  // that say what was meant, says nothing by itself ("Officials denied that." alone still stands).
  if (span[1] < s.end - 1 && PRONOUN_REPORT.test(s.text.slice(span[0] - s.start, span[1] - s.start))) return null;
  const at: number[] = [];
  s.tokens.forEach((t, k) => {
    if (t.start >= span![0] && t.end <= span![1] && /\p{L}/u.test(t.text)) at.push(k);
  });
  const first = at.length > 0 ? s.tokens[at[0]!]! : undefined;
  // A clause starts with its subject, not with a preposition, a participle or a verb.
  // (A place or a time fronted before a comma opens a clause too: "In Tehran, Khamenei declared three days of mourning".)
  const fronted = first?.pos === 'ADP' && FRONTED_SETTING.test(s.text.slice(span[0] - s.start, span[1] - s.start));
  if (!first || (first.pos === 'ADP' && !fronted) || first.pos === 'SCONJ' || first.pos === 'VERB' || first.pos === 'AUX' || first.pos === 'PART' || first.pos === 'CCONJ') return null;
  // (A headline's verb wink reads as a noun counts: "Protesters storm US embassy in Baghdad, Trump blames Iran".)
  const verb = at.findIndex((k) => isPredicateToken(s.tokens, k) && !/ing$/iu.test(s.tokens[k]!.text));
  if (verb <= 0) return null;
  // "…, according to the PMF, the umbrella group of militias to which Kataib Hezbollah belongs.": a
  // description whose only verb is in its relative clause is an appositive to the speaker, not a clause.
  // ("The authors of the report, which include …, combed through …" goes on past a comma to its own verb.)
  // ("said after the session, which was boycotted by …": after "after" the phrase is the saying's circumstance, kept.)
  const relative = first.pos === 'DET' && !led ? at.slice(0, verb).find((k) => RELATIVE_WORDS.has(s.tokens[k]!.text.toLowerCase())) : undefined;
  if (relative !== undefined) {
    const comma = s.tokens.findIndex((t, k) => k > relative && t.end <= span![1] && t.text === ',');
    const resumes = comma >= 0 && at.some((k) => k > comma && isPredicateToken(s.tokens, k));
    if (!resumes) return null;
  }
  return span;
}

function captionDraft(s: Sentence, p: Paragraph | undefined): ClaimDraft {
  const credit = p?.credit ?? null;
  const agency = credit?.agency ?? null;
  const photographer = credit?.photographer ?? null;
  let speaker: Speaker | null = null;
  if (agency) speaker = { name: agency, type: 'news_agency', role: null };
  else if (photographer) speaker = { name: photographer, type: 'person', role: 'photographer' };
  const span = trimSpan(s, s.start, s.end) ?? [s.start, s.end];
  return {
    sentence: s,
    start: span[0],
    end: span[1],
    kind: speaker ? 'observation' : 'assertion',
    speaker,
    cue: speaker ? 'photo credit' : null,
    via: null,
    quote: null,
    frame: null,
    credit: agency,
    extraEntities: photographer ? [{ name: photographer, type: 'person' }] : [],
  };
}

/** A span that opens with an attribution's frame and holds its words, with nothing else that states anything. */
function onlyReports(s: Sentence, span: [number, number], covered: Array<[number, number]>, attributions: readonly Attribution[]): boolean {
  if (!attributions.some((a) => !a.named && a.start >= span[0] && a.end <= span[1] && a.frames.some(([x]) => x === span[0]))) return false;
  const inside = covered.map(([a, b]): [number, number] => [Math.max(a, span[0]), Math.min(b, span[1])]).filter(([a, b]) => b > a);
  const left = uncovered({ ...s, start: span[0], end: span[1] }, inside);
  // "The march, which organizers said drew 1,000 people, began peacefully": the pieces around the
  // report still make the outlet's clause, read together.
  const words = left.reduce((n, [a, b]) => n + countWords(s.text, a - s.start, b - s.start), 0);
  const predicate = left.some(([a, b]) => s.tokens.some((t, k) => t.start >= a && t.end <= b && isPredicateToken(s.tokens, k)));
  return words < 4 || !predicate;
}

/** Parts of the sentence outside every covered span. */
function uncovered(s: Sentence, covered: Array<[number, number]>): Array<[number, number]> {
  const spans = covered.filter(([a, b]) => b > a).sort((x, y) => x[0] - y[0]);
  const out: Array<[number, number]> = [];
  let at = s.start;
  for (const [a, b] of spans) {
    if (a > at) out.push([at, a]);
    at = Math.max(at, b);
  }
  if (at < s.end) out.push([at, s.end]);
  return out;
}

/** Trims spaces, dangling punctuation and a leading conjunction off a span. */
export function trimSpan(s: Sentence, from: number, to: number): [number, number] | null {
  let a = from - s.start;
  let b = to - s.start;
  const t = s.text;
  for (;;) {
    // "So was Faleh al-Fayadh": "so" before an auxiliary is the inversion ("he was too"), not a link.
    const m = /^(?:\s+|[,;:—–-]\s*|(?:and|but|or)\s+|so\s+(?!(?:was|were|is|are|am|did|does|do|has|have|had|can|could|will|would|should|must)\b))/iu.exec(t.slice(a, b));
    if (!m || m[0].length === 0) break;
    a += m[0].length;
  }
  while (b > a && /[\s,;:—–-]/u.test(t[b - 1]!)) b--;
  return b - a >= 3 ? [a + s.start, b + s.start] : null;
}

function statesSomething(s: Sentence, from: number, to: number): boolean {
  const words = countWords(s.text, from - s.start, to - s.start);
  return words >= 4 && (s.tokens.some((t, k) => t.start >= from && t.end <= to && isPredicateToken(s.tokens, k)) || statesMeasuredFigure(s.text.slice(from - s.start, to - s.start)));
}
