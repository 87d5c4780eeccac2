import { setMaxListeners } from "node:events";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { jetstream, jetstreamManager } from "@nats-io/jetstream";
import { Kvm } from "@nats-io/kv";
import { headers, type NatsConnection } from "@nats-io/nats-core";
import { connect } from "@nats-io/transport-node";
import { pino } from "pino";
import { Registry } from "prom-client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type AuthFiles, inboxPrefixEnv, writeAuthFiles } from "../../cli/auth/gen.js";
import { agentUser, inboxPrefix, serviceUser, tenantUser } from "../../cli/auth/permissions.js";
import { JetnetClient } from "../../lib/api/client.js";
import { agentStatusSubject, Bucket } from "../../lib/api/subjects.js";
import { snapshotSubject } from "../../lib/api/views.js";
import {
  attachmentCodec,
  mappingCodec,
  type NetworkAttachment,
  nodeWorkCodec,
  subnetCodec,
} from "../../lib/codec.js";
import { openStore } from "../../lib/store/store.js";
import type { WatchEvent } from "../../lib/store/types.js";
import { jetnet } from "../../proto/gen/jetnet.js";
import { runMapping } from "../../services/mapping/service.js";
import { openNetworkStores, runNetwork } from "../../services/network/service.js";
import { type NatsServer, startNats } from "../harness/index.js";

const pb = jetnet.v1;
/** Short: a forbidden request fails at once (permission error) or not at all. */
const quickMs = 1_500;

let dir: string;
let files: AuthFiles;
let nats: NatsServer;
let svc: NatsConnection;
const conns: NatsConnection[] = [];
const stop = new AbortController();
setMaxListeners(50, stop.signal);
const running: Promise<void>[] = [];

async function connectAs(user: string): Promise<NatsConnection> {
  const c = files.credentials.find((x) => x.user === user);
  if (!c) throw new Error(`no identity ${user}`);
  const nc = await connect({ servers: nats.url, user, pass: c.password, reconnect: false });
  conns.push(nc);
  return nc;
}

async function waitForJetStream(nc: NatsConnection): Promise<void> {
  const jsm = await jetstreamManager(nc, { checkAPI: false, timeout: 1_000 });
  for (let i = 0; ; i++) {
    try {
      await jsm.getAccountInfo();
      return;
    } catch (err) {
      if (i > 50) throw err;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

function startService(run: (o: { onReady: () => void }) => Promise<void>): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const p = run({ onReady: resolve });
    running.push(p);
    p.catch(reject);
  });
}

/** The service's view of the attachments bucket: the ground truth of "nothing changed". */
const serviceAttachments = () =>
  openStore<NetworkAttachment>(svc, { bucket: Bucket.Attachments, codec: attachmentCodec, bindOnly: true });

/** Stream sequence numbers of every bucket: any write (put, delete, purge marker) moves one. */
async function bucketSeqs(): Promise<Record<string, [number, number]>> {
  const jsm = await jetstreamManager(svc);
  const out: Record<string, [number, number]> = {};
  for (const b of Object.values(Bucket)) {
    const si = await jsm.streams.info(`KV_${b}`);
    out[b] = [si.state.first_seq, si.state.last_seq];
  }
  return out;
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "jetnet-auth-"));
  files = await writeAuthFiles(join(dir, "auth"), {
    nodes: ["n1", "n2"],
    namespaces: ["t1", "t2"],
    storeDir: join(dir, "jetstream"),
    // Shared inboxes here, so plain clients work; the private-inbox describe below covers the default.
    privateInboxes: false,
  });
  // The generated file as it is; the harness adds only listen and monitor addresses. Its own
  // JetStream block and unauthenticated readiness probe are off: the file has both parts.
  nats = await startNats({ config: await readFile(files.serverConfig, "utf8"), jetstream: false });
  svc = await connectAs(serviceUser);
  await waitForJetStream(svc);
  const common = {
    nc: svc,
    registry: new Registry(),
    logger: pino({ level: "silent" }),
    signal: stop.signal,
  };
  await startService((o) => runNetwork({ ...common, ...o }));
  await startService((o) => runMapping({ ...common, registry: new Registry(), ...o }));
}, 30_000);

afterAll(async () => {
  stop.abort();
  await Promise.allSettled(running);
  await Promise.allSettled(conns.map((c) => c.close()));
  await nats?.stop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

it("refuses a wrong password", async () => {
  await expect(
    connect({ servers: nats.url, user: tenantUser("t1"), pass: "wrong", reconnect: false }),
  ).rejects.toThrow(/Authorization/i);
});

async function until<T>(what: string, probe: () => Promise<T | undefined>, ms = 10_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const v = await probe().catch(() => undefined);
    if (v !== undefined) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Collects a watch's events until `done` holds or `ms` pass. */
async function collect<T>(
  w: AsyncIterable<WatchEvent<T>> & { stop(): void },
  done: (events: WatchEvent<T>[]) => boolean,
  ms: number,
): Promise<WatchEvent<T>[]> {
  const events: WatchEvent<T>[] = [];
  const timer = setTimeout(() => w.stop(), ms);
  try {
    for await (const e of w) {
      events.push(e);
      if (done(events)) break;
    }
  } finally {
    clearTimeout(timer);
    w.stop();
  }
  return events;
}

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
  let admin: JetnetClient;

  beforeAll(async () => {
    t1 = await connectAs(tenantUser("t1"));
    client = new JetnetClient(t1, { timeoutMs: quickMs });
    admin = new JetnetClient(svc);
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

  it("watches a namespace too big for one flow-control window", async () => {
    const store = await serviceAttachments();
    const label = "x".repeat(100_000);
    for (let i = 0; i < 60; i++) {
      await store.put(`t1.big-${i}`, {
        meta: { namespace: "t1", name: `big-${i}`, labels: { pad: label } },
        spec: { node: "nowhere", subnet: "none" },
      });
    }
    await new Promise((r) => setTimeout(r, 300));
    // Flow-control replies the tenant's consumer sends (the service sees every `$JS.FC` publish).
    let fc = 0;
    const sniff = svc.subscribe("$JS.FC.KV_jetnet-attachments.>", {
      callback: () => {
        fc++;
      },
    });
    await svc.flush();
    const w = await client.attachments("t1").watch();
    const events = await collect(w, (es) => es.some((e) => e.type === "synced"), 10_000);
    sniff.unsubscribe();
    expect(events.filter((e) => e.type === "put")).toHaveLength(60);
    expect(events.at(-1)?.type).toBe("synced");
    expect(fc).toBeGreaterThan(0);
    for (let i = 0; i < 60; i++) await store.delete(`t1.big-${i}`);
  });

  it("cannot create or read in another namespace", async () => {
    await expect(client.subnets("t2").create(subnet("intruder", 30))).rejects.toThrow(
      /Permissions Violation/,
    );
    await expect(client.subnets("t2").get("theirs")).rejects.toThrow(/Permissions Violation/);
    await expect(admin.subnets("t2").get("intruder")).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("cannot watch another namespace, nor smuggle its filter past the subject", async () => {
    const w = await client.subnets("t2").watch();
    expect(await collect(w, () => true, quickMs)).toEqual([]);

    const js = jetstream(t1, { timeout: quickMs });
    // The SDK's own path (filter in the subject) for t2: denied by subject.
    await expect(
      js.consumers.getPushConsumer("KV_jetnet-subnets", { filter_subjects: "$KV.jetnet-subnets.t2.>" }),
    ).rejects.toThrow(/Permissions Violation/);
    // A t1 subject with a t2 filter in the body: the server refuses the mismatch.
    const smuggled = await t1.request(
      "$JS.API.CONSUMER.CREATE.KV_jetnet-subnets.sneaky.$KV.jetnet-subnets.t1.>",
      JSON.stringify({
        stream_name: "KV_jetnet-subnets",
        config: {
          name: "sneaky",
          filter_subject: "$KV.jetnet-subnets.t2.>",
          deliver_subject: "_INBOX.sneaky",
          ack_policy: "none",
        },
      }),
      { timeout: quickMs },
    );
    const refused = JSON.parse(new TextDecoder().decode(smuggled.data));
    // 10131: "consumer create request did not match filtered subject from create subject".
    expect(refused.error?.err_code).toBe(10131);
    // The body-only forms (any filter) are not granted at all.
    for (const subject of [
      "$JS.API.CONSUMER.CREATE.KV_jetnet-subnets",
      "$JS.API.CONSUMER.CREATE.KV_jetnet-subnets.sneaky",
      "$JS.API.STREAM.MSG.GET.KV_jetnet-subnets",
      "$JS.API.DIRECT.GET.KV_jetnet-subnets",
      "$JS.API.DIRECT.GET.KV_jetnet-subnets.$KV.jetnet-subnets.t2.theirs",
    ]) {
      await expect(t1.request(subject, "{}", { timeout: quickMs }), subject).rejects.toThrow(
        /Permissions Violation/,
      );
    }
    // Its own objects it reads through the API (the buckets serve no direct gets: reads go to the
    // stream leader, so they are never stale).
    const own = await new JetnetClient(t1, { timeoutMs: quickMs }).subnets("t1").get("base");
    expect(own.value.meta?.name).toBe("base");
  });

  it("cannot write, delete or purge a bucket directly, and nothing changes", async () => {
    const before = await bucketSeqs();
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
    const jsm = await jetstreamManager(t1, { timeout: quickMs });
    await expect(jsm.streams.purge("KV_jetnet-subnets")).rejects.toThrow(/Permissions Violation/);
    await expect(jsm.streams.deleteMessage("KV_jetnet-subnets", 1)).rejects.toThrow(/Permissions Violation/);
    await expect(jsm.streams.delete("KV_jetnet-subnets")).rejects.toThrow(/Permissions Violation/);
    await expect(
      jsm.streams.update("KV_jetnet-subnets", { deny_delete: false, max_msgs_per_subject: 0 }),
    ).rejects.toThrow(/Permissions Violation/);

    expect(await bucketSeqs()).toEqual(before);
    expect((await admin.subnets("t1").get("base")).value.meta?.name).toBe("base");
    await expect(admin.subnets("t1").get("direct")).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("agent", () => {
  const vni = 12;
  let n1: NatsConnection;
  let admin: JetnetClient;
  const uid: Record<string, string> = {};

  /** An attachment on `node` with an address, as ipam would leave it; mapping projects it. */
  async function leased(name: string, node: string, ip: string): Promise<void> {
    const a = await admin.attachments("t1").create({ meta: { name }, spec: { node, subnet: "agents" } });
    uid[name] = a.value.meta?.uid ?? "";
    const store = await serviceAttachments();
    await store.update(
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
    admin = new JetnetClient(svc);
    n1 = await connectAs(agentUser("n1"));
    await admin.subnets("t1").create(subnet("agents", vni));
    await validated(admin, "t1", "agents");
    await leased("a1", "n1", "10.12.0.5");
    await leased("a2", "n2", "10.12.0.6");
    const node = await openStore(svc, { bucket: Bucket.Node, codec: nodeWorkCodec, bindOnly: true });
    await until("node projections", async () =>
      (await node.get("n1.t1.a1")) && (await node.get("n2.t1.a2")) ? true : undefined,
    );
  });

  it("follows its node view and any VNI, and reports status for its node", async () => {
    const live: string[] = [];
    n1.subscribe("$KV.jetnet-node.n1.>", {
      callback: (_e, m) => {
        live.push(m.subject);
      },
    });
    n1.subscribe(`$KV.jetnet-map.${vni}.>`, {
      callback: (_e, m) => {
        live.push(m.subject);
      },
    });
    await n1.flush();

    const snap = await n1.request(
      snapshotSubject("node.n1"),
      pb.SnapshotRequest.encode({ view: "node.n1" }).finish(),
      {
        timeout: quickMs,
      },
    );
    expect(pb.SnapshotReply.decode(snap.data).entries.map((e) => e.key)).toEqual(["n1.t1.a1"]);
    // The JetStream fallback of the snapshot: an ordered consumer filtered by subject.
    const nodeStore = await openStore(n1, { bucket: Bucket.Node, codec: nodeWorkCodec, bindOnly: true });
    expect((await nodeStore.list("n1.>")).items.map((i) => i.key)).toEqual(["n1.t1.a1"]);

    const reply = pb.StatusReportReply.decode((await report("n1", "a1")).data);
    expect(reply.error ?? null).toBeNull();
    expect((await admin.attachments("t1").get("a1")).value.status?.ifName).toBe("jn-test");
    // Implemented: mapping publishes the remote mapping, which the VNI subscription sees live.
    await until("live mapping", async () =>
      live.includes(`$KV.jetnet-map.${vni}.t1.a1`) ? true : undefined,
    );
    const mapStore = await openStore(n1, { bucket: Bucket.Map, codec: mappingCodec, bindOnly: true });
    expect((await mapStore.list(`${vni}.>`)).items.map((i) => i.key)).toEqual([`${vni}.t1.a1`]);
  });

  it("cannot report for another node, and the attachment stays as it was", async () => {
    const before = await admin.attachments("t1").get("a2");
    await expect(report("n2", "a2")).rejects.toThrow(/Permissions Violation/);
    expect(await admin.attachments("t1").get("a2")).toEqual(before);
  });

  it("cannot follow another node's view", async () => {
    for (const subject of ["$KV.jetnet-node.n2.>", "$KV.jetnet-node.>", "$KV.jetnet-node.*.t1.a2"]) {
      const sub = n1.subscribe(subject);
      const closed = await Promise.race([
        sub.closed,
        new Promise((r) => setTimeout(() => r("open"), quickMs)),
      ]);
      expect(String(closed), subject).toMatch(/Permissions Violation/);
    }
    const nodeStore = await openStore(n1, { bucket: Bucket.Node, codec: nodeWorkCodec, bindOnly: true });
    await expect(nodeStore.list("n2.>")).rejects.toThrow(/Permissions Violation/);
    await expect(nodeStore.list()).rejects.toThrow(/Permissions Violation/);
    await expect(
      n1.request("$JS.API.DIRECT.GET.KV_jetnet-node.$KV.jetnet-node.n2.t1.a2", "", { timeout: quickMs }),
    ).rejects.toThrow(/Permissions Violation/);
  });

  it("cannot write, delete or purge any bucket, and nothing changes", async () => {
    await new Promise((r) => setTimeout(r, 300)); // let the projections of earlier tests settle
    const before = await bucketSeqs();
    const js = jetstream(n1, { timeout: quickMs });
    const jsm = await jetstreamManager(n1, { timeout: quickMs });
    for (const b of Object.values(Bucket)) {
      await expect(js.publish(`$KV.${b}.n1.t1.a1`, new Uint8Array([1])), b).rejects.toThrow(
        /Permissions Violation/,
      );
      await expect(jsm.streams.purge(`KV_${b}`), b).rejects.toThrow(/Permissions Violation/);
      await expect(jsm.streams.deleteMessage(`KV_${b}`, 1), b).rejects.toThrow(/Permissions Violation/);
    }
    const kv = await new Kvm(js).open(Bucket.Node);
    await expect(kv.delete("n1.t1.a1")).rejects.toThrow(/Permissions Violation/);
    await expect(kv.put("n1.t1.extra", new Uint8Array([1]))).rejects.toThrow(/Permissions Violation/);
    n1.publish("$KV.jetnet-map.12.t1.a1", new Uint8Array([1]));
    await n1.flush();
    expect(await bucketSeqs()).toEqual(before);
  });
});

describe("private inboxes (the default; --shared-inboxes turns them off)", () => {
  let server: NatsServer;
  let auth: AuthFiles;
  const as = async (user: string, prefix?: string) => {
    const c = auth.credentials.find((x) => x.user === user);
    const nc = await connect({
      servers: server.url,
      user,
      pass: c?.password ?? "",
      reconnect: false,
      ...(prefix !== undefined && { inboxPrefix: prefix }),
    });
    conns.push(nc);
    return nc;
  };

  beforeAll(async () => {
    auth = await writeAuthFiles(join(dir, "private"), {
      nodes: [],
      namespaces: ["t1", "t2"],
      storeDir: join(dir, "jetstream-private"),
      privateInboxes: true,
    });
    server = await startNats({ config: await readFile(auth.serverConfig, "utf8"), jetstream: false });
    const nc = await as(serviceUser);
    await waitForJetStream(nc);
    const stores = await openNetworkStores(nc);
    await stores.subnets.put("t1.mine", subnet("mine", 5));
  }, 30_000);
  afterAll(async () => {
    await server?.stop();
  });

  it("a tenant reads its replies and watches under its own prefix, and nobody else's", async () => {
    const env = await readFile(auth.clientFiles.get("tenant-t1") ?? "", "utf8");
    expect(env).toContain(`${inboxPrefixEnv}=${inboxPrefix("tenant-t1")}\n`);
    const t1 = await as(tenantUser("t1"), inboxPrefix("tenant-t1"));
    const w = await new JetnetClient(t1).subnets("t1").watch();
    const events = await collect(w, (es) => es.some((e) => e.type === "synced"), 5_000);
    expect(events.map((e) => e.type)).toEqual(["put", "synced"]);

    const spy = t1.subscribe("_INBOX.>");
    expect(String(await spy.closed)).toMatch(/Permissions Violation/);
    const other = t1.subscribe(`${inboxPrefix("tenant-t2")}.>`);
    expect(String(await other.closed)).toMatch(/Permissions Violation/);
    // A client without the prefix cannot even receive its own replies.
    const plain = await as(tenantUser("t1"));
    await expect(new JetnetClient(plain, { timeoutMs: quickMs }).subnets("t1").watch()).rejects.toThrow(
      /Permissions Violation/,
    );
  });
});
