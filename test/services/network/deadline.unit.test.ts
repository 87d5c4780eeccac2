import { Registry } from "prom-client";
import { describe, expect, it } from "vitest";
import type { NetworkAttachment, Subnet } from "../../../lib/codec.js";
import { ListCache } from "../../../lib/listcache/cache.js";
import { MemoryStore } from "../../../lib/store/memory.js";
import { jetnet } from "../../../proto/gen/jetnet.js";
import { IntentApi } from "../../../services/network/api.js";

const pb = jetnet.v1;

/** Lists are not under test here: empty caches. */
function noLists() {
  const source = () => {
    const cache = new ListCache<Uint8Array>({ windowMs: 1000, maxVersions: 10 });
    cache.sync(0);
    return { cache, latestRevision: async () => 0, labelsOf: () => ({}) };
  };
  return {
    lists: { subnets: source(), attachments: source() },
    maxReplyBytes: () => 1 << 20,
  };
}

describe("IntentApi request deadlines", () => {
  const subnets = new MemoryStore<Subnet>("s");
  const attachments = new MemoryStore<NetworkAttachment>("a");
  const api = new IntentApi({ subnets, attachments, registry: new Registry(), ...noLists() });
  const body = pb.CreateSubnetRequest.encode({
    subnet: { meta: { name: "x" }, spec: { vni: 5, cidr: "10.0.0.0/24" } },
  }).finish();

  it("does not start a request whose client has stopped waiting, and writes nothing", async () => {
    const r = await api.handle("jetnet.api.v1.t.subnets.create", body, Date.now() - 1);
    expect(r.code).toBe("UNAVAILABLE");
    expect(pb.SubnetReply.decode(r.reply).error?.message).toMatch(/expired/);
    expect((await subnets.list()).items).toEqual([]);
  });

  it("serves a request within its deadline", async () => {
    const r = await api.handle("jetnet.api.v1.t.subnets.create", body, Date.now() + 5_000);
    expect(r.code).toBe("OK");
    expect((await subnets.list()).items.map((i) => i.key)).toEqual(["t.x"]);
  });
  it("does not write when the deadline passes while the request is served", async () => {
    // A store whose reads take 50 ms: the update's read of the current object outlives the deadline.
    class SlowReads<T> extends MemoryStore<T> {
      override async get(key: string) {
        await new Promise((r) => setTimeout(r, 50));
        return super.get(key);
      }
    }
    const slow = new SlowReads<Subnet>("slow");
    const slowApi = new IntentApi({ subnets: slow, attachments, registry: new Registry(), ...noLists() });
    const created = await slow.create("t.y", {
      meta: { namespace: "t", name: "y" },
      spec: { vni: 6, cidr: "10.1.0.0/24" },
    });
    const update = pb.UpdateSubnetRequest.encode({
      subnet: { meta: { name: "y", labels: { a: "b" } }, spec: { vni: 6, cidr: "10.1.0.0/24" } },
      expectedRevision: created,
    }).finish();
    const r = await slowApi.handle("jetnet.api.v1.t.subnets.update", update, Date.now() + 20);
    expect(r.code).toBe("UNAVAILABLE");
    expect(pb.SubnetReply.decode(r.reply).error?.message).toMatch(/expired before the service could write/);
    expect((await slow.get("t.y"))?.revision).toBe(created);
    // With time to spare the same update goes through.
    const ok = await slowApi.handle("jetnet.api.v1.t.subnets.update", update, Date.now() + 5_000);
    expect(ok.code).toBe("OK");
  });
});
