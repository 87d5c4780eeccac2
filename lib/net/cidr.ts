/**
 * IPv4 address and CIDR arithmetic, pure and synchronous.
 *
 * Addresses are plain numbers in [0, 2^32 - 1], the big-endian value of the dotted quad. All
 * arithmetic uses ordinary number operations (`+`, `%`, comparisons), never the 32-bit bitwise
 * operators: those work on signed int32 and turn 128.0.0.0 and above negative, so an address
 * compared after `<<` or `|` sorts below 10.0.0.0.
 *
 * Parsing is strict on purpose: a value accepted here is stored, compared textually for
 * immutability and used as a key, so each address and CIDR must have exactly one spelling.
 */

/** A CIDR block. Invariant: `base` is a multiple of `size` (no host bits set). */
export interface Cidr {
  /** The network address. */
  base: number;
  /** 0..32. */
  prefix: number;
  /** Number of addresses in the block, 2^(32 - prefix); 2^32 for /0. */
  size: number;
}

/** An inclusive range of addresses, first <= last. */
export interface IPv4Range {
  first: number;
  last: number;
}

/** The text is not an acceptable IPv4 address, CIDR or exclude; the message says why. */
export class CidrError extends Error {
  override name = "CidrError";
}

const maxShown = 64;

/** The user's input as it appears in error messages: quoted, and clipped so a huge value cannot flood logs. */
export function quote(s: string): string {
  const clipped = s.length > maxShown ? `${s.slice(0, maxShown)}…` : s;
  return JSON.stringify(clipped);
}

/**
 * Strict dotted quad, e.g. "10.0.0.1"; undefined for anything else (spaces, leading zeros, IPv6).
 * Each octet is 0, or 1-255 without a leading zero ("010" is octal to some parsers, decimal to
 * others). Read character by character: agents parse the address of every mapping they hold.
 */
export function parseIPv4(s: string): number | undefined {
  const len = s.length;
  if (len < 7 || len > 15) return undefined;
  let n = 0;
  let i = 0;
  for (let part = 0; part < 4; part++) {
    if (part > 0) {
      if (s.charCodeAt(i) !== dot) return undefined;
      i++;
    }
    const start = i;
    let octet = 0;
    for (; i < len; i++) {
      const d = s.charCodeAt(i) - zero;
      if (d < 0 || d > 9) break;
      octet = octet * 10 + d;
    }
    const digits = i - start;
    if (digits === 0 || digits > 3 || octet > 255 || (digits > 1 && s.charCodeAt(start) === zero))
      return undefined;
    n = n * 256 + octet;
  }
  return i === len ? n : undefined;
}

const dot = ".".charCodeAt(0);
const zero = "0".charCodeAt(0);

export function formatIPv4(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 0xffffffff) {
    throw new RangeError(`${n} is not an IPv4 address (an integer in [0, 2^32 - 1])`);
  }
  return `${Math.floor(n / 0x1000000)}.${Math.floor(n / 0x10000) % 256}.${Math.floor(n / 0x100) % 256}.${n % 256}`;
}

/**
 * `n` for an error message: its dotted quad if it is an address, else the number as JavaScript
 * prints it, marked as not an address. Messages about bad data (a hand-edited lease, an
 * unchecked argument) must not themselves throw, which `formatIPv4` would.
 */
export function describeIPv4(n: number): string {
  return Number.isInteger(n) && n >= 0 && n <= 0xffffffff ? formatIPv4(n) : `${n} (not an IPv4 address)`;
}

const prefixPattern = /^(0|[1-9][0-9]?)$/;

/**
 * Parses "a.b.c.d/p". A CIDR with host bits set (10.0.0.5/24) is rejected rather than masked:
 * the user most likely meant something else, and silently storing 10.0.0.0/24 would make the
 * stored value differ from what was sent.
 */
export function parseCidr(s: string): Cidr {
  if (s.includes(":")) throw new CidrError(`${quote(s)} is not an IPv4 CIDR; only IPv4 is supported`);
  const slash = s.indexOf("/");
  if (slash < 0) {
    throw new CidrError(`${quote(s)} is not a CIDR: expected a.b.c.d/prefix, e.g. "10.1.0.0/24"`);
  }
  const addrText = s.slice(0, slash);
  const prefixText = s.slice(slash + 1);
  const addr = parseIPv4(addrText);
  if (addr === undefined) {
    throw new CidrError(
      `${quote(s)} has an invalid address ${quote(addrText)}: expected a dotted quad of 0-255 without leading zeros`,
    );
  }
  if (!prefixPattern.test(prefixText) || Number(prefixText) > 32) {
    throw new CidrError(`${quote(s)} has an invalid prefix ${quote(prefixText)}: expected 0 to 32`);
  }
  const prefix = Number(prefixText);
  const size = 2 ** (32 - prefix);
  const hostBits = addr % size;
  if (hostBits !== 0) {
    const canonical = formatCidr({ base: addr - hostBits, prefix, size });
    throw new CidrError(`${quote(s)} has host bits set; did you mean "${canonical}"?`);
  }
  return { base: addr, prefix, size };
}

export function formatCidr(c: Cidr): string {
  return `${formatIPv4(c.base)}/${c.prefix}`;
}

/** The last (broadcast) address of the block. */
export function cidrLast(c: Cidr): number {
  return c.base + c.size - 1;
}

export function cidrContains(c: Cidr, ip: number): boolean {
  return ip >= c.base && ip <= cidrLast(c);
}

export function cidrContainsCidr(outer: Cidr, inner: Cidr): boolean {
  return inner.base >= outer.base && cidrLast(inner) <= cidrLast(outer);
}

export function cidrsOverlap(a: Cidr, b: Cidr): boolean {
  return a.base <= cidrLast(b) && cidrLast(a) >= b.base;
}

/**
 * The addresses a host in the block may use: all but the network and broadcast addresses, except
 * for /31 (RFC 3021 point-to-point) and /32, which have none to spare.
 */
export function cidrHostRange(c: Cidr): IPv4Range {
  if (c.prefix >= 31) return { first: c.base, last: cidrLast(c) };
  return { first: c.base + 1, last: cidrLast(c) - 1 };
}

const rfc1918: readonly Cidr[] = [
  { base: 0x0a000000, prefix: 8, size: 2 ** 24 }, // 10.0.0.0/8
  { base: 0xac100000, prefix: 12, size: 2 ** 20 }, // 172.16.0.0/12
  { base: 0xc0a80000, prefix: 16, size: 2 ** 16 }, // 192.168.0.0/16
];

/**
 * True if the block lies wholly inside one private range. MACs are derived from (VNI, IP) and
 * are collision-free only for addresses inside these ranges.
 */
export function inRfc1918(c: Cidr): boolean {
  return rfc1918.some((r) => cidrContainsCidr(r, c));
}

/**
 * Parses one exclude entry: an address "a.b.c.d", a range "a.b.c.d-e.f.g.h" (inclusive,
 * first <= last) or a CIDR. The whole entry must lie inside `within`.
 */
export function parseExclude(s: string, within: Cidr): IPv4Range {
  const range = parseExcludeText(s);
  if (range.first < within.base || range.last > cidrLast(within)) {
    throw new CidrError(`${quote(s)} is not inside the subnet's CIDR ${formatCidr(within)}`);
  }
  return range;
}

function parseExcludeText(s: string): IPv4Range {
  if (s.includes("/")) {
    const c = parseCidr(s);
    return { first: c.base, last: cidrLast(c) };
  }
  const parts = s.split("-");
  if (parts.length === 1) {
    const ip = parseIPv4(s);
    if (ip === undefined) throw new CidrError(`${quote(s)} is not an IPv4 address, range or CIDR`);
    return { first: ip, last: ip };
  }
  const [firstText, lastText] = parts;
  const first = parts.length === 2 ? parseIPv4(firstText ?? "") : undefined;
  const last = parts.length === 2 ? parseIPv4(lastText ?? "") : undefined;
  if (first === undefined || last === undefined) {
    throw new CidrError(`${quote(s)} is not a valid range: expected "a.b.c.d-e.f.g.h"`);
  }
  if (first > last) {
    throw new CidrError(`${quote(s)} is a reversed range: the first address must not exceed the last`);
  }
  return { first, last };
}
