import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Bucket } from "../../../lib/api/subjects.js";
import { attachmentCodec } from "../../../lib/codec.js";
import { openStore } from "../../../lib/store/store.js";
import { eventually } from "../ipam/system.js";
import { allImplemented, fabricDiff } from "./exactness.js";
import { type AgentSystem, startAgentSystem } from "./system.js";

let sys: AgentSystem;
beforeAll(async () => {
  sys = await startAgentSystem(3);
}, 60_000);
afterAll(async () => {
  await sys?.stop();
});

describe("agents (smoke)", () => {
  it("program exactly their local and relevant remote entries", async () => {
    const c = sys.client;
    await c.subnets("s").create({ meta: { name: "blue" }, spec: { vni: 100, cidr: "10.10.0.0/24" } });
    await c.subnets("s").create({ meta: { name: "green" }, spec: { vni: 200, cidr: "10.20.0.0/24" } });
    const plan: [string, string, string][] = [
      ["a", "node-1", "blue"],
      ["b", "node-2", "blue"],
      ["c", "node-3", "green"],
      ["d", "node-1", "green"],
    ];
    for (const [name, node, subnet] of plan) {
      await c.attachments("s").create({ meta: { name }, spec: { node, subnet } });
    }
    const store = await openStore(sys.nc, { bucket: Bucket.Attachments, codec: attachmentCodec });
    const items = await eventually(
      async () => {
        const l = (await store.list()).items;
        return l.length === 4 && l.every((i) => i.value.status?.ip) && allImplemented(l) ? l : undefined;
      },
      20_000,
      "all implemented",
    );
    await eventually(
      async () => {
        const diffs = (await Promise.all([...sys.fabrics].map(([n, f]) => fabricDiff(f, items, n)))).flat();
        return diffs.length === 0 ? true : undefined;
      },
      20_000,
      "exact fabrics",
    );
    expect(sys.fabrics.get("node-1")?.localCount()).toBe(2);
    expect(sys.fabrics.get("node-1")?.remoteCount()).toBe(2); // b (blue) and c (green)
    expect(sys.fabrics.get("node-2")?.remoteCount()).toBe(1); // a
    expect(sys.fabrics.get("node-3")?.remoteCount()).toBe(1); // d
    // The mapping service sends batches only on VNI feeds and says so in node work: each agent
    // follows its VNIs by their literal batch subjects, no wildcard.
    const res = await fetch(`${sys.nats.monitorUrl}/connz?subs=1&limit=1000`);
    const body = (await res.json()) as { connections: { subscriptions_list?: string[] }[] };
    const mapSubs = body.connections
      .flatMap((conn) => conn.subscriptions_list ?? [])
      .filter((s) => /^jetnet\.feed\.v1\.jetnet-map\.\d+\./.test(s))
      .sort();
    expect(mapSubs).toEqual([
      "jetnet.feed.v1.jetnet-map.100._batch", // node-1
      "jetnet.feed.v1.jetnet-map.100._batch", // node-2
      "jetnet.feed.v1.jetnet-map.200._batch", // node-1
      "jetnet.feed.v1.jetnet-map.200._batch", // node-3
    ]);
  });

  it("stop following a VNI with its last local attachment there, and follow it again with the next", async () => {
    const c = sys.client;
    // node-1's only attachment in green (VNI 200): with it goes node-1's interest in green.
    await c.attachments("s").delete("d");
    await eventually(
      async () => ((await mapSubscriptions()).length === 3 ? true : undefined),
      20_000,
      "node-1 no longer subscribed to VNI 200",
    );
    expect(await mapSubscriptions()).toEqual([
      "jetnet.feed.v1.jetnet-map.100._batch", // node-1
      "jetnet.feed.v1.jetnet-map.100._batch", // node-2
      "jetnet.feed.v1.jetnet-map.200._batch", // node-3
    ]);
    await eventually(
      async () => (sys.fabrics.get("node-1")?.remoteCount() === 1 ? true : undefined),
      20_000,
      "node-1 holds b only",
    );
    // A second attachment in blue on node-1 changes nothing it follows; a new one in green
    // brings VNI 200 back, with c.
    await c.attachments("s").create({ meta: { name: "e" }, spec: { node: "node-1", subnet: "blue" } });
    await c.attachments("s").create({ meta: { name: "f" }, spec: { node: "node-1", subnet: "green" } });
    await eventually(
      async () => (sys.fabrics.get("node-1")?.remoteCount() === 2 ? true : undefined),
      20_000,
      "node-1 holds b and c again",
    );
    expect(await mapSubscriptions()).toEqual([
      "jetnet.feed.v1.jetnet-map.100._batch",
      "jetnet.feed.v1.jetnet-map.100._batch",
      "jetnet.feed.v1.jetnet-map.200._batch",
      "jetnet.feed.v1.jetnet-map.200._batch",
    ]);
  });
});

/** The VNI feed subscriptions nats-server holds for the agents, sorted. */
async function mapSubscriptions(): Promise<string[]> {
  const res = await fetch(`${sys.nats.monitorUrl}/connz?subs=1&limit=1000`);
  const body = (await res.json()) as { connections: { subscriptions_list?: string[] }[] };
  return body.connections
    .flatMap((conn) => conn.subscriptions_list ?? [])
    .filter((s) => /^jetnet\.feed\.v1\.jetnet-map\.\d+\./.test(s))
    .sort();
}
