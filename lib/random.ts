/**
 * Seeded pseudo-random numbers, for what must be reproducible from a printed seed: randomized
 * tests, bench schedules and placements. mulberry32: 32 bits of state, fast, and well spread for
 * arrivals, shuffles and test inputs; not for secrets (use node:crypto for those).
 */

/** A source of uniform numbers in [0, 1). */
export type Rng = () => number;

/** mulberry32 seeded with `seed` (taken modulo 2^32): the same seed gives the same numbers. */
export function seededRng(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** An integer in [0, n) per call, from `seededRng(seed)`. */
export function seededInts(seed: number): (n: number) => number {
  const rng = seededRng(seed);
  return (n) => Math.floor(rng() * n);
}
