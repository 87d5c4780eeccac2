import { describe, expect, it } from "vitest";
import {
  bisectRate,
  type DriverOp,
  lifecycleNeeds,
  offeredPerSecond,
  readyPerSecond,
  splitCsv,
} from "../../bench/lib/lifecycles.js";
import { subjectClass } from "../../bench/lib/nats-monitor.js";

const op = (
  kind: string,
  name: string,
  vni: string,
  node: string,
  startS: number,
  readyS?: number,
): DriverOp => ({
  kind,
  name,
  vni,
  node,
  phase: "cruise",
  result: "ok",
  scheduledS: startS,
  startS,
  readyS,
});

describe("lifecycleNeeds", () => {
  it("counts, for each create and delete, the nodes its VNI is on at that moment", () => {
    const ops = [
      op("create", "a", "v1", "n1", 0), // v1 on n1: 1
      op("create", "b", "v1", "n2", 1), // v1 on n1, n2: 2
      op("create", "c", "v1", "n2", 2), // still 2 nodes
      op("create", "d", "v2", "n3", 3), // v2 on n3: 1
      op("delete", "b", "v1", "n2", 4), // before removal: 2 (c keeps n2)
      op("delete", "c", "v1", "n2", 5), // 2, then n2 leaves
      op("delete", "a", "v1", "n1", 6), // 1
    ];
    expect(lifecycleNeeds(ops)).toEqual({ lifecycles: 4, deliveriesNeeded: 1 + 2 + 2 + 1 + 2 + 2 + 1 });
  });

  it("replays in start order, skips failed operations, and takes a bare delete's place from its create", () => {
    const ops = [
      op("delete", "a", "", "", 3),
      op("create", "b", "v1", "n2", 1),
      op("create", "a", "v1", "n1", 0),
      { ...op("create", "x", "v1", "n9", 2), result: "error" },
    ];
    // a: 1; b: 2; delete a: 2.
    expect(lifecycleNeeds(ops)).toEqual({ lifecycles: 2, deliveriesNeeded: 5 });
  });
});

describe("readyPerSecond", () => {
  it("counts ready creates over the span from the first start to the last readiness", () => {
    const ops = [
      op("create", "a", "v", "n", 0, 0.5),
      op("create", "b", "v", "n", 1, 2),
      op("create", "c", "v", "n", 1.5),
      op("delete", "a", "v", "n", 3),
    ];
    expect(readyPerSecond(ops)).toBe(1);
    expect(readyPerSecond([op("create", "c", "v", "n", 1)])).toBe(0);
  });
});

describe("offeredPerSecond", () => {
  it("counts creates over the gaps between their scheduled arrivals, not when they were sent", () => {
    // Five creates arriving 0.5 s apart (4 gaps in 2 s): 2/s, whenever the driver sent them.
    const ops = [0, 0.5, 1, 1.5, 2].map((t, i) => ({
      ...op("create", `c${i}`, "v", "n", t + 3),
      scheduledS: t,
    }));
    ops.push({ ...op("delete", "c0", "v", "n", 9), scheduledS: 9 });
    expect(offeredPerSecond(ops)).toBe(2);
    expect(offeredPerSecond(ops.slice(0, 1))).toBeNaN();
  });
});

describe("runs with more operations than a call has room for arguments", () => {
  it("measures 300,000 creates (a spread into Math.min/max overflowed the stack past ~100,000)", () => {
    // 300,000 creates 1 ms apart, each ready 2 ms after its start: 1,000/s offered and ready.
    const ops = Array.from({ length: 300_000 }, (_, i) =>
      op("create", `c${i}`, "v", "n", i / 1000, i / 1000 + 0.002),
    );
    expect(offeredPerSecond(ops)).toBeCloseTo(1000, 6);
    expect(readyPerSecond(ops)).toBeCloseTo(300_000 / (299.999 + 0.002), 6);
  });
});

describe("bisectRate", () => {
  it("halves the gap between a passing and a missing step, in tens of ops/s, while a step fits in it", () => {
    expect(bisectRate(2800, 4000)).toBe(3400);
    expect(bisectRate(3400, 4000)).toBe(3700);
    expect(bisectRate(2000, 2015)).toBe(2010);
    expect(bisectRate(2000, 2010)).toBeUndefined();
    expect(bisectRate(2000, 2004)).toBeUndefined();
  });
});

describe("splitCsv", () => {
  it("honours quoted fields with commas and doubled quotes", () => {
    expect(splitCsv('1,"a, ""b""",,x')).toEqual(["1", 'a, "b"', "", "x"]);
  });
});

describe("subjectClass", () => {
  it.each([
    ["$KV.jetnet-map.1234.ns.a", "kv put jetnet-map"],
    ["$JS.API.STREAM.MSG.GET.KV_jetnet-attachments", "js STREAM.MSG.GET KV_jetnet-attachments"],
    ["$JS.API.DIRECT.GET.KV_jetnet-map", "js DIRECT.GET KV_jetnet-map"],
    ["$JS.API.STREAM.PURGE.KV_jetnet-attachments", "js STREAM.PURGE KV_jetnet-attachments"],
    ["jetnet.api.v1.bench.attachments.batch", "api attachments.batch"],
    ["$JS.API.CONSUMER.CREATE.KV_x.c1.filter", "js CONSUMER.CREATE"],
    ["$JS.API.INFO", "js INFO"],
    ["jetnet.api.v1.bench.attachments.create", "api attachments.create"],
    ["jetnet.feed.v1.jetnet-node.node-7", "feed jetnet-node"],
    ["jetnet.agent.node.7.status", "agent status"],
    ["jetnet.mapping.v1.snapshot.map.4660", "mapping snapshot.map"],
    ["jetnet.mapping.v1.digest.tok", "mapping digest"],
  ])("%s → %s", (subject, cls) => {
    expect(subjectClass(subject)).toBe(cls);
  });
});
