/**
 * FNV-1a over the UTF-16 code units of a string, 32 bits, as an unsigned integer. Stable across
 * processes and releases (view digests compared between the mapping service and agents, VNI
 * sharding across ipam replicas), cheap, and well spread; not for anything an adversary chooses.
 */
export function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}
