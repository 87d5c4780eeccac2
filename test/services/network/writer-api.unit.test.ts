import { Registry } from "prom-client";
import { describe, expect, it } from "vitest";
import type { NetworkAttachment, Subnet } from "../../../lib/codec.js";
import { ErrorCode } from "../../../lib/errors.js";
import { ListCache } from "../../../lib/listcache/cache.js";
import { MemoryStore } from "../../../lib/store/memory.js";
import { jetnet } from "../../../proto/gen/jetnet.js";
import { deleteObject, IntentApi } from "../../../services/network/api.js";

const pb = jetnet.v1;

// The intent API of a writer replica (`jetnet network --role writer`): no attachments cache.

function subnetLists() {
  const cache = new ListCache<Uint8Array>({ windowMs: 1000, maxVersions: 10 });
  cache.sync(0);
  return { cache, latestRevision: async () => 0, labelsOf: () => ({}) };
}

describe("the intent API without an attachments cache", () => {
  const subnets = new MemoryStore<Subnet>("s");
  const attachments = new MemoryStore<NetworkAttachment>("a");
  const api = new IntentApi({
    subnets,
    attachments,
    registry: new Registry(),
    lists: { subnets: subnetLists(), attachments: undefined },
    maxReplyBytes: () => 1 << 20,
  });

  it("refuses an attachment list as UNAVAILABLE, naming who serves it, and still lists subnets", async () => {
    const r = await api.handle("jetnet.api.v1.t.attachments.list", pb.ListRequest.encode({}).finish());
    expect(r.code).toBe("UNAVAILABLE");
    expect(pb.AttachmentListReply.decode(r.reply).error?.message).toMatch(
      /writer.*full replica serves lists/,
    );
    const s = await api.handle("jetnet.api.v1.t.subnets.list", pb.ListRequest.encode({}).finish());
    expect(s.code).toBe("OK");
  });

  it("creates, updates and deletes attachments by key", async () => {
    const create = pb.CreateAttachmentRequest.encode({
      attachment: { meta: { name: "a1" }, spec: { node: "n1", subnet: "s1" } },
    }).finish();
    expect((await api.handle("jetnet.api.v1.t.attachments.create", create)).code).toBe("OK");
    const del = pb.DeleteRequest.encode({ name: "a1" }).finish();
    expect((await api.handle("jetnet.api.v1.t.attachments.delete", del)).code).toBe("OK");
    expect(await attachments.get("t.a1")).toBeUndefined();
    // Gone: NOT_FOUND, as with a cache.
    expect((await api.handle("jetnet.api.v1.t.attachments.delete", del)).code).toBe("NOT_FOUND");
  });

  it("deleteObject without a cache reads the key and deletes at its revision", async () => {
    const store = new MemoryStore<string>("t");
    const r1 = await store.create("ns.a", "v1");
    const r2 = await store.update("ns.a", "v2", r1);
    expect(await deleteObject(store, undefined, "ns.a", 0)).toBe(r2);
    await expect(deleteObject(store, undefined, "ns.a", 0)).rejects.toMatchObject({
      code: ErrorCode.NotFound,
    });
  });
});
