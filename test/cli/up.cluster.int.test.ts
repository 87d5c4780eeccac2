import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { connect } from "@nats-io/transport-node";
import pino from "pino";
import { afterEach, describe, expect, it } from "vitest";
import { JetnetClient } from "../../lib/api/client.js";
import { LeaseStore } from "../../lib/ipam/leases.js";
import { freePort } from "../../lib/servers/ports.js";
import { commonConfig } from "../../lib/service/config.js";
import { closeRedis, connectRedis, redisMasters } from "../../lib/service/index.js";
import { eventually } from "../services/ipam/system.js";

/** `jetnet up --redis-cluster`: a local 3-master Redis Cluster behind the services. */

const root = fileURLToPath(new URL("../..", import.meta.url));
const procs: ChildProcess[] = [];
const dirs: string[] = [];

afterEach(async () => {
  for (const p of procs.splice(0)) p.kill("SIGKILL");
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

/**
 * Each `up` gets a config directory of its own: `up` makes its context the current one, and the
 * test files running beside this one share the setup's config directory (a context pointing at
 * a removed data dir would break their CLI calls).
 */
function ownConfigHome(): { XDG_CONFIG_HOME: string } {
  return { XDG_CONFIG_HOME: mkdtempSync(join(tmpdir(), "jetnet-up-config-")) };
}

function startUp(args: string[]) {
  const proc = spawn(process.execPath, [join(root, "bin/jetnet.js"), "up", ...args], {
    cwd: root,
    env: { ...process.env, JETNET_FROM_SOURCE: "1", ...ownConfigHome() },
    stdio: ["ignore", "pipe", "pipe"],
  });
  procs.push(proc);
  let out = "";
  proc.stdout!.on("data", (c: Buffer) => (out += c.toString("utf8")));
  proc.stderr!.on("data", (c: Buffer) => (out += c.toString("utf8")));
  const exited = new Promise<number | null>((resolve) => proc.once("exit", (code) => resolve(code)));
  return {
    proc,
    exited,
    output: () => out,
    // Fails as soon as up exits, or after 120 s, with what up printed (it says where it stopped).
    ready: () =>
      Promise.race([
        eventually(async () => (/^jetnet up: ready/m.test(out) ? out : undefined), 120_000, "ready"),
        exited.then((code) => {
          throw new Error(`jetnet up exited (${code}) before it was ready`);
        }),
      ]).catch((err: Error) => {
        throw new Error(`${err.message}; jetnet up printed:\n${out}`);
      }),
  };
}

describe("jetnet up --redis-cluster", () => {
  it("runs the services on a 3-master Redis Cluster that a second run finds again", async () => {
    const dataDir = await mkdtemp(join(tmpdir(), "jetnet-up-cluster-"));
    dirs.push(dataDir);
    const natsPort = await freePort();
    const args = ["--data-dir", dataDir, "--nats-port", `${natsPort}`, "--redis-port", "0", "--agents", "0"];
    const first = startUp([...args, "--redis-cluster"]);
    const out = await first.ready();
    const url = /^jetnet up: redis (redis-cluster:\/\/\S+)$/m.exec(out)?.[1];
    expect(url).toMatch(/^redis-cluster:\/\/127\.0\.0\.1:\d+,127\.0\.0\.1:\d+,127\.0\.0\.1:\d+$/);
    expect(out).toMatch(/^jetnet up: creating a Redis Cluster of 3 masters/m);
    for (const name of ["redis-1", "redis-2", "redis-3"])
      expect(out).toMatch(new RegExp(`^jetnet up: ${name} pid \\d+ `, "m"));

    const nc = await connect({ servers: `nats://127.0.0.1:${natsPort}` });
    const cfg = commonConfig({ nats: "x", redis: url!, metricsAddr: "off", logLevel: "info", name: "t" });
    const redis = await connectRedis(cfg.redis, { name: "up-test", logger: pino({ level: "silent" }) });
    try {
      const addresses = await eventually(async () => {
        const items = (await new JetnetClient(nc).attachments("demo").list()).items;
        return items.length === 4 && items.every((a) => a.value.status?.ip)
          ? items.map((a) => `${a.value.meta?.name} ${a.value.status?.ip}`).sort()
          : undefined;
      });
      expect(addresses).toHaveLength(4);
      expect(redisMasters(redis)).toHaveLength(3);
      const leases: string[] = [];
      for await (const l of new LeaseStore(redis).scanAll()) leases.push(l.ref);
      expect(leases.sort()).toEqual(addresses.map((a) => `demo/${a.split(" ")[0]}`));

      first.proc.kill("SIGINT");
      expect(await first.exited).toBe(0);

      // Same data dir: the same nodes on the same ports, the cluster and its leases intact.
      const second = startUp([...args, "--redis-cluster"]);
      const out2 = await second.ready();
      expect(out2).not.toMatch(/creating a Redis Cluster/);
      expect(/^jetnet up: redis (redis-cluster:\/\/\S+)$/m.exec(out2)?.[1]).toBe(url);
      const again = await eventually(async () => {
        const items = (await new JetnetClient(nc).attachments("demo").list()).items;
        return items.every((a) => a.value.status?.ip)
          ? items.map((a) => `${a.value.meta?.name} ${a.value.status?.ip}`).sort()
          : undefined;
      });
      expect(again).toEqual(addresses);
      second.proc.kill("SIGTERM");
      expect(await second.exited).toBe(0);
    } finally {
      await closeRedis(redis);
      await nc.close();
    }
  }, 240_000);
});
