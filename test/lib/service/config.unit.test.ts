import { Command } from "commander";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ErrorCode, JetnetError } from "../../../lib/errors.js";
import { addCommonOptions, commonConfig, Env } from "../../../lib/service/config.js";
import type { CommonOptions } from "../../../lib/service/types.js";

/** Parses argv the way a service's main.ts does, reading whatever env the test stubbed. */
function parse(argv: string[]) {
  const cmd = addCommonOptions(new Command("svc")).exitOverride();
  cmd.parse(argv, { from: "user" });
  return commonConfig(cmd.opts<CommonOptions>());
}

function clearEnv() {
  for (const name of Object.values(Env)) vi.stubEnv(name, undefined);
}

describe("commonConfig", () => {
  afterEach(() => vi.unstubAllEnvs());

  it("uses the defaults when neither flag nor env is set", () => {
    clearEnv();
    const cfg = parse([]);
    expect(cfg.nats).toEqual({
      servers: ["nats://127.0.0.1:4222"],
      user: undefined,
      password: undefined,
      credsFile: undefined,
      tls: undefined,
      writeWindowMs: 0,
    });
    expect(cfg.redis).toEqual({
      url: "redis://127.0.0.1:6379",
      target: {
        mode: "standalone",
        url: "redis://127.0.0.1:6379",
        nodes: [{ host: "127.0.0.1", port: 6379 }],
        db: 0,
        tls: false,
      },
      password: undefined,
      sentinelPassword: undefined,
      tlsCa: undefined,
    });
    expect(cfg.metricsAddr).toEqual({ host: "127.0.0.1", port: 0 });
    expect(cfg.logLevel).toBe("info");
    expect(cfg.instance).toMatch(new RegExp(`-${process.pid}$`));
  });

  it("takes env over defaults and flags over env", () => {
    clearEnv();
    vi.stubEnv("JETNET_NATS_URL", "nats://env-a:4222, env-b:4223");
    vi.stubEnv("JETNET_REDIS_URL", "redis://env:6380/2");
    vi.stubEnv("JETNET_LOG_LEVEL", "debug");
    vi.stubEnv("JETNET_INSTANCE", "from-env");
    vi.stubEnv("JETNET_METRICS_ADDR", "0.0.0.0:9100");

    const fromEnv = parse([]);
    expect(fromEnv.nats.servers).toEqual(["nats://env-a:4222", "nats://env-b:4223"]);
    expect(fromEnv.redis.url).toBe("redis://env:6380/2");
    expect(fromEnv.logLevel).toBe("debug");
    expect(fromEnv.instance).toBe("from-env");
    expect(fromEnv.metricsAddr).toEqual({ host: "0.0.0.0", port: 9100 });

    const fromFlags = parse([
      "--nats",
      "nats://flag:4222",
      "--redis",
      "rediss://flag:6390",
      "--log-level",
      "warn",
      "--name",
      "from-flag",
      "--metrics-addr",
      "[::1]:9200",
    ]);
    expect(fromFlags.nats.servers).toEqual(["nats://flag:4222"]);
    expect(fromFlags.redis.url).toBe("rediss://flag:6390");
    expect(fromFlags.logLevel).toBe("warn");
    expect(fromFlags.instance).toBe("from-flag");
    expect(fromFlags.metricsAddr).toEqual({ host: "::1", port: 9200 });
  });

  it("disables the metrics server with off or an empty value", () => {
    clearEnv();
    expect(parse(["--metrics-addr", "off"]).metricsAddr).toBeUndefined();
    vi.stubEnv("JETNET_METRICS_ADDR", "");
    expect(parse([]).metricsAddr).toBeUndefined();
  });

  it("collects credentials and TLS files, requiring TLS when any file is given", () => {
    clearEnv();
    vi.stubEnv("JETNET_NATS_USER", "alice");
    vi.stubEnv("JETNET_NATS_PASSWORD", "s3cret");
    vi.stubEnv("JETNET_NATS_TLS_CA", "/etc/ca.pem");
    const cfg = parse(["--nats-tls-cert", "c.pem", "--nats-tls-key", "k.pem"]);
    expect(cfg.nats.user).toBe("alice");
    expect(cfg.nats.password).toBe("s3cret");
    expect(cfg.nats.tls).toEqual({ caFile: "/etc/ca.pem", certFile: "c.pem", keyFile: "k.pem" });
  });

  it("rejects a bad NATS URL naming the flag and the env var", () => {
    clearEnv();
    vi.stubEnv("JETNET_NATS_URL", "http://example.com");
    const err = captureError(() => parse([]));
    expect(err).toBeInstanceOf(JetnetError);
    expect(err.code).toBe(ErrorCode.Invalid);
    expect(err.field).toBe("--nats");
    expect(err.message).toContain('"http://example.com" is not a NATS URL');
    expect(err.message).toContain("--nats");
    expect(err.message).toContain("JETNET_NATS_URL");
  });

  it("rejects a bad Redis URL naming the flag and the env var", () => {
    clearEnv();
    const err = captureError(() => parse(["--redis", "not a url"]));
    expect(err.field).toBe("--redis");
    expect(err.message).toMatch(/"not a url" is not a Redis URL.*flag --redis, env JETNET_REDIS_URL/);
  });

  it("takes a Sentinel or Cluster URL, with passwords and a CA from flags or env", () => {
    clearEnv();
    vi.stubEnv("JETNET_SENTINEL_PASSWORD", "s3");
    const sentinel = parse([
      "--redis",
      "rediss-sentinel://:pw@a:26380,b/main/2",
      "--redis-tls-ca",
      "/ca.pem",
    ]);
    expect(sentinel.redis).toEqual({
      url: "rediss-sentinel://:pw@a:26380,b/main/2",
      target: {
        mode: "sentinel",
        nodes: [
          { host: "a", port: 26380 },
          { host: "b", port: 26379 },
        ],
        masterName: "main",
        db: 2,
        password: "pw",
        tls: true,
      },
      password: undefined,
      sentinelPassword: "s3",
      tlsCa: "/ca.pem",
    });
    vi.stubEnv("JETNET_SENTINEL_PASSWORD", undefined);
    vi.stubEnv("JETNET_REDIS_URL", "redis-cluster://10.0.0.1:7000,[::1]:7001,h");
    const cluster = parse(["--redis-password", "p"]);
    expect(cluster.redis.target).toEqual({
      mode: "cluster",
      nodes: [
        { host: "10.0.0.1", port: 7000 },
        { host: "::1", port: 7001 },
        { host: "h", port: 6379 },
      ],
      db: 0,
      tls: false,
    });
    expect(cluster.redis.password).toBe("p");
  });

  it("rejects malformed Sentinel and Cluster URLs naming the accepted forms", () => {
    clearEnv();
    const cases: [string, RegExp][] = [
      ["redis-sentinel://a:26379,b:26379", /names no primary/],
      ["redis-sentinel://a:26379/m/x", /database "x" is not a number/],
      ["redis-cluster://a:7000/0", /a Redis Cluster has no databases/],
      ["redis-cluster://a:99999", /"a:99999" is not host\[:port\]/],
      ["redis-cluster://a:7000,,b", /"" is not host\[:port\]/],
      ["http://a:6379", /is not a Redis URL \(want redis:\/\/.*redis-sentinel:\/\/.*redis-cluster:\/\//],
    ];
    for (const [url, message] of cases) {
      const err = captureError(() => parse(["--redis", url]));
      expect(err.field).toBe("--redis");
      expect(err.message).toMatch(message);
      expect(err.message).toContain("env JETNET_REDIS_URL");
    }
    expect(captureError(() => parse(["--sentinel-password", "x"])).field).toBe("--sentinel-password");
    expect(captureError(() => parse(["--redis-tls-ca", "/ca.pem"])).field).toBe("--redis-tls-ca");
  });

  it("rejects a bad metrics address, inconsistent credentials and a half TLS pair", () => {
    clearEnv();
    expect(captureError(() => parse(["--metrics-addr", "localhost"])).field).toBe("--metrics-addr");
    expect(captureError(() => parse(["--metrics-addr", "h:70000"])).field).toBe("--metrics-addr");
    expect(captureError(() => parse(["--nats-password", "p"])).field).toBe("--nats-password");
    expect(captureError(() => parse(["--nats-user", "u", "--nats-creds", "f"])).field).toBe("--nats-creds");
    expect(captureError(() => parse(["--nats-tls-cert", "c.pem"])).field).toBe("--nats-tls-cert");
    expect(captureError(() => parse(["--name", "has space"])).field).toBe("--name");
  });

  it("takes a NATS write window in milliseconds from flag or env, 0 to 100", () => {
    clearEnv();
    expect(parse(["--nats-write-window", "0"]).nats.writeWindowMs).toBe(0);
    expect(parse(["--nats-write-window", "2.5"]).nats.writeWindowMs).toBe(2.5);
    vi.stubEnv("JETNET_NATS_WRITE_WINDOW", "4");
    expect(parse([]).nats.writeWindowMs).toBe(4);
    expect(parse(["--nats-write-window", "3"]).nats.writeWindowMs).toBe(3);
    for (const bad of ["-1", "101", "1ms", "x"]) {
      const err = captureError(() => parse(["--nats-write-window", bad]));
      expect(err.code).toBe(ErrorCode.Invalid);
      expect(err.field).toBe("--nats-write-window");
      expect(err.message).toContain(`"${bad}" is not a number of milliseconds from 0 to 100`);
      expect(err.message).toContain("JETNET_NATS_WRITE_WINDOW");
    }
  });

  it("validates values passed without commander", () => {
    const opts: CommonOptions = {
      nats: "nats://n:4222",
      redis: "redis://r:6379",
      metricsAddr: ":9090",
      logLevel: "loud",
      name: "x",
    };
    expect(captureError(() => commonConfig(opts)).field).toBe("--log-level");
    expect(commonConfig({ ...opts, logLevel: "error" }).metricsAddr).toEqual({ host: "0.0.0.0", port: 9090 });
    expect(commonConfig({ ...opts, logLevel: "error" }).nats.writeWindowMs).toBe(0);
  });

  it("shows the env vars in --help", () => {
    const help = addCommonOptions(new Command("svc")).helpInformation();
    expect(help).toContain("env: JETNET_NATS_URL");
    expect(help).toContain("env: JETNET_METRICS_ADDR");
  });
});

function captureError(fn: () => unknown): JetnetError {
  try {
    fn();
  } catch (err) {
    if (err instanceof JetnetError) return err;
    throw err;
  }
  throw new Error("expected an error");
}
