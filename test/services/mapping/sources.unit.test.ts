import { setMaxListeners } from "node:events";
import pino from "pino";
import { Registry } from "prom-client";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { Mapping, NetworkAttachment, NodeWork } from "../../../lib/codec.js";
import { Controller } from "../../../lib/controller/controller.js";
import { Informer } from "../../../lib/informer/informer.js";
import { MemoryStore } from "../../../lib/store/memory.js";
import type { ObjectStore, Watch, WatchEvent } from "../../../lib/store/types.js";
import { enqueueProjectionSources, Projector } from "../../../services/mapping/controller.js";
import { sourceOf } from "../../../services/mapping/project.js";

/** Holds back the events of every watch opened through `gated` while closed: a lagging cache. */
class Gate {
  private opened: Promise<void> = Promise.resolve();
  private release: (() => void) | undefined;

  close(): void {
    if (this.release) return;
    this.opened = new Promise((r) => (this.release = r));
  }

  open(): void {
    this.release?.();
    this.release = undefined;
  }

  passed(): Promise<void> {
    return this.opened;
  }
}

/** `store`, whose watches deliver each event only once `gate` is open. */
function gated<T>(store: ObjectStore<T>, gate: Gate): ObjectStore<T> {
  return {
    bucket: store.bucket,
    get: (k) => store.get(k),
    list: (f) => store.list(f),
    create: (k, v) => store.create(k, v),
    update: (k, v, r) => store.update(k, v, r),
    put: (k, v) => store.put(k, v),
    delete: (k, o) => store.delete(k, o),
    watch(opts): Watch<T> {
      const w = store.watch(opts);
      return {
        stop: () => w.stop(),
        closed: w.closed,
        async *[Symbol.asyncIterator](): AsyncGenerator<WatchEvent<T>> {
          for await (const e of w) {
            await gate.passed();
            yield e;
          }
        },
      };
    },
  };
}

const implemented: NetworkAttachment = {
  meta: { namespace: "ns", name: "a", uid: "u1", writeTimesUs: { spec: 1 } },
  spec: { node: "n1", subnet: "s" },
  status: { ip: "10.0.0.5", vni: 7, mac: "02:00:00:00:00:05", hostIp: "100.64.0.1", ifName: "eth-x" },
};

let abort: AbortController | undefined;
afterEach(() => abort?.abort());

/** The mapping service's controller over memory stores; the projection caches lag by `gate`. */
function mappingOver(gate: Gate) {
  const attachments = new MemoryStore<NetworkAttachment>("attachments");
  const nodeStore = new MemoryStore<NodeWork>("node");
  const mapStore = new MemoryStore<Mapping>("map");
  const bySource = { source: (o: { key: string }) => [sourceOf(o.key)] };
  const attachmentCache = new Informer<NetworkAttachment>({ store: attachments });
  const nodeCache = new Informer<NodeWork>({ store: gated(nodeStore, gate), indexes: bySource });
  const mapCache = new Informer<Mapping>({ store: gated(mapStore, gate), indexes: bySource });
  const projector = new Projector({ attachmentCache, nodeStore, mapStore, nodeCache, mapCache });
  const reconciled: string[] = [];
  const caches = [attachmentCache, nodeCache, mapCache];
  const controller = new Controller({
    name: "mapping",
    reconciler: {
      reconcile: async (key) => {
        await projector.reconcile(key);
        reconciled.push(key);
      },
    },
    registry: new Registry(),
    logger: pino({ level: "silent" }),
    waitForSync: async (s) => {
      await Promise.all(caches.map((c) => c.waitForSync(s)));
    },
  });
  enqueueProjectionSources({ attachmentCache, nodeCache, mapCache }, (k) => controller.enqueue(k));
  abort = new AbortController();
  const signal = abort.signal;
  setMaxListeners(0, signal); // every informer, watch and the controller listen to it
  for (const c of caches) void c.run(signal);
  void controller.run(signal);
  const synced = Promise.all(caches.map((c) => c.waitForSync(signal)));
  return { attachments, nodeStore, mapStore, reconciled, synced };
}

describe("the mapping service's triggers", () => {
  it("removes projections that reach its caches only after their attachment's delete was reconciled", async () => {
    const gate = new Gate();
    const m = mappingOver(gate);
    await m.synced;
    gate.close(); // from now on the projection caches see nothing
    await m.attachments.create("ns.a", implemented);
    await vi.waitFor(async () => {
      expect((await m.nodeStore.list()).items).toHaveLength(1);
      expect((await m.mapStore.list()).items).toHaveLength(1);
    });
    await m.attachments.delete("ns.a");
    // The delete's reconcile ran while the caches did not hold the projections: nothing removed.
    await vi.waitFor(() => expect(m.reconciled.filter((k) => k === "ns.a")).toHaveLength(2));
    expect((await m.nodeStore.list()).items).toHaveLength(1);

    gate.open(); // the caches catch up: the projections arrive after their source is gone
    await vi.waitFor(
      async () => {
        expect((await m.nodeStore.list()).items).toEqual([]);
        expect((await m.mapStore.list()).items).toEqual([]);
      },
      { timeout: 3_000 },
    );
  });

  it("does not reconcile again for a projection derived from the attachment's cached revision", async () => {
    const m = mappingOver(new Gate());
    await m.synced;
    await m.attachments.create("ns.a", implemented);
    await vi.waitFor(async () => expect((await m.mapStore.list()).items).toHaveLength(1));
    // Let the projections' own events arrive and any reconcile they cause finish.
    await new Promise((r) => setTimeout(r, 200));
    expect(m.reconciled).toEqual(["ns.a"]);
  });
});
