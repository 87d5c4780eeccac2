import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import pino from "pino";
import { describe, expect, it } from "vitest";
import { ErrorCode, JetnetError } from "../../../lib/errors.js";
import { commonConfig } from "../../../lib/service/config.js";
import { connectRedis } from "../../../lib/service/index.js";
import { freePort } from "../../harness/index.js";

/** The first connection fails fast and says where it tried, whatever the kind of deployment. */

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
