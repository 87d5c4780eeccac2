import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { createServer, type Server } from "node:net";
import { tmpdir } from "node:os";
import { delimiter, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { connect } from "@nats-io/transport-node";
import { afterEach, describe, expect, it } from "vitest";
import { JetnetClient } from "../../lib/api/client.js";
import { traitsOf } from "../../lib/nats/server.js";
import { natsServerEnv, natsServerVersion } from "../../lib/servers/nats-binary.js";
import { freePort } from "../../lib/servers/ports.js";
import { until } from "../harness/index.js";

const root = fileURLToPath(new URL("../..", import.meta.url));

/** One `jetnet up` run as the user would start it, with its output collected. */
interface UpRun {
  proc: ChildProcess;
  output(): string;
  /** Resolves with the match once the output contains `re`; rejects if the process exits first. */
  waitFor(re: RegExp, timeoutMs?: number): Promise<RegExpMatchArray>;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** name -> pid, from the summary's `<name> pid <pid>` lines. */
  pids(): Map<string, number>;
}

const runs: UpRun[] = [];
const dirs: string[] = [];

afterEach(async () => {
  // A failed test must not leave servers behind: they run in their own process groups.
  for (const run of runs.splice(0)) {
    for (const pid of run.pids().values()) if (alive(pid)) process.kill(pid, "SIGKILL");
    run.proc.kill("SIGKILL");
  }
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

function startUp(args: string[], env: Record<string, string> = {}): UpRun {
  const proc = spawn(process.execPath, [join(root, "bin/jetnet.js"), "up", ...args], {
    cwd: root,
    env: { ...process.env, JETNET_FROM_SOURCE: "1", PATH: testPath(), ...ownConfigHome(), ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  const waiters = new Set<() => void>();
  const onData = (chunk: Buffer) => {
    out += chunk.toString("utf8");
    for (const w of waiters) w();
  };
  proc.stdout!.on("data", onData);
  proc.stderr!.on("data", onData);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    proc.once("exit", (code, signal) => resolve({ code, signal })),
  );
  const run: UpRun = {
    proc,
    output: () => out,
    exited,
    waitFor: (re, timeoutMs = 90_000) =>
      new Promise((resolve, reject) => {
        const check = () => {
          const m = out.match(re);
          if (!m) return;
          done();
          resolve(m);
        };
        const timer = setTimeout(() => {
          done();
          reject(new Error(`no ${re} after ${timeoutMs} ms; output:\n${out}`));
        }, timeoutMs);
        const done = () => {
          waiters.delete(check);
          clearTimeout(timer);
        };
        waiters.add(check);
        void exited.then(() => {
          if (!waiters.has(check)) return;
          done();
          reject(new Error(`jetnet up exited before ${re}; output:\n${out}`));
        });
        check();
      }),
    pids: () =>
      new Map([...out.matchAll(/^jetnet up: (\S+) pid (\d+) /gm)].map((m) => [m[1]!, Number(m[2])])),
  };
  runs.push(run);
  return run;
}

/** PATH with the nats-server under test first, so `jetnet up` finds it as a user's shell would. */
function testPath(): string {
  const chosen = process.env[natsServerEnv];
  const path = process.env.PATH ?? "";
  return chosen ? `${dirname(chosen)}${delimiter}${path}` : path;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    expect((err as NodeJS.ErrnoException).code).toBe("ESRCH");
    return false;
  }
}

async function exitWithin(run: UpRun, ms: number) {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`still running after ${ms} ms:\n${run.output()}`)), ms);
  });
  try {
    return await Promise.race([run.exited, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

async function tempDir(): Promise<string> {
  const d = await mkdtemp(join(tmpdir(), "jetnet-up-test-"));
  dirs.push(d);
  return d;
}

describe("jetnet up", () => {
  it("starts the plane and the demo network; SIGINT stops every process and exits 0; a second run keeps the data", async () => {
    const dataDir = await tempDir();
    const natsPort = await freePort();
    const redisPort = await freePort();
    const args = ["--data-dir", dataDir, "--nats-port", `${natsPort}`, "--redis-port", `${redisPort}`];
    // With the default three hollow agents: the demo's attachments get implemented.
    const first = startUp(args);
    await first.waitFor(/^jetnet up: ready/m);

    const natsLine = first.output().match(/^jetnet up: nats-server pid (\d+) (nats:\/\/\S+)/m);
    const redisLine = first.output().match(/^jetnet up: redis-server pid (\d+) (redis:\/\/\S+)/m);
    expect(natsLine?.[2]).toBe(`nats://127.0.0.1:${natsPort}`);
    expect(redisLine?.[2]).toBe(`redis://127.0.0.1:${redisPort}`);
    const pids = first.pids();
    expect([...pids.keys()]).toEqual(expect.arrayContaining(["nats-server", "redis-server", "network"]));
    for (const pid of pids.values()) expect(alive(pid)).toBe(true);
    expect(first.output()).toMatch(
      /^jetnet up: network pid \d+ metrics http:\/\/127\.0\.0\.1:\d+\/metrics /m,
    );
    expect(await readFile(join(dataDir, "logs", "network.log"), "utf8")).toContain('"msg":"ready"');
    // ipam and mapping run inside network: no processes of their own.
    expect(first.output()).toMatch(/^jetnet up: starting network \(with ipam and mapping inside\)$/m);
    expect(first.output()).not.toMatch(/^jetnet up: (ipam|mapping) pid /m);

    const nc = await connect({ servers: natsLine![2]! });
    let blueUid: string | null | undefined;
    try {
      const client = new JetnetClient(nc);
      const blue = await client.subnets("demo").get("blue");
      const green = await client.subnets("demo").get("green");
      expect(blue.value.spec).toMatchObject({ vni: 100, cidr: "10.10.0.0/24" });
      expect(green.value.spec).toMatchObject({ vni: 200, cidr: "10.20.0.0/24" });
      // `up` prints "ready" only after it saw both validated.
      expect(blue.value.status?.validated).toBe(true);
      expect(green.value.status?.validated).toBe(true);
      blueUid = blue.value.meta?.uid;
      const attachments = await client.attachments("demo").list();
      expect(attachments.items.map((a) => a.value.spec?.node).sort()).toEqual([
        "node-1",
        "node-2",
        "node-2",
        "node-3",
      ]);
      // Addressed, implemented by their nodes' agents (node work from mapping inside network) and reported.
      for (const a of attachments.items) {
        const s = (await until(`${a.key} implemented`, async () => {
          const cur = await client.attachments("demo").get(a.value.meta?.name ?? "");
          return cur.value.status?.hostIp && cur.value.status.ifName ? cur.value.status : undefined;
        }))!;
        expect(s.ip).toMatch(/^10\.(10|20)\.0\.\d+$/);
      }
    } finally {
      await nc.close();
    }

    first.proc.kill("SIGINT");
    expect(await exitWithin(first, 20_000)).toEqual({ code: 0, signal: null });
    for (const [name, pid] of pids) expect(alive(pid), `${name} pid ${pid}`).toBe(false);
    expect(first.output()).toMatch(/^jetnet up: stopped$/m);

    // Same data dir: JetStream kept the objects (same uid), and ALREADY_EXISTS is not an error.
    const second = startUp([...args, "--agents", "0"]);
    await second.waitFor(/^jetnet up: ready/m);
    expect(second.output()).toMatch(/^jetnet up: demo: validated blue, green$/m);
    const nc2 = await connect({ servers: `nats://127.0.0.1:${natsPort}` });
    try {
      const blue = await new JetnetClient(nc2).subnets("demo").get("blue");
      expect(blue.value.meta?.uid).toBe(blueUid);
    } finally {
      await nc2.close();
    }
    second.proc.kill("SIGTERM");
    expect(await exitWithin(second, 20_000)).toEqual({ code: 0, signal: null });
    for (const pid of second.pids().values()) expect(alive(pid)).toBe(false);
  }, 240_000);

  it("--nats-port 0, then `jetnet get subnets -A` in another shell finds the plane with no flags", async () => {
    const dataDir = await tempDir();
    const configHome = await tempDir();
    // The monitor port asked for is taken: up picks another, as for the client port.
    const taken = await freePort();
    const blocker: Server = createServer();
    await new Promise<void>((r) => blocker.listen({ host: "127.0.0.1", port: taken }, r));
    try {
      const args = ["--data-dir", dataDir, "--nats-port", "0", "--redis-port", "0", "--agents", "0"];
      const run = startUp([...args, "--nats-monitor-port", `${taken}`], { XDG_CONFIG_HOME: configHome });
      await run.waitFor(/^jetnet up: ready/m);
      expect(run.output()).toContain(`port ${taken} for the nats-server monitor is taken`);
      const monitor = run.output().match(/^jetnet up: nats-server pid \d+ \S+ monitor (http:\/\/\S+) /m)?.[1];
      expect(monitor).toBeDefined();
      expect(monitor).not.toBe(`http://127.0.0.1:${taken}`);
      expect((await fetch(`${monitor}/varz`)).ok).toBe(true);

      const contextFile = join(dataDir, "context.yaml");
      expect(run.output()).toContain(
        `jetnet up: CLI context ${contextFile} (current-context in ${join(configHome, "jetnet", "config.yaml")})`,
      );
      // The commands it suggests need no --nats.
      expect(run.output()).toMatch(/^ {2}node \S*bin\/jetnet\.js get subnets -A +# /m);
      expect(run.output()).toMatch(/^ {2}node \S*bin\/jetnet\.js watch attachments -n demo +# /m);

      // Another shell: no JETNET_* settings at all, the same config directory.
      const env: NodeJS.ProcessEnv = { JETNET_FROM_SOURCE: "1", XDG_CONFIG_HOME: configHome };
      for (const [k, v] of Object.entries(process.env))
        if (!k.startsWith("JETNET_") && !(k in env)) env[k] = v;
      const get = await new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
        const p = spawn(process.execPath, [join(root, "bin/jetnet.js"), "get", "subnets", "-A"], {
          cwd: root,
          env,
        });
        let stdout = "";
        let stderr = "";
        p.stdout.on("data", (c: Buffer) => {
          stdout += c.toString("utf8");
        });
        p.stderr.on("data", (c: Buffer) => {
          stderr += c.toString("utf8");
        });
        p.once("close", (code) => resolve({ code, stdout, stderr }));
      });
      expect(get.code, get.stderr).toBe(0);
      expect(get.stdout).toMatch(/^demo +blue +100 +10\.10\.0\.0\/24 +true /m);
      expect(get.stdout).toMatch(/^demo +green +200 +10\.20\.0\.0\/24 +true /m);

      run.proc.kill("SIGINT");
      expect(await exitWithin(run, 20_000)).toEqual({ code: 0, signal: null });
    } finally {
      await new Promise((r) => blocker.close(r));
    }
  }, 180_000);

  it("falls back to a free port when the wanted one is taken; a crashed server stops the rest and exits 1", async () => {
    const dataDir = await tempDir();
    const taken = await freePort();
    const blocker: Server = createServer();
    await new Promise<void>((r) => blocker.listen({ host: "127.0.0.1", port: taken }, r));
    try {
      const run = startUp([
        "--data-dir",
        dataDir,
        "--nats-port",
        `${taken}`,
        "--redis-port",
        "0",
        "--no-demo",
        "--agents",
        "0",
      ]);
      await run.waitFor(/^jetnet up: ready/m);
      expect(run.output()).toContain(`port ${taken} for nats-server is taken`);
      const nats = run.output().match(/^jetnet up: nats-server pid (\d+) nats:\/\/127\.0\.0\.1:(\d+)/m);
      expect(Number(nats?.[2])).not.toBe(taken);
      expect(run.output()).not.toContain("demo:");

      const pids = run.pids();
      process.kill(Number(nats![1]), "SIGKILL");
      expect(await exitWithin(run, 20_000)).toEqual({ code: 1, signal: null });
      expect(run.output()).toMatch(/nats-server \(pid \d+\) exited unexpectedly \(signal SIGKILL\)/);
      for (const [name, pid] of pids) expect(alive(pid), `${name} pid ${pid}`).toBe(false);
    } finally {
      await new Promise((r) => blocker.close(r));
    }
  }, 120_000);

  it("applies --nats-sync to nats-server (its /varz) where the release has the setting, else warns", async () => {
    const dataDir = await tempDir();
    const syncable = traitsOf(natsServerVersion()).syncInterval;
    const base = [
      "--data-dir",
      dataDir,
      "--nats-port",
      "0",
      "--redis-port",
      "0",
      "--no-demo",
      "--agents",
      "0",
    ];
    /** One run with `sync` args: what /varz says of JetStream's config, and the output. */
    const runWith = async (sync: string[]) => {
      const run = startUp([...base, ...sync]);
      await run.waitFor(/^jetnet up: ready/m);
      const monitor = run.output().match(/^jetnet up: nats-server pid \d+ \S+ monitor (\S+)/m)?.[1];
      const varz = (await (await fetch(`${monitor}/varz`)).json()) as { jetstream: { config: JsConfig } };
      run.proc.kill("SIGINT");
      expect(await exitWithin(run, 20_000)).toEqual({ code: 0, signal: null });
      return { config: varz.jetstream.config, output: run.output() };
    };
    const twoMinutesNs = 120e9;

    const always = await runWith(["--nats-sync", "always"]);
    const interval = await runWith(["--nats-sync", "250ms"]);
    const byDefault = await runWith([]);
    if (syncable) {
      expect(always.config).toMatchObject({ sync_always: true });
      expect(always.output).toContain("jetnet up: JetStream fsyncs before it acknowledges each write");
      expect(interval.config.sync_interval).toBe(250e6);
      expect(interval.config.sync_always).toBeUndefined();
    } else {
      for (const [run, value] of [
        [always, "always"],
        [interval, "250ms"],
      ] as const) {
        expect(run.output).toContain(
          `jetnet up: warning: --nats-sync ${value} cannot be applied: nats-server ${natsServerVersion()} has no sync_interval`,
        );
        expect(run.config.sync_always).toBeUndefined();
        expect(run.config.sync_interval).toBeUndefined();
      }
    }
    // The default leaves the server's own setting (2.10 reports it, 2.9 has none), also after a
    // run that set one on the same data dir.
    expect(byDefault.config.sync_always).toBeUndefined();
    expect(byDefault.config.sync_interval).toBe(syncable ? twoMinutesNs : undefined);
    expect(byDefault.output).not.toContain("warning");
  }, 180_000);

  it("refuses an unknown --nats-sync as a usage error naming the allowed forms", async () => {
    const run = startUp(["--data-dir", await tempDir(), "--nats-sync", "sometimes"]);
    expect(await exitWithin(run, 20_000)).toEqual({ code: 2, signal: null });
    expect(run.output()).toBe(
      "error: option '--nats-sync <when>' argument 'sometimes' is invalid. expected always, default, " +
        "or a duration such as 1s, 200ms, 1m30s\n",
    );
  });
});

/** The part of nats-server's /varz that says when JetStream fsyncs (2.10 and later). */
interface JsConfig {
  sync_interval?: number;
  sync_always?: boolean;
}
