import { fnv1a } from './copyText';

/**
 * Locality-sensitive hashing: a signature of bands*rows values is cut into bands; two
 * signatures that agree on every row of any one band share that band's key. With r rows
 * and b bands, paragraphs of Jaccard similarity s become candidates with probability
 * 1 - (1 - s^r)^b, an S-curve whose threshold is about (1/b)^(1/r).
 */
export function lshBandKeys(signature: Uint32Array, bands: number, rows: number, prefix = 'm'): string[] {
  if (signature.length < bands * rows) throw new RangeError(`signature of ${signature.length} is shorter than ${bands}x${rows}`);
  const keys: string[] = [];
  for (let band = 0; band < bands; band++) {
    let h = bandSeed(band);
    for (let r = 0; r < rows; r++) h = fnv1a((signature[band * rows + r] as number).toString(36), h);
    keys.push(`${prefix}${band.toString(36)}.${(h >>> 0).toString(36)}`);
  }
  return keys;
}

const bandSeeds: number[] = [];
function bandSeed(band: number): number {
  return (bandSeeds[band] ??= fnv1a(`b${band}`));
}

/** Probability that two items of Jaccard similarity s share at least one band key. */
export function lshCandidateProbability(s: number, bands: number, rows: number): number {
  return 1 - Math.pow(1 - Math.pow(s, rows), bands);
}
