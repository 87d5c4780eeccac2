import { Registry } from "prom-client";
import { describe, expect, it } from "vitest";
import type { NetworkAttachment, Subnet } from "../../../lib/codec.js";
import { MemoryStore } from "../../../lib/store/memory.js";
import { jetnet } from "../../../proto/gen/jetnet.js";
import { IntentApi } from "../../../services/network/api.js";

const pb = jetnet.v1;

describe("IntentApi request deadlines", () => {
  const subnets = new MemoryStore<Subnet>("s");
  const attachments = new MemoryStore<NetworkAttachment>("a");
  const api = new IntentApi({ subnets, attachments, registry: new Registry() });
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
});
