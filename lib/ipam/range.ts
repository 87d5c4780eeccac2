import { type AddressRange, usableRange } from "../addresses.js";

/**
 * Address arithmetic for IPAM: a subnet's leasable addresses as spans, for the allocate script.
 * Which addresses may be leased at all is decided in lib/addresses.ts. Pure and synchronous.
 *
 * IPv4 addresses are plain numbers in [0, 2^32). All arithmetic is done with `+`/`-`/`*` on
 * doubles, never with the bitwise operators, which work on signed 32-bit integers and would turn
 * 128.0.0.0 and above negative.
 */

export type { AddressRange } from "../addresses.js";
export { blockSize, usableRange } from "../addresses.js";

const isUint32 = (n: number) => Number.isInteger(n) && n >= 0 && n < 2 ** 32;

/**
 * The leasable addresses of `base/prefix`: `usableRange` minus every exclusion, as ascending,
 * disjoint, non-adjacent intervals (empty when the exclusions cover everything). Exclusions may
 * be in any order, overlap each other, the reserved addresses, or lie partly or wholly outside
 * the subnet. Throws a RangeError on an exclusion with `first > last` or a non-IPv4 bound.
 */
export function allocatable(base: number, prefix: number, excludes: readonly AddressRange[]): AddressRange[] {
  const usable = usableRange(base, prefix);
  for (const e of excludes) {
    if (!isUint32(e.first) || !isUint32(e.last) || e.first > e.last)
      throw new RangeError(`exclusion ${e.first}-${e.last} is not an IPv4 address range`);
  }
  const sorted = [...excludes].sort((a, b) => a.first - b.first);
  const out: AddressRange[] = [];
  let next = usable.first; // lowest address not yet emitted nor excluded
  for (const e of sorted) {
    if (e.last < next) continue;
    if (e.first > usable.last) break;
    if (e.first > next) out.push({ first: next, last: e.first - 1 });
    next = e.last + 1;
    if (next > usable.last) return out;
  }
  out.push({ first: next, last: usable.last });
  return out;
}

/** The number of addresses in a list of disjoint intervals. */
export function rangeSize(ranges: readonly AddressRange[]): number {
  let n = 0;
  for (const r of ranges) n += r.last - r.first + 1;
  return n;
}

/** The number of leasable addresses of `base/prefix` under these exclusions. */
export function countAllocatable(base: number, prefix: number, excludes: readonly AddressRange[]): number {
  return rangeSize(allocatable(base, prefix, excludes));
}

/** Whether `ip` lies in one of `ranges`, which must be ascending and disjoint (binary search). */
export function inRanges(ranges: readonly AddressRange[], ip: number): boolean {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const r = ranges[mid]!;
    if (ip < r.first) hi = mid - 1;
    else if (ip > r.last) lo = mid + 1;
    else return true;
  }
  return false;
}
