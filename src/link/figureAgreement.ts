import type { Quantity } from '../domain';

/**
 * Whether two figures for the same slot agree. The rule fact-checkers use: the same
 * number agrees whatever the hedge ("25" and "at least 25"); an approximate figure agrees
 * with any number in its range ("dozens" and 25, "about 750" and 760); any other pair of
 * numbers is a different figure, even when logic would allow both ("at least 18" vs "25"
 * are two reports of the toll, to be shown side by side). A round number over a bound ("more
 * than 30") is an estimate, like a round word.
 */

/** Range a vague or approximate figure covers. */
export function figureRange(q: Quantity): [number, number] {
  const v = q.value;
  const text = q.text.toLowerCase();
  if (q.qualifier === 'approx') {
    if (/\bdozens\b/.test(text)) return [13, 99];
    if (/\bscores\b/.test(text)) return [20, 199];
    if (/\bhundreds\b/.test(text)) return [100, 999];
    if (/\bthousands\b/.test(text)) return [1000, 9999];
    if (/\bmillions\b/.test(text)) return [1e6, 1e7 - 1];
    if (/\bseveral\b|\ba few\b|\ba couple\b|\ba handful\b/.test(text)) return [2, 9];
    return approxRange(v);
  }
  switch (q.qualifier) {
    case 'at_least':
      return [v, Number.POSITIVE_INFINITY];
    case 'more_than':
      return [v, Number.POSITIVE_INFINITY];
    case 'at_most':
      return [0, v];
    case 'less_than':
      return [0, v];
    default:
      return [v, v];
  }
}

const VAGUE = /\b(dozens|scores|hundreds|thousands|millions|several|a few|a couple|a handful)\b/;

/** The vague count word of an approximate figure ("dozens"), or null for a number. */
export function vagueWord(q: Quantity): string | null {
  if (q.qualifier !== 'approx') return null;
  const m = VAGUE.exec(q.text.toLowerCase());
  return m ? (m[1] as string) : null;
}

/**
 * "two dozen", "a hundred": a count written as a round word is an estimate whatever its qualifier;
 * so is a round number over a bound ("more than 30 rockets" holds 36, as "more than a dozen" holds 15).
 */
function roundWord(q: Quantity): boolean {
  return roundText(q) || (q.qualifier === 'more_than' && q.value >= 20 && q.value % 10 === 0);
}

function roundText(q: Quantity): boolean {
  return /\b(dozen|score|hundred|thousand)\b/i.test(q.text);
}

function approxRange(v: number): [number, number] {
  return [Math.floor(v * 0.85), Math.ceil(v * 1.15)];
}

/**
 * A round word with a bound: "more than a dozen" is 13 to 23 (short of two dozen), "at least a
 * hundred" 100 to 199, "fewer than a thousand" 500 to 999; without a bound, the estimate's range.
 */
function roundRange(q: Quantity): [number, number] {
  const v = q.value;
  switch (q.qualifier) {
    case 'more_than':
      return [v + 1, 2 * v - 1];
    case 'at_least':
      return [v, 2 * v - 1];
    case 'less_than':
      return [Math.ceil(v / 2), v - 1];
    case 'at_most':
      return [Math.ceil(v / 2), v];
    default:
      return approxRange(v);
  }
}

/** The least whole count a bound allows ("more than 50" is 51, "at least 51" is 51); null for anything else. */
function lowerBound(q: Quantity): number | null {
  if (!Number.isInteger(q.value) || roundText(q)) return null;
  if (q.qualifier === 'at_least') return q.value;
  if (q.qualifier === 'more_than') return q.value + 1;
  return null;
}

export type FigureVerdict = { agree: true; basis: string } | { agree: false; basis: string };

export function compareFigures(a: Quantity, b: Quantity): FigureVerdict {
  if (a.value === b.value) {
    const same = a.qualifier === b.qualifier;
    return { agree: true, basis: same ? `same figure (${a.text} / ${b.text})` : `${a.text} and ${b.text} agree` };
  }
  // "more than 50" and "at least 51" are one bound on a count, written two ways.
  const la = lowerBound(a);
  const lb = lowerBound(b);
  if (la !== null && la === lb) return { agree: true, basis: `${a.text} and ${b.text} are the same bound` };
  if (a.qualifier === 'approx' || b.qualifier === 'approx' || roundWord(a) || roundWord(b)) {
    const va = vagueWord(a);
    const vb = vagueWord(b);
    // Two vague words agree only when they are the same word ("dozens" vs "hundreds" differ);
    // a vague word or an estimate agrees with a number in its range.
    if (va !== null && vb !== null) {
      if (va === vb) return { agree: true, basis: `${a.text} and ${b.text} (same rough size)` };
    } else {
      // A bound ("at least 18") is compared by its number: an estimate of two dozen is not 18.
      const [a0, a1] = roundWord(a) ? roundRange(a) : a.qualifier === 'approx' ? figureRange(a) : [a.value, a.value];
      const [b0, b1] = roundWord(b) ? roundRange(b) : b.qualifier === 'approx' ? figureRange(b) : [b.value, b.value];
      if (a0 <= b1 && b0 <= a1) return { agree: true, basis: `${a.text} and ${b.text} are compatible (approximate)` };
    }
  }
  const both = a.qualifier === 'at_least' && b.qualifier === 'at_least' ? ' (both are lower bounds)' : '';
  return { agree: false, basis: `${a.text} vs ${b.text}${both}` };
}
