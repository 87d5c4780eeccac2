import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RedisCluster, type RedisServer, startRedisCluster } from "../../harness/index.js";
import { churnThrough, type FailoverSystem, startFailoverSystem } from "./failover.js";

/**
 * ipam on a Redis Cluster of 3 masters and 3 replicas, under attachment churn from 3 replicas:
 * a manual failover (CLUSTER FAILOVER on a replica), then a master killed with SIGKILL (its
 * replica takes over after the node timeout; the killed node comes back empty and rejoins as a
 * replica). Each failover hits the master holding most of the test's VNIs.
 */

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

let cluster: RedisCluster;
let sys: FailoverSystem;

beforeAll(async () => {
  cluster = await startRedisCluster();
  sys = await startFailoverSystem(cluster.url);
}, 120_000);

afterAll(async () => {
  await sys?.stop();
  await cluster?.stop();
});

/** The master holding the most lease hashes now. */
async function busiestMaster(): Promise<RedisServer> {
  let best: [RedisServer, number] | undefined;
  for (const m of await cluster.masters()) {
    const c = new Redis(m.url);
    const n = (await c.keys("jetnet:{*}:ip")).length;
    c.disconnect();
    if (!best || n > best[1]) best = [m, n];
  }
  return best![0];
}

describe("ipam on a Redis Cluster", () => {
  it("keeps one lease per address through a manual failover and a killed master", async () => {
    const counts = await churnThrough(sys, 24_000, async () => {
      await sleep(4_000);
      const first = await busiestMaster();
      await cluster.failover(await cluster.replicaOf(first));
      await cluster.waitHealthy();
      await sleep(4_000);
      const victim = await busiestMaster();
      await victim.kill("SIGKILL");
      await cluster.waitTakeover(victim);
      // Back without data; the cluster makes it a replica of the node that took over, and new
      // leases there can be acknowledged by a replica again.
      await victim.restart();
      await cluster.waitHealthy();
      return 2;
    });
    expect(counts.failovers).toBe(2);
    // Every replica saw the masters' run ids change and re-asserted its leases, at least once.
    expect(counts.recoveries).toBeGreaterThanOrEqual(3);
    // A failover re-asserts the VNIs of the master that changed, not those of the other two.
    expect(counts.reasserted.some((r) => Number(r.split("/")[0]) < Number(r.split("/")[1]))).toBe(true);
    expect(counts.creates).toBeGreaterThan(100);
    expect(counts.deletes).toBeGreaterThan(50);
    expect(counts.samples).toBeGreaterThan(40);
  }, 150_000);
});
