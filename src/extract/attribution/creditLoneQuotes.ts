import type { Sentence } from '../segment/Sentence';
import type { ClaimDraft } from '../claims/draftClaims';

/** A paragraph that is one quotation and nothing else. */
const LONE_QUOTE = /^[“"][^“”"]+[”"]$/u;
/** What closes a quotation's words: the marks and the full stop inside them. */
const CLOSING = /[.,;:!?]?\s*[”"]?\s*$/u;
const OPENING = /^\s*[“"]\s*/u;

/**
 * "“We took action last night to stop a war.”" / "Speaking from Mar-a-Lago, the US president
 * insisted …": a paragraph that is only a quotation, with no one credited before it (a speaker
 * just before would already have it), is the words of the person the next paragraph opens by
 * crediting. Only a person: "“It is a crime.” / The ministry said …" is left as it is, and so
 * is a quotation after a paragraph where someone spoke.
 */
export function creditLoneQuotes(work: ReadonlyArray<{ sentence: Sentence; drafts: ClaimDraft[] }>, paragraphText: (paragraph: number) => string, text: string): void {
  let i = 0;
  while (i < work.length) {
    const paragraph = work[i]!.sentence.paragraph;
    let j = i;
    while (j < work.length && work[j]!.sentence.paragraph === paragraph) j++;
    const group = work.slice(i, j);
    const groupStart = i;
    const next = work[j];
    i = j;
    if (!next || next.sentence.paragraph !== paragraph + 1) continue;
    if (!LONE_QUOTE.test(paragraphText(paragraph).trim())) continue;
    if (group.some((g) => g.drafts.some((d) => d.speaker !== null)) || group.every((g) => g.drafts.length === 0)) continue;
    if (spokeInParagraphBefore(work, groupStart)) continue;
    const opener = next.drafts.find((d) => d.speaker !== null && d.speaker.type === 'person' && d.cue !== null && d.kind !== 'observation');
    if (!opener) continue;
    for (const g of group) {
      const first = g.drafts[0];
      if (!first) continue;
      const s = g.sentence;
      const lead = OPENING.exec(s.text)?.[0].length ?? 0;
      const tail = CLOSING.exec(s.text.slice(lead))?.[0].length ?? 0;
      const start = s.start + lead;
      const end = s.start + s.text.length - tail;
      if (end <= start) continue;
      const quote = text.slice(start, end);
      g.drafts.splice(0, g.drafts.length, { ...first, start, end, kind: 'quote', speaker: opener.speaker, cue: null, via: null, quote, frame: null, extraEntities: [] });
    }
  }
}

/** Whether anyone is credited in the paragraph that ends right before sentence `at`. */
function spokeInParagraphBefore(work: ReadonlyArray<{ sentence: Sentence; drafts: ClaimDraft[] }>, at: number): boolean {
  const paragraph = at > 0 ? work[at - 1]!.sentence.paragraph : -1;
  for (let k = at - 1; k >= 0 && work[k]!.sentence.paragraph === paragraph; k--) if (work[k]!.drafts.some((d) => d.speaker !== null)) return true;
  return false;
}
