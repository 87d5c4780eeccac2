import { describe, expect, it } from "vitest";
import {
  type Cidr,
  CidrError,
  cidrContains,
  cidrContainsCidr,
  cidrHostRange,
  cidrLast,
  cidrsOverlap,
  describeIPv4,
  formatCidr,
  formatIPv4,
  inRfc1918,
  parseCidr,
  parseExclude,
  parseIPv4,
  quote,
} from "../../../lib/net/cidr.js";
import { seededRng } from "../../../lib/random.js";

const ip = (s: string): number => {
  const n = parseIPv4(s);
  if (n === undefined) throw new Error(`bad test address ${s}`);
  return n;
};

describe("parseIPv4", () => {
  it.each([
    ["0.0.0.0", 0],
    ["0.0.0.1", 1],
    ["10.0.0.1", 0x0a000001],
    ["127.255.255.255", 0x7fffffff],
    ["128.0.0.0", 0x80000000],
    ["192.168.1.1", 0xc0a80101],
    ["255.255.255.255", 0xffffffff],
  ])("accepts %s as %d", (s, n) => {
    expect(parseIPv4(s)).toBe(n);
  });

  it.each([
    "",
    "10",
    "10.0.0",
    "10.0.0.0.0",
    "010.0.0.1",
    "10.00.0.1",
    "10.0.0.01",
    "256.0.0.0",
    "10.0.0.256",
    "1000.0.0.0",
    " 10.0.0.1",
    "10.0.0.1 ",
    "10. 0.0.1",
    "10.0.0.-1",
    "+10.0.0.1",
    "10.0.0.1/32",
    "0x0a.0.0.1",
    "a.b.c.d",
    "::1",
    "fd00::1",
    "10..0.1",
    "١٠.0.0.1",
  ])("rejects %j", (s) => {
    expect(parseIPv4(s)).toBeUndefined();
  });
});

describe("parseIPv4 against the grammar as a regular expression", () => {
  // One octet: 0, or 1-255 without a leading zero.
  const octet = "(0|[1-9][0-9]{0,2})";
  const grammar = new RegExp(`^${octet}\\.${octet}\\.${octet}\\.${octet}$`);
  const model = (s: string): number | undefined => {
    const m = grammar.exec(s);
    if (!m) return undefined;
    const o = m.slice(1, 5).map(Number);
    return o.some((x) => x > 255) ? undefined : o.reduce((n, x) => n * 256 + x, 0);
  };

  it("agrees on 50,000 random strings near the grammar", () => {
    const rng = seededRng(7);
    const alphabet = ["0", "1", "2", "5", "9", ".", ".", "25", "255", "256", "00", " ", "x", "-", "/"];
    let accepted = 0;
    for (let i = 0; i < 50_000; i++) {
      const parts: string[] = [];
      const n = 1 + Math.floor(rng() * 12);
      for (let j = 0; j < n; j++) parts.push(alphabet[Math.floor(rng() * alphabet.length)]!);
      // Every other string is built as four octet-like parts, so that many are accepted.
      const s =
        i % 2 === 0
          ? parts.join("")
          : [0, 1, 2, 3]
              .map(() => String(Math.floor(rng() * 300)).padStart(rng() < 0.1 ? 2 : 1, "0"))
              .join(".");
      const want = model(s);
      expect(parseIPv4(s), s).toBe(want);
      if (want !== undefined) accepted++;
    }
    expect(accepted).toBeGreaterThan(5_000);
  });
});

describe("formatIPv4", () => {
  it.each([
    [0, "0.0.0.0"],
    [0x0a000001, "10.0.0.1"],
    [0x7fffffff, "127.255.255.255"],
    [0x80000000, "128.0.0.0"],
    [0xc0a80101, "192.168.1.1"],
    [0xffffffff, "255.255.255.255"],
  ])("formats %d as %s", (n, s) => {
    expect(formatIPv4(n)).toBe(s);
    expect(parseIPv4(s)).toBe(n);
  });

  it.each([-1, 2 ** 32, 1.5, Number.NaN])("rejects %d", (n) => {
    expect(() => formatIPv4(n)).toThrow(RangeError);
  });
});

describe("describeIPv4", () => {
  it("shows an address as its dotted quad", () => {
    expect(describeIPv4(0)).toBe("0.0.0.0");
    expect(describeIPv4(0xc0a80101)).toBe("192.168.1.1");
    expect(describeIPv4(0xffffffff)).toBe("255.255.255.255");
  });

  it.each([
    [-1, "-1 (not an IPv4 address)"],
    [2 ** 32, "4294967296 (not an IPv4 address)"],
    [1.5, "1.5 (not an IPv4 address)"],
    [Number.NaN, "NaN (not an IPv4 address)"],
    [Number.POSITIVE_INFINITY, "Infinity (not an IPv4 address)"],
  ])("shows %d as it is instead of throwing", (n, s) => {
    expect(describeIPv4(n)).toBe(s);
  });
});

describe("parseCidr", () => {
  it.each([
    ["0.0.0.0/0", 0, 0, 2 ** 32],
    ["10.0.0.0/8", 0x0a000000, 8, 2 ** 24],
    ["172.16.0.0/12", 0xac100000, 12, 2 ** 20],
    ["192.168.0.0/16", 0xc0a80000, 16, 2 ** 16],
    ["10.1.2.0/24", 0x0a010200, 24, 256],
    ["10.1.2.4/31", 0x0a010204, 31, 2],
    ["10.1.2.3/32", 0x0a010203, 32, 1],
    ["128.0.0.0/1", 0x80000000, 1, 2 ** 31],
    ["255.255.255.255/32", 0xffffffff, 32, 1],
    ["255.255.255.0/24", 0xffffff00, 24, 256],
  ])("accepts %s", (s, base, prefix, size) => {
    const c = parseCidr(s);
    expect(c).toEqual({ base, prefix, size });
    expect(formatCidr(c)).toBe(s);
  });

  it.each([
    ["10.0.0.0", "expected a.b.c.d/prefix"],
    ["10.0.0.0/", "invalid prefix"],
    ["10.0.0.0/33", "invalid prefix"],
    ["10.0.0.0/-1", "invalid prefix"],
    ["10.0.0.0/08", "invalid prefix"],
    ["10.0.0.0/8 ", "invalid prefix"],
    ["10.0.0.0/8/8", "invalid prefix"],
    ["10.0.0.0/x", "invalid prefix"],
    ["/8", "invalid address"],
    ["010.0.0.0/8", "invalid address"],
    ["10.0.0.256/32", "invalid address"],
    [" 10.0.0.0/8", "invalid address"],
    ["fd00::/8", "only IPv4"],
    ["::ffff:10.0.0.0/104", "only IPv4"],
    ["10.0.0.5/24", 'did you mean "10.0.0.0/24"?'],
    ["10.0.0.1/8", 'did you mean "10.0.0.0/8"?'],
    ["172.17.0.0/12", 'did you mean "172.16.0.0/12"?'],
    ["0.0.0.1/0", 'did you mean "0.0.0.0/0"?'],
    ["255.255.255.255/31", 'did you mean "255.255.255.254/31"?'],
    ["128.0.0.0/0", 'did you mean "0.0.0.0/0"?'],
  ])("rejects %j (%s)", (s, message) => {
    expect(() => parseCidr(s)).toThrow(CidrError);
    expect(() => parseCidr(s)).toThrow(message);
  });

  it("reports host bits with the exact canonical suggestion", () => {
    expect(() => parseCidr("10.0.0.5/24")).toThrow(
      '"10.0.0.5/24" has host bits set; did you mean "10.0.0.0/24"?',
    );
  });
});

describe("containment and overlap", () => {
  const c = parseCidr;

  it.each([
    ["0.0.0.0/0", 0],
    ["0.0.0.0/0", 0xffffffff],
    ["255.255.255.255/32", 0xffffffff],
    ["128.0.0.0/1", 0x80000000],
    ["128.0.0.0/1", 0xffffffff],
    ["10.0.0.0/24", ip("10.0.0.0")],
    ["10.0.0.0/24", ip("10.0.0.255")],
    ["10.0.0.7/32", ip("10.0.0.7")],
  ])("%s contains %d", (cidr, addr) => {
    expect(cidrContains(c(cidr), addr)).toBe(true);
  });

  it.each([
    ["255.255.255.254/32", 0xffffffff],
    ["128.0.0.0/1", 0x7fffffff],
    ["0.0.0.0/1", 0x80000000],
    ["10.0.0.0/24", ip("9.255.255.255")],
    ["10.0.0.0/24", ip("10.0.1.0")],
    ["10.0.0.7/32", ip("10.0.0.8")],
  ])("%s does not contain %d", (cidr, addr) => {
    expect(cidrContains(c(cidr), addr)).toBe(false);
  });

  it.each([
    ["0.0.0.0/0", 0xffffffff],
    ["128.0.0.0/1", 0xffffffff],
    ["255.255.255.255/32", 0xffffffff],
    ["10.0.0.0/8", ip("10.255.255.255")],
    ["10.0.0.0/24", ip("10.0.0.255")],
    ["10.0.0.4/31", ip("10.0.0.5")],
    ["10.0.0.4/32", ip("10.0.0.4")],
  ])("last of %s is %d", (cidr, last) => {
    expect(cidrLast(c(cidr))).toBe(last);
  });

  // [outer, inner, outer contains inner, the two overlap]
  it.each([
    ["0.0.0.0/0", "255.255.255.255/32", true, true],
    ["0.0.0.0/0", "0.0.0.0/0", true, true],
    ["0.0.0.0/0", "0.0.0.0/32", true, true],
    ["128.0.0.0/1", "255.255.255.0/24", true, true],
    ["128.0.0.0/1", "0.0.0.0/1", false, false],
    ["0.0.0.0/1", "128.0.0.0/1", false, false],
    ["10.0.0.0/8", "10.0.0.0/8", true, true],
    ["10.0.0.0/8", "10.255.255.255/32", true, true],
    ["10.0.0.0/8", "11.0.0.0/32", false, false],
    ["10.0.0.0/24", "10.0.0.0/23", false, true],
    ["10.0.0.0/24", "10.0.1.0/24", false, false],
    ["10.0.0.128/25", "10.0.0.0/25", false, false],
    ["10.0.0.0/25", "10.0.0.127/32", true, true],
    ["10.0.0.0/25", "10.0.0.128/32", false, false],
    ["255.255.255.254/31", "255.255.255.255/32", true, true],
    ["255.255.255.255/32", "255.255.255.254/31", false, true],
  ])("%s vs %s: contains=%s overlap=%s", (outer, inner, contains, overlap) => {
    const a = c(outer);
    const b = c(inner);
    expect(cidrContainsCidr(a, b)).toBe(contains);
    expect(cidrsOverlap(a, b)).toBe(overlap);
    expect(cidrsOverlap(b, a)).toBe(overlap);
  });

  it("overlap is exactly 'some address in both' for every pair of blocks around 2^31 and 2^32", () => {
    // Small blocks at the edges of the signed and unsigned 32-bit ranges, checked against a brute-force oracle.
    const blocks: Cidr[] = [];
    for (const base of [0, 2 ** 31 - 8, 2 ** 31, 2 ** 32 - 8]) {
      for (let prefix = 29; prefix <= 32; prefix++) {
        const size = 2 ** (32 - prefix);
        for (let b = base; b < base + 8; b += size) blocks.push({ base: b, prefix, size });
      }
    }
    const addresses = (x: Cidr) => Array.from({ length: x.size }, (_, i) => x.base + i);
    for (const a of blocks) {
      for (const b of blocks) {
        const inB = new Set(addresses(b));
        const shared = addresses(a).filter((n) => inB.has(n));
        expect(cidrsOverlap(a, b)).toBe(shared.length > 0);
        expect(cidrContainsCidr(a, b)).toBe(shared.length === b.size);
      }
    }
  });
});

describe("cidrHostRange", () => {
  it.each([
    ["10.0.0.0/24", "10.0.0.1", "10.0.0.254"],
    ["10.0.0.0/30", "10.0.0.1", "10.0.0.2"],
    ["10.0.0.4/31", "10.0.0.4", "10.0.0.5"],
    ["10.0.0.7/32", "10.0.0.7", "10.0.0.7"],
    ["0.0.0.0/0", "0.0.0.1", "255.255.255.254"],
  ])("%s: %s..%s", (cidr, first, last) => {
    expect(cidrHostRange(parseCidr(cidr))).toEqual({ first: ip(first), last: ip(last) });
  });
});

describe("inRfc1918", () => {
  it.each([
    ["10.0.0.0/8", true],
    ["10.255.255.255/32", true],
    ["10.1.0.0/16", true],
    ["172.16.0.0/12", true],
    ["172.31.255.0/24", true],
    ["192.168.0.0/16", true],
    ["192.168.255.255/32", true],
    ["0.0.0.0/0", false],
    ["0.0.0.0/1", false],
    ["8.0.0.0/6", false],
    ["9.255.255.255/32", false],
    ["11.0.0.0/8", false],
    ["172.15.255.0/24", false],
    ["172.32.0.0/24", false],
    ["172.0.0.0/11", false],
    ["172.16.0.0/13", true],
    ["172.24.0.0/13", true],
    ["192.168.0.0/15", false],
    ["192.169.0.0/16", false],
    ["192.167.255.255/32", false],
    ["255.255.255.255/32", false],
  ])("%s: %s", (cidr, expected) => {
    expect(inRfc1918(parseCidr(cidr))).toBe(expected);
  });
});

describe("parseExclude", () => {
  const within = parseCidr("10.0.0.0/24");

  it.each([
    ["10.0.0.0", "10.0.0.0", "10.0.0.0"],
    ["10.0.0.255", "10.0.0.255", "10.0.0.255"],
    ["10.0.0.10-10.0.0.20", "10.0.0.10", "10.0.0.20"],
    ["10.0.0.5-10.0.0.5", "10.0.0.5", "10.0.0.5"],
    ["10.0.0.0-10.0.0.255", "10.0.0.0", "10.0.0.255"],
    ["10.0.0.128/25", "10.0.0.128", "10.0.0.255"],
    ["10.0.0.0/24", "10.0.0.0", "10.0.0.255"],
    ["10.0.0.9/32", "10.0.0.9", "10.0.0.9"],
  ])("accepts %s", (s, first, last) => {
    expect(parseExclude(s, within)).toEqual({ first: ip(first), last: ip(last) });
  });

  it.each([
    ["", "not an IPv4 address"],
    ["10.0.1.0", "not inside the subnet's CIDR 10.0.0.0/24"],
    ["9.255.255.255", "not inside"],
    ["10.0.0.250-10.0.1.5", "not inside"],
    ["10.0.0.0/23", "not inside"],
    ["10.0.0.20-10.0.0.10", "reversed range"],
    ["10.0.0.1-", "not a valid range"],
    ["-10.0.0.1", "not a valid range"],
    ["10.0.0.1-10.0.0.2-10.0.0.3", "not a valid range"],
    ["10.0.0.1 - 10.0.0.2", "not a valid range"],
    ["10.0.0.01", "not an IPv4 address"],
    ["10.0.0.5/24", "host bits set"],
    ["10.0.0.0/33", "invalid prefix"],
    ["fd00::1", "not an IPv4 address"],
  ])("rejects %j (%s)", (s, message) => {
    expect(() => parseExclude(s, within)).toThrow(CidrError);
    expect(() => parseExclude(s, within)).toThrow(message);
  });

  it("works at the top of the address space", () => {
    expect(parseExclude("255.255.255.255", parseCidr("255.255.255.0/24"))).toEqual({
      first: 0xffffffff,
      last: 0xffffffff,
    });
  });
});

describe("quote", () => {
  it("clips long input to 64 characters", () => {
    expect(quote("a".repeat(100))).toBe(`"${"a".repeat(64)}…"`);
    expect(quote("short")).toBe('"short"');
  });
});
