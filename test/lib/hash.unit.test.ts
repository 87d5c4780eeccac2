import { describe, expect, it } from "vitest";
import { fnv1a } from "../../lib/hash.js";

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
