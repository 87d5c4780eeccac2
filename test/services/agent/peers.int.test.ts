import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { snapshotPrefix } from "../../../lib/api/views.js";
import { maxPeers } from "../../../services/mapping/projections.js";
import { waitExact } from "./exactness.js";
import { type AgentSystem, runBounded, startAgentSystem } from "./system.js";

// A node's first work in a VNI carries the VNI's mappings (NodeWork.peers): the agent starts
// following the VNI from them, with no snapshot request, unless the VNI has more than maxPeers.
const ns = "peers";
let sys: AgentSystem;
/** Snapshot requests for VNI views seen since the agents started. */
const mapSnapshots: string[] = [];

beforeAll(async () => {
  sys = await startAgentSystem(3, { digestIntervalMs: 1_000 });
  sys.nc.subscribe(`${snapshotPrefix}.map.>`, { callback: (_e, m) => void mapSnapshots.push(m.subject) });
  await sys.nc.flush();
  for (const [name, vni, cidr] of [
    ["small", 710, "10.71.0.0/24"],
    ["big", 711, "10.72.0.0/22"],
  ] as const) {
    await sys.client.subnets(ns).create({ meta: { name }, spec: { vni, cidr } });
  }
}, 60_000);
afterAll(async () => {
  await sys?.stop();
}, 60_000);

const attach = (name: string, node: string, subnet: string) =>
  sys.client.attachments(ns).create({ meta: { name }, spec: { node, subnet } });

describe("joining a VNI", () => {
  it("takes the VNI's mappings from the node work announcement, without a snapshot request", async () => {
    await attach("a1", "node-1", "small");
    await attach("a2", "node-1", "small");
    await waitExact(sys.nc, sys.fabrics, 15_000, "node-1 alone in VNI 710");
    // node-2 joins: its first work in 710 carries a1 and a2, which it programs as remote entries.
    await attach("b1", "node-2", "small");
    await waitExact(sys.nc, sys.fabrics, 15_000, "node-2 joined VNI 710");
    expect(sys.fabrics.get("node-2")?.remoteCount()).toBe(2);
    expect(sys.fabrics.get("node-1")?.remoteCount()).toBe(1);
    expect(mapSnapshots.filter((s) => s.endsWith(".map.710"))).toEqual([]);
  }, 60_000);

  it("asks for a snapshot when the VNI has more mappings than one announcement carries", async () => {
    const names = Array.from({ length: maxPeers + 1 }, (_, i) => `big-${i}`);
    await runBounded(names, 16, async (name) => {
      await attach(name, "node-1", "big");
    });
    await waitExact(sys.nc, sys.fabrics, 30_000, "node-1 alone in VNI 711");
    await attach("c1", "node-3", "big");
    await waitExact(sys.nc, sys.fabrics, 30_000, "node-3 joined VNI 711");
    expect(sys.fabrics.get("node-3")?.remoteCount()).toBe(maxPeers + 1);
    // node-3's request (a digest check that found a view behind may add others under load).
    expect(mapSnapshots).toContain(`${snapshotPrefix}.map.711`);
  }, 90_000);
});
