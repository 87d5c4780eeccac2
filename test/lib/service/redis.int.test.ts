import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { Redis } from "ioredis";
import pino from "pino";
import { describe, expect, it } from "vitest";
import { ErrorCode, JetnetError } from "../../../lib/errors.js";
import { commonConfig } from "../../../lib/service/config.js";
import { closeRedis, connectRedis } from "../../../lib/service/index.js";
import { freePort, startRedis } from "../../harness/index.js";
import { FakeSentinel } from "./fake-sentinel.js";

/**
 * The first connection fails fast and says where it tried, whatever the kind of deployment; a
 * client that ioredis gives up on connects again, unless its owner closed it.
 */

const logger = pino({ level: "silent" });
const config = (redis: string) =>
  commonConfig({ nats: "nats://x:4222", redis, metricsAddr: "off", logLevel: "info", name: "t" }).redis;

describe("connectRedis", () => {
  it.each([
    ["redis", (p: number) => `redis://:secret@127.0.0.1:${p}`],
    ["redis-sentinel", (p: number) => `redis-sentinel://:secret@127.0.0.1:${p}/mymaster`],
    ["redis-cluster", (p: number) => `redis-cluster://:secret@127.0.0.1:${p}`],
  ])(
    "reports UNAVAILABLE for a %s URL nobody answers, without the password",
    async (_, url) => {
      const port = await freePort();
      const err = await connectRedis(config(url(port)), { name: "t", logger }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(JetnetError);
      expect((err as JetnetError).code).toBe(ErrorCode.Unavailable);
      expect((err as JetnetError).message).toContain(
        `cannot connect to Redis at ${url(port).replace("secret", "***")}`,
      );
      expect((err as JetnetError).message).not.toContain("secret");
    },
    30_000,
  );

  it("sends the commands of one turn to Redis together, each with its own reply", async () => {
    const server = await startRedis();
    const admin = new Redis(server.url);
    const redis = await connectRedis(config(server.url), { name: "pipelining-test", logger });
    try {
      const readsProcessed = async () =>
        Number((await admin.info("stats")).match(/^total_reads_processed:(\d+)/m)?.[1] ?? Number.NaN);
      await redis.set("seen", "0");
      const before = await readsProcessed();
      // 300 commands issued in one turn leave as one pipeline; Redis reads them in a few reads,
      // not one read per command. A failing command fails alone.
      const replies = Array.from({ length: 300 }, (_, i) =>
        i === 150 ? redis.hget("seen", "x").catch((e: unknown) => e) : redis.incr("seen"),
      );
      expect(redis.autoPipelineQueueSize).toBe(300);
      const got = await Promise.all(replies);
      const after = await readsProcessed();
      expect(got.filter((r) => typeof r === "number")).toEqual(Array.from({ length: 299 }, (_, i) => i + 1));
      expect(String(got[150])).toContain("WRONGTYPE");
      // Both INFO calls are on another connection and count one read each.
      expect(after - before).toBeLessThanOrEqual(12);
    } finally {
      await closeRedis(redis);
      admin.disconnect();
      await server.stop();
    }
  }, 30_000);
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function until(what: string, ok: () => boolean | Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await ok())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(20);
  }
}

describe("connectRedis behind Sentinel", () => {
  it("connects again when ioredis gives up: a +switch-master arrived while a reconnect asked a sentinel for the primary", async () => {
    const server = await startRedis();
    const sentinel = await FakeSentinel.start({ host: "127.0.0.1", port: server.port });
    const admin = new Redis(server.url);
    const redis = await connectRedis(config(`redis-sentinel://127.0.0.1:${sentinel.port}/jetnet`), {
      name: "switch-test",
      logger,
    });
    try {
      await until("the failover detector's subscription", () => sentinel.subscribers.size > 0);
      let ends = 0;
      redis.on("end", () => ends++);
      // The reconnect's primary lookup is held until the failover detector (of the lost
      // connection) has seen +switch-master and aborted that connect: the race a loaded machine
      // loses now and then during a real failover, made certain.
      let lookups = 0;
      let release!: () => void;
      const held = new Promise<void>((r) => (release = r));
      sentinel.lookup = () => (++lookups === 1 ? held : Promise.resolve());
      await admin.call("CLIENT", "KILL", "TYPE", "normal", "SKIPME", "yes");
      await until("the reconnect's primary lookup", () => lookups === 1);
      sentinel.publishSwitch();
      await until("the failover detector to let go", () => sentinel.subscribers.size === 0);
      release();
      await until("ioredis to give up", () => ends > 0);
      await until("a PONG", async () => (await redis.ping().catch(() => "")) === "PONG");
      expect(redis.status).toBe("ready");
      // Closed by its owner, it stays closed, the failover detector's subscriptions included.
      await closeRedis(redis);
      await until("the sentinel subscriptions to close", () => sentinel.subscribers.size === 0);
      await sleep(300);
      expect(redis.status).toBe("end");
    } finally {
      await closeRedis(redis);
      admin.disconnect();
      await sentinel.stop();
      await server.stop();
    }
  }, 30_000);
});

describe("jetnet ipam --redis", () => {
  it("refuses a malformed value as a usage error naming the accepted forms", () => {
    const bin = fileURLToPath(new URL("../../../bin/jetnet.js", import.meta.url));
    const r = spawnSync(process.execPath, [bin, "ipam", "--redis", "redis-cluster://a:7000/3"], {
      env: { ...process.env, JETNET_FROM_SOURCE: "1" },
      encoding: "utf8",
      timeout: 30_000,
    });
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toBe(
      'jetnet: --redis: "redis-cluster://a:7000/3": a Redis Cluster has no databases or names; ' +
        "want redis-cluster://host:port[,...] (flag --redis, env JETNET_REDIS_URL)",
    );
    const wrong = spawnSync(process.execPath, [bin, "ipam", "--redis", "memcached://a"], {
      env: { ...process.env, JETNET_FROM_SOURCE: "1" },
      encoding: "utf8",
      timeout: 30_000,
    });
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toContain("redis://[:password@]host:port[/db], redis-sentinel://host:port");
    expect(wrong.stderr).toContain("redis-cluster://host:port");
  }, 60_000);
});
