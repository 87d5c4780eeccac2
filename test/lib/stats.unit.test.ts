import { describe, expect, it } from "vitest";
import { maxOf, median, minOf, percentile } from "../../lib/stats.js";

describe("minOf and maxOf", () => {
  it("answer as Math.min and Math.max do, for empty input and NaN too", () => {
    for (const xs of [[3, -1, 2], [5], [], [1, Number.NaN, 0]]) {
      expect(minOf(xs)).toBe(Math.min(...xs));
      expect(maxOf(xs)).toBe(Math.max(...xs));
    }
  });

  it("take arrays past the ~100,000 values a spread into Math.min's arguments overflows at", () => {
    const xs = Array.from({ length: 500_000 }, (_, i) => (i * 7919) % 500_000);
    expect(() => Math.min(...xs)).toThrow(RangeError);
    expect(minOf(xs)).toBe(0);
    expect(maxOf(xs)).toBe(499_999);
    expect(maxOf(new Set([4, 9, 2]))).toBe(9);
  });
});

describe("percentile", () => {
  it("is a measured value by nearest rank", () => {
    expect(percentile([5, 1, 4, 2, 3], 50)).toBe(3);
    expect(percentile([5, 1, 4, 2, 3], 99)).toBe(5);
    expect(median([4, 1, 3, 2])).toBe(2);
    expect(percentile([], 50)).toBeNaN();
  });
});
