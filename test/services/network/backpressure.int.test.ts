import { setMaxListeners } from "node:events";
import { Redis } from "ioredis";
import pino from "pino";
import { Registry } from "prom-client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { retryRefused } from "../../../lib/api/retry.js";
import { agentStatusSubject } from "../../../lib/api/subjects.js";
import { ErrorCode, JetnetError } from "../../../lib/errors.js";
import { jetnet } from "../../../proto/gen/jetnet.js";
import { runIpam } from "../../../services/ipam/service.js";
import { natsServerVersion, type RedisServer, startRedis } from "../../harness/index.js";
import { type NetworkSystem, startNetworkSystem } from "./system.js";

const bound = 3;
let sys: NetworkSystem;
let redis: RedisServer;
beforeAll(async () => {
  [sys, redis] = await Promise.all([startNetworkSystem({ maxPending: bound }), startRedis()]);
});
afterAll(async () => {
  await sys?.stop();
  await redis?.stop();
});

/** Acts as the agent of every node: reports each addressed attachment implemented (ready). */
async function implementAddressed(ns: string): Promise<void> {
  for (const { value: a } of (await sys.client.attachments(ns).list()).items) {
    if (!a.status?.ip || a.status.hostIp) continue;
    const r = {
      namespace: ns,
      name: a.meta?.name,
      uid: a.meta?.uid,
      implemented: true,
      ifName: "jn0",
      hostIp: "192.0.2.1",
    };
    await sys.nc.request(agentStatusSubject(a.spec?.node ?? ""), jetnet.v1.StatusReport.encode(r).finish(), {
      timeout: 5000,
    });
  }
}

async function until<T>(fn: () => Promise<T | undefined>, what: string): Promise<T> {
  for (let i = 0; i < 300; i++) {
    const v = await fn();
    if (v !== undefined) return v;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe(`creates over the pending bound (nats-server ${natsServerVersion()})`, () => {
  it("are refused with a retry hint and no state while ipam is away, and succeed once it drains", async () => {
    const ns = "press";
    const atts = sys.client.attachments(ns);
    await sys.client.subnets(ns).create({ meta: { name: "s" }, spec: { vni: 70, cidr: "10.70.0.0/24" } });
    const names = Array.from({ length: bound }, (_, i) => `a${i}`);
    for (const name of names) await atts.create({ meta: { name }, spec: { node: "n1", subnet: "s" } });

    // ipam is not running, so nothing gets ready: the bound is reached, further creates are refused before any write.
    const refused = await atts.create({ meta: { name: "over" }, spec: { node: "n1", subnet: "s" } }).then(
      () => undefined,
      (err: unknown) => err,
    );
    expect(refused).toBeInstanceOf(JetnetError);
    expect((refused as JetnetError).code).toBe(ErrorCode.Unavailable);
    expect((refused as JetnetError).retryAfterMs).toBeGreaterThan(0);
    await expect(atts.get("over")).rejects.toMatchObject({ code: ErrorCode.NotFound });
    expect((await atts.list()).items.map((i) => i.value.meta?.name).sort()).toEqual(names);

    // Bad input still gets its own error, not a retry hint.
    await expect(
      atts.create({ meta: { name: "bad" }, spec: { node: "", subnet: "s" } }),
    ).rejects.toMatchObject({
      code: ErrorCode.Invalid,
    });
    // Updates and deletes are never refused; a delete shrinks the backlog below the bound.
    const a0 = await atts.get("a0");
    await atts.update({ ...a0.value, meta: { ...a0.value.meta, labels: { k: "v" } } }, a0.revision);
    await atts.delete("a0");
    await atts.create({ meta: { name: "a0" }, spec: { node: "n1", subnet: "s" } });

    // Creates retried after the hint, with ipam (and agents) started while they wait: all succeed.
    let refusals = 0;
    const more = Array.from({ length: 6 }, (_, i) => `b${i}`);
    const retried = Promise.all(
      more.map((name) =>
        retryRefused(() => atts.create({ meta: { name }, spec: { node: "n1", subnet: "s" } }), {
          maxAttempts: 1_000,
          onRefused: () => refusals++,
        }),
      ),
    );
    await until(async () => (refusals > 0 ? true : undefined), "a refused create");

    const redisClient = new Redis(redis.url, { maxRetriesPerRequest: 2 });
    const ac = new AbortController();
    setMaxListeners(0, ac.signal);
    let ready!: () => void;
    const up = new Promise<void>((r) => (ready = r));
    const ipam = runIpam({
      nc: sys.nc,
      redis: redisClient,
      registry: new Registry(),
      logger: pino({ level: "silent" }),
      signal: ac.signal,
      onReady: ready,
    });
    let done = false;
    const agents = (async () => {
      while (!done) {
        await implementAddressed(ns);
        await new Promise((r) => setTimeout(r, 100));
      }
    })();
    try {
      await up;
      await retried;
      console.log(`creates refused while ipam was away, then retried: ${refusals}`);
      // Nothing waits forever: every attachment gets ready.
      const all = [...names, ...more];
      await until(async () => {
        const items = (await atts.list()).items;
        return items.length === all.length && items.every((i) => i.value.status?.hostIp) ? true : undefined;
      }, "every attachment ready");

      // Attachments ipam parks (their subnet is missing) wait for their tenant, not the plane:
      // twice the bound of them leave room for more creates.
      const parked = Array.from({ length: 2 * bound }, (_, i) => `p${i}`);
      for (const name of parked) {
        await retryRefused(() => atts.create({ meta: { name }, spec: { node: "n1", subnet: "nosuch" } }), {
          maxAttempts: 1_000,
        });
      }
      await until(async () => {
        const items = (await atts.list()).items.filter((i) => i.value.spec?.subnet === "nosuch");
        return items.length === parked.length && items.every((i) => i.value.status?.ipamErrors?.length)
          ? true
          : undefined;
      }, "every attachment on a missing subnet parked");
      await atts.create({ meta: { name: "after" }, spec: { node: "n1", subnet: "s" } });
    } finally {
      done = true;
      await agents;
      ac.abort();
      await ipam.catch(() => {});
      redisClient.disconnect();
    }
  });
});
