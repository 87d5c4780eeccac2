import { existsSync, readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type JetnetProcess,
  type NatsServer,
  type RedisServer,
  runJetnet,
  startJetnet,
  startNats,
  startRedis,
} from "../harness/index.js";

let nats: NatsServer;
let redis: RedisServer;
const services: JetnetProcess[] = [];
let dir: string;

beforeAll(async () => {
  [nats, redis] = await Promise.all([startNats(), startRedis()]);
  const common = ["--nats", nats.url, "--metrics-addr", "off"];
  services.push(
    ...(await Promise.all([
      startJetnet(["network", ...common]),
      startJetnet(["ipam", ...common, "--redis", redis.url]),
      startJetnet(["mapping", ...common]),
    ])),
  );
  dir = await mkdtemp(join(tmpdir(), "jetnet-bench-test-"));
}, 60_000);

afterAll(async () => {
  await Promise.allSettled(services.map((s) => s.stop()));
  await Promise.allSettled([nats?.stop(), redis?.stop()]);
  if (dir) await rm(dir, { recursive: true, force: true });
});

const bench = (args: string[]) => runJetnet(["bench", ...args]);

/** The p50 column (ms) of a latency row of the final table. */
function p50(stdout: string, latency: string): number {
  const row = stdout.split("\n").find((l) => l.startsWith(`${latency} `));
  if (!row) throw new Error(`no ${latency} row in:\n${stdout}`);
  return Number(row.trim().split(/\s+/)[2]);
}

describe("jetnet bench", () => {
  it("drives a small run against a live plane and reports latencies, JSON and CSV", async () => {
    const out = join(dir, "run");
    const run = await bench([
      "--nats",
      nats.url,
      "--hollow",
      "5",
      "--num-nets",
      "3",
      "--top-net-size",
      "10",
      "--rate",
      "20",
      "--warmup",
      "1",
      "--cruise",
      "4",
      "--cooldown",
      "1",
      "--seed",
      "7",
      "--out",
      out,
    ]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^latency \(ms\)\s+count\s+p50\s+p90\s+p99\s+max$/m);
    expect(p50(run.stdout, "create_to_ready")).toBeGreaterThan(0);
    expect(p50(run.stdout, "create_to_addressed")).toBeGreaterThan(0);
    expect(p50(run.stdout, "delete")).toBeGreaterThan(0);
    expect(run.stdout).toMatch(/rate: requested 20\.0 ops\/s, achieved \d+\.\d ops\/s in cruise/);
    // Not "none": on a loaded box an attachment living ~1 s may be deleted before it is ready.
    expect(run.stdout).toMatch(/^failures:/m);

    // (1 + 4 + 1) s × 20 ops/s = 120 operations: 60 creates, each later deleted.
    expect(existsSync(`${out}.json`)).toBe(true);
    const rows = readFileSync(`${out}.csv`, "utf8").trimEnd().split("\n");
    expect(rows[0]).toMatch(/^seq,kind,name,/);
    expect(rows).toHaveLength(1 + 120);
    expect(rows.filter((r) => r.split(",")[1] === "create")).toHaveLength(60);
    expect(rows.filter((r) => r.split(",")[1] === "delete")).toHaveLength(60);
    const json = JSON.parse(readFileSync(`${out}.json`, "utf8"));
    expect(json.sizes).toEqual([10, 5, 4]);
    expect(json.config.numAttachments).toBe(60);
    expect(json.summary.ops).toMatchObject({ planned: 120, started: 120 });
    expect(json.summary.latencies.create_to_ready.count).toBeGreaterThan(0);
  }, 60_000);

  it("prints no warnings: bench --help, up --help, and a run with more threads than node's listener limit", async () => {
    for (const help of [
      ["bench", "--help"],
      ["up", "--help"],
    ]) {
      const r = await runJetnet(help);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toContain(`Usage: jetnet ${help[0]}`);
      expect(r.stderr).not.toContain("Warning");
    }
    // 12 threads wait for their next operation at once; each waiting on the ^C signal itself was
    // "MaxListenersExceededWarning: 11 abort listeners added to [AbortSignal]".
    const run = await bench([
      ...["--nats", nats.url, "--hollow", "3", "--num-nets", "2", "--top-net-size", "8"],
      ...["--rate", "20", "--threads", "12", "--warmup", "1", "--cruise", "2", "--cooldown", "1"],
    ]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain("12 threads");
    expect(run.stdout).toMatch(/^operations: 80 of 80 started/m);
    expect(run.stderr).not.toContain("Warning");
  }, 60_000);

  it("exits 3 when NATS cannot be reached", async () => {
    const run = await bench(["--nats", "nats://127.0.0.1:1", "--nodes", "n1", "--cruise", "1"]);
    expect(run.code).toBe(3);
    expect(run.stderr).toContain("cannot connect to NATS");
  }, 30_000);
});
