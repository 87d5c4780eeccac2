import { describe, expect, it } from "vitest";
import {
  describeUnleasable,
  type SubnetAddresses,
  unleasable,
  unleasableRanges,
} from "../../lib/addresses.js";
import { allocatable } from "../../lib/ipam/range.js";

const ip = (s: string) => s.split(".").reduce((n, octet) => n * 256 + Number(octet), 0);

const web: SubnetAddresses = {
  base: ip("10.0.0.0"),
  prefix: 24,
  gateway: ip("10.0.0.9"),
  excludes: [
    { first: ip("10.0.0.20"), last: ip("10.0.0.29") },
    { first: ip("10.0.0.9"), last: ip("10.0.0.9") },
  ],
};

describe("unleasable", () => {
  it("names the first rule an address breaks", () => {
    expect(unleasable(web, ip("9.255.255.255"))).toEqual({ rule: "outside" });
    expect(unleasable(web, ip("10.0.1.0"))).toEqual({ rule: "outside" });
    expect(unleasable(web, ip("10.0.0.0"))).toEqual({ rule: "network" });
    expect(unleasable(web, ip("10.0.0.1"))).toEqual({ rule: "reserved" });
    expect(unleasable(web, ip("10.0.0.255"))).toEqual({ rule: "broadcast" });
    // The gateway wins over an exclusion that also covers it.
    expect(unleasable(web, ip("10.0.0.9"))).toEqual({ rule: "gateway" });
    expect(unleasable(web, ip("10.0.0.25"))).toEqual({ rule: "excluded", index: 0 });
    expect(unleasable(web, ip("10.0.0.2"))).toBeUndefined();
    expect(unleasable(web, ip("10.0.0.254"))).toBeUndefined();
  });

  it("reserves nothing in a /30, /31 or /32 but a declared gateway", () => {
    const p30: SubnetAddresses = { base: ip("10.0.0.4"), prefix: 30, gateway: ip("10.0.0.5"), excludes: [] };
    expect([4, 5, 6, 7].map((n) => unleasable(p30, ip(`10.0.0.${n}`))?.rule)).toEqual([
      undefined,
      "gateway",
      undefined,
      undefined,
    ]);
    const p32: SubnetAddresses = { base: ip("10.0.0.7"), prefix: 32, excludes: [] };
    expect(unleasable(p32, ip("10.0.0.7"))).toBeUndefined();
  });

  it("agrees with the allocator's spans on every address of a /26", () => {
    const s: SubnetAddresses = {
      base: ip("10.1.0.0"),
      prefix: 26,
      gateway: ip("10.1.0.33"),
      excludes: [{ first: ip("10.1.0.40"), last: ip("10.1.0.44") }],
    };
    const spans = allocatable(s.base, s.prefix, unleasableRanges(s));
    for (let a = s.base - 2; a < s.base + 66; a++) {
      const inSpans = spans.some((r) => r.first <= a && a <= r.last);
      expect([a, inSpans]).toEqual([a, unleasable(s, a) === undefined]);
    }
  });
});

describe("describeUnleasable", () => {
  it("says which rule and which exclusion entry, as the user wrote it", () => {
    const text = { ref: "t/web", cidr: "10.0.0.0/24", exclude: ["10.0.0.20-10.0.0.29", "10.0.0.9"] };
    expect(describeUnleasable({ rule: "gateway" }, text)).toBe(
      "is the gateway of subnet t/web (10.0.0.0/24) (spec.gateway) and is never leased",
    );
    expect(describeUnleasable({ rule: "excluded", index: 0 }, text)).toBe(
      'is excluded from subnet t/web (10.0.0.0/24) by spec.exclude[0] "10.0.0.20-10.0.0.29"',
    );
    expect(describeUnleasable({ rule: "outside" }, text)).toBe("is not in subnet t/web (10.0.0.0/24)");
  });
});
