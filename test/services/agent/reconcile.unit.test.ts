import { Registry } from "prom-client";
import { describe, expect, it, vi } from "vitest";
import type { AttachmentReport } from "../../../lib/api/status.js";
import type { NodeWork } from "../../../lib/codec.js";
import { interfaceName, macAddress } from "../../../lib/net/mac.js";
import { parseAllowList } from "../../../services/agent/allowlist.js";
import { LoggerFabric } from "../../../services/agent/fabric/logger.js";
import { AgentMetrics } from "../../../services/agent/metrics.js";
import { testReconciler } from "./reconciler.js";

const ip = 0x0a000005; // 10.0.0.5

function work(uid: string, hook: string[]): NodeWork {
  return {
    attachment: {
      meta: { namespace: "ns", name: "a", uid, writeTimesUs: { spec: 1 } },
      spec: { node: "n1", subnet: "s", postCreateExec: hook },
      status: { ip: "10.0.0.5", vni: 7, mac: macAddress(7, ip) },
    },
    sourceRevision: 10,
  };
}

async function setup(w: NodeWork) {
  const fabric = await LoggerFabric.open();
  const reports: AttachmentReport[] = [];
  const enqueued: string[] = [];
  const r = testReconciler({
    fabric,
    allowedPrograms: parseAllowList("/bin/echo hi,/bin/echo ${ifname}"),
    localWork: () => w,
    report: async (x) => {
      reports.push(x);
    },
    enqueue: (k) => enqueued.push(k),
  });
  return { fabric, reports, enqueued, r };
}

describe("FabricReconciler adoption at start", () => {
  it("adopts an existing interface of the same incarnation without re-running its hook", async () => {
    const { fabric, reports, r } = await setup(work("u1", ["/bin/echo", "hi"]));
    await fabric.createLocal({
      vni: 7,
      ip: "10.0.0.5",
      mac: macAddress(7, ip),
      ifName: interfaceName(7, ip),
      owner: "u1",
    });
    await r.loadFabric();
    await r.reconcile("L:n1.ns.a");
    expect(r.hooks.size).toBe(0);
    expect(fabric.ops.createLocal).toBe(1); // only the setup's
    expect(reports).toEqual([
      expect.objectContaining({ uid: "u1", implemented: true, ifName: interfaceName(7, ip) }),
    ]);
  });

  it("replaces an interface left by an earlier incarnation at the same address, and runs the new hook", async () => {
    const { fabric, r } = await setup(work("u2", ["/bin/echo", "${ifname}"]));
    await fabric.createLocal({
      vni: 7,
      ip: "10.0.0.5",
      mac: macAddress(7, ip),
      ifName: interfaceName(7, ip),
      owner: "u1",
    });
    await r.loadFabric();
    await r.reconcile("L:n1.ns.a");
    expect(r.hooks.size).toBe(1);
    await Promise.all([...r.hooks]);
    expect(fabric.ops).toMatchObject({ createLocal: 2, deleteLocal: 1 });
    expect((await fabric.listLocal())[0]?.owner).toBe("u2");
  });
});

describe("FabricReconciler remote latency", () => {
  it("measures from the mapping's client write when the node needed the VNI already, else from when it came to", async () => {
    const registry = new Registry();
    const metrics = new AgentMetrics(registry);
    const fabric = await LoggerFabric.open();
    // A stopped clock (lib/time reads performance.now()): the latencies are exact.
    const frozen = performance.now();
    const clock = vi.spyOn(performance, "now").mockReturnValue(frozen);
    const nowUs = Math.round((performance.timeOrigin + frozen) * 1000);
    const relevantUs = nowUs - 2_000_000; // the node needs VNI 7 since 2 s ago
    const mappings = new Map([
      // written 1 s ago: live dissemination, about 1 s late
      [
        "7.ns.new",
        {
          node: "n2",
          ip: "10.0.0.8",
          mac: "02:00:00:00:00:08",
          hostIp: "100.64.0.2",
          clientWriteUs: nowUs - 1_000_000,
        },
      ],
      // written 60 s ago, before the node needed the VNI: caught up, about 2 s after the need
      [
        "7.ns.old",
        {
          node: "n3",
          ip: "10.0.0.9",
          mac: "02:00:00:00:00:09",
          hostIp: "100.64.0.3",
          clientWriteUs: nowUs - 60_000_000,
        },
      ],
    ]);
    const r = testReconciler({
      fabric,
      metrics,
      mapping: (_vni, key) => mappings.get(key),
      relevantSinceUs: () => relevantUs,
    });
    try {
      await r.reconcile("R:7.ns.new");
      await r.reconcile("R:7.ns.old");
    } finally {
      clock.mockRestore();
    }
    expect(fabric.ops.createRemote).toBe(2);
    const text = await registry.getSingleMetricAsString("jetnet_agent_client_write_to_remote_ifc_seconds");
    const sum = (trigger: string) =>
      Number(text.match(new RegExp(`_sum\\{trigger="${trigger}"\\} (\\S+)`))?.[1] ?? Number.NaN);
    const count = (trigger: string) =>
      Number(text.match(new RegExp(`_count\\{trigger="${trigger}"\\} (\\S+)`))?.[1] ?? Number.NaN);
    expect(count("attachment")).toBe(1);
    expect(count("vni_relevance")).toBe(1);
    expect(sum("attachment")).toBe(1);
    expect(sum("vni_relevance")).toBe(2);
  });
});
