import { EVENT_LABELS } from '../extract/events/eventVocabulary';
import { stem } from './propositionTerms';
import { ownValue } from '../domain';

/**
 * Canonical event label for merging mentions across articles: the label family of the
 * extraction vocabulary ("air strikes" and "bombing" -> "strikes"; "embassy attack",
 * "protest", "siege" -> "unrest"), or for labels outside the vocabulary their stemmed words.
 * Generic labels ("attack", "incident") match any family, but only with more evidence
 * (same day and a shared place or participant).
 */
export interface CanonicalLabel {
  family: string;
  generic: boolean;
}

export function canonicalEventLabel(label: string): CanonicalLabel {
  const lower = label.toLowerCase().trim();
  const info = ownValue(EVENT_LABELS, lower);
  if (info) return { family: info.family === '*' ? 'any' : info.family, generic: info.generic };
  const words = lower
    .replace(/[^\p{L}\p{N}\s-]/gu, ' ')
    .split(/\s+/)
    .filter((w) => w.length > 0)
    .map((w) => stem(w));
  return { family: words.length > 0 ? words.join(' ') : 'event', generic: false };
}

/** 'same' family; 'generic' when one side is a generic label that may name the other; else 'different'. */
export function labelsCompatible(a: CanonicalLabel, b: CanonicalLabel): 'same' | 'generic' | 'different' {
  if (a.family === b.family) return 'same';
  if (a.family === 'any' || b.family === 'any' || (a.generic && b.generic)) return 'generic';
  return 'different';
}
