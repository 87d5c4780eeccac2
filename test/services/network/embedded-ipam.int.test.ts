import { jetstreamManager } from "@nats-io/jetstream";
import { connect } from "@nats-io/transport-node";
import pino from "pino";
import { Registry } from "prom-client";
import { afterEach, describe, expect, it } from "vitest";
import { JetnetClient } from "../../../lib/api/client.js";
import { Bucket, feedPrefix } from "../../../lib/api/subjects.js";
import { ErrorCode } from "../../../lib/errors.js";
import { LeaseStore } from "../../../lib/ipam/leases.js";
import type { Companion } from "../../../lib/service/companion.js";
import { sleep } from "../../../lib/time.js";
import { runNetwork } from "../../../services/network/service.js";
import { startNats } from "../../harness/index.js";
import { eventually, startSystem, type TestSystem } from "../ipam/system.js";

/**
 * ipam and mapping inside the network service (`jetnet network --ipam --mapping`): they work
 * from the service's own caches, so the attachments bucket is followed by one consumer however
 * many of them run there (each write is delivered once, not three times); ipam does its whole
 * job (the address of a create the network service could not lease, the release of a deleted
 * attachment's lease) and mapping announces node work. The ipam controller suite
 * (test/services/ipam/controller.int.test.ts) runs in both layouts too, and the datapath tests
 * (test/e2e) run this one.
 */

let sys: TestSystem | undefined;
afterEach(async () => {
  await sys?.stop();
  sys = undefined;
});

/** The fewest consumers the attachments stream had over a second (a compaction read may add one for a moment). */
async function steadyConsumers(s: TestSystem): Promise<number> {
  const jsm = await jetstreamManager(s.nc);
  let fewest = Number.POSITIVE_INFINITY;
  for (let i = 0; i < 5; i++) {
    const list = await jsm.consumers.list(`KV_${Bucket.Attachments}`).next();
    fewest = Math.min(fewest, list.length);
    await sleep(200);
  }
  return fewest;
}

async function membersOf(s: TestSystem, service: string): Promise<number | undefined> {
  const m = s.registry.getSingleMetric("jetnet_replica_members");
  return (await m?.get())?.values.find((v) => v.labels.service === service)?.value;
}

describe("ipam inside the network service", () => {
  it("follows the attachments bucket once for all three, where ipam beside it adds a consumer", async () => {
    sys = await startSystem({}, {}, { embedded: true, mapping: true });
    expect(await steadyConsumers(sys)).toBe(1);
    expect(await membersOf(sys, "ipam")).toBe(1);
    expect(await membersOf(sys, "mapping")).toBe(1);
    // mapping inside announces a new attachment's node work to its node.
    const work: string[] = [];
    const sub = sys.nc.subscribe(`${feedPrefix}.jetnet-node.>`, {
      callback: (_, m) => {
        work.push(m.subject);
      },
    });
    await sys.client.subnets("m").create({ meta: { name: "s" }, spec: { vni: 41, cidr: "10.41.0.0/24" } });
    await sys.client.attachments("m").create({ meta: { name: "a" }, spec: { node: "n7", subnet: "s" } });
    await eventually(async () => (work.length > 0 ? true : undefined));
    sub.unsubscribe();
    expect(work.every((s) => s.includes("n7"))).toBe(true);
    await sys.stop();
    sys = await startSystem({}, {}, { leaseInCreate: {} });
    expect(await steadyConsumers(sys)).toBe(2);
  });

  it("addresses what the create could not lease, and releases a deleted attachment's lease", async () => {
    sys = await startSystem({}, {}, { embedded: true });
    const c = sys.client;
    const leases = new LeaseStore(sys.redisClient);
    await c.subnets("e").create({ meta: { name: "s" }, spec: { vni: 40, cidr: "10.40.0.0/24" } });
    await eventually(async () =>
      (await c.subnets("e").get("s")).value.status?.validated ? true : undefined,
    );
    await sleep(300); // the service's subnet cache follows its watch a moment after the read
    // Two attachments asking for one static address: the second is stored without it.
    const spec = { node: "n1", subnet: "s", ip: "10.40.0.9" };
    const a = await c.attachments("e").create({ meta: { name: "a" }, spec });
    expect(a.value.status?.ip).toBe("10.40.0.9");
    const b = await c.attachments("e").create({ meta: { name: "b" }, spec });
    expect(b.value.status?.ip ?? "").toBe("");
    // ipam records why b waits, then gives it the address once a is deleted.
    await eventually(async () => {
      const v = await c.attachments("e").get("b");
      return v.value.status?.addressContention ? v : undefined;
    });
    await c.attachments("e").delete("a");
    const addressed = await eventually(async () => {
      const v = await c.attachments("e").get("b");
      return v.value.status?.ip ? v : undefined;
    });
    expect(addressed.value.status?.ip).toBe("10.40.0.9");
    expect((await leases.listVni(40)).map((l) => l.ref)).toEqual(["e/b"]);
    await c.attachments("e").delete("b");
    await eventually(async () => ((await leases.listVni(40)).length === 0 ? true : undefined));
  });
});

describe("work run inside the network service", () => {
  it("stops the service, and fails it with its error, when it fails", async () => {
    const nats = await startNats();
    const nc = await connect({ servers: nats.url });
    const ac = new AbortController();
    try {
      let served = false;
      // Fails once the service's caches have synced, as ipam whose Redis recovery throws would.
      const failing: Companion = async (ctx) => {
        await ctx.caches.attachments.waitForSync(ctx.signal);
        await sleep(300);
        throw new Error("companion broke");
      };
      const run = runNetwork({
        nc,
        registry: new Registry(),
        logger: pino({ level: "silent" }),
        signal: ac.signal,
        companions: [failing],
        onReady: () => {
          served = true;
        },
      });
      await expect(run).rejects.toThrow("companion broke");
      // It had served (the failure came after), and it stopped by itself: the caller never aborted.
      expect(served).toBe(true);
      expect(ac.signal.aborted).toBe(false);
      // Nothing answers the API any more.
      await expect(new JetnetClient(nc, { timeoutMs: 1_000 }).subnets("x").get("s")).rejects.toMatchObject({
        code: ErrorCode.Unavailable,
      });
    } finally {
      ac.abort();
      await nc.close();
      await nats.stop();
    }
  });
});
