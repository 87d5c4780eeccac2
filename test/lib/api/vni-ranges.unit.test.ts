import { describe, expect, it } from "vitest";
import { checkVniAllowed, formatVniRanges, parseVniRanges, vniAllowed } from "../../../lib/api/vni-ranges.js";

describe("VNI ranges", () => {
  it("parses, checks and prints back", () => {
    const r = parseVniRanges(" ta=100-199 ; tb=200-299,500 ");
    expect(formatVniRanges(r)).toBe("ta=100-199;tb=200-299,500");
    expect([99, 100, 199, 200].map((v) => vniAllowed(r, "ta", v))).toEqual([false, true, true, false]);
    expect([200, 299, 300, 500, 501].map((v) => vniAllowed(r, "tb", v))).toEqual([
      true,
      true,
      false,
      true,
      false,
    ]);
  });

  it("denies a namespace without ranges once any are given; none at all leaves every VNI open", () => {
    expect(vniAllowed(parseVniRanges("ta=1-10"), "tc", 5)).toBe(false);
    expect(vniAllowed(parseVniRanges(""), "tc", 2 ** 21 - 1)).toBe(true);
    expect(() => checkVniAllowed(parseVniRanges("ta=1-10"), "tc", 5)).toThrow(
      expect.objectContaining({ code: "FORBIDDEN", message: 'VNI 5 is not available to namespace "tc"' }),
    );
  });

  it("refuses malformed specs", () => {
    for (const bad of [
      "ta",
      "ta=",
      "ta=0-5",
      "ta=5-4",
      "ta=1-2097152",
      "TA=1",
      "ta=1;ta=2",
      "ta=1-x",
      "*=1",
    ]) {
      expect(() => parseVniRanges(bad), bad).toThrow(/--vni-ranges/);
    }
  });
});
