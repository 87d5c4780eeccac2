/**
 * A hostile tenant and a compromised agent, with the credentials `jetnet auth gen` writes
 * (private inboxes, VNI ranges), against the real services: nothing they try may leave state on
 * the server, make a stream store anything, or tell one tenant about another.
 */
import { AckPolicy, jetstreamManager } from "@nats-io/jetstream";
import type { NatsConnection } from "@nats-io/nats-core";
import { pino } from "pino";
import { Registry } from "prom-client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { agentUser, inboxPrefix, tenantUser } from "../../cli/auth/permissions.js";
import { openNetworkStores } from "../../lib/api/buckets.js";
import { JetnetClient } from "../../lib/api/client.js";
import { Bucket, feedSubject, Projection } from "../../lib/api/subjects.js";
import { snapshotSubject } from "../../lib/api/views.js";
import { parseVniRanges } from "../../lib/api/vni-ranges.js";
import type { Subnet } from "../../lib/codec.js";
import { jetnet } from "../../proto/gen/jetnet.js";
import { emptyAllowList } from "../../services/agent/allowlist.js";
import { LoggerFabric } from "../../services/agent/fabric/logger.js";
import { runAgents } from "../../services/agent/service.js";
import {
  type AuthSystem,
  collect,
  quickMs,
  serverState,
  startAuthSystem,
  subscribeOutcome,
  until,
} from "./auth-system.js";

let sys: AuthSystem;
let admin: JetnetClient;
/** Every non-service identity, connected with its own inbox prefix. */
const pb = jetnet.v1;
const hostile: { user: string; nc: NatsConnection }[] = [];
const streams = Object.values(Bucket).map((b) => `KV_${b}`);

beforeAll(async () => {
  sys = await startAuthSystem({
    nodes: ["n1", "n2"],
    namespaces: ["ta", "tb"],
    privateInboxes: true,
    // Overlapping on 150-199, so that both may try the same VNI.
    vniRanges: parseVniRanges("ta=100-199;tb=150-250"),
  });
  admin = new JetnetClient(sys.svc);
  for (const user of [tenantUser("ta"), tenantUser("tb"), agentUser("n1"), agentUser("n2")]) {
    hostile.push({ user, nc: await sys.connectAs(user, { inboxPrefix: inboxPrefix(user) }) });
  }
  // Records in the intent buckets and in n1's node view.
  await admin
    .subnets("ta")
    .create({ meta: { name: "secret-net" }, spec: { vni: 160, cidr: "10.160.0.0/24" } });
  await until("ta/secret-net validated", async () =>
    (await admin.subnets("ta").get("secret-net")).value.status?.validated ? true : undefined,
  );
  // An address as ipam would give it, so that mapping projects a1 into n1's node view.
  const a = await admin
    .attachments("ta")
    .create({ meta: { name: "a1" }, spec: { node: "n1", subnet: "secret-net" } });
  const { attachments } = await openNetworkStores(sys.svc);
  await attachments.update("ta.a1", { ...a.value, status: { ip: "10.160.0.5", vni: 160 } }, a.revision);
  await until("n1's node view", async () => {
    const m = await sys.svc.request(snapshotSubject("node.n1"), pb.SnapshotRequest.encode({}).finish());
    return pb.SnapshotReply.decode(m.data).entries.length > 0 ? true : undefined;
  });
}, 30_000);

afterAll(async () => {
  await sys?.stop();
});

/** Body of a consumer create: `durable` makes it outlive its client; `deliver` makes it push. */
const consumerBody = (
  stream: string,
  o: { durable?: string; name?: string; filter?: string; deliver?: string },
) =>
  JSON.stringify({
    stream_name: stream,
    config: {
      ...(o.durable !== undefined && { durable_name: o.durable }),
      ...(o.name !== undefined && { name: o.name }),
      ...(o.filter !== undefined && { filter_subject: o.filter }),
      ...(o.deliver !== undefined && { deliver_subject: o.deliver }),
      ack_policy: "none",
      deliver_policy: "all",
      inactive_threshold: 3_600_000_000_000,
    },
  });

/**
 * Every subject form of consumer creation on nats-server 2.9 and 2.10, each with the filters an
 * identity could read before (its namespace, its node, every VNI) in the subject where the form
 * takes one.
 */
function createForms(stream: string, name: string): { subject: string; filter?: string }[] {
  const bucket = stream.slice(3);
  const filters = [`$KV.${bucket}.>`, `$KV.${bucket}.ta.>`, `$KV.${bucket}.n1.>`];
  return [
    { subject: `$JS.API.CONSUMER.CREATE.${stream}` },
    { subject: `$JS.API.CONSUMER.CREATE.${stream}.${name}` },
    { subject: `$JS.API.CONSUMER.DURABLE.CREATE.${stream}.${name}` },
    ...filters.map((filter) => ({ subject: `$JS.API.CONSUMER.CREATE.${stream}.${name}.${filter}`, filter })),
  ];
}

/** Sends a JetStream API request; "denied" for a permissions violation, else the server's reply. */
async function attempt(nc: NatsConnection, subject: string, body: string): Promise<string> {
  try {
    const m = await nc.request(subject, body, { timeout: quickMs });
    return new TextDecoder().decode(m.data);
  } catch (err) {
    if (/Permissions Violation/.test(String(err))) return "denied";
    return `failed: ${String(err)}`;
  }
}

describe("consumers: tenants and agents cannot create, inspect or delete any", () => {
  it("refuses every durable and ephemeral create form, and 50 tries leave the server as it was", async () => {
    const before = await serverState(sys.svc);
    const outcomes: string[] = [];
    for (const { user, nc } of hostile) {
      for (const stream of streams) {
        for (const { subject, filter } of createForms(stream, `squat-${user}`)) {
          const durable = await attempt(
            nc,
            subject,
            consumerBody(stream, { durable: `squat-${user}`, ...(filter && { filter }) }),
          );
          const ephemeral = await attempt(
            nc,
            subject,
            consumerBody(stream, { name: `squat-${user}`, ...(filter && { filter }) }),
          );
          outcomes.push(`${user} ${subject}: ${durable} / ${ephemeral}`);
        }
      }
    }
    expect(outcomes.filter((o) => !o.endsWith("denied / denied"))).toEqual([]);
    // A tenant trying to grow server state: many durables under fresh names.
    const ta = hostile[0] as { user: string; nc: NatsConnection };
    for (let i = 0; i < 50; i++) {
      const stream = "KV_jetnet-subnets";
      const filter = "$KV.jetnet-subnets.ta.>";
      await attempt(
        ta.nc,
        `$JS.API.CONSUMER.CREATE.${stream}.pile-${i}.${filter}`,
        consumerBody(stream, { durable: `pile-${i}`, filter }),
      );
    }
    expect(await serverState(sys.svc)).toEqual(before);
  });

  it("cannot see, list or delete a consumer of another identity", async () => {
    const jsm = await jetstreamManager(sys.svc);
    await jsm.consumers.add("KV_jetnet-subnets", { durable_name: "svc-probe", ack_policy: AckPolicy.None });
    for (const { user, nc } of hostile) {
      for (const verb of ["INFO", "DELETE"]) {
        expect(
          await attempt(nc, `$JS.API.CONSUMER.${verb}.KV_jetnet-subnets.svc-probe`, ""),
          `${user} ${verb}`,
        ).toBe("denied");
      }
      for (const verb of ["LIST", "NAMES"]) {
        expect(await attempt(nc, `$JS.API.CONSUMER.${verb}.KV_jetnet-subnets`, "{}"), `${user} ${verb}`).toBe(
          "denied",
        );
      }
    }
    expect((await jsm.consumers.info("KV_jetnet-subnets", "svc-probe")).name).toBe("svc-probe");
    await jsm.consumers.delete("KV_jetnet-subnets", "svc-probe");
  });
});

describe("no identity but the services can make a stream store anything", () => {
  it("the deliver-subject trick, from every identity into every bucket, stores nothing", async () => {
    await new Promise((r) => setTimeout(r, 300)); // the services' own writes from beforeAll settle
    const before = await serverState(sys.svc);
    const targets = Object.values(Bucket).flatMap((b) => [`$KV.${b}.ta.forged`, `$KV.${b}.n1.ta.forged`]);
    // Interest on the targets from every identity that may subscribe to one (an ephemeral push
    // consumer delivers only where someone listens; one identity's interest serves another's).
    for (const { nc } of hostile) for (const t of targets) nc.subscribe(t);
    const outcomes: string[] = [];
    let tries = 0;
    for (const { user, nc } of hostile) {
      for (const stream of streams) {
        for (const deliver of targets) {
          for (const { subject, filter } of createForms(stream, "trick")) {
            // A fresh name each time: a name an earlier try took would make this one fail.
            const name = `trick-${++tries}`;
            const r = await attempt(
              nc,
              subject.replace(".trick", `.${name}`),
              consumerBody(stream, { name, deliver, ...(filter && { filter }) }),
            );
            if (r !== "denied") outcomes.push(`${user} ${subject} -> ${deliver}: ${r.slice(0, 120)}`);
          }
        }
      }
    }
    await new Promise((r) => setTimeout(r, 500)); // deliveries, had any consumer been made
    expect(outcomes).toEqual([]);
    expect(await serverState(sys.svc)).toEqual(before);
  });

  it("nobody but the services publishes on a feed or a bucket subject", async () => {
    const seen: string[] = [];
    const forged = [
      feedSubject(Bucket.Subnets, "ta.forged"),
      feedSubject(Projection.Map, "160.ta.forged"),
      feedSubject(Projection.Node, "n1.ta.forged"),
      "$KV.jetnet-subnets.ta.forged",
    ];
    // Exactly the forged subjects: the services themselves may publish on other feed subjects
    // meanwhile (a mapping replica whose membership changed asks agents to resync).
    const spies = forged.map((s) => sys.svc.subscribe(s, { callback: (_e, m) => void seen.push(m.subject) }));
    await sys.svc.flush();
    const before = await serverState(sys.svc);
    for (const { nc } of hostile) for (const s of forged) nc.publish(s, new Uint8Array([1]));
    await Promise.all(hostile.map(({ nc }) => nc.flush().catch(() => undefined)));
    await sys.svc.flush();
    for (const spy of spies) spy.unsubscribe();
    expect(seen).toEqual([]);
    expect(await serverState(sys.svc)).toEqual(before);
  });
});

describe("what a tenant reads", () => {
  it("watches its namespace on the feed; another namespace's feed and every JetStream read are refused", async () => {
    const ta = new JetnetClient((hostile[0] as { nc: NatsConnection }).nc, { timeoutMs: quickMs });
    const w = await ta.subnets("ta").watch();
    const first = await collect(w, (es) => es.some((e) => e.type === "synced"), 5_000);
    expect(first.map((e) => (e.type === "synced" ? "synced" : `${e.type} ${e.key}`))).toEqual([
      "put ta.secret-net",
      "synced",
    ]);
    const w2 = await ta.subnets("ta").watch();
    const live = collect(w2, (es) => es.some((e) => e.type === "put" && e.key === "ta.live"), 5_000);
    await new Promise((r) => setTimeout(r, 200));
    await ta.subnets("ta").create({ meta: { name: "live" }, spec: { vni: 170, cidr: "10.170.0.0/24" } });
    expect((await live).filter((e) => e.type === "put").map((e) => e.key)).toContain("ta.live");

    const nc = (hostile[0] as { nc: NatsConnection }).nc;
    for (const subject of [
      feedSubject(Bucket.Subnets, "tb.>"),
      feedSubject(Bucket.Attachments, "*.>"),
      "jetnet.feed.v1.>",
      feedSubject(Projection.Map, ">"),
      "$KV.jetnet-subnets.ta.>",
    ]) {
      expect(await subscribeOutcome(nc, subject), subject).toMatch(/Permissions Violation/);
    }
    for (const stream of streams) {
      // STREAM.INFO with subjects_filter listed every key of the bucket, other namespaces' too.
      expect(await attempt(nc, `$JS.API.STREAM.INFO.${stream}`, '{"subjects_filter":">"}')).toBe("denied");
      expect(await attempt(nc, `$JS.API.DIRECT.GET.${stream}.$KV.${stream.slice(3)}.ta.secret-net`, "")).toBe(
        "denied",
      );
    }
    expect(await attempt(nc, "$JS.API.INFO", "")).toBe("denied");
  });
});

describe("what an agent reads", () => {
  it("follows its own node's feed and every VNI's, nothing else", async () => {
    const n1 = (hostile[2] as { nc: NatsConnection }).nc;
    for (const subject of [feedSubject(Projection.Node, "n1.>"), feedSubject(Projection.Map, "160.>")]) {
      expect(await subscribeOutcome(n1, subject, 300), subject).toBe("open");
    }
    for (const subject of [
      feedSubject(Projection.Node, "n2.>"),
      feedSubject(Bucket.Subnets, ">"),
      "$KV.jetnet-map.>",
      "$KV.jetnet-node.n1.>",
    ]) {
      expect(await subscribeOutcome(n1, subject), subject).toMatch(/Permissions Violation/);
    }
    for (const stream of streams) {
      expect(await attempt(n1, `$JS.API.STREAM.INFO.${stream}`, '{"subjects_filter":">"}')).toBe("denied");
    }
  });
});

describe("VNIs", () => {
  const tb = () => new JetnetClient((hostile[1] as { nc: NatsConnection }).nc, { timeoutMs: quickMs });
  const claims = async () => (await serverState(sys.svc))[Bucket.Vnis];

  it("a VNI another namespace holds is refused without naming it or its subnets", async () => {
    await tb()
      .subnets("tb")
      .create({ meta: { name: "squat" }, spec: { vni: 160, cidr: "10.161.0.0/24" } });
    const errors = await until("tb/squat blocked", async () => {
      const s: Subnet = (await tb().subnets("tb").get("squat")).value;
      return s.status?.errors?.length ? s.status.errors : undefined;
    });
    expect(errors).toEqual(['VNI 160 is not available to namespace "tb"']);
    expect(JSON.stringify(errors)).not.toMatch(/ta|secret/);
  });

  it("a VNI outside the namespace's ranges is FORBIDDEN at admission and claims nothing", async () => {
    const before = await claims();
    for (const vni of [100, 251, 5]) {
      await expect(
        tb()
          .subnets("tb")
          .create({ meta: { name: `out-${vni}` }, spec: { vni, cidr: "10.200.0.0/24" } }),
      ).rejects.toMatchObject({
        code: "FORBIDDEN",
        message: `VNI ${vni} is not available to namespace "tb"`,
      });
      await expect(admin.subnets("tb").get(`out-${vni}`)).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    expect(await claims()).toEqual(before);
    // The service identity is not a tenant: ranges bind namespaces, whoever calls.
    await expect(
      admin.subnets("tb").create({ meta: { name: "out-admin" }, spec: { vni: 5, cidr: "10.5.0.0/24" } }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("agents under their generated credentials", () => {
  it("follow, snapshot and program their nodes, local and remote, with no JetStream access", async () => {
    const stop = new AbortController();
    const fabrics = { n1: await LoggerFabric.open(), n2: await LoggerFabric.open() };
    const runs = (["n1", "n2"] as const).map(async (node, i) =>
      runAgents({
        nc: await sys.connectAs(agentUser(node), { inboxPrefix: inboxPrefix(agentUser(node)) }),
        agents: [{ node, hostIp: `192.168.7.${i + 1}`, fabric: fabrics[node] }],
        registry: new Registry(),
        logger: pino({ level: "silent" }),
        signal: stop.signal,
        allowedPrograms: emptyAllowList,
        execTimeoutMs: 1_000,
        digestIntervalMs: 500,
      }),
    );
    try {
      // b1 on n2 joins a1 on n1 in VNI 160 (addresses as ipam would give them).
      const b = await admin
        .attachments("ta")
        .create({ meta: { name: "b1" }, spec: { node: "n2", subnet: "secret-net" } });
      const { attachments } = await openNetworkStores(sys.svc);
      await attachments.update("ta.b1", { ...b.value, status: { ip: "10.160.0.6", vni: 160 } }, b.revision);
      const remote = async (f: LoggerFabric) =>
        (await f.listRemote()).map((e) => `${e.vni}/${e.ip}|${e.hostIp}`);
      await until(
        "both nodes programmed",
        async () =>
          JSON.stringify([await remote(fabrics.n1), await remote(fabrics.n2)]) ===
          JSON.stringify([["160/10.160.0.6|192.168.7.2"], ["160/10.160.0.5|192.168.7.1"]])
            ? true
            : undefined,
        20_000,
      );
      expect((await fabrics.n1.listLocal()).map((e) => `${e.vni}/${e.ip}`)).toEqual(["160/10.160.0.5"]);
      expect((await admin.attachments("ta").get("b1")).value.status?.hostIp).toBe("192.168.7.2");
    } finally {
      stop.abort();
      await Promise.allSettled(runs);
    }
  });
});
