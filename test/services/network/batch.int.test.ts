import type { NatsConnection } from "@nats-io/nats-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { JetnetClient } from "../../../lib/api/client.js";
import { apiSubject, Kind, Verb } from "../../../lib/api/subjects.js";
import { ErrorCode } from "../../../lib/errors.js";
import { jetnet } from "../../../proto/gen/jetnet.js";
import { maxBatchOps } from "../../../services/network/api.js";
import { type NetworkSystem, startNetworkSystem } from "./system.js";

const pb = jetnet.v1;

let sys: NetworkSystem;
let nc: NatsConnection;
let client: JetnetClient;

beforeAll(async () => {
  sys = await startNetworkSystem({ resyncMs: 1000 });
  ({ nc, client } = sys);
});
afterAll(async () => {
  await sys?.stop();
});

const create = (name: string, vni: number, cidr: string) => ({
  verb: Verb.Create,
  body: pb.CreateSubnetRequest.encode({ subnet: { meta: { name }, spec: { vni, cidr } } }).finish(),
});
const remove = (name: string) => ({ verb: Verb.Delete, body: pb.DeleteRequest.encode({ name }).finish() });

/** Sends a batch of subnet writes in `ns`; the batch's own error, or each op's outcome. */
async function batch(ns: string, ops: jetnet.v1.IBatchOp[]) {
  const m = await nc.request(
    apiSubject(ns, Kind.Subnets, Verb.Batch),
    pb.BatchRequest.encode({ ops }).finish(),
    {
      timeout: 10_000,
    },
  );
  const r = pb.BatchReply.decode(m.data);
  return {
    error: r.error?.code ? { code: r.error.code, field: r.error.field } : undefined,
    ops: (r.replies ?? []).map((bytes, i) => {
      if (ops[i]?.verb === Verb.Delete) {
        const d = pb.DeleteReply.decode(bytes);
        return d.error?.code ? d.error.code : `deleted@${d.revision}`;
      }
      const s = pb.SubnetReply.decode(bytes);
      return s.error?.code ? s.error.code : `created ${s.subnet?.subnet?.meta?.name}@${s.subnet?.revision}`;
    }),
  };
}

describe("batched writes", () => {
  it("answers each op as its own request would, a failing op beside succeeding ones", async () => {
    const r = await batch("batch-a", [
      create("s1", 501, "10.51.0.0/24"),
      create("s2", 502, "10.52.0.0/33"),
      remove("missing"),
      create("s3", 503, "10.53.0.0/24"),
    ]);
    expect(r.error).toBeUndefined();
    expect(r.ops).toEqual([
      expect.stringMatching(/^created s1@\d+$/),
      ErrorCode.Invalid,
      ErrorCode.NotFound,
      expect.stringMatching(/^created s3@\d+$/),
    ]);
    expect((await client.subnets("batch-a").list()).items.map((i) => i.value.meta?.name).sort()).toEqual([
      "s1",
      "s3",
    ]);
  });

  it("runs the ops on one object one after the other, in the order given", async () => {
    const r = await batch("batch-b", [
      create("x", 511, "10.61.0.0/24"),
      remove("x"),
      create("x", 511, "10.61.0.0/24"),
      create("y", 512, "10.62.0.0/24"),
    ]);
    expect(r.ops).toEqual([
      expect.stringMatching(/^created x@\d+$/),
      expect.stringMatching(/^deleted@\d+$/),
      expect.stringMatching(/^created x@\d+$/),
      expect.stringMatching(/^created y@\d+$/),
    ]);
    const [first, , again] = r.ops.map((o) => Number(o.slice(o.indexOf("@") + 1)));
    expect(again).toBeGreaterThan(first!);
    expect((await client.subnets("batch-b").get("x")).revision).toBe(again);
  });

  it("refuses a malformed batch whole, before any op runs", async () => {
    const r = await batch("batch-c", [
      create("z", 521, "10.71.0.0/24"),
      { verb: Verb.Get, body: pb.GetRequest.encode({ name: "z" }).finish() },
    ]);
    expect(r).toEqual({ error: { code: ErrorCode.Invalid, field: "ops[1].verb" }, ops: [] });
    expect(await batch("batch-c", [])).toEqual({ error: { code: ErrorCode.Invalid, field: "ops" }, ops: [] });
    const many = Array.from({ length: maxBatchOps + 1 }, (_, i) => remove(`m${i}`));
    expect((await batch("batch-c", many)).error).toEqual({ code: ErrorCode.Invalid, field: "ops" });
    expect((await client.subnets("batch-c").list()).items).toEqual([]);
  });
});
