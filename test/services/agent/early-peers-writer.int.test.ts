import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eventually } from "../ipam/system.js";
import { type NetworkService, startNetworkService } from "../network/system.js";
import { type AgentSystem, startAgentSystem } from "./system.js";

// "Peers before the interface" (docs/design.md) for creates that carry no host: a network writer
// leases the address within the create but applies no reports, so it knows no node's host. The
// mapping service maps such an attachment to the host its node's implemented attachments named,
// so the VNI's other nodes get it while its own report is lost. Creates go to the full replica
// or the writer (one queue group); the full one here leases nothing (ipam leases and stamps the
// host), so the creates without a stamped host are the writer's.
const ns = "early-writer";
const silent = new Set<string>();
let sys: AgentSystem;
let writer: NetworkService | undefined;
let writerRedis: Redis | undefined;

beforeAll(async () => {
  sys = await startAgentSystem(2, {
    digestIntervalMs: 1_000,
    dropReports: (r) => silent.has(r.name),
    beforeAgents: async (s) => {
      writerRedis = new Redis(s.redis.url, { maxRetriesPerRequest: 2 });
      writer = await startNetworkService(s.nats.url, { role: "writer", leases: { redis: writerRedis } });
    },
  });
  await sys.client.subnets(ns).create({ meta: { name: "s" }, spec: { vni: 741, cidr: "10.75.0.0/24" } });
  await eventually(async () =>
    (await sys.client.subnets(ns).get("s")).value.status?.validated ? true : undefined,
  );
}, 60_000);
afterAll(async () => {
  await writer?.stop();
  writerRedis?.disconnect();
  await sys?.stop();
}, 60_000);

const attach = (name: string, node: string) =>
  sys.client.attachments(ns).create({ meta: { name }, spec: { node, subnet: "s" } });

const reportedHost = (name: string) =>
  eventually(
    async () => (await sys.client.attachments(ns).get(name)).value.status?.hostIp || undefined,
    30_000,
  );

describe("a mapping before its node's report, for creates through a writer", () => {
  it("reaches the VNI's other nodes at the host the node's implemented attachment named", async () => {
    await attach("first", "node-1");
    await attach("peer", "node-2");
    const host1 = await reportedHost("first");
    await reportedHost("peer");

    const names = Array.from({ length: 12 }, (_, i) => `w${i}`);
    for (const name of names) silent.add(name);
    for (const name of names) await attach(name, "node-1");
    const addressed = await Promise.all(
      names.map((name) =>
        eventually(async () => {
          const a = (await sys.client.attachments(ns).get(name)).value;
          return a.status?.ip ? a : undefined;
        }),
      ),
    );
    const unstamped = addressed.filter((a) => !a.status?.nodeHostIp);
    // The writer took some of the twelve (each goes to one of two members at random).
    expect(unstamped.length).toBeGreaterThan(0);
    const remote = async (ip: string | null | undefined) =>
      (await sys.fabrics.get("node-2")?.listRemote())?.find((e) => e.ip === ip);
    for (const a of unstamped) {
      const entry = await eventually(() => remote(a.status?.ip));
      expect(entry).toMatchObject({ vni: 741, hostIp: host1, mac: a.status?.mac });
      // Its own report never came: the entry is the mapping service's.
      const now = (await sys.client.attachments(ns).get(a.meta?.name ?? "")).value.status;
      expect(now?.hostIp ?? "").toBe("");
    }
  }, 90_000);
});
