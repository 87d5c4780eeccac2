import { describe, expect, it } from "vitest";
import { ErrorCode } from "../../../lib/errors.js";
import { ListCache } from "../../../lib/listcache/cache.js";
import { MemoryStore } from "../../../lib/store/memory.js";
import { deleteObject } from "../../../services/network/api.js";

/** A list source whose cache holds `key` at `revision` (as a cache that saw that write). */
function cachedAt(key: string, revision: number) {
  const cache = new ListCache<Uint8Array>({ windowMs: 1000, maxVersions: 10 });
  cache.put(key, new Uint8Array([1]), revision);
  cache.sync(revision);
  return { cache, latestRevision: async () => revision, labelsOf: () => ({}) };
}

describe("deleteObject (the API's delete)", () => {
  it("deletes at the cached revision when it is current", async () => {
    const store = new MemoryStore<string>("t");
    const rev = await store.create("ns.a", "v1");
    expect(await deleteObject(store, cachedAt("ns.a", rev), "ns.a", 0)).toBe(rev);
    expect(await store.get("ns.a")).toBeUndefined();
  });

  it("with a stale cache still deletes the current object (the compare-and-swap is refused, then the store decides)", async () => {
    const store = new MemoryStore<string>("t");
    const r1 = await store.create("ns.a", "v1");
    const r2 = await store.update("ns.a", "v2", r1);
    expect(await deleteObject(store, cachedAt("ns.a", r1), "ns.a", 0)).toBe(r2);
    expect(await store.get("ns.a")).toBeUndefined();
  });

  it("keeps the client's expected revision and the store's answers", async () => {
    const store = new MemoryStore<string>("t");
    const r1 = await store.create("ns.a", "v1");
    await store.update("ns.a", "v2", r1);
    // The client's revision is the condition, whatever the cache says.
    await expect(deleteObject(store, cachedAt("ns.a", r1 + 1), "ns.a", r1)).rejects.toMatchObject({
      code: ErrorCode.Conflict,
    });
    // Gone, with a cache that still has it: NOT_FOUND as before.
    await store.delete("ns.a");
    await expect(deleteObject(store, cachedAt("ns.a", r1 + 1), "ns.a", 0)).rejects.toMatchObject({
      code: ErrorCode.NotFound,
    });
  });
});
