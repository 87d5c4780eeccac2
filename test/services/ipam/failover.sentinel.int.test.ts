import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RedisSentinelSetup, startRedisSentinel } from "../../harness/index.js";
import { churnThrough, type FailoverSystem, startFailoverSystem } from "./failover.js";

/**
 * ipam behind Sentinel (a primary, two replicas, three sentinels), under attachment churn from 3
 * replicas: the primary is killed with SIGKILL twice (the sentinels promote a replica; the killed
 * node comes back empty and the sentinels make it a replica of the new primary).
 */

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

let setup: RedisSentinelSetup;
let sys: FailoverSystem;

beforeAll(async () => {
  setup = await startRedisSentinel();
  sys = await startFailoverSystem(setup.url);
}, 120_000);

afterAll(async () => {
  await sys?.stop();
  await setup?.stop();
});

describe("ipam behind Redis Sentinel", () => {
  it("keeps one lease per address through two killed primaries", async () => {
    const counts = await churnThrough(sys, 24_000, async () => {
      let failovers = 0;
      for (const at of [4_000, 6_000]) {
        await sleep(at);
        const old = await setup.primary();
        await old.kill("SIGKILL");
        await setup.waitFailover(old);
        failovers++;
        await old.restart();
      }
      return failovers;
    });
    expect(counts.failovers).toBe(2);
    expect(counts.recoveries).toBeGreaterThanOrEqual(3);
    expect(counts.creates).toBeGreaterThan(100);
    expect(counts.deletes).toBeGreaterThan(50);
    expect(counts.samples).toBeGreaterThan(40);
  }, 150_000);
});
