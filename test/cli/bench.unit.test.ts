import { describe, expect, it } from "vitest";
import { DriverMetrics } from "../../cli/bench/metrics.js";
import { type BenchFlags, benchConfig, resolveNodes, runId } from "../../cli/bench/options.js";
import {
  allSlots,
  attachmentName,
  firstNonPrivateCidr,
  firstVni,
  nameWidth,
  netSizes,
  planNets,
  subnetOfSlot,
  summarizeSizes,
} from "../../cli/bench/plan.js";
import { achievedRate, formatSummary, opsCsv, summarizeRun } from "../../cli/bench/report.js";
import {
  Arrivals,
  arrivalOffsets,
  dealSlots,
  defaultNumCreates,
  lateness,
  nominalLifetimeS,
  Phase,
  phaseAt,
  phaseBounds,
  threadCreates,
  threadOpIndex,
} from "../../cli/bench/schedule.js";
import { csvField, formatTable, summarize } from "../../cli/bench/stats.js";
import { LifecycleTracker } from "../../cli/bench/tracker.js";
import { UsageError } from "../../cli/usage.js";
import { parseCidr } from "../../lib/net/cidr.js";
import { seededRng } from "../../lib/random.js";
import { percentile } from "../../lib/stats.js";

describe("network sizes", () => {
  it("follow size_i = max(1, ceil((1 + bias)·top / (i + bias)^exponent))", () => {
    expect(netSizes({ numNets: 10, topNetSize: 100, exponent: 1, bias: 0 })).toEqual([
      100, 50, 34, 25, 20, 17, 15, 13, 12, 10,
    ]);
    expect(netSizes({ numNets: 3, topNetSize: 10, exponent: 1, bias: 0 })).toEqual([10, 5, 4]);
    // exponent 2: 100/i², floored at 1.
    expect(netSizes({ numNets: 12, topNetSize: 100, exponent: 2, bias: 0 })).toEqual([
      100, 25, 12, 7, 4, 3, 3, 2, 2, 1, 1, 1,
    ]);
    // bias 1: 2·100/(i + 1) -> 100, 67, 50, 40.
    expect(netSizes({ numNets: 4, topNetSize: 100, exponent: 1, bias: 1 })).toEqual([100, 67, 50, 40]);
  });

  it("sum to the total slots, with KOS's average peers and break point", () => {
    const sizes = netSizes({ numNets: 12, topNetSize: 100, exponent: 2, bias: 0 });
    const s = summarizeSizes(sizes);
    expect(s.numSlots).toBe(161);
    expect(s.numSlots).toBe(allSlots(sizes).length);
    expect(s.avgPeers).toBeCloseTo((100 ** 2 + 25 ** 2 + 144 + 49 + 16 + 9 + 9 + 4 + 4 + 3) / 161, 10);
    expect(s.breakPoint).toBe(10);
    expect(summarizeSizes([10, 5, 4]).breakPoint).toBe(0);
  });
});

describe("subnet plan", () => {
  const sizes = [100, 50, 34, 3];
  const nets = planNets(sizes, { vni0: firstVni(0.5), baseAddress: 0xac180000, subnetsPerNet: 2 });

  it("numbers VNIs from the first one and names subnets by VNI", () => {
    expect(firstVni(0.5)).toBe(16 * 65536 + 1);
    expect(nets.map((n) => n.vni)).toEqual([0x100001, 0x100002, 0x100003, 0x100004]);
    expect(nets[0]!.subnets.map((s) => s.name)).toEqual(["100001-s0", "100001-s1"]);
  });

  it("gives each subnet its share plus 3 addresses, in distinct aligned CIDRs", () => {
    expect(nets[0]!.subnets.map((s) => [s.cidr, s.slots])).toEqual([
      ["172.24.0.0/26", 50],
      ["172.24.0.64/26", 50],
    ]);
    expect(nets[3]!.subnets.map((s) => s.slots)).toEqual([2, 1]);
    const all = nets.flatMap((n) => n.subnets.map((s) => parseCidr(s.cidr)));
    for (const [i, c] of all.entries()) {
      expect(c.base % c.size).toBe(0);
      for (const d of all.slice(i + 1))
        expect(c.base + c.size <= d.base || d.base + d.size <= c.base).toBe(true);
    }
    for (const [i, net] of nets.entries()) {
      for (const s of net.subnets) expect(parseCidr(s.cidr).size).toBeGreaterThanOrEqual(s.slots + 3);
      expect(net.subnets.reduce((a, s) => a + s.slots, 0)).toBe(sizes[i]);
    }
    expect(firstNonPrivateCidr(nets)).toBeUndefined();
  });

  it("serves slot k from subnet k mod subnets-per-net", () => {
    const net = nets[0]!;
    expect([0, 1, 2, 3].map((k) => subnetOfSlot(net, k).name)).toEqual([
      "100001-s0",
      "100001-s1",
      "100001-s0",
      "100001-s1",
    ]);
  });

  it("flags CIDRs that leave RFC 1918", () => {
    const far = planNets([100], { vni0: 1, baseAddress: 0xac1fffc0, subnetsPerNet: 1 });
    expect(firstNonPrivateCidr(far)).toBe("172.32.0.0/25");
  });

  it("pads attachment names", () => {
    expect(nameWidth(60)).toBe(2);
    expect(attachmentName(0x10001, 7, 3)).toBe("010001-007");
  });
});

describe("arrivals", () => {
  it("are exactly 1/rate apart when steady", () => {
    const o = arrivalOffsets(5, 4, Arrivals.Steady, seededRng(1));
    expect([...o]).toEqual([0, 0.25, 0.5, 0.75, 1]);
  });

  it("have a Poisson mean gap of about 1/rate, are ordered, and repeat with the seed", () => {
    const n = 100_000;
    const rate = 50;
    const o = arrivalOffsets(n, rate, Arrivals.Poisson, seededRng(42));
    const gaps = Array.from({ length: n - 1 }, (_, k) => o[k + 1]! - o[k]!);
    expect(gaps.every((g) => g >= 0)).toBe(true);
    const mean = gaps.reduce((a, b) => a + b, 0) / gaps.length;
    expect(mean).toBeGreaterThan(0.99 / rate);
    expect(mean).toBeLessThan(1.01 / rate);
    // Exponential gaps: the standard deviation equals the mean.
    const sd = Math.sqrt(gaps.reduce((a, g) => a + (g - mean) ** 2, 0) / gaps.length);
    expect(sd / mean).toBeGreaterThan(0.97);
    expect(sd / mean).toBeLessThan(1.03);
    expect([...arrivalOffsets(10, rate, Arrivals.Poisson, seededRng(42))]).toEqual([...o.slice(0, 10)]);
  });
});

describe("schedule", () => {
  it("deals every operation index to exactly one thread", () => {
    for (const [n, t] of [
      [10, 3],
      [7, 7],
      [60, 1],
      [5, 4],
    ] as const) {
      const seen: number[] = [];
      for (let thread = 0; thread < t; thread++) {
        const ops = 2 * threadCreates(thread, t, n);
        const idx = Array.from({ length: ops }, (_, k) => threadOpIndex(k, thread, t, n));
        // Each thread's own operations come in schedule order.
        expect(idx).toEqual([...idx].sort((a, b) => a - b));
        seen.push(...idx);
      }
      expect(seen.sort((a, b) => a - b)).toEqual(Array.from({ length: 2 * n }, (_, i) => i));
    }
  });

  it("shares creates evenly, the first threads taking the remainder", () => {
    expect([0, 1, 2].map((t) => threadCreates(t, 3, 10))).toEqual([4, 3, 3]);
  });

  it("deals each slot to one thread", () => {
    const dealt = dealSlots(19, 4, seededRng(3));
    expect(dealt.map((d) => d.length)).toEqual([5, 5, 5, 4]);
    expect(dealt.flat().sort((a, b) => a - b)).toEqual(Array.from({ length: 19 }, (_, i) => i));
  });

  it("derives the creates and the nominal lifetime", () => {
    expect(defaultNumCreates(1, 4, 1, 20)).toBe(60);
    expect(nominalLifetimeS(19, 60, 1, 20)).toBeCloseTo(0.95, 10);
    expect(nominalLifetimeS(296, 450, 4, 10)).toBeCloseTo(29.6, 10);
  });

  it("puts the first warm-up and last cool-down seconds outside cruise", () => {
    const b = phaseBounds(1, 1, 6);
    expect([0, 0.99, 1, 4.99, 5, 5.9].map((t) => phaseAt(t, b))).toEqual([
      Phase.Warmup,
      Phase.Warmup,
      Phase.Cruise,
      Phase.Cruise,
      Phase.Cooldown,
      Phase.Cooldown,
    ]);
    // A schedule shorter than warm-up + cool-down has no cruise.
    expect(phaseBounds(5, 5, 6)).toEqual({ cruiseStartS: 5, cooldownStartS: 5 });
  });

  it("counts an operation late only beyond 100 ms", () => {
    expect(lateness(1000, 1100)).toEqual({ lateMs: 100, late: false });
    expect(lateness(1000, 1100.5)).toEqual({ lateMs: 100.5, late: true });
    expect(lateness(1000, 900)).toEqual({ lateMs: 0, late: false });
  });
});

describe("statistics and formatting", () => {
  it("takes nearest-rank percentiles", () => {
    const v = Array.from({ length: 100 }, (_, i) => i + 1);
    expect([50, 90, 99, 100].map((p) => percentile(v, p))).toEqual([50, 90, 99, 100]);
    expect(percentile([3], 50)).toBe(3);
    expect(percentile([5, 1, 4, 2, 3], 50)).toBe(3); // any order: a sorted copy is taken
    expect(percentile([], 50)).toBeNaN();
    expect(summarize([0.3, 0.1, 0.2])).toEqual({ count: 3, p50: 0.2, p90: 0.3, p99: 0.3, max: 0.3 });
  });

  it("aligns tables and quotes CSV fields only when needed", () => {
    expect(formatTable(["a", "bb"], [["xyz", "1"]])).toBe("a    bb\nxyz   1");
    expect(csvField('a,"b"')).toBe('"a,""b"""');
    expect(csvField(undefined)).toBe("");
    expect(csvField(1.5)).toBe("1.5");
  });

  it("measures the achieved rate from operation starts", () => {
    expect(achievedRate([0, 0.5, 1, 1.5])).toBeCloseTo(2, 10);
    expect(achievedRate([1])).toBeNaN();
    // A run at 5,000 ops/s for 60 s: more starts than a spread into Math.min has room for.
    const starts = Array.from({ length: 300_000 }, (_, i) => i / 5000);
    expect(achievedRate(starts)).toBeCloseTo(5000, 6);
  });
});

describe("run summary", () => {
  it("measures cruise only, from watch events, and counts failures", () => {
    let now = 0;
    const tracker = new LifecycleTracker(new DriverMetrics(), () => now);
    const bounds = phaseBounds(1, 1, 10);
    const op = (seq: number, kind: "create" | "delete", name: string, at: number) => ({
      seq,
      kind,
      name,
      vni: 1,
      subnet: "000001-s0",
      node: "n1",
      thread: 0,
      phase: phaseAt(at, bounds),
      scheduledS: at,
    });
    const create = (seq: number, name: string, at: number, ok = true) => {
      const c = op(seq, "create", name, at);
      tracker.register(c);
      now = at;
      tracker.started(Object.assign(c, { startS: at, lateMs: 0 }));
      tracker.finished(c, ok ? "ok" : "error", ok ? undefined : "UNAVAILABLE");
      return c;
    };
    const put = (name: string, at: number, status: Record<string, unknown>) => {
      now = at;
      tracker.observe({ type: "put", key: `ns.${name}`, revision: 1, value: { status } });
    };
    create(0, "a", 0); // warm-up: not measured
    put("a", 0.5, { ip: "10.0.0.2", ifName: "x", hostIp: "192.0.2.1" });
    create(1, "b", 2);
    put("b", 2.1, { ip: "10.0.0.3" });
    put("b", 2.3, { ip: "10.0.0.3", ifName: "y", hostIp: "192.0.2.1" });
    put("b", 2.9, { ip: "10.0.0.3", ifName: "y", hostIp: "192.0.2.1" }); // later events move nothing
    const c = create(2, "c", 3, false);
    Object.assign(c, { refusals: 2 }); // refused twice with a retry hint before it failed
    const del = op(3, "delete", "b", 4);
    tracker.byName.get("b")!.delete = del;
    now = 4;
    tracker.started(Object.assign(del, { startS: 4, lateMs: 150 }));
    tracker.finished(del, "ok");
    now = 4.25;
    tracker.observe({ type: "delete", key: "ns.b", revision: 2, synthetic: false });

    const s = summarizeRun(tracker, 8, 2, false);
    expect(s.latencies.create_to_addressed).toMatchObject({ count: 1 });
    expect(s.latencies.create_to_addressed!.p50).toBeCloseTo(0.1, 10);
    expect(s.latencies.create_to_ready!.p50).toBeCloseTo(0.3, 10);
    expect(s.latencies.delete!.p50).toBeCloseTo(0.25, 10);
    expect(s.latencies.ready_to_tested).toBeUndefined();
    expect(s.ops).toEqual({ planned: 8, started: 4, late: 1, refused: 2 });
    expect(s.latePercent).toBe(25);
    expect(s.failures).toEqual({ "create UNAVAILABLE": 1 });
    expect(formatSummary(s)).toMatch(/^create_to_ready\s+1\s+300\.0\s+300\.0\s+300\.0\s+300\.0$/m);

    const csv = opsCsv(tracker).trimEnd().split("\n");
    expect(csv).toHaveLength(5);
    expect(csv[2]).toBe("1,create,b,1,000001-s0,n1,0,cruise,2,2,0,ok,,2,2.1,2.3,,4.25,0.1,0.3,,");
    expect(csv[4]).toBe("3,delete,b,1,000001-s0,n1,0,cruise,4,4,150,ok,,4,,,,4.25,,,,0.25");
  });
});

describe("options", () => {
  const flags: BenchFlags = {
    numNets: 10,
    topNetSize: 100,
    exponent: 1,
    bias: 0,
    subnetsPerNet: 1,
    baseAddress: "172.24.0.0",
    namespacePrefix: "bench",
    rate: 10,
    arrivals: "steady",
    warmup: 1,
    cruise: 4,
    cooldown: 1,
    threads: 1,
    nodeChoice: "round-robin",
    ping: false,
    keepSubnets: false,
  };

  it("requires a way to name nodes, and only one", () => {
    expect(() => benchConfig(flags, () => 1)).toThrow(UsageError);
    expect(() => benchConfig({ ...flags, nodes: "a,b", nodePrefix: "n" }, () => 1)).toThrow(UsageError);
    expect(() => benchConfig({ ...flags, nodes: "a,b", hollow: 2 }, () => 1)).toThrow(UsageError);
    expect(() => benchConfig({ ...flags, nodes: "Bad_Node" }, () => 1)).toThrow(UsageError);
    expect(() => benchConfig({ ...flags, nodes: "a", baseAddress: "1.2.3" }, () => 1)).toThrow(UsageError);
    expect(benchConfig({ ...flags, nodes: "a, b" }, () => 1).nodes).toEqual(["a", "b"]);
  });

  it("names hollow nodes after the run unless a prefix is given", () => {
    const cfg = benchConfig({ ...flags, hollow: 2 }, () => 9);
    expect(cfg.seed).toBe(9);
    expect(resolveNodes(cfg, "bench-x")).toEqual({
      nodes: ["bench-x-node-1", "bench-x-node-2"],
      hollowPrefix: "bench-x-node",
    });
    const k = benchConfig({ ...flags, nodePrefix: "w", numNodes: 3 }, () => 9);
    expect(resolveNodes(k, "bench-x")).toEqual({ nodes: ["w-1", "w-2", "w-3"] });
  });

  it("makes KOS-style run ids", () => {
    expect(runId(new Date(2024, 0, 5, 7, 3), 0.0421)).toBe("0105-0703-0421");
  });
});
