import { describe, expect, it } from "vitest";
import { type Mapping, type NetworkAttachment, type NodeWork, nodeWorkCodec } from "../../../lib/codec.js";
import type { Lister } from "../../../lib/informer/types.js";
import { MemoryStore } from "../../../lib/store/memory.js";
import type { Versioned } from "../../../lib/store/types.js";
import { Projector } from "../../../services/mapping/controller.js";
import { project, sameNodeWork } from "../../../services/mapping/project.js";

/** A Lister over fixed objects, indexed by source like the mapping service's caches. */
function lister<T>(items: Versioned<T>[]): Lister<T> {
  const byKey = new Map(items.map((i) => [i.key, i]));
  return {
    get: (k) => byKey.get(k),
    list: () => [...byKey.values()],
    byIndex: (_index, value) =>
      [...byKey.values()].filter((i) => i.key.slice(i.key.indexOf(".") + 1) === value),
    indexValues: () => [],
    hasSynced: () => true,
  };
}

function attachment(
  revision: number,
  node: string,
  implemented: boolean,
  mac = "02:00:00:00:00:05",
): Versioned<NetworkAttachment> {
  return {
    key: "ns.a",
    revision,
    value: {
      meta: { namespace: "ns", name: "a", uid: "u1", writeTimesUs: { spec: 1 } },
      spec: { node, subnet: "s" },
      status: {
        ip: "10.0.0.5",
        vni: 7,
        mac,
        ...(implemented ? { hostIp: "100.64.0.1", ifName: "eth-x" } : {}),
      },
    },
  };
}

/**
 * Both projections of attachment ns.a at source revision 5 in the stores, and a Projector over
 * `attachments` whose caches hold them under revisions the store never had (shifted sequences).
 */
async function staleCaches() {
  const nodeStore = new MemoryStore<NodeWork>("node");
  const mapStore = new MemoryStore<Mapping>("map");
  const old = project(attachment(5, "n1", true));
  const nodeRev = await nodeStore.create(old.node!.key, old.node!.value);
  const mapRev = await mapStore.create(old.map!.key, old.map!.value);
  const projector = (attachments: Versioned<NetworkAttachment>[]) =>
    new Projector({
      attachmentCache: lister(attachments),
      nodeStore,
      mapStore,
      nodeCache: lister([{ ...old.node!, revision: nodeRev + 100 }]),
      mapCache: lister([{ ...old.map!, revision: mapRev + 100 }]),
    });
  return { nodeStore, mapStore, nodeKey: old.node!.key, mapKey: old.map!.key, mapRev, projector };
}

describe("Projector", () => {
  it("writes over a projection whose cached revision the store no longer accepts", async () => {
    const { nodeStore, mapStore, nodeKey, mapKey, mapRev, projector } = await staleCaches();
    await projector([attachment(9, "n1", true)]).reconcile("ns.a");
    // Only the source revision changed: equal projections are not rewritten...
    expect((await mapStore.get(mapKey))?.revision).toBe(mapRev);
    // ...a changed one is, despite the cache.
    await projector([attachment(12, "n1", true, "02:00:00:00:00:99")]).reconcile("ns.a");
    expect((await mapStore.get(mapKey))?.value).toMatchObject({
      mac: "02:00:00:00:00:99",
      sourceRevision: 12,
    });
    expect((await nodeStore.get(nodeKey))?.value.sourceRevision).toBe(12);
  });

  it("deletes a projection the source left, whose cached revision the store no longer accepts", async () => {
    const { nodeStore, mapStore, nodeKey, mapKey, projector } = await staleCaches();
    await projector([]).reconcile("ns.a"); // the attachment is gone
    expect(await mapStore.get(mapKey)).toBeUndefined();
    expect(await nodeStore.get(nodeKey)).toBeUndefined();
  });

  it("leaves a projection that a newer source revision wrote meanwhile", async () => {
    const nodeStore = new MemoryStore<NodeWork>("node");
    const mapStore = new MemoryStore<Mapping>("map");
    const stale = project(attachment(5, "n1", true));
    const newer = project(attachment(20, "n1", true));
    const first = await mapStore.create(newer.map!.key, stale.map!.value);
    await mapStore.update(newer.map!.key, newer.map!.value, first);
    const p = new Projector({
      attachmentCache: lister<NetworkAttachment>([]), // this replica's cache lags: it thinks the attachment is gone
      nodeStore,
      mapStore,
      nodeCache: lister<NodeWork>([]),
      mapCache: lister([{ ...stale.map!, revision: first }]),
    });
    await p.reconcile("ns.a");
    expect((await mapStore.get(newer.map!.key))?.value.sourceRevision).toBe(20);
  });
});

describe("sameNodeWork", () => {
  it("holds a node projection read back from the bucket equal to the same projection made afresh", () => {
    const made = project(attachment(5, "n1", false)).node!.value;
    // What the bucket's watch hands back: every default filled in (empty lists, zeros, nulls).
    const cached = nodeWorkCodec.decode(nodeWorkCodec.encode(made));
    const again = project(attachment(6, "n1", true)).node!.value; // only status.impl changed
    expect(sameNodeWork(cached, again)).toBe(true);
    const moved = project(attachment(7, "n2", true)).node!.value;
    expect(sameNodeWork(cached, moved)).toBe(false);
  });
});
