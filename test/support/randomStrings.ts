/**
 * Deterministic random strings (mulberry32), so a failure reproduces: `count` strings of up to
 * `maxParts` pieces drawn from `alphabet`. The fast-path tests compare a fast path with the plain
 * definition it replaces on these.
 */
export function randomStrings(seed: number, alphabet: readonly string[], count: number, maxParts: number): string[] {
  let a = seed >>> 0;
  const rnd = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out: string[] = [];
  for (let k = 0; k < count; k++) {
    let s = '';
    const n = Math.floor(rnd() * (maxParts + 1));
    for (let i = 0; i < n; i++) s += alphabet[Math.floor(rnd() * alphabet.length)]!;
    out.push(s);
  }
  return out;
}
