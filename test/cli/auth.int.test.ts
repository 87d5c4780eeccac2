import { readFile } from "node:fs/promises";
import { jetstream, jetstreamManager } from "@nats-io/jetstream";
import { Kvm } from "@nats-io/kv";
import { headers, type NatsConnection } from "@nats-io/nats-core";
import { connect } from "@nats-io/transport-node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inboxPrefixEnv } from "../../cli/auth/gen.js";
import { agentUser, inboxPrefix, tenantUser } from "../../cli/auth/permissions.js";
import { openNetworkStores } from "../../lib/api/buckets.js";
import { JetnetClient } from "../../lib/api/client.js";
import { decodeFeedBatch } from "../../lib/api/feed-batch.js";
import {
  agentStatusSubject,
  apiSubject,
  Bucket,
  feedSubject,
  Kind,
  Projection,
  Verb,
} from "../../lib/api/subjects.js";
import { reportAgainSubject, snapshotSubject } from "../../lib/api/views.js";
import { subnetCodec } from "../../lib/codec.js";
import { jetnet } from "../../proto/gen/jetnet.js";
import {
  type AuthSystem,
  collect,
  quickMs,
  serverState,
  startAuthSystem,
  subscribeOutcome,
  until,
} from "./auth-system.js";

const pb = jetnet.v1;

let sys: AuthSystem;
let admin: JetnetClient;

beforeAll(async () => {
  // Shared inboxes here, so plain clients work; the private-inbox describe below covers the default.
  sys = await startAuthSystem({ nodes: ["n1", "n2"], namespaces: ["t1", "t2"], privateInboxes: false });
  admin = new JetnetClient(sys.svc);
}, 30_000);

afterAll(async () => {
  await sys?.stop();
});

it("refuses a wrong password", async () => {
  await expect(
    connect({ servers: sys.nats.url, user: tenantUser("t1"), pass: "wrong", reconnect: false }),
  ).rejects.toThrow(/Authorization/i);
});

const validated = (c: JetnetClient, ns: string, name: string) =>
  until(`${ns}/${name} validated`, async () =>
    (await c.subnets(ns).get(name)).value.status?.validated ? true : undefined,
  );

const subnet = (name: string, vni: number) => ({
  meta: { name },
  spec: { vni, cidr: `10.${vni % 250}.0.0/24` },
});

describe("tenant", () => {
  let t1: NatsConnection;
  let client: JetnetClient;

  beforeAll(async () => {
    t1 = await sys.connectAs(tenantUser("t1"));
    client = new JetnetClient(t1, { timeoutMs: quickMs });
    await admin.subnets("t2").create(subnet("theirs", 20));
    await admin.subnets("t1").create(subnet("base", 11));
    // The validator's own writes would move the buckets under the "nothing changed" checks.
    await validated(admin, "t2", "theirs");
    await validated(admin, "t1", "base");
  });

  it("creates, gets, lists and watches in its namespace", async () => {
    const created = await client.subnets("t1").create(subnet("s1", 10));
    expect((await client.subnets("t1").get("s1")).revision).toBeGreaterThanOrEqual(created.revision);
    expect((await client.subnets("t1").list()).items.map((i) => i.key).sort()).toEqual(["t1.base", "t1.s1"]);
    const w = await client.subnets("t1").watch();
    const events = await collect(w, (es) => es.some((e) => e.type === "synced"), 5_000);
    expect(
      events
        .filter((e) => e.type === "put")
        .map((e) => e.key)
        .sort(),
    ).toEqual(["t1.base", "t1.s1"]);
    expect(events.at(-1)?.type).toBe("synced");
    await validated(admin, "t1", "s1");
  });

  it("cannot create, read or watch in another namespace", async () => {
    await expect(client.subnets("t2").create(subnet("intruder", 30))).rejects.toThrow(
      /Permissions Violation/,
    );
    await expect(client.subnets("t2").get("theirs")).rejects.toThrow(/Permissions Violation/);
    await expect(admin.subnets("t2").get("intruder")).rejects.toMatchObject({ code: "NOT_FOUND" });
    const w = await client.subnets("t2").watch();
    await expect(collect(w, () => false, quickMs)).rejects.toThrow(/Permissions Violation/);
    expect(await subscribeOutcome(t1, feedSubject(Bucket.Subnets, "t2.>"))).toMatch(/Permissions Violation/);
  });

  it("cannot batch into another namespace, by subject or by an op naming it", async () => {
    const createIn = (ns: string, name: string, vni: number) =>
      pb.BatchRequest.encode({
        ops: [
          {
            verb: Verb.Create,
            body: pb.CreateSubnetRequest.encode({
              subnet: { meta: { name, namespace: ns }, spec: { vni, cidr: "10.9.0.0/24" } },
            }).finish(),
          },
        ],
      }).finish();
    await expect(
      t1.request(apiSubject("t2", Kind.Subnets, Verb.Batch), createIn("t2", "b1", 31), { timeout: quickMs }),
    ).rejects.toThrow(/Permissions Violation/);
    // Its own namespace's subject, an op whose object names t2: that op is refused, nothing stored.
    const m = await t1.request(apiSubject("t1", Kind.Subnets, Verb.Batch), createIn("t2", "b2", 32), {
      timeout: quickMs,
    });
    const [reply] = pb.BatchReply.decode(m.data).replies;
    expect(pb.SubnetReply.decode(reply!).error?.code).toBe("INVALID");
    for (const ns of ["t1", "t2"])
      for (const name of ["b1", "b2"])
        await expect(admin.subnets(ns).get(name)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("cannot write, delete or purge a bucket directly, and nothing changes", async () => {
    const before = await serverState(sys.svc);
    const js = jetstream(t1, { timeout: quickMs });
    const bytes = subnetCodec.encode(subnet("direct", 40));
    await expect(js.publish("$KV.jetnet-subnets.t1.direct", bytes)).rejects.toThrow(/Permissions Violation/);
    const kv = await new Kvm(js).open(Bucket.Subnets);
    await expect(kv.put("t1.direct", bytes)).rejects.toThrow(/Permissions Violation/);
    await expect(kv.delete("t1.base")).rejects.toThrow(/Permissions Violation/);
    // Fire-and-forget publishes too, with a delete marker and a purge marker.
    t1.publish("$KV.jetnet-subnets.t1.direct", bytes);
    const del = headers();
    del.set("KV-Operation", "DEL");
    t1.publish("$KV.jetnet-subnets.t1.base", new Uint8Array(), { headers: del });
    await t1.flush();
    const jsm = await jetstreamManager(t1, { timeout: quickMs, checkAPI: false });
    await expect(jsm.streams.purge("KV_jetnet-subnets")).rejects.toThrow(/Permissions Violation/);
    await expect(jsm.streams.deleteMessage("KV_jetnet-subnets", 1)).rejects.toThrow(/Permissions Violation/);
    await expect(jsm.streams.delete("KV_jetnet-subnets")).rejects.toThrow(/Permissions Violation/);
    await expect(
      jsm.streams.update("KV_jetnet-subnets", { deny_delete: false, max_msgs_per_subject: 0 }),
    ).rejects.toThrow(/Permissions Violation/);

    expect(await serverState(sys.svc)).toEqual(before);
    expect((await admin.subnets("t1").get("base")).value.meta?.name).toBe("base");
    await expect(admin.subnets("t1").get("direct")).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("agent", () => {
  const vni = 12;
  let n1: NatsConnection;
  const uid: Record<string, string> = {};

  /** An attachment on `node` with an address, as ipam would leave it; mapping projects it. */
  async function leased(name: string, node: string, ip: string): Promise<void> {
    const a = await admin.attachments("t1").create({ meta: { name }, spec: { node, subnet: "agents" } });
    uid[name] = a.value.meta?.uid ?? "";
    const { attachments } = await openNetworkStores(sys.svc);
    await attachments.update(
      `t1.${name}`,
      { ...a.value, status: { ip, vni, mac: "02:00:00:00:00:01" } },
      a.revision,
    );
  }

  const report = (node: string, name: string) =>
    n1.request(
      agentStatusSubject(node),
      pb.StatusReport.encode({
        namespace: "t1",
        name,
        uid: uid[name],
        implemented: true,
        ifName: "jn-test",
        mac: "02:00:00:00:00:01",
        hostIp: "192.168.0.1",
      }).finish(),
      { timeout: quickMs },
    );

  beforeAll(async () => {
    n1 = await sys.connectAs(agentUser("n1"));
    await admin.subnets("t1").create(subnet("agents", vni));
    await validated(admin, "t1", "agents");
    await leased("a1", "n1", "10.12.0.5");
    await leased("a2", "n2", "10.12.0.6");
    // The mapping service holds both node views (it serves them from memory).
    const keysOf = async (view: string) =>
      pb.SnapshotReply.decode(
        (
          await sys.svc.request(snapshotSubject(view), pb.SnapshotRequest.encode({}).finish(), {
            timeout: quickMs,
          })
        ).data,
      ).entries.map((e) => e.key);
    await until("node projections", async () =>
      (await keysOf("node.n1")).includes("n1.t1.a1") && (await keysOf("node.n2")).includes("n2.t1.a2")
        ? true
        : undefined,
    );
  });

  it("follows its node view and any VNI on the feeds, and reports status for its node", async () => {
    const live: string[] = [];
    for (const subject of [feedSubject(Projection.Node, "n1.>"), feedSubject(Projection.Map, `${vni}.>`)]) {
      n1.subscribe(subject, {
        callback: (_e, m) => {
          live.push(m.subject);
          // A VNI's feed carries batches only: the subjects its entries would have alone.
          if (m.subject.endsWith("._batch"))
            for (const e of decodeFeedBatch(m.data)) live.push(feedSubject(Projection.Map, e.key));
        },
      });
    }
    await n1.flush();

    const snap = await n1.request(
      snapshotSubject("node.n1"),
      pb.SnapshotRequest.encode({ view: "node.n1" }).finish(),
      { timeout: quickMs },
    );
    expect(pb.SnapshotReply.decode(snap.data).entries.map((e) => e.key)).toEqual(["n1.t1.a1"]);

    const reply = pb.StatusReportReply.decode((await report("n1", "a1")).data);
    expect(reply.error ?? null).toBeNull();
    expect((await admin.attachments("t1").get("a1")).value.status?.ifName).toBe("jn-test");
    // Implemented: mapping publishes the remote mapping, which the VNI's feed brings live.
    await until("live mapping", async () =>
      live.includes(feedSubject(Projection.Map, `${vni}.t1.a1`)) ? true : undefined,
    );
    const map = await n1.request(snapshotSubject(`map.${vni}`), pb.SnapshotRequest.encode({}).finish(), {
      timeout: quickMs,
    });
    expect(pb.SnapshotReply.decode(map.data).entries.map((e) => e.key)).toEqual([`${vni}.t1.a1`]);
  });

  it("cannot send the API a batch (or any write)", async () => {
    const body = pb.BatchRequest.encode({
      ops: [{ verb: Verb.Delete, body: pb.DeleteRequest.encode({ name: "a1" }).finish() }],
    }).finish();
    await expect(
      n1.request(apiSubject("t1", Kind.Attachments, Verb.Batch), body, { timeout: quickMs }),
    ).rejects.toThrow(/Permissions Violation/);
    expect((await admin.attachments("t1").get("a1")).value.meta?.name).toBe("a1");
  });

  it("cannot report for another node, and the attachment stays as it was", async () => {
    const before = await admin.attachments("t1").get("a2");
    await expect(report("n2", "a2")).rejects.toThrow(/Permissions Violation/);
    expect(await admin.attachments("t1").get("a2")).toEqual(before);
  });

  it("cannot follow another node's view", async () => {
    for (const subject of [
      feedSubject(Projection.Node, "n2.>"),
      feedSubject(Projection.Node, ">"),
      feedSubject(Projection.Node, "*.t1.a2"),
      // The reports the mapping service asks n2 for name n2's attachments.
      reportAgainSubject("n2"),
      "$KV.jetnet-node.n1.>",
    ]) {
      expect(await subscribeOutcome(n1, subject), subject).toMatch(/Permissions Violation/);
    }
    await expect(
      n1.request(snapshotSubject("node.n2"), pb.SnapshotRequest.encode({}).finish(), { timeout: quickMs }),
    ).rejects.toThrow(/Permissions Violation/);
    await expect(
      n1.request("$JS.API.DIRECT.GET.KV_jetnet-node.$KV.jetnet-node.n2.t1.a2", "", { timeout: quickMs }),
    ).rejects.toThrow(/Permissions Violation/);
  });

  it("cannot write, delete or purge any bucket, and nothing changes", async () => {
    await new Promise((r) => setTimeout(r, 300)); // let the projections of earlier tests settle
    const before = await serverState(sys.svc);
    const js = jetstream(n1, { timeout: quickMs });
    const jsm = await jetstreamManager(n1, { timeout: quickMs, checkAPI: false });
    for (const b of Object.values(Bucket)) {
      await expect(js.publish(`$KV.${b}.n1.t1.a1`, new Uint8Array([1])), b).rejects.toThrow(
        /Permissions Violation/,
      );
      await expect(jsm.streams.purge(`KV_${b}`), b).rejects.toThrow(/Permissions Violation/);
      await expect(jsm.streams.deleteMessage(`KV_${b}`, 1), b).rejects.toThrow(/Permissions Violation/);
    }
    n1.publish("$KV.jetnet-map.12.t1.a1", new Uint8Array([1]));
    await n1.flush();
    expect(await serverState(sys.svc)).toEqual(before);
  });
});

describe("private inboxes (the default; --shared-inboxes turns them off)", () => {
  let priv: AuthSystem;

  beforeAll(async () => {
    priv = await startAuthSystem({ nodes: [], namespaces: ["t1", "t2"], privateInboxes: true });
    await new JetnetClient(priv.svc).subnets("t1").create(subnet("mine", 5));
  }, 30_000);
  afterAll(async () => {
    await priv?.stop();
  });

  it("a tenant reads its replies and watches under its own prefix, and nobody else's", async () => {
    const env = await readFileOf(priv, "tenant-t1");
    expect(env).toContain(`${inboxPrefixEnv}=${inboxPrefix("tenant-t1")}\n`);
    const t1 = await priv.connectAs(tenantUser("t1"), { inboxPrefix: inboxPrefix("tenant-t1") });
    const w = await new JetnetClient(t1).subnets("t1").watch();
    const events = await collect(w, (es) => es.some((e) => e.type === "synced"), 5_000);
    expect(events.map((e) => e.type)).toEqual(["put", "synced"]);

    expect(await subscribeOutcome(t1, "_INBOX.>")).toMatch(/Permissions Violation/);
    expect(await subscribeOutcome(t1, `${inboxPrefix("tenant-t2")}.>`)).toMatch(/Permissions Violation/);
    // A client without the prefix cannot even receive its own replies.
    const plain = await priv.connectAs(tenantUser("t1"));
    await expect(new JetnetClient(plain, { timeoutMs: quickMs }).subnets("t1").list()).rejects.toThrow(
      /Permissions Violation/,
    );
  });
});

function readFileOf(s: AuthSystem, user: string): Promise<string> {
  return readFile(s.files.clientFiles.get(user) ?? "", "utf8");
}
