import type { NatsConnection } from "@nats-io/nats-core";
import { type ServiceInfo, type ServiceStats, Svcm } from "@nats-io/services";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { JetnetClient } from "../../../lib/api/client.js";
import type { NetworkAttachment, Subnet } from "../../../lib/codec.js";
import { ErrorCode } from "../../../lib/errors.js";
import type { Versioned } from "../../../lib/store/types.js";
import { jetnet } from "../../../proto/gen/jetnet.js";
import { serviceName } from "../../../services/network/service.js";
import { type NetworkSystem, startNetworkSystem } from "./system.js";

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

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

/** Every test works in its own namespace and VNIs, so tests cannot see each other's objects. */
let vniSeq = 100;
const nextVni = () => ++vniSeq;

const subnet = (name: string, vni: number, cidr = "10.1.0.0/24", labels = {}): Subnet => ({
  meta: { name, labels },
  spec: { vni, cidr },
});

const attachment = (name: string, extra: jetnet.v1.IAttachmentSpec = {}): NetworkAttachment => ({
  meta: { name },
  spec: {
    node: "worker-1",
    subnet: "s1",
    ip: "10.1.0.5",
    postCreateExec: ["/bin/echo", "up"],
    postDeleteExec: ["/bin/echo", "down"],
    ...extra,
  },
});

/** The subnet once the validator has set `status.validated` for the given incarnation. */
async function validated(ns: string, name: string, uid?: string): Promise<Versioned<Subnet>> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const s = await client.subnets(ns).get(name);
    if (s.value.status?.validated && (!uid || s.value.meta?.uid === uid)) return s;
    if (Date.now() > deadline) throw new Error(`${ns}/${name} not validated: ${JSON.stringify(s.value)}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

const rejectsWith = (p: Promise<unknown>, code: ErrorCode, field?: string) =>
  expect(p).rejects.toMatchObject(field === undefined ? { code } : { code, field });

describe("subnets through the SDK", () => {
  it("create stamps uid, times and generation; ignores client-supplied server fields and status", async () => {
    const ns = "sn-create";
    const before = Date.now() * 1000;
    const created = await client.subnets(ns).create({
      meta: { name: "s1", uid: "client-uid", generation: 42, createTimeUs: 5, writeTimesUs: { spec: 7 } },
      spec: { vni: nextVni(), cidr: "10.1.0.0/24" },
      status: { validated: true, errors: ["client says so"] },
    });
    const after = Date.now() * 1000 + 1000;
    const meta = created.value.meta;
    expect(meta?.uid).toMatch(uuid);
    expect(meta?.namespace).toBe(ns);
    expect(meta?.generation).toBe(1);
    expect(meta?.createTimeUs).toBeGreaterThanOrEqual(before);
    expect(meta?.createTimeUs).toBeLessThanOrEqual(after);
    expect(meta?.writeTimesUs).toEqual({ spec: meta?.createTimeUs });
    expect(created.value.status).toEqual({ validated: false, errors: [] });
    expect(created.revision).toBeGreaterThan(0);

    const got = await client.subnets(ns).get("s1");
    expect(got.value.meta?.uid).toBe(meta?.uid);
    const v = await validated(ns, "s1");
    expect(v.value.meta?.generation).toBe(1);
    expect(v.value.meta?.writeTimesUs?.status).toBeGreaterThanOrEqual(meta?.createTimeUs ?? 0);
    expect(v.revision).toBeGreaterThan(created.revision);
  });

  it("duplicate create is ALREADY_EXISTS; get and delete of a missing subnet are NOT_FOUND", async () => {
    const ns = "sn-dup";
    const vni = nextVni();
    const first = await client.subnets(ns).create(subnet("s1", vni));
    await rejectsWith(client.subnets(ns).create(subnet("s1", vni, "10.2.0.0/24")), ErrorCode.AlreadyExists);
    expect((await client.subnets(ns).get("s1")).value.spec?.cidr).toBe("10.1.0.0/24");
    expect((await client.subnets(ns).get("s1")).value.meta?.uid).toBe(first.value.meta?.uid);
    await rejectsWith(client.subnets(ns).get("missing"), ErrorCode.NotFound);
    await rejectsWith(client.subnets(ns).delete("missing"), ErrorCode.NotFound);
    await rejectsWith(client.subnets(ns).update(subnet("missing", vni), 1), ErrorCode.NotFound);
  });

  it("update needs the current revision; delete honours an expected revision", async () => {
    const ns = "sn-cas";
    const c = client.subnets(ns);
    const created = await c.create(subnet("s1", nextVni()));
    const v = await validated(ns, "s1");
    const edit = { ...v.value, spec: { ...v.value.spec, exclude: ["10.1.0.9"] } };
    await rejectsWith(c.update(edit, created.revision), ErrorCode.Conflict);
    await rejectsWith(c.update(edit, 0), ErrorCode.Invalid, "expected_revision");
    const updated = await c.update(edit, v.revision);
    expect(updated.revision).toBeGreaterThan(v.revision);

    await rejectsWith(c.delete("s1", v.revision), ErrorCode.Conflict);
    expect((await c.get("s1")).revision).toBe(updated.revision);
    await c.delete("s1", updated.revision);
    await rejectsWith(c.get("s1"), ErrorCode.NotFound);
    await rejectsWith(c.delete("s1"), ErrorCode.NotFound);
  });

  it("vni and cidr are immutable; a spec change bumps generation and the spec write time, labels alone do not", async () => {
    const ns = "sn-immutable";
    const c = client.subnets(ns);
    const vni = nextVni();
    await c.create(subnet("s1", vni, "10.1.0.0/24", { tier: "web" }));
    const v = await validated(ns, "s1");
    const base = v.value;
    await rejectsWith(
      c.update({ ...base, spec: { ...base.spec, vni: vni + 1000 } }, v.revision),
      ErrorCode.Invalid,
      "spec.vni",
    );
    await rejectsWith(
      c.update({ ...base, spec: { ...base.spec, cidr: "10.1.0.0/25" } }, v.revision),
      ErrorCode.Invalid,
      "spec.cidr",
    );
    expect((await c.get("s1")).revision).toBe(v.revision);

    const labelled = await c.update({ ...base, meta: { name: "s1", labels: { tier: "db" } } }, v.revision);
    expect(labelled.value.meta?.labels).toEqual({ tier: "db" });
    expect(labelled.value.meta?.generation).toBe(1);
    expect(labelled.value.meta?.writeTimesUs?.spec).toBe(base.meta?.writeTimesUs?.spec);
    expect(labelled.value.meta?.uid).toBe(base.meta?.uid);
    expect(labelled.value.meta?.createTimeUs).toBe(base.meta?.createTimeUs);

    const respec = await c.update(
      { meta: { name: "s1" }, spec: { vni, cidr: "10.1.0.0/24", gateway: "10.1.0.1" } },
      labelled.revision,
    );
    expect(respec.value.meta?.generation).toBe(2);
    expect(respec.value.meta?.writeTimesUs?.spec).toBeGreaterThan(base.meta?.writeTimesUs?.spec ?? 0);
    expect(respec.value.meta?.labels).toEqual({});
    expect(respec.value.spec?.gateway).toBe("10.1.0.1");
  });

  it("status cannot be written by clients: an update carrying status keeps the validator's", async () => {
    const ns = "sn-status";
    const c = client.subnets(ns);
    await c.create(subnet("s1", nextVni()));
    const v = await validated(ns, "s1");
    const updated = await c.update(
      {
        ...v.value,
        spec: { ...v.value.spec, exclude: ["10.1.0.7"] },
        status: { validated: false, errors: ["x"] },
      },
      v.revision,
    );
    expect(updated.value.status).toEqual({ validated: true, errors: [] });
    const got = await c.get("s1");
    expect(got.value.status).toEqual({ validated: true, errors: [] });
    expect(got.value.meta?.writeTimesUs?.status).toBe(v.value.meta?.writeTimesUs?.status);
  });

  it("delete and re-create of the same name gives a new uid that is validated again", async () => {
    const ns = "sn-recreate";
    const c = client.subnets(ns);
    const vni = nextVni();
    await c.create(subnet("s1", vni));
    const first = await validated(ns, "s1");
    await c.delete("s1", first.revision);
    const again = await c.create(subnet("s1", vni));
    expect(again.value.meta?.uid).toMatch(uuid);
    expect(again.value.meta?.uid).not.toBe(first.value.meta?.uid);
    expect(again.value.meta?.generation).toBe(1);
    expect(again.value.status?.validated).toBe(false);
    // The old incarnation's claim on the VNI must be recognised as dead, not block the new one.
    const v = await validated(ns, "s1", again.value.meta?.uid ?? "");
    expect(v.value.status?.errors).toEqual([]);
  });

  it("list filters by label selector and is confined to its namespace", async () => {
    const [a, b] = ["ls-a", "ls-b"];
    await client.subnets(a).create(subnet("web1", nextVni(), "10.1.0.0/24", { tier: "web", zone: "z1" }));
    await client.subnets(a).create(subnet("web2", nextVni(), "10.2.0.0/24", { tier: "web", zone: "z2" }));
    await client.subnets(a).create(subnet("db1", nextVni(), "10.3.0.0/24", { tier: "db" }));
    await client.subnets(b).create(subnet("web9", nextVni(), "10.4.0.0/24", { tier: "web" }));
    const names = (l: { items: Versioned<Subnet>[] }) => l.items.map((i) => i.value.meta?.name).sort();

    const all = await client.subnets(a).list();
    expect(names(all)).toEqual(["db1", "web1", "web2"]);
    expect(all.revision).toBeGreaterThanOrEqual(Math.max(...all.items.map((i) => i.revision)));
    expect(names(await client.subnets(a).list({ tier: "web" }))).toEqual(["web1", "web2"]);
    expect(names(await client.subnets(a).list({ tier: "web", zone: "z2" }))).toEqual(["web2"]);
    expect(names(await client.subnets(a).list({ tier: "cache" }))).toEqual([]);
    expect(names(await client.subnets(b).list({ tier: "web" }))).toEqual(["web9"]);
    expect(names(await client.subnets("ls-c").list())).toEqual([]);
    expect((await client.attachments(a).list()).items).toEqual([]);
  });

  it("invalid input is INVALID with the offending field", async () => {
    const c = client.subnets("sn-invalid");
    const vni = nextVni();
    await rejectsWith(c.create(subnet("Bad_Name", vni)), ErrorCode.Invalid, "meta.name");
    await rejectsWith(c.create(subnet("x".repeat(64), vni)), ErrorCode.Invalid, "meta.name");
    await rejectsWith(c.create(subnet("s1", 0)), ErrorCode.Invalid, "spec.vni");
    await rejectsWith(c.create(subnet("s1", 2 ** 21)), ErrorCode.Invalid, "spec.vni");
    await rejectsWith(c.create(subnet("s1", vni, "8.8.8.0/24")), ErrorCode.Invalid, "spec.cidr");
    await rejectsWith(c.create(subnet("s1", vni, "10.1.0.0/33")), ErrorCode.Invalid, "spec.cidr");
    await rejectsWith(
      c.create({ meta: { name: "s1", namespace: "other" }, spec: { vni, cidr: "10.1.0.0/24" } }),
      ErrorCode.Invalid,
      "meta.namespace",
    );
    await rejectsWith(
      c.create({
        meta: { name: "s1" },
        spec: { vni, cidr: "10.1.0.0/24", exclude: ["10.1.0.1", "10.9.0.1"] },
      }),
      ErrorCode.Invalid,
      "spec.exclude[1]",
    );
    await rejectsWith(c.create({ meta: { name: "s1" } }), ErrorCode.Invalid, "spec");
    await rejectsWith(client.subnets("Bad-NS").create(subnet("s1", vni)), ErrorCode.Invalid, "namespace");
    await rejectsWith(c.get("Bad_Name"), ErrorCode.Invalid, "name");
    // A namespace repeated in meta is fine when it matches.
    const ok = await c.create({
      meta: { name: "s1", namespace: "sn-invalid" },
      spec: { vni, cidr: "10.1.0.0/24" },
    });
    expect(ok.value.meta?.namespace).toBe("sn-invalid");
    expect((await c.list()).items.map((i) => i.value.meta?.name)).toEqual(["s1"]);
  });
});

describe("attachments through the SDK", () => {
  it("create, get, list, update, delete with server-stamped fields", async () => {
    const ns = "at-crud";
    const c = client.attachments(ns);
    const created = await c.create({
      ...attachment("a1"),
      meta: { name: "a1", uid: "mine", generation: 9, labels: { app: "x" } },
      status: { ip: "10.1.0.99", mac: "02:00:00:00:00:01", ifName: "evil0" },
    });
    expect(created.value.meta?.uid).toMatch(uuid);
    expect(created.value.meta?.generation).toBe(1);
    expect(created.value.meta?.writeTimesUs).toEqual({ spec: created.value.meta?.createTimeUs });
    expect(created.value.status?.ip).toBe("");
    expect(created.value.status?.mac).toBe("");
    expect(created.value.status?.ifName).toBe("");
    await rejectsWith(c.create(attachment("a1")), ErrorCode.AlreadyExists);

    const got = await c.get("a1");
    expect(got).toEqual({ key: `${ns}.a1`, value: created.value, revision: created.revision });
    expect((await c.list({ app: "x" })).items.map((i) => i.value.meta?.uid)).toEqual([
      created.value.meta?.uid,
    ]);

    await rejectsWith(c.update(attachment("a1"), created.revision + 100), ErrorCode.Conflict);
    await rejectsWith(c.update(attachment("a1"), 0), ErrorCode.Invalid, "expected_revision");
    await rejectsWith(c.delete("a1", created.revision + 100), ErrorCode.Conflict);
    await c.delete("a1", created.revision);
    await rejectsWith(c.get("a1"), ErrorCode.NotFound);
    await rejectsWith(c.delete("a1"), ErrorCode.NotFound);

    const again = await c.create(attachment("a1"));
    expect(again.value.meta?.uid).not.toBe(created.value.meta?.uid);
  });

  it("node, subnet, ip and post_create_exec are immutable; post_delete_exec and labels are not", async () => {
    const ns = "at-immutable";
    const c = client.attachments(ns);
    const created = await c.create(attachment("a1"));
    const rev = created.revision;
    const spec = created.value.spec ?? {};
    const change = (s: jetnet.v1.IAttachmentSpec) =>
      c.update({ meta: { name: "a1" }, spec: { ...spec, ...s } }, rev);
    await rejectsWith(change({ node: "worker-2" }), ErrorCode.Invalid, "spec.node");
    await rejectsWith(change({ subnet: "s2" }), ErrorCode.Invalid, "spec.subnet");
    await rejectsWith(change({ ip: "10.1.0.6" }), ErrorCode.Invalid, "spec.ip");
    await rejectsWith(change({ ip: "" }), ErrorCode.Invalid, "spec.ip");
    await rejectsWith(
      change({ postCreateExec: ["/bin/echo", "UP"] }),
      ErrorCode.Invalid,
      "spec.post_create_exec",
    );
    await rejectsWith(change({ postCreateExec: [] }), ErrorCode.Invalid, "spec.post_create_exec");
    expect((await c.get("a1")).revision).toBe(rev);

    const labelled = await c.update({ meta: { name: "a1", labels: { app: "y" } }, spec }, rev);
    expect(labelled.value.meta?.generation).toBe(1);
    expect(labelled.value.meta?.labels).toEqual({ app: "y" });
    expect(labelled.value.meta?.writeTimesUs?.spec).toBe(created.value.meta?.writeTimesUs?.spec);

    const redo = await c.update(
      {
        meta: { name: "a1", labels: { app: "y" } },
        spec: { ...spec, postDeleteExec: ["/bin/true"] },
        status: { ip: "10.9.9.9", hostIp: "192.0.2.1" },
      },
      labelled.revision,
    );
    expect(redo.value.spec?.postDeleteExec).toEqual(["/bin/true"]);
    expect(redo.value.meta?.generation).toBe(2);
    expect(redo.value.meta?.writeTimesUs?.spec).toBeGreaterThan(created.value.meta?.writeTimesUs?.spec ?? 0);
    expect(redo.value.status?.ip).toBe("");
    expect(redo.value.status?.hostIp).toBe("");
    expect((await c.get("a1")).value).toEqual(redo.value);
  });

  it("invalid attachments are INVALID with the offending field", async () => {
    const c = client.attachments("at-invalid");
    await rejectsWith(c.create(attachment("a1", { node: "" })), ErrorCode.Invalid, "spec.node");
    await rejectsWith(c.create(attachment("a1", { node: "Worker_1" })), ErrorCode.Invalid, "spec.node");
    await rejectsWith(c.create(attachment("a1", { subnet: "" })), ErrorCode.Invalid, "spec.subnet");
    await rejectsWith(c.create(attachment("a1", { ip: "10.1.0" })), ErrorCode.Invalid, "spec.ip");
    await rejectsWith(
      c.create(attachment("a1", { postCreateExec: Array.from({ length: 65 }, () => "x") })),
      ErrorCode.Invalid,
      "spec.post_create_exec",
    );
    await rejectsWith(
      c.create(attachment("a1", { postDeleteExec: ["/bin/echo", "a\0b"] })),
      ErrorCode.Invalid,
      "spec.post_delete_exec[1]",
    );
    expect((await c.list()).items).toEqual([]);
  });
});

describe("the micro service", () => {
  const svcClient = () => new Svcm(nc).client({ strategy: "stall", maxWait: 2000, stall: 300 });
  const collect = async <T>(it: AsyncIterable<unknown>): Promise<T[]> => {
    const out: T[] = [];
    for await (const x of it) out.push(x as T);
    return out;
  };
  const apiStats = async () => {
    const stats = await collect<ServiceStats>(await svcClient().stats(serviceName));
    expect(stats).toHaveLength(1);
    const api = stats[0]?.endpoints?.find((e) => e.name === "api");
    if (!api) throw new Error(`no api endpoint in ${JSON.stringify(stats)}`);
    return api;
  };

  it("is discoverable by ping and info with endpoints api and status", async () => {
    const pings = await collect<{ name: string }>(await svcClient().ping());
    expect(pings.map((p) => p.name)).toContain(serviceName);
    const infos = await collect<ServiceInfo>(await svcClient().info(serviceName));
    expect(infos).toHaveLength(1);
    const eps = infos[0]?.endpoints ?? [];
    expect(eps.map((e) => e.name).sort()).toEqual(["api", "status"]);
    expect(eps.find((e) => e.name === "api")?.subject).toBe("jetnet.api.v1.>");
    expect(eps.find((e) => e.name === "status")?.subject).toBe("jetnet.agent.>");
    expect(eps.every((e) => e.queue_group === serviceName)).toBe(true);
  });

  it("stats count requests", async () => {
    const before = await apiStats();
    await client.subnets("ms-stats").list();
    await client.subnets("ms-stats").create(subnet("s1", nextVni()));
    await rejectsWith(client.subnets("ms-stats").get("missing"), ErrorCode.NotFound);
    const after = await apiStats();
    expect(after.num_requests - before.num_requests).toBe(3);
  });

  it("error replies carry the micro error headers", async () => {
    const m = await nc.request(
      "jetnet.api.v1.ms-headers.subnets.get",
      jetnet.v1.GetRequest.encode({ name: "missing" }).finish(),
    );
    expect(m.headers?.get("Nats-Service-Error-Code")).toBe("404");
    expect(m.headers?.get("Nats-Service-Error")).toBe(ErrorCode.NotFound);
    expect(jetnet.v1.SubnetReply.decode(m.data).error?.code).toBe(ErrorCode.NotFound);
  });

  it("stats count error replies in num_errors", async () => {
    const before = await apiStats();
    await rejectsWith(client.subnets("ms-errors").get("missing"), ErrorCode.NotFound);
    await rejectsWith(client.subnets("ms-errors").create(subnet("s1", 0)), ErrorCode.Invalid, "spec.vni");
    const after = await apiStats();
    expect(after.num_requests - before.num_requests).toBe(2);
    expect(after.num_errors - before.num_errors).toBe(2);
  });
});

describe("SDK watch", () => {
  it("yields the snapshot, synced, then a put for a created subnet", async () => {
    const ns = "watch";
    const c = client.subnets(ns);
    await c.create(subnet("before", nextVni()));
    const pre = await validated(ns, "before");
    const w = await c.watch();
    try {
      const events = w[Symbol.asyncIterator]();
      const first = await events.next();
      expect(first.value).toMatchObject({ type: "put", key: `${ns}.before`, revision: pre.revision });
      const synced = await events.next();
      expect(synced.value).toMatchObject({ type: "synced" });
      const created = await c.create(subnet("after", nextVni(), "10.2.0.0/24"));
      const put = await events.next();
      expect(put.value).toMatchObject({ type: "put", key: `${ns}.after`, revision: created.revision });
      if (put.value?.type !== "put") throw new Error("expected a put");
      expect(put.value.value.meta?.uid).toBe(created.value.meta?.uid);
    } finally {
      w.stop();
      await w.closed;
    }
  });
});
