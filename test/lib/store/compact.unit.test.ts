import { describe, expect, it } from "vitest";
import { readPace } from "../../../lib/store/compact.js";

describe("readPace", () => {
  it("leaves a read of up to a second's worth unpaced, and any read when the pace is off", () => {
    expect(readPace(5_000, true, 5_000)).toBe(0);
    expect(readPace(5_000, false, 5_000)).toBe(0);
    expect(readPace(1_000_000, true, 0)).toBe(0);
    expect(readPace(1_000_000, false, 0)).toBe(0);
  });

  it("reads a full scan at the pace, however large the bucket", () => {
    expect(readPace(5_001, true, 5_000)).toBe(5_000);
    expect(readPace(1_000_000, true, 5_000)).toBe(5_000);
  });

  it("reads an incremental read at the pace while it fits in 10 s, faster once it would not", () => {
    expect(readPace(20_000, false, 5_000)).toBe(5_000);
    expect(readPace(50_000, false, 5_000)).toBe(5_000);
    // Writes came faster than the pace since the last pass: catch up within 10 s.
    expect(readPace(90_000, false, 5_000)).toBe(9_000);
    expect(readPace(1_000_001, false, 5_000)).toBe(100_001);
  });
});
