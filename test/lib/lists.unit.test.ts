import { describe, expect, it } from "vitest";
import { sameStrings } from "../../lib/lists.js";

describe("sameStrings", () => {
  it("compares element by element, in order, an absent list as an empty one", () => {
    expect(sameStrings(["a", "b"], ["a", "b"])).toBe(true);
    expect(sameStrings(["a", "b"], ["b", "a"])).toBe(false);
    expect(sameStrings(["a"], ["a", "b"])).toBe(false);
    expect(sameStrings(["a", "b"], ["a"])).toBe(false);
    expect(sameStrings(undefined, [])).toBe(true);
    expect(sameStrings(null, undefined)).toBe(true);
    expect(sameStrings(undefined, [""])).toBe(false);
  });
});
