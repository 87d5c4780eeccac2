import { describe, expect, it } from "vitest";
import { Informer } from "../../../lib/informer/informer.js";
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
