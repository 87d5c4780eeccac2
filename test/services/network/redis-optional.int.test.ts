import type { NatsConnection } from "@nats-io/nats-core";
import { connect } from "@nats-io/transport-node";
import { Redis } from "ioredis";
import { afterAll, describe, expect, it } from "vitest";
import { JetnetClient } from "../../../lib/api/client.js";
import { LeaseStore } from "../../../lib/ipam/leases.js";
import {
  freePort,
  type JetnetProcess,
  type NatsServer,
  type RedisServer,
  startJetnet,
  startNats,
  startRedis,
} from "../../harness/index.js";
import { eventually } from "../ipam/system.js";

/**
 * `jetnet network --redis` as a process: Redis is optional to it. It starts and serves while the
 * Redis it was given does not answer, storing creates without an address, and leases within
 * creates once that Redis appears.
 */

const cleanups: (() => Promise<unknown>)[] = [];
afterAll(async () => {
  for (const c of cleanups.reverse()) await c().catch(() => undefined);
});

describe("jetnet network --redis", () => {
  it("starts and serves without its Redis, and leases within creates once Redis is there", async () => {
    const nats: NatsServer = await startNats();
    cleanups.push(() => nats.stop());
    const port = await freePort();
    const network: JetnetProcess = await startJetnet([
      "network",
      "--nats",
      nats.url,
      "--redis",
      `redis://127.0.0.1:${port}`,
      "--metrics-addr",
      "off",
    ]);
    cleanups.push(() => network.stop());
    expect(network.log()).toMatch(/"leaseInCreate":true/);
    const nc: NatsConnection = await connect({ servers: nats.url });
    cleanups.push(() => nc.close());
    const client = new JetnetClient(nc, { timeoutMs: 10_000 });
    await client.subnets("o").create({ meta: { name: "s" }, spec: { vni: 300, cidr: "10.30.0.0/24" } });
    await eventually(async () =>
      (await client.subnets("o").get("s")).value.status?.validated ? true : undefined,
    );
    const t0 = performance.now();
    const first = await client
      .attachments("o")
      .create({ meta: { name: "before" }, spec: { node: "n1", subnet: "s" } });
    expect(performance.now() - t0).toBeLessThan(1_000);
    expect(first.value.status?.ip ?? "").toBe("");

    // Redis appears on the port it was given; the VNI is marked intact as ipam would mark a new one.
    const redis: RedisServer = await startRedis({ port });
    cleanups.push(() => redis.stop());
    const direct = new Redis(redis.url, { maxRetriesPerRequest: 2 });
    cleanups.push(async () => direct.disconnect());
    const leases = new LeaseStore(direct);
    await leases.markIntact(300);
    await eventually(async () => (/"connected to Redis"/.test(network.log()) ? true : undefined), 15_000);
    const later = await client
      .attachments("o")
      .create({ meta: { name: "after" }, spec: { node: "n1", subnet: "s" } });
    expect(later.value.status?.ip).toBe("10.30.0.2");
    expect((await leases.ownerLease(300, later.value.meta?.uid ?? ""))?.seq).toBe(
      later.value.status?.leaseSeq,
    );
  }, 60_000);
});
