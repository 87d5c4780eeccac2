import type { NatsConnection } from "@nats-io/nats-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { JetnetClient } from "../../../lib/api/client.js";
import { agentStatusSubject, Bucket } from "../../../lib/api/subjects.js";
import { attachmentCodec, type NetworkAttachment } from "../../../lib/codec.js";
import { ErrorCode } from "../../../lib/errors.js";
import { openStore } from "../../../lib/store/store.js";
import type { Versioned } from "../../../lib/store/types.js";
import { nowUs } from "../../../lib/time.js";
import { jetnet } from "../../../proto/gen/jetnet.js";
import { type NetworkSystem, startNetworkSystem } from "./system.js";

let sys: NetworkSystem;
let nc: NatsConnection;
let client: JetnetClient;

beforeAll(async () => {
  sys = await startNetworkSystem();
  ({ nc, client } = sys);
});
afterAll(async () => {
  await sys?.stop();
});

/** Sends a report as the agent of `node` would; returns the reply's error (null on success). */
async function report(node: string, r: jetnet.v1.IStatusReport): Promise<jetnet.v1.IError | null> {
  const m = await nc.request(agentStatusSubject(node), jetnet.v1.StatusReport.encode(r).finish(), {
    timeout: 5000,
  });
  return jetnet.v1.StatusReportReply.decode(m.data).error ?? null;
}

async function newAttachment(ns: string, name: string, node: string): Promise<Versioned<NetworkAttachment>> {
  return client.attachments(ns).create({
    meta: { name },
    spec: { node, subnet: "s1", postCreateExec: ["/bin/echo", "up"] },
  });
}

const impl = { implemented: true, ifName: "jn0a1b2c3d", mac: "02:01:0a:01:00:05", hostIp: "192.168.50.2" };

describe("status reports from agents", () => {
  it("a report from another node is FORBIDDEN and changes nothing", async () => {
    const a = await newAttachment("st-forbidden", "a1", "node-b");
    const uid = a.value.meta?.uid ?? "";
    const err = await report("node-a", { namespace: "st-forbidden", name: "a1", uid, ...impl });
    expect(err?.code).toBe(ErrorCode.Forbidden);
    expect(err?.message).toContain("node-b");
    // A node whose name merely extends the right one is another node.
    const err2 = await report("node-b.evil", { namespace: "st-forbidden", name: "a1", uid, ...impl });
    expect(err2?.code).toBe(ErrorCode.Forbidden);
    const after = await client.attachments("st-forbidden").get("a1");
    expect(after.revision).toBe(a.revision);
    expect(after.value).toEqual(a.value);
  });

  it("a report from the attachment's node is applied to the impl and exec sections only", async () => {
    const ns = "st-apply";
    const a = await newAttachment(ns, "a1", "node-b");
    const uid = a.value.meta?.uid ?? "";
    // ipam's part of the status, which a report must leave alone.
    const store = await openStore(nc, { bucket: Bucket.Attachments, codec: attachmentCodec });
    const leased = await store.update(
      `${ns}.a1`,
      { ...a.value, status: { ...a.value.status, ip: "10.1.0.5", vni: 7, leaseSeq: 3 } },
      a.revision,
    );

    const before = nowUs();
    expect(await report("node-b", { namespace: ns, name: "a1", uid, ...impl })).toBeNull();
    const applied = await client.attachments(ns).get("a1");
    expect(applied.revision).toBeGreaterThan(leased);
    const s = applied.value.status;
    expect(s?.ifName).toBe(impl.ifName);
    expect(s?.mac).toBe(impl.mac);
    expect(s?.hostIp).toBe(impl.hostIp);
    expect([s?.ip, s?.vni, s?.leaseSeq]).toEqual(["10.1.0.5", 7, 3]);
    expect(s?.postCreateReport).toBeNull();
    const implTime = applied.value.meta?.writeTimesUs?.["status.impl"] ?? 0;
    expect(implTime).toBeGreaterThanOrEqual(before);
    expect(applied.value.meta?.writeTimesUs?.["status.exec"]).toBeUndefined();
    expect(applied.value.meta?.generation).toBe(1);
    expect(applied.value.meta?.writeTimesUs?.spec).toBe(a.value.meta?.writeTimesUs?.spec);
    expect(applied.value.spec).toEqual(a.value.spec);

    const exec = {
      command: ["/bin/echo", "up"],
      exitStatus: 0,
      startTimeUs: before,
      stopTimeUs: before + 1500,
      stdout: "up\n",
      stderr: "",
      timedOut: false,
    };
    expect(
      await report("node-b", { namespace: ns, name: "a1", uid, ...impl, postCreateReport: exec }),
    ).toBeNull();
    const withExec = await client.attachments(ns).get("a1");
    expect(withExec.revision).toBeGreaterThan(applied.revision);
    expect(withExec.value.status?.postCreateReport).toEqual(exec);
    expect(withExec.value.status?.ifName).toBe(impl.ifName);
    expect(withExec.value.meta?.writeTimesUs?.["status.exec"]).toBeGreaterThanOrEqual(implTime);
    // The impl section did not change, so its stamp stays.
    expect(withExec.value.meta?.writeTimesUs?.["status.impl"]).toBe(implTime);

    // The interface is gone: impl is cleared, the exec report and ipam's fields stay.
    expect(await report("node-b", { namespace: ns, name: "a1", uid, implemented: false })).toBeNull();
    const gone = await client.attachments(ns).get("a1");
    expect([gone.value.status?.ifName, gone.value.status?.mac, gone.value.status?.hostIp]).toEqual([
      "",
      "",
      "",
    ]);
    expect(gone.value.status?.postCreateReport).toEqual(exec);
    expect(gone.value.status?.ip).toBe("10.1.0.5");
  });

  it("a wrong uid is CONFLICT, an unknown attachment NOT_FOUND, an identical report a no-op", async () => {
    const ns = "st-checks";
    const a = await newAttachment(ns, "a1", "node-b");
    const uid = a.value.meta?.uid ?? "";

    const stale = await report("node-b", {
      namespace: ns,
      name: "a1",
      uid: "00000000-0000-4000-8000-000000000000",
      ...impl,
    });
    expect(stale?.code).toBe(ErrorCode.Conflict);
    const unchanged = await client.attachments(ns).get("a1");
    expect(unchanged.revision).toBe(a.revision);
    expect(unchanged.value).toEqual(a.value);

    expect((await report("node-b", { namespace: ns, name: "nope", uid, ...impl }))?.code).toBe(
      ErrorCode.NotFound,
    );
    expect((await report("node-b", { namespace: "st-none", name: "a1", uid, ...impl }))?.code).toBe(
      ErrorCode.NotFound,
    );

    const withHostErrors = { namespace: ns, name: "a1", uid, ...impl, hostErrors: ["veth: mtu mismatch"] };
    expect(await report("node-b", withHostErrors)).toBeNull();
    const first = await client.attachments(ns).get("a1");
    expect(first.value.status?.hostErrors).toEqual(["veth: mtu mismatch"]);
    expect(await report("node-b", withHostErrors)).toBeNull();
    const second = await client.attachments(ns).get("a1");
    expect(second.revision).toBe(first.revision);
    expect(second.value).toEqual(first.value);
  });

  it("a report for a deleted and re-created attachment's old uid is CONFLICT", async () => {
    const ns = "st-recreate";
    const old = await newAttachment(ns, "a1", "node-b");
    await client.attachments(ns).delete("a1", old.revision);
    const fresh = await newAttachment(ns, "a1", "node-b");
    const err = await report("node-b", {
      namespace: ns,
      name: "a1",
      uid: old.value.meta?.uid ?? "",
      ...impl,
    });
    expect(err?.code).toBe(ErrorCode.Conflict);
    expect((await client.attachments(ns).get("a1")).revision).toBe(fresh.revision);
  });

  it("dotted node names work", async () => {
    const ns = "st-dotted";
    const node = "worker-1.example.com";
    const a = await newAttachment(ns, "a1", node);
    const uid = a.value.meta?.uid ?? "";
    expect((await report("worker-1", { namespace: ns, name: "a1", uid, ...impl }))?.code).toBe(
      ErrorCode.Forbidden,
    );
    expect(await report(node, { namespace: ns, name: "a1", uid, ...impl })).toBeNull();
    const got = await client.attachments(ns).get("a1");
    expect(got.value.status?.hostIp).toBe(impl.hostIp);
    expect(got.value.meta?.writeTimesUs?.["status.impl"]).toBeGreaterThan(0);
  });

  it("malformed reports are INVALID with the field", async () => {
    const ns = "st-invalid";
    const a = await newAttachment(ns, "a1", "node-b");
    const uid = a.value.meta?.uid ?? "";
    const cases: [string, Uint8Array, string][] = [
      [
        "Bad_Node",
        jetnet.v1.StatusReport.encode({ namespace: ns, name: "a1", uid }).finish(),
        "subject.node",
      ],
      ["node-b", jetnet.v1.StatusReport.encode({ name: "a1", uid }).finish(), "namespace"],
      ["node-b", jetnet.v1.StatusReport.encode({ namespace: ns, name: "A1", uid }).finish(), "name"],
      // namespace (field 1) whose length is cut off: the field, not "", is at fault.
      ["node-b", new Uint8Array([0x0a, 0xff, 0xff, 0xff]), "namespace"],
      ["node-b", new Uint8Array([0x00]), "body"],
    ];
    for (const [node, body, field] of cases) {
      const m = await nc.request(agentStatusSubject(node), body, { timeout: 5000 });
      const err = jetnet.v1.StatusReportReply.decode(m.data).error;
      expect({ node, code: err?.code, field: err?.field }).toEqual({ node, code: ErrorCode.Invalid, field });
    }
    const m = await nc.request("jetnet.agent.node-b.frobnicate", new Uint8Array(), { timeout: 5000 });
    expect(jetnet.v1.StatusReportReply.decode(m.data).error).toMatchObject({
      code: ErrorCode.Invalid,
      field: "subject",
    });
    expect((await client.attachments(ns).get("a1")).revision).toBe(a.revision);
  });
  it("a report and a delete read nothing back through the JetStream API when the list cache is current", async () => {
    const ns = "st-noread";
    const a = await newAttachment(ns, "a1", "node-b");
    const uid = a.value.meta?.uid ?? "";
    // A list is served once the cache has applied the bucket's latest revision.
    expect((await client.attachments(ns).list()).items.map((i) => i.key)).toEqual([`${ns}.a1`]);
    const reads: string[] = [];
    const tap = nc.subscribe("$JS.API.STREAM.MSG.GET.KV_jetnet-attachments", {
      callback: (_err, m) => {
        const body = new TextDecoder().decode(m.data);
        if (body.includes(`${ns}.a1`)) reads.push(body);
      },
    });
    await nc.flush();
    expect(await report("node-b", { namespace: ns, name: "a1", uid, ...impl })).toBeNull();
    await client.attachments(ns).delete("a1");
    await nc.flush();
    tap.unsubscribe();
    expect(reads).toEqual([]);
    await expect(client.attachments(ns).get("a1")).rejects.toMatchObject({ code: ErrorCode.NotFound });
  });
});
