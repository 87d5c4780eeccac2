/**
 * FNV-1a over the UTF-16 code units of a string, 32 bits, as an unsigned integer. Stable across
 * processes and releases (view digests compared between the mapping service and agents, VNI
 * sharding across ipam replicas), cheap, and well spread; not for anything an adversary chooses.
 */
export function fnv1a(s: string): number {
  return fnv1aMore(fnv1aStart, s);
}

/** FNV-1a's starting value: fnv1a(a + b) === fnv1aMore(fnv1aMore(fnv1aStart, a), b). */
export const fnv1aStart = 0x811c9dc5;

/** FNV-1a continued over `s` from `h` (a hash of what came before it), without joining strings. */
export function fnv1aMore(h: number, s: string): number {
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/**
 * The finalizer of MurmurHash3 (fmix32): every input bit flips each output bit with probability
 * about one half. FNV-1a alone does not do that for strings that differ in their last characters,
 * and rendezvous hashing compares hashes of such strings (`<member>/<vni>`), so it mixes them.
 */
export function mix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
