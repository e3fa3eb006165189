import type { Claim } from '../domain';
import { copyTokens, shingleHashes } from './copyText';
import type { ReuseEstimate } from './copyFingerprint';
import { compareFigures } from './figureAgreement';
import { quantitySlot, slotsMatch } from './quantitySlot';

export interface DerivedPair {
  from: Claim;
  to: Claim;
  /** Share of the copier claim's words (3-word shingles) found in the original claim. */
  overlap: number;
}

function shingles(text: string): Set<number> {
  return shingleHashes(copyTokens(text, { dropQuotes: false }), 3);
}

function figuresDiffer(a: Claim, b: Claim): boolean {
  for (const x of a.quantities) {
    const sx = quantitySlot(x);
    if (!sx) continue;
    for (const y of b.quantities) {
      const sy = quantitySlot(y);
      if (sy && slotsMatch(sx.key, sy.key) && !compareFigures(x, y).agree) return true;
    }
  }
  return false;
}

/**
 * Claims of a copying article that stand in its reused paragraphs, each paired with the
 * original article's claim it was copied from (the one whose words it shares most). A copy
 * that changed a figure is not a derivation: claim matching reports it as a different figure.
 */
export function derivedClaims(
  copierClaims: readonly Claim[],
  originalClaims: readonly Claim[],
  reuse: ReuseEstimate,
  minOverlap = 0.5,
  cache?: { getOrCreate(id: string, make: () => Set<number>): Set<number> },
): DerivedPair[] {
  const out: DerivedPair[] = [];
  if (originalClaims.length === 0) return out;
  const sh3 = (c: Claim): Set<number> => (cache ? cache.getOrCreate(c.id, () => shingles(c.text)) : shingles(c.text));
  const originals = originalClaims.map((c) => ({ c, sh: sh3(c) }));
  // Inverted index shingle -> originals, so each copier claim meets only originals sharing words.
  const index = new Map<number, number[]>();
  originals.forEach((o, i) => {
    for (const s of o.sh) {
      const l = index.get(s);
      if (l) l.push(i);
      else index.set(s, [i]);
    }
  });
  for (const c of copierClaims) {
    const inReused = reuse.paragraphs.some((p) => c.start >= p.start && c.end <= p.end + 1);
    const sh = sh3(c);
    if (sh.size === 0) continue;
    const hits = new Map<number, number>();
    for (const s of sh) for (const i of index.get(s) ?? []) hits.set(i, (hits.get(i) ?? 0) + 1);
    let best: { c: Claim; overlap: number } | null = null;
    for (const [i, hit] of hits) {
      const o = originals[i] as { c: Claim; sh: Set<number> };
      const overlap = hit / Math.max(sh.size, Math.min(o.sh.size, sh.size * 2));
      if (!best || overlap > best.overlap) best = { c: o.c, overlap };
    }
    // Outside the paragraphs reused nearly whole, ask for more of the words.
    const needed = inReused ? minOverlap : Math.max(minOverlap, 0.7);
    if (best && best.overlap >= needed && !figuresDiffer(c, best.c)) out.push({ from: c, to: best.c, overlap: best.overlap });
  }
  return out;
}
