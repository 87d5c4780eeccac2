import { describe, expect, it } from "vitest";
import {
  type AddressRange,
  allocatable,
  countAllocatable,
  inRanges,
  rangeSize,
  usableRange,
} from "../../../lib/ipam/range.js";

const ip = (s: string) => s.split(".").reduce((n, octet) => n * 256 + Number(octet), 0);
const r = (first: string, last: string = first): AddressRange => ({ first: ip(first), last: ip(last) });

describe("usableRange", () => {
  it("reserves network, base+1 and broadcast below /30, for every prefix from /0 to /29", () => {
    for (let prefix = 0; prefix <= 29; prefix++) {
      const size = 2 ** (32 - prefix);
      const base = prefix === 0 ? 0 : size * (2 ** prefix - 1); // the block's last aligned base
      expect(usableRange(base, prefix)).toEqual({ first: base + 2, last: base + size - 2 });
    }
  });

  it("reserves nothing in a /30, /31 or /32, as KOS does", () => {
    expect(usableRange(ip("10.1.2.4"), 30)).toEqual(r("10.1.2.4", "10.1.2.7"));
    expect(usableRange(ip("10.1.2.6"), 31)).toEqual(r("10.1.2.6", "10.1.2.7"));
    expect(usableRange(ip("10.1.2.9"), 32)).toEqual(r("10.1.2.9"));
  });

  it("handles addresses at and above 128.0.0.0 without sign trouble", () => {
    expect(usableRange(ip("192.168.0.0"), 16)).toEqual(r("192.168.0.2", "192.168.255.254"));
    expect(usableRange(ip("255.255.255.0"), 24)).toEqual(r("255.255.255.2", "255.255.255.254"));
    expect(usableRange(ip("255.255.255.255"), 32)).toEqual(r("255.255.255.255"));
  });

  it("rejects a misaligned base, a bad prefix and a non-IPv4 base", () => {
    expect(() => usableRange(ip("10.0.0.1"), 24)).toThrow(RangeError);
    expect(() => usableRange(ip("10.0.0.0"), 33)).toThrow(RangeError);
    expect(() => usableRange(ip("10.0.0.0"), 8.5)).toThrow(RangeError);
    expect(() => usableRange(-256, 24)).toThrow(RangeError);
    expect(() => usableRange(2 ** 32, 32)).toThrow(RangeError);
  });
});

describe("allocatable", () => {
  it("is the usable range when nothing is excluded, /8 to /32", () => {
    const counts: Record<number, number> = {
      8: 2 ** 24 - 3,
      16: 65_533,
      24: 253,
      28: 13,
      29: 5,
      30: 4,
      31: 2,
      32: 1,
    };
    for (const [prefix, count] of Object.entries(counts)) {
      const p = Number(prefix);
      expect(allocatable(ip("10.0.0.0"), p, [])).toEqual([usableRange(ip("10.0.0.0"), p)]);
      expect(countAllocatable(ip("10.0.0.0"), p, [])).toBe(count);
    }
  });

  it("splits around exclusions given in any order", () => {
    const got = allocatable(ip("10.0.0.0"), 24, [r("10.0.0.100", "10.0.0.110"), r("10.0.0.10")]);
    expect(got).toEqual([
      r("10.0.0.2", "10.0.0.9"),
      r("10.0.0.11", "10.0.0.99"),
      r("10.0.0.111", "10.0.0.254"),
    ]);
    expect(rangeSize(got)).toBe(253 - 12);
  });

  it("merges overlapping and adjacent exclusions", () => {
    const got = allocatable(ip("10.0.0.0"), 24, [
      r("10.0.0.20", "10.0.0.30"),
      r("10.0.0.25", "10.0.0.40"),
      r("10.0.0.41", "10.0.0.50"),
      r("10.0.0.22"),
    ]);
    expect(got).toEqual([r("10.0.0.2", "10.0.0.19"), r("10.0.0.51", "10.0.0.254")]);
  });

  it("ignores the parts of exclusions that overlap reserved addresses or lie outside the subnet", () => {
    const got = allocatable(ip("10.0.1.0"), 24, [
      r("10.0.0.0", "10.0.1.3"), // below the subnet, through network, gateway and .2-.3
      r("10.0.1.255", "10.0.2.10"), // broadcast and beyond
      r("10.9.9.9"), // unrelated
    ]);
    expect(got).toEqual([r("10.0.1.4", "10.0.1.254")]);
  });

  it("excluding only reserved addresses changes nothing", () => {
    expect(allocatable(ip("10.0.0.0"), 29, [r("10.0.0.0", "10.0.0.1"), r("10.0.0.7")])).toEqual([
      r("10.0.0.2", "10.0.0.6"),
    ]);
  });

  it("is empty when exclusions cover everything", () => {
    expect(allocatable(ip("10.0.0.0"), 24, [r("10.0.0.2", "10.0.0.254")])).toEqual([]);
    expect(allocatable(ip("10.0.0.0"), 24, [r("0.0.0.0", "255.255.255.255")])).toEqual([]);
    expect(
      allocatable(ip("10.0.0.0"), 24, [r("10.0.0.2", "10.0.0.100"), r("10.0.0.101", "10.0.0.254")]),
    ).toEqual([]);
    expect(allocatable(ip("10.0.0.5"), 32, [r("10.0.0.5")])).toEqual([]);
    expect(countAllocatable(ip("10.0.0.0"), 30, [r("10.0.0.0", "10.0.0.3")])).toBe(0);
  });

  it("leaves single addresses at both ends", () => {
    expect(allocatable(ip("10.0.0.0"), 29, [r("10.0.0.3", "10.0.0.5")])).toEqual([
      r("10.0.0.2"),
      r("10.0.0.6"),
    ]);
  });

  it("can exclude in a /30, /31 and /32, whose every address is usable", () => {
    expect(allocatable(ip("10.0.0.4"), 30, [r("10.0.0.4")])).toEqual([r("10.0.0.5", "10.0.0.7")]);
    expect(allocatable(ip("10.0.0.4"), 31, [r("10.0.0.5")])).toEqual([r("10.0.0.4")]);
    expect(allocatable(ip("10.0.0.4"), 32, [r("10.0.0.5")])).toEqual([r("10.0.0.4")]);
  });

  it("handles a /8 with exclusions without enumerating it", () => {
    const got = allocatable(ip("10.0.0.0"), 8, [r("10.128.0.0", "10.191.255.255")]);
    expect(got).toEqual([r("10.0.0.2", "10.127.255.255"), r("10.192.0.0", "10.255.255.254")]);
    expect(rangeSize(got)).toBe(2 ** 24 - 3 - 2 ** 22);
  });

  it("rejects an inverted or non-IPv4 exclusion", () => {
    expect(() => allocatable(ip("10.0.0.0"), 24, [r("10.0.0.9", "10.0.0.8")])).toThrow(RangeError);
    expect(() => allocatable(ip("10.0.0.0"), 24, [{ first: -1, last: 5 }])).toThrow(RangeError);
  });

  it("agrees with a brute-force count on random /26 subnets and exclusions", () => {
    let seed = 42;
    const rand = (n: number) => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed % n;
    };
    const base = ip("172.16.0.64");
    for (let round = 0; round < 500; round++) {
      const excludes: AddressRange[] = [];
      for (let i = rand(5); i > 0; i--) {
        const first = base - 4 + rand(72);
        excludes.push({ first, last: first + rand(10) });
      }
      const expected = new Set<number>();
      for (let a = base + 2; a <= base + 62; a++) {
        if (!excludes.some((e) => e.first <= a && a <= e.last)) expected.add(a);
      }
      const got = allocatable(base, 26, excludes);
      expect(rangeSize(got)).toBe(expected.size);
      for (let a = base - 8; a < base + 72; a++) expect(inRanges(got, a)).toBe(expected.has(a));
      for (let i = 1; i < got.length; i++) expect(got[i]!.first).toBeGreaterThan(got[i - 1]!.last + 1);
    }
  });
});

describe("inRanges", () => {
  it("finds members by binary search and rejects gaps and the outside", () => {
    const ranges = [r("10.0.0.2", "10.0.0.9"), r("10.0.0.20"), r("10.0.0.30", "10.0.0.40")];
    expect(inRanges(ranges, ip("10.0.0.2"))).toBe(true);
    expect(inRanges(ranges, ip("10.0.0.9"))).toBe(true);
    expect(inRanges(ranges, ip("10.0.0.20"))).toBe(true);
    expect(inRanges(ranges, ip("10.0.0.40"))).toBe(true);
    expect(inRanges(ranges, ip("10.0.0.1"))).toBe(false);
    expect(inRanges(ranges, ip("10.0.0.10"))).toBe(false);
    expect(inRanges(ranges, ip("10.0.0.41"))).toBe(false);
    expect(inRanges([], ip("10.0.0.1"))).toBe(false);
  });
});
