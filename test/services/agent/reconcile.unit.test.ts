import { Registry } from "prom-client";
import { describe, expect, it } from "vitest";
import type { NodeWork } from "../../../lib/codec.js";
import { LoggerFabric } from "../../../services/agent/fabric/logger.js";
import { AgentMetrics } from "../../../services/agent/metrics.js";
import { FabricReconciler, type StatusReportInput } from "../../../services/agent/reconcile.js";
import { interfaceName, macAddress } from "../../../services/ipam/mac.js";

const ip = 0x0a000005; // 10.0.0.5
const silent = { debug() {}, info() {}, warn() {}, error() {} };

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
  const reports: StatusReportInput[] = [];
  const enqueued: string[] = [];
  const r = new FabricReconciler({
    node: "n1",
    hostIp: "100.64.0.1",
    fabric,
    metrics: new AgentMetrics(new Registry()),
    logger: silent,
    allowedPrograms: new Set(["/bin/echo"]),
    execTimeoutMs: 5000,
    localWork: () => w,
    mapping: () => undefined,
    desiredAt: () => true,
    relevantSinceUs: () => 0,
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
