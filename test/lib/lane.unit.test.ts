import { describe, expect, it } from "vitest";
import { BackgroundLane } from "../../lib/lane.js";

const immediate = () => new Promise<void>((r) => setImmediate(r));

describe("BackgroundLane", () => {
  it("runs jobs in order, later than pushed", async () => {
    const lane = new BackgroundLane();
    const ran: number[] = [];
    for (let i = 0; i < 5; i++) lane.push(() => ran.push(i));
    expect(ran).toEqual([]);
    expect(lane.length).toBe(5);
    await lane.reached();
    expect(ran).toEqual([0, 1, 2, 3, 4]);
    expect(lane.length).toBe(0);
  });

  it("runs a long backlog in slices, with the event loop's turns between them", async () => {
    const lane = new BackgroundLane({ sliceMs: 5 });
    let ran = 0;
    const busy = () => {
      const until = performance.now() + 1;
      while (performance.now() < until);
      ran++;
    };
    for (let i = 0; i < 50; i++) lane.push(busy);
    // Each turn of the loop lets one slice run: about 5 jobs of 1 ms, never all 50.
    await immediate();
    expect(ran).toBeGreaterThan(0);
    expect(ran).toBeLessThan(20);
    // Something that arrives meanwhile (here a timer) runs before the backlog is through.
    const seenAt = await new Promise<number>((r) => setTimeout(() => r(ran), 0));
    expect(seenAt).toBeLessThan(50);
    await lane.reached();
    expect(ran).toBe(50);
  });

  it("reports a job's failure and goes on with the next", async () => {
    const errors: unknown[] = [];
    const lane = new BackgroundLane({ onError: (err) => errors.push(err) });
    const ran: string[] = [];
    lane.push(() => ran.push("a"));
    lane.push(() => {
      throw new Error("boom");
    });
    lane.push(() => ran.push("c"));
    await lane.reached();
    expect(ran).toEqual(["a", "c"]);
    expect(errors).toHaveLength(1);
    expect(String(errors[0])).toContain("boom");
  });

  it("runs a job at once when nothing waits and the turn's budget lasts, else behind what waits", async () => {
    const lane = new BackgroundLane({ inlineMs: 2 });
    const ran: string[] = [];
    lane.run(() => ran.push("now"));
    expect(ran).toEqual(["now"]);
    lane.push(() => ran.push("queued"));
    lane.run(() => ran.push("after it"));
    expect(ran).toEqual(["now"]);
    await lane.reached();
    expect(ran).toEqual(["now", "queued", "after it"]);
    // A turn that spent its budget queues the rest; the next turn has a budget again.
    await new Promise((r) => setImmediate(r));
    lane.run(() => {
      const until = performance.now() + 3;
      while (performance.now() < until);
      ran.push("long");
    });
    lane.run(() => ran.push("over budget"));
    expect(ran.slice(3)).toEqual(["long"]);
    await lane.reached();
    expect(ran.slice(3)).toEqual(["long", "over budget"]);
    await new Promise((r) => setImmediate(r));
    lane.run(() => ran.push("next turn"));
    expect(ran.at(-1)).toBe("next turn");
  });

  it("runs what waits, then the job, in the caller's turn once the queue is full", async () => {
    const lane = new BackgroundLane({ maxQueued: 3 });
    const ran: number[] = [];
    for (let i = 0; i < 3; i++) lane.push(() => ran.push(i));
    lane.run(() => ran.push(3));
    expect(ran).toEqual([0, 1, 2, 3]);
    expect(lane.length).toBe(0);
    lane.push(() => ran.push(4));
    await lane.reached();
    expect(ran).toEqual([0, 1, 2, 3, 4]);
  });

  it("starts again after it ran dry", async () => {
    const lane = new BackgroundLane();
    const ran: number[] = [];
    lane.push(() => ran.push(1));
    await lane.reached();
    lane.push(() => ran.push(2));
    await lane.reached();
    expect(ran).toEqual([1, 2]);
  });
});
