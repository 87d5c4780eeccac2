import { describe, expect, it } from "vitest";
import { ViewDigest } from "../../lib/api/views.js";
import { fnv1a, fnv1aMore, fnv1aStart } from "../../lib/hash.js";

describe("fnv1a", () => {
  // The published FNV-1a 32-bit test vectors: a digest is compared between processes, so the
  // function must be exactly FNV-1a, not merely some stable hash.
  it.each([
    ["", 0x811c9dc5],
    ["a", 0xe40c292c],
    ["foobar", 0xbf9cf968],
  ])("hashes %j to the published value", (s, h) => {
    expect(fnv1a(s)).toBe(h);
  });

  it("is an unsigned 32-bit integer", () => {
    for (const s of ["x", "10.0.0.1@42", "node-7.t1.web@123456"]) {
      const h = fnv1a(s);
      expect(Number.isInteger(h) && h >= 0 && h < 2 ** 32).toBe(true);
    }
  });
});

describe("fnv1aMore", () => {
  it("continues a hash: the hash of a + b from the hash of a", () => {
    for (const [a, b] of [
      ["", ""],
      ["7.ns.web", "@1733500000000000"],
      ["foo", "bar"],
    ] as const)
      expect(fnv1aMore(fnv1aMore(fnv1aStart, a), b)).toBe(fnv1a(a + b));
  });
});

describe("ViewDigest", () => {
  // Agents and the mapping service compare digests across releases: an entry's hash stays
  // fnv1a("<key>@<source revision>").
  it("is the count and the XOR of fnv1a(key@revision) of what it holds", () => {
    const d = new ViewDigest();
    const entries: [string, number][] = [
      ["7.ns.a", 1],
      ["7.ns.b", 1_733_500_000_123_456],
      ["7.ns.c", 0],
      ["7.ns.d", 2 ** 53 - 1],
    ];
    for (const [k, r] of entries) d.add(k, r);
    d.add("7.ns.gone", 5);
    d.remove("7.ns.gone", 5);
    let want = 0;
    for (const [k, r] of entries) want = (want ^ fnv1a(`${k}@${r}`)) >>> 0;
    expect(d.count).toBe(4);
    expect(d.hash).toBe(want);
    expect(d.equals({ count: 4, hash: want })).toBe(true);
    expect(d.equals({ count: 4, hash: want ^ 1 })).toBe(false);
  });
});
