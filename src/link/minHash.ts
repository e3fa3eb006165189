/**
 * MinHash signatures over 32-bit shingle hashes. Each of the k permutations is a
 * universal hash h_i(x) = (a_i * x + b_i) mod 2^32 with odd a_i (cheap with Math.imul and
 * good enough for estimating Jaccard similarity between paragraphs).
 */

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
}

export interface MinHasher {
  readonly k: number;
  signature(shingles: Iterable<number>): Uint32Array;
}

export function createMinHasher(k: number, seed = 0x5eed): MinHasher {
  const rand = mulberry32(seed);
  const a = new Uint32Array(k);
  const b = new Uint32Array(k);
  for (let i = 0; i < k; i++) {
    a[i] = (rand() | 1) >>> 0;
    b[i] = rand();
  }
  return {
    k,
    signature(shingles: Iterable<number>): Uint32Array {
      const sig = new Uint32Array(k).fill(0xffffffff);
      const add = (x: number): void => {
        // Mix the shingle first: FNV hashes of similar strings are not independent enough.
        let y = Math.imul(x ^ (x >>> 16), 0x7feb352d);
        y = Math.imul(y ^ (y >>> 15), 0x846ca68b);
        y = (y ^ (y >>> 16)) >>> 0;
        for (let i = 0; i < k; i++) {
          const h = (Math.imul(a[i] as number, y) + (b[i] as number)) >>> 0;
          if (h < (sig[i] as number)) sig[i] = h;
        }
      };
      // Typed arrays by index: their iterator is several times slower in V8.
      if (shingles instanceof Uint32Array) for (let j = 0; j < shingles.length; j++) add(shingles[j] as number);
      else for (const x of shingles) add(x);
      return sig;
    },
  };
}

/** Share of equal positions: an estimate of the Jaccard similarity of the two shingle sets. */
export function estimateJaccard(x: Uint32Array, y: Uint32Array): number {
  const n = Math.min(x.length, y.length);
  if (n === 0) return 0;
  let eq = 0;
  for (let i = 0; i < n; i++) if (x[i] === y[i]) eq++;
  return eq / n;
}
