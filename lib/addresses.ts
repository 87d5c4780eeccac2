/**
 * Which addresses of a subnet may ever be leased. The network service refuses a static request
 * for any other at admission, and ipam never hands one out nor lets an attachment keep one; both
 * apply this one rule, so they cannot disagree. Pure and synchronous.
 *
 * IPv4 addresses are plain numbers in [0, 2^32); arithmetic uses `+`/`-`/`*` on doubles, never
 * the bitwise operators, which work on signed 32-bit integers and would turn 128.0.0.0 and above
 * negative.
 */

/** An inclusive interval of IPv4 addresses, `first <= last`. */
export interface AddressRange {
  first: number;
  last: number;
}

/** The number of addresses in a CIDR block of this prefix length. */
export function blockSize(prefix: number): number {
  return 2 ** (32 - prefix);
}

const isUint32 = (n: number) => Number.isInteger(n) && n >= 0 && n < 2 ** 32;

/**
 * The addresses of the CIDR `base/prefix` that may be leased before the gateway and exclusions,
 * following KOS: when the block has more than 4 addresses (prefix shorter than /30) the network
 * address, the next one (base + 1, the conventional gateway) and the broadcast address are
 * reserved; a /30, /31 or /32 reserves nothing, all of its 4, 2 or 1 addresses are leasable. The
 * result is thus never empty. Throws a RangeError if `base` is not a `prefix`-aligned IPv4 address.
 */
export function usableRange(base: number, prefix: number): AddressRange {
  if (!Number.isInteger(prefix) || prefix < 0 || prefix > 32)
    throw new RangeError(`prefix length ${prefix} is not in [0, 32]`);
  if (!isUint32(base)) throw new RangeError(`base ${base} is not an IPv4 address`);
  if (base % blockSize(prefix) !== 0) throw new RangeError(`base ${base} is not aligned to /${prefix}`);
  const last = base + blockSize(prefix) - 1;
  return last - base >= 4 ? { first: base + 2, last: last - 1 } : { first: base, last };
}

/** A subnet's addresses as the leasing rule sees them (its spec, parsed). */
export interface SubnetAddresses {
  base: number;
  prefix: number;
  /** `spec.gateway`, if set: never leased, whatever the reserved range says. */
  gateway?: number | undefined;
  /** `spec.exclude`, in spec order (the index names the entry in messages). */
  excludes: readonly AddressRange[];
}

/** Why an address can never be leased in a subnet; the first rule that applies, in this order. */
export type Unleasable =
  | { readonly rule: "outside" }
  | { readonly rule: "gateway" }
  | { readonly rule: "network" }
  | { readonly rule: "broadcast" }
  /** base + 1 of a block larger than /30, kept for a gateway even when none is declared. */
  | { readonly rule: "reserved" }
  | { readonly rule: "excluded"; readonly index: number };

export function unleasable(s: SubnetAddresses, ip: number): Unleasable | undefined {
  const last = s.base + blockSize(s.prefix) - 1;
  if (ip < s.base || ip > last) return { rule: "outside" };
  if (ip === s.gateway) return { rule: "gateway" };
  const usable = usableRange(s.base, s.prefix);
  if (ip < usable.first) return ip === s.base ? { rule: "network" } : { rule: "reserved" };
  if (ip > usable.last) return { rule: "broadcast" };
  const index = s.excludes.findIndex((e) => e.first <= ip && ip <= e.last);
  return index >= 0 ? { rule: "excluded", index } : undefined;
}

/**
 * Every range `allocate` must skip beyond the reserved ones: the exclusions and the gateway.
 * The allocator merges overlaps, so the gateway may lie inside an exclusion.
 */
export function unleasableRanges(s: SubnetAddresses): AddressRange[] {
  return s.gateway === undefined ? [...s.excludes] : [...s.excludes, { first: s.gateway, last: s.gateway }];
}

/** What a message needs to name a subnet and its exclusions as the user wrote them. */
export interface SubnetText {
  /** `namespace/name`. */
  ref: string;
  cidr: string;
  exclude: readonly string[];
}

/** The end of a sentence that starts with an address: "… is the gateway of subnet t/web". */
export function describeUnleasable(u: Unleasable, subnet: SubnetText): string {
  const where = `subnet ${subnet.ref} (${subnet.cidr})`;
  switch (u.rule) {
    case "outside":
      return `is not in ${where}`;
    case "gateway":
      return `is the gateway of ${where} (spec.gateway) and is never leased`;
    case "network":
      return `is the network address of ${where} and is never leased`;
    case "broadcast":
      return `is the broadcast address of ${where} and is never leased`;
    case "reserved":
      return `is reserved in ${where}: the address after the network address is kept for a gateway`;
    case "excluded":
      return `is excluded from ${where} by spec.exclude[${u.index}] ${JSON.stringify(subnet.exclude[u.index] ?? "")}`;
  }
}
