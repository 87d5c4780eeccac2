import { describe, expect, it } from "vitest";
import type { Mapping, NodeWork } from "../../../lib/codec.js";
import { macAddress } from "../../../lib/net/mac.js";
import { LoggerFabric } from "../../../services/agent/fabric/logger.js";
import type { RemoteEntry, RemoteOp } from "../../../services/agent/fabric/types.js";
import { testReconciler } from "./reconciler.js";

/**
 * A logger fabric that takes remote entries in batches (each one recorded), failing the creates
 * of the IPs in `failing`.
 */
async function batchFabric() {
  const base = await LoggerFabric.open();
  const batches: RemoteOp[][] = [];
  const failing = new Set<string>();
  return Object.assign(base, {
    batches,
    failing,
    async applyRemote(ops: readonly RemoteOp[]) {
      batches.push([...ops]);
      const out: (unknown | undefined)[] = [];
      for (const o of ops) {
        try {
          if (o.op === "create" && failing.has(o.entry.ip)) throw new Error(`no ${o.entry.ip}`);
          await (o.op === "create" ? base.createRemote(o.entry) : base.deleteRemote(o.entry));
          out.push(undefined);
        } catch (err) {
          out.push(err);
        }
      }
      return out;
    },
  });
}

const peer = (i: number, node = "n2"): Mapping => ({
  node,
  ip: `10.0.${i >> 8}.${i & 255}`,
  mac: macAddress(7, 0x0a000000 + i),
  hostIp: `100.64.0.${node === "n2" ? 2 : 3}`,
  clientWriteUs: 1,
});

async function setup(local?: NodeWork) {
  const fabric = await batchFabric();
  const mappings = new Map<string, Mapping>();
  const enqueued: string[] = [];
  const r = testReconciler({
    fabric,
    localWork: () => local,
    mapping: (_vni, key) => mappings.get(key),
    enqueue: (k) => enqueued.push(k),
  });
  const change = (key: string, m: Mapping | undefined) => {
    if (m) mappings.set(key, m);
    else mappings.delete(key);
    r.remoteChanged(7, key);
  };
  const remotes = async () =>
    (await fabric.listRemote()).map((e: RemoteEntry) => `${e.ip}>${e.hostIp}`).sort();
  return { fabric, mappings, enqueued, r, change, remotes };
}

describe("FabricReconciler: a VNI's changed mappings in batches", () => {
  it("reconciles a burst of one VNI under one queue key, as one batch to the fabric", async () => {
    const { fabric, enqueued, r, change, remotes } = await setup();
    for (let i = 1; i <= 100; i++) change(`7.ns.a${i}`, peer(i));
    expect(new Set(enqueued)).toEqual(new Set(["V:7"]));
    await r.reconcile("V:7");
    expect(fabric.batches).toHaveLength(1);
    expect(fabric.batches[0]).toHaveLength(100);
    expect(r.counts()).toEqual({ local: 0, remote: 100 });
    expect(await remotes()).toHaveLength(100);
    // Nothing changed since: nothing to do.
    await r.reconcile("V:7");
    expect(fabric.batches).toHaveLength(1);
  });

  it("moves, deletes and leaves alone in one batch, the delete of a moved entry before its create", async () => {
    const { fabric, r, change, remotes } = await setup();
    change("7.ns.a", peer(1));
    change("7.ns.b", peer(2));
    change("7.ns.c", peer(3));
    await r.reconcile("V:7");
    change("7.ns.a", peer(1, "n3")); // moved to another host
    change("7.ns.b", undefined); // deleted
    change("7.ns.own", { ...peer(4), node: "n1" }); // this node's own: no remote entry
    await r.reconcile("V:7");
    expect(fabric.batches[1]?.map((o) => `${o.op} ${o.entry.ip}>${o.entry.hostIp}`)).toEqual([
      "delete 10.0.0.1>100.64.0.2",
      "create 10.0.0.1>100.64.0.3",
      "delete 10.0.0.2>100.64.0.2",
    ]);
    expect(await remotes()).toEqual(["10.0.0.1>100.64.0.3", "10.0.0.3>100.64.0.2"]);
    expect(r.counts()).toEqual({ local: 0, remote: 2 });
  });

  it("hands what failed on as a key of its own (its own back-off); the rest stays done", async () => {
    const { fabric, enqueued, r, change, remotes } = await setup();
    fabric.failing.add("10.0.0.2");
    for (let i = 1; i <= 3; i++) change(`7.ns.a${i}`, peer(i));
    enqueued.length = 0;
    await r.reconcile("V:7");
    expect(enqueued).toEqual(["R:7.ns.a2"]);
    expect(await remotes()).toEqual(["10.0.0.1>100.64.0.2", "10.0.0.3>100.64.0.2"]);
    expect(r.counts()).toEqual({ local: 0, remote: 2 });
    // Its key fails while the fabric does (the controller backs that key off), then succeeds.
    await expect(r.reconcile("R:7.ns.a2")).rejects.toThrow(/1 remote entries left to do: Error: no 10.0.0.2/);
    fabric.failing.clear();
    await r.reconcile("R:7.ns.a2");
    expect(fabric.batches.at(-1)?.map((o) => `${o.op} ${o.entry.ip}`)).toEqual(["create 10.0.0.2"]);
    expect(await remotes()).toHaveLength(3);
    // Meanwhile the VNI's other changes go on at once.
    change("7.ns.a4", peer(4));
    await r.reconcile("V:7");
    expect(await remotes()).toHaveLength(4);
  });

  it("waits while a local attachment holds the address, and asks its key to let go", async () => {
    const ip = 0x0a000005;
    const local: NodeWork = {
      attachment: {
        meta: { namespace: "ns", name: "mine", uid: "u1", writeTimesUs: { spec: 1 } },
        spec: { node: "n1", subnet: "s" },
        status: { ip: "10.0.0.5", vni: 7, mac: macAddress(7, ip) },
      },
    };
    const { enqueued, r, change, remotes } = await setup(local);
    await r.reconcile("L:n1.ns.mine");
    change("7.ns.other", peer(5)); // the same address, on n2: the local one must go first
    enqueued.length = 0;
    await r.reconcile("V:7");
    expect(enqueued).toEqual(["L:n1.ns.mine", "R:7.ns.other"]);
    await expect(r.reconcile("R:7.ns.other")).rejects.toThrow(/10.0.0.5 is still held by L:n1.ns.mine/);
    expect(await remotes()).toEqual([]);
    expect(r.counts()).toEqual({ local: 1, remote: 0 });
  });

  it("takes at most 256 of a VNI's changes per turn and queues its key again for the rest", async () => {
    const { fabric, enqueued, r, change } = await setup();
    for (let i = 1; i <= 300; i++) change(`7.ns.a${i}`, peer(i));
    enqueued.length = 0;
    await r.reconcile("V:7");
    expect(fabric.batches[0]).toHaveLength(256);
    expect(enqueued).toEqual(["V:7"]);
    await r.reconcile("V:7");
    expect(fabric.batches[1]).toHaveLength(44);
    expect(r.counts()).toEqual({ local: 0, remote: 300 });
  });

  it("reconciles one mapping by its own key too (R:<map key>)", async () => {
    const { fabric, mappings, r, remotes } = await setup();
    mappings.set("7.ns.a", peer(9));
    await r.reconcile("R:7.ns.a");
    expect(fabric.batches).toHaveLength(1);
    expect(await remotes()).toEqual(["10.0.0.9>100.64.0.2"]);
  });
});
