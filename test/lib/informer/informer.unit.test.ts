import { describe, expect, it } from "vitest";
import { DerivedInformer, Informer } from "../../../lib/informer/informer.js";
import { MemoryStore } from "../../../lib/store/memory.js";

interface Item {
  readonly vni: number;
}

const tick = () => new Promise((r) => setTimeout(r, 5));

describe("Informer", () => {
  it("syncs, indexes, and calls handlers for add, update and delete", async () => {
    const store = new MemoryStore<Item>("t");
    await store.create("a", { vni: 1 });
    const inf = new Informer<Item>({ store, indexes: { vni: (o) => [String(o.value.vni)] } });
    const calls: string[] = [];
    inf.addHandlers({
      onAdd: (o) => calls.push(`add ${o.key}`),
      onUpdate: (a, b) => calls.push(`update ${a.key} ${a.value.vni}->${b.value.vni}`),
      onDelete: (o) => calls.push(`delete ${o.key}`),
      onSynced: () => calls.push("synced"),
    });
    expect(inf.hasSynced()).toBe(false);
    const ac = new AbortController();
    const run = inf.run(ac.signal);
    await inf.waitForSync();
    expect(inf.hasSynced()).toBe(true);
    const r = await store.update("a", { vni: 2 }, 1);
    await store.create("b", { vni: 2 });
    await store.delete("a");
    await tick();
    expect(calls).toEqual(["add a", "synced", "update a 1->2", "add b", "delete a"]);
    expect(inf.byIndex("vni", "2").map((o) => o.key)).toEqual(["b"]);
    expect(inf.byIndex("vni", "1")).toEqual([]);
    expect(inf.indexValues("vni")).toEqual(["2"]);
    expect(inf.get("a")).toBeUndefined();
    expect(r).toBe(2);
    ac.abort();
    await run;
  });

  it("waitForSync rejects when its signal aborts first", async () => {
    const inf = new Informer<Item>({ store: new MemoryStore<Item>("t") });
    const ac = new AbortController();
    const p = inf.waitForSync(ac.signal);
    ac.abort(new Error("stop"));
    await expect(p).rejects.toThrow("stop");
  });
});

describe("DerivedInformer", () => {
  it("follows its source's events through map, with its own indexes, and syncs with it", async () => {
    const store = new MemoryStore<string>("t");
    await store.create("a", "1");
    await store.create("bad", "x");
    const source = new Informer<string>({ store });
    const derived = new DerivedInformer<string, Item>(
      source,
      (s) => {
        const vni = Number(s);
        if (!Number.isInteger(vni)) throw new Error(`not a number: ${s}`);
        return { vni };
      },
      { vni: (o) => [String(o.value.vni)] },
    );
    const calls: string[] = [];
    derived.addHandlers({
      onAdd: (o) => calls.push(`add ${o.key} ${o.value.vni}`),
      onUpdate: (a, b) => calls.push(`update ${a.key} ${a.value.vni}->${b.value.vni}`),
      onDelete: (o, rev) => calls.push(`delete ${o.key} @${rev}`),
      onSynced: (rev) => calls.push(`synced @${rev}`),
    });
    const ac = new AbortController();
    const runs = Promise.all([source.run(ac.signal), derived.run(ac.signal)]);
    await derived.waitForSync();
    expect(derived.revision).toBe(2);
    await store.update("a", "2", 1);
    await store.create("b", "2");
    await store.delete("a");
    await tick();
    // The undecodable value is skipped (counted), as a store watch skips what it cannot decode.
    expect(calls).toEqual(["add a 1", "synced @2", "update a 1->2", "add b 2", "delete a @5"]);
    expect(derived.unmappable).toBe(1);
    expect(derived.get("bad")).toBeUndefined();
    expect(derived.byIndex("vni", "2").map((o) => o.key)).toEqual(["b"]);
    expect(derived.get("b")).toEqual({ key: "b", value: { vni: 2 }, revision: 4 });
    expect(derived.size).toBe(1);
    ac.abort();
    await runs;
  });
});
