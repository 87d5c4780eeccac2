import { describe, expect, it } from "vitest";
import { seededRng } from "../../../lib/random.js";
import { lostBelow } from "../../../lib/store/watch.js";

// The periodic gap check of a watch that follows a busy bucket: held keys below the stream's
// first record are asked whether their subject holds a newer record; one that holds none was
// purged. At most a few are asked per check, drawn at random.

/** Held keys k0..k(n-1) at revisions 1..n, in that (insertion) order. */
/** hasNewer that records the keys asked about and answers `answer` for each. */
const recording =
  (into: string[], answer: boolean) =>
  async (key: string): Promise<boolean> => {
    into.push(key);
    return answer;
  };

const held = (n: number) =>
  new Map(Array.from({ length: n }, (_, i) => [`k${i}`, i + 1] as [string, number]));

describe("lostBelow", () => {
  it("asks about nothing when no held key is below the stream's first record", async () => {
    const asked: string[] = [];
    const lost = await lostBelow(held(20), 1, recording(asked, false), 8);
    expect(lost).toBe(false);
    expect(asked).toEqual([]);
  });

  it("asks about each key behind at most once, and no more than the probes allowed", async () => {
    const asked: string[] = [];
    const lost = await lostBelow(held(50), 31, recording(asked, true), 8, seededRng(1));
    expect(lost).toBe(false);
    expect(asked).toHaveLength(8);
    expect(new Set(asked).size).toBe(8);
    for (const k of asked) expect(Number(k.slice(1))).toBeLessThan(30); // k0..k29 are behind
    const few: string[] = [];
    expect(await lostBelow(held(50), 4, recording(few, true), 8, seededRng(2))).toBe(false);
    expect(few.sort()).toEqual(["k0", "k1", "k2"]);
  });

  it("finds a purge that spared only the keys first in order, which stay hot", async () => {
    // k0..k7 are rewritten all the time (a newer record is always on its way); k8..k39 were
    // purged. Asked in insertion order, every check would ask about k0..k7 only and find nothing.
    const known = held(40);
    const hot = new Set(Array.from({ length: 8 }, (_, i) => `k${i}`));
    const rand = seededRng(7);
    let found = 0;
    for (let check = 0; check < 5; check++)
      if (await lostBelow(known, 41, async (k) => hot.has(k), 8, rand)) found++;
    expect(found).toBeGreaterThanOrEqual(4);
    // And with a single lost key among hot ones, checks in a row reach it.
    const oneLost = held(40);
    let checks = 0;
    const rand2 = seededRng(11);
    while (!(await lostBelow(oneLost, 41, async (k) => k !== "k39", 8, rand2))) checks++;
    expect(checks).toBeLessThan(40);
  });
});
