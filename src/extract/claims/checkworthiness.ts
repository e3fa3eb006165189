import type { Certainty, ClaimKind, SourceType } from '../../domain';
import { countWords } from '../segment/countWords';
import { hasRegexWord } from '../segment/hasRegexWord';

export interface WorthInput {
  text: string;
  kind: ClaimKind;
  certainty: Certainty;
  speakerType: SourceType | null;
  quantities: number;
  datedEvent: boolean;
  entities: number;
}

const NAMED = new Set<SourceType>(['person', 'organization', 'government', 'news_agency', 'outlet', 'country']);
/** Opinion and prediction words make a statement less checkable as a fact. */
export const SOFT = /\b(?:should|might|could|would|may|hope|hopes|believe|believes|think|thinks|feel|feels|want|wants|wish|best|worst|great|terrible|wonderful|amazing|beautiful)\b/iu;
/** SOFT's words, for hasRegexWord (same answer, without trying the alternation at every character). */
const SOFT_WORDS = new Set(SOFT.source.slice(SOFT.source.indexOf('(?:') + 3, SOFT.source.lastIndexOf(')')).split('|'));
const SOFT_MIN = Math.min(...[...SOFT_WORDS].map((w) => w.length));
const SOFT_MAX = Math.max(...[...SOFT_WORDS].map((w) => w.length));

/**
 * How worth checking a claim is, 0..1: numbers, a named source, a dated event, several
 * named actors and hedged or disputed certainty raise it; very short statements and
 * opinion or prediction words lower it.
 */
export function checkworthiness(c: WorthInput): number {
  let score = 0.3;
  if (c.quantities > 0) score += 0.2;
  if (c.speakerType && NAMED.has(c.speakerType)) score += 0.15;
  else if (c.speakerType) score += 0.05;
  if (c.datedEvent) score += 0.1;
  if (c.entities >= 2) score += 0.1;
  else if (c.entities === 1) score += 0.05;
  if (c.certainty !== 'asserted') score += 0.1;
  if (c.kind === 'observation') score += 0.05;
  const words = countWords(c.text);
  if (words < 6) score -= 0.15;
  if (hasRegexWord(c.text, SOFT_WORDS, SOFT_MIN, SOFT_MAX)) score -= 0.1;
  return Math.round(Math.min(1, Math.max(0, score)) * 100) / 100;
}
