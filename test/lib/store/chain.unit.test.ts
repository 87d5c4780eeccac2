import { describe, expect, it } from "vitest";
import { AnnouncementChains } from "../../../lib/store/chain.js";

describe("AnnouncementChains", () => {
  it("names each chain's previous announcement, and forgets the least recently announced beyond its bound", () => {
    const c = new AnnouncementChains(2);
    expect(c.advance("a", 1)).toBeUndefined();
    expect(c.advance("b", 2)).toBeUndefined();
    expect(c.advance("a", 3)).toBe(1);
    // "b" is now the least recently announced: a third chain pushes it out, not "a".
    expect(c.advance("c", 4)).toBeUndefined();
    expect(c.lastOn("b")).toBeUndefined();
    expect(c.advance("a", 5)).toBe(3);
    expect(c.advance("b", 6)).toBeUndefined();
    expect(c.lastOn("c")).toBeUndefined();
    expect(c.lastOn("a")).toBe(5);
  });
});
