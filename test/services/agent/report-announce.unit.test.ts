import { Registry } from "prom-client";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { AttachmentReport } from "../../../lib/api/status.js";
import type { Mapping, NodeWork } from "../../../lib/codec.js";
import { macAddress } from "../../../lib/net/mac.js";
import { emptyAllowList } from "../../../services/agent/allowlist.js";
import { LoggerFabric } from "../../../services/agent/fabric/logger.js";
import { AgentMetrics } from "../../../services/agent/metrics.js";
import { FabricReconciler } from "../../../services/agent/reconcile.js";

// The first report of an interface the agent created goes out without a reply; the node's own
// mapping is its confirmation, and it is sent again, with growing waits, until that appears.
const ip = 0x0a000005; // 10.0.0.5
const silent = { debug() {}, info() {}, warn() {}, error() {} };
const work: NodeWork = {
  attachment: {
    meta: { namespace: "ns", name: "a", uid: "u1", writeTimesUs: { spec: 1 } },
    spec: { node: "n1", subnet: "s" },
    status: { ip: "10.0.0.5", vni: 7, mac: macAddress(7, ip) },
  },
  sourceRevision: 10,
};

async function setup() {
  const fabric = await LoggerFabric.open();
  const announced: AttachmentReport[] = [];
  const replied: AttachmentReport[] = [];
  const enqueued: string[] = [];
  let own: Mapping | undefined;
  const r = new FabricReconciler({
    node: "n1",
    hostIp: "100.64.0.1",
    fabric,
    metrics: new AgentMetrics(new Registry()),
    logger: silent,
    allowedPrograms: emptyAllowList,
    execTimeoutMs: 5000,
    localWork: () => work,
    mapping: (vni, key) => (vni === 7 && key === "7.ns.a" ? own : undefined),
    desiredAt: () => true,
    relevantSinceUs: () => 0,
    report: async (x) => {
      replied.push(x);
    },
    announceReport: (x) => announced.push(x),
    enqueue: (k) => enqueued.push(k),
  });
  await r.loadFabric();
  return { r, announced, replied, enqueued, setOwn: (m: Mapping | undefined) => (own = m) };
}

afterEach(() => {
  vi.useRealTimers();
});

describe("a report confirmed by the node's own mapping", () => {
  it("is announced once, waits, is announced again after 1 s, then 2 s, and stops once the mapping is there", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    const { r, announced, replied, enqueued, setOwn } = await setup();
    expect(await r.reconcile("L:n1.ns.a")).toEqual({ requeueAfterMs: 1000 });
    expect(announced).toEqual([expect.objectContaining({ uid: "u1", implemented: true, hostErrors: [] })]);
    // Woken early (another change): nothing is sent again before the wait is over.
    vi.advanceTimersByTime(400);
    expect(await r.reconcile("L:n1.ns.a")).toEqual({ requeueAfterMs: 600 });
    expect(announced).toHaveLength(1);
    vi.advanceTimersByTime(600);
    expect(await r.reconcile("L:n1.ns.a")).toEqual({ requeueAfterMs: 2000 });
    expect(announced).toHaveLength(2);
    // A stale mapping (an earlier incarnation's: older than the node work) is no confirmation.
    const mine = { ip: "10.0.0.5", mac: macAddress(7, ip), hostIp: "100.64.0.1", node: "n1" };
    setOwn({ ...mine, sourceRevision: 9 });
    vi.advanceTimersByTime(2000);
    expect(await r.reconcile("L:n1.ns.a")).toEqual({ requeueAfterMs: 4000 });
    expect(announced).toHaveLength(3);
    // The mapping of this report arrives: its remote reconcile wakes the local key, which is done.
    setOwn({ ...mine, sourceRevision: 11 });
    await r.reconcile("R:7.ns.a");
    expect(enqueued).toContain("L:n1.ns.a");
    expect(await r.reconcile("L:n1.ns.a")).toBeUndefined();
    expect(await r.reconcile("L:n1.ns.a")).toBeUndefined();
    expect(announced).toHaveLength(3);
    expect(replied).toEqual([]);
  });
});
