import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { waitExact } from "./exactness.js";
import { HeldLane } from "./held-lane.js";
import { type AgentSystem, startAgentSystem } from "./system.js";

// An agent applies its node's work at once and its VNIs' mappings through a lane: its own
// interfaces never wait behind remote mappings. So a VNI delete that also deletes node work can
// be applied after later node work under the same name; it takes only the deleted attachment's.
const ns = "lane";
const lane = new HeldLane();
let sys: AgentSystem;

beforeAll(async () => {
  sys = await startAgentSystem(2, { digestIntervalMs: 60_000, remoteLane: lane });
  await sys.client.subnets(ns).create({ meta: { name: "s" }, spec: { vni: 730, cidr: "10.73.0.0/24" } });
}, 60_000);
afterAll(async () => {
  lane.release();
  await sys?.stop();
}, 60_000);

const attach = (name: string, node: string) =>
  sys.client.attachments(ns).create({ meta: { name }, spec: { node, subnet: "s" } });

describe("an agent's VNI feeds in a lane", () => {
  it("implements its node's work while the lane is held; a delete of the attachment before leaves its successor", async () => {
    await attach("x", "node-1");
    await attach("y", "node-2");
    await waitExact(sys.nc, sys.fabrics, 15_000, "x and y");
    const fabric = sys.fabrics.get("node-1")!;
    const deletesBefore = fabric.ops.deleteLocal;
    const first = await sys.client.attachments(ns).get("x");

    lane.hold();
    // node-2 joins nothing new: its VNI feed waits, and so does x's joint delete on VNI 730.
    await sys.client.attachments(ns).delete("x");
    const again = await attach("x", "node-1");
    expect(again.value.meta?.uid).not.toBe(first.value.meta?.uid);
    // The new x is implemented with the lane still held: node work is applied at once.
    for (let i = 0; i < 250; i++) {
      const got = await sys.client.attachments(ns).get("x");
      if (got.value.status?.ifName && got.value.meta?.uid === again.value.meta?.uid) break;
      await new Promise((r) => setTimeout(r, 20));
    }
    const implemented = await sys.client.attachments(ns).get("x");
    expect(implemented.value.status?.ifName).toBeTruthy();
    expect(lane.waiting).toBeGreaterThan(0);

    lane.release();
    await lane.reached();
    await waitExact(sys.nc, sys.fabrics, 15_000, "x again");
    // The old x's interface went once; the delete that came later through the lane named the old
    // uid and left the new x's work (and interface) alone.
    expect(fabric.ops.deleteLocal).toBe(deletesBefore + 1);
    expect(fabric.localCount()).toBe(1);
  }, 60_000);
});
