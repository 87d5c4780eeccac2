import { describe, expect, it } from "vitest";
import { DigestPolicy, maxDigestLagMs, quietIntervals } from "../../../services/agent/digest-policy.js";

// Digests every second; times are in ms and passed explicitly.
const interval = 1_000;

describe("DigestPolicy", () => {
  it("wants no comparison of a view that received nothing", () => {
    const p = new DigestPolicy();
    expect(p.compareWanted(1_000_000, interval)).toBe(false);
  });

  it("wants a comparison once a view that received changes has been quiet for the quiet intervals", () => {
    const p = new DigestPolicy();
    p.live(10_000);
    expect(p.compareWanted(10_000 + interval * quietIntervals - 1, interval)).toBe(false);
    expect(p.compareWanted(10_000 + interval * quietIntervals, interval)).toBe(true);
    // Compared and equal: nothing received since, so no reason any more.
    expect(p.compared(true, 12_000, interval)).toBe(false);
    expect(p.compareWanted(20_000, interval)).toBe(false);
  });

  it("wants no comparison of changes whose tail the writer confirmed, but still one after a gap or a difference", () => {
    const p = new DigestPolicy();
    p.live(10_000);
    p.tailConfirmed();
    expect(p.compareWanted(10_000 + interval * quietIntervals * 10, interval)).toBe(false);
    // Changes after the confirmation are compared once quiet, as before.
    p.live(50_000);
    expect(p.compareWanted(50_000 + interval * quietIntervals, interval)).toBe(true);
    p.gapFound();
    p.tailConfirmed();
    expect(p.compareWanted(60_000, interval)).toBe(true);

    const different = new DigestPolicy();
    different.live(10_000);
    expect(different.compared(false, 10_000 + interval * quietIntervals, interval)).toBe(false);
    different.tailConfirmed();
    expect(different.compareWanted(20_000, interval)).toBe(true);
  });

  it("wants a comparison at once after a gap, and a difference then calls for a snapshot", () => {
    const p = new DigestPolicy();
    p.live(10_000);
    p.gapFound();
    expect(p.gap).toBe(true);
    expect(p.compareWanted(10_000, interval)).toBe(true);
    // Busy (a message within the interval) and different: the gap decides.
    expect(p.compared(false, 10_100, interval)).toBe(true);
  });

  it("clears a gap when the digests agree, or when a snapshot starts", () => {
    const agreed = new DigestPolicy();
    agreed.gapFound();
    expect(agreed.compared(true, 1_000, interval)).toBe(false);
    expect(agreed.gap).toBe(false);
    expect(agreed.compareWanted(1_000, interval)).toBe(false);

    const snapshot = new DigestPolicy();
    snapshot.gapFound();
    snapshot.snapshotStarted();
    expect(snapshot.gap).toBe(false);
  });

  it("takes a snapshot at the second quiet difference in a row, not the first", () => {
    const p = new DigestPolicy();
    expect(p.compared(false, 10_000, interval)).toBe(false);
    // A difference is a reason to compare again.
    expect(p.compareWanted(10_001, interval)).toBe(true);
    expect(p.compared(false, 11_000, interval)).toBe(true);
  });

  it("does not count a difference while the view is busy, until it has lasted maxDigestLagMs", () => {
    const p = new DigestPolicy();
    let now = 10_000;
    for (; now < 10_000 + maxDigestLagMs; now += interval) {
      p.live(now - 10);
      expect(p.compared(false, now, interval)).toBe(false);
    }
    p.live(now - 10);
    expect(p.compared(false, now, interval)).toBe(true);
  });

  it("a quiet difference after a busy one is the first that counts", () => {
    const p = new DigestPolicy();
    p.live(9_990);
    expect(p.compared(false, 10_000, interval)).toBe(false);
    expect(p.compared(false, 11_000, interval)).toBe(false);
    expect(p.compared(false, 12_000, interval)).toBe(true);
  });

  it("forgets earlier differences once a snapshot is applied", () => {
    const p = new DigestPolicy();
    expect(p.compared(false, 10_000, interval)).toBe(false);
    p.snapshotApplied();
    expect(p.compareWanted(10_001, interval)).toBe(false);
    expect(p.compared(false, 11_000, interval)).toBe(false);
    // The lag counts from the first difference after the snapshot.
    p.live(10_000 + maxDigestLagMs - 10);
    expect(p.compared(false, 10_000 + maxDigestLagMs, interval)).toBe(false);
  });

  it("a view the mapping service sent no digest for changes nothing but the count of live messages", () => {
    const p = new DigestPolicy();
    expect(p.compared(false, 10_000, interval)).toBe(false);
    p.live(10_500);
    expect(p.compared(undefined, 11_000, interval)).toBe(false);
    // The live message was consumed by that comparison: this one is quiet, the second difference.
    expect(p.compared(false, 11_100, interval)).toBe(true);
  });
});
