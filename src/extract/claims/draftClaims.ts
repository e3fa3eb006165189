import type { ClaimKind, Speaker } from '../../domain';
import type { Attribution } from '../attribution/Attribution';
import type { Sentence } from '../segment/Sentence';
import type { Paragraph } from '../types';
import { splitAssertion, type SplitFacts } from './splitAssertion';

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
export function draftClaims(s: Sentence, attributions: readonly Attribution[], paragraph: Paragraph | undefined, facts: SplitFacts): ClaimDraft[] {
  if (s.kind === 'caption') return [captionDraft(s, paragraph)];
  const drafts: ClaimDraft[] = [];
  for (const a of attributions) {
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
      credit: a.kind === 'observation' && a.speaker?.type === 'news_agency' ? a.speaker.name : null,
      extraEntities: [],
    });
  }
  const covered: Array<[number, number]> = [];
  for (const a of attributions) {
    covered.push([a.start, a.end], ...a.frames);
  }
  for (const [from, to] of uncovered(s, covered)) {
    for (const [a, b] of splitAssertion(s, from, to, facts)) {
      const span = trimSpan(s, a, b);
      if (!span || !statesSomething(s, span[0], span[1])) continue;
      drafts.push({ sentence: s, start: span[0], end: span[1], kind: 'assertion', speaker: null, cue: null, via: null, quote: null, frame: null, credit: null, extraEntities: [] });
    }
  }
  return drafts.sort((x, y) => x.start - y.start);
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
    const m = /^(?:\s+|[,;:—–-]\s*|(?:and|but|or|so)\s+)/iu.exec(t.slice(a, b));
    if (!m || m[0].length === 0) break;
    a += m[0].length;
  }
  while (b > a && /[\s,;:—–-]/u.test(t[b - 1]!)) b--;
  return b - a >= 3 ? [a + s.start, b + s.start] : null;
}

function statesSomething(s: Sentence, from: number, to: number): boolean {
  const words = (s.text.slice(from - s.start, to - s.start).match(/[\p{L}\p{N}]+/gu) ?? []).length;
  return words >= 4 && s.tokens.some((t) => t.start >= from && t.end <= to && (t.pos === 'VERB' || t.pos === 'AUX'));
}
