import { spawn } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../..", import.meta.url));

/** The keys `--json` promises, in the shape the goals are stated in. */
const expectedKeys = {
  raw_put_per_s: null,
  ready_per_s: null,
  ready_ratio: null,
  p99_ready_ms_at_30pct: null,
  cpu_ms_per_lifecycle: ["nats_server", "network", "ipam", "mapping", "agents", "total_control_plane"],
  msgs_per_lifecycle: [
    "nats_in",
    "nats_out",
    "kv_writes",
    "js_api",
    "agent_deliveries",
    "agent_deliveries_needed",
  ],
} as const;

// A smoke run: the benchmark starts its own servers and plane, runs, and writes every figure.
// Nothing here is about how fast: only that each figure is a finite number.
describe("bench:e2e --quick", () => {
  let dir: string;
  let run: { code: number | null; output: string };
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "jetnet-e2e-smoke-"));
    const child = spawn(
      process.execPath,
      ["--import", "tsx", "bench/e2e.bench.ts", "--quick", "--json", join(dir, "out.json")],
      { cwd: root, stdio: ["ignore", "pipe", "pipe"] },
    );
    let output = "";
    child.stdout.on("data", (d: Buffer) => {
      output += d.toString();
    });
    child.stderr.on("data", (d: Buffer) => {
      output += d.toString();
    });
    const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
    run = { code, output };
  }, 600_000);
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("exits 0 and prints the side-by-side report", () => {
    expect(run.code, run.output.slice(-3000)).toBe(0);
    expect(run.output).toContain("raw KV put/s (pipelined)");
    expect(run.output).toContain("deliveries to agents");
    // Where the plane's deliveries go, by subscription: the API's requests reach the network service.
    expect(run.output).toMatch(/^ {2}jetnet-network jetnet\.api\.v1\.> +\d+\.\d\d$/m);
    expect(run.output).toMatch(/load average \(1 min\): [\d.]+ at the start/);
  });

  it("writes exactly the promised keys, each a finite number", async () => {
    const json = JSON.parse(await readFile(join(dir, "out.json"), "utf8")) as Record<string, unknown>;
    expect(Object.keys(json).sort()).toEqual(Object.keys(expectedKeys).sort());
    for (const [key, inner] of Object.entries(expectedKeys)) {
      if (inner === null) {
        expect(Number.isFinite(json[key]), `${key}: ${String(json[key])}`).toBe(true);
        continue;
      }
      const obj = json[key] as Record<string, unknown>;
      expect(Object.keys(obj).sort()).toEqual([...inner].sort());
      for (const k of inner) expect(Number.isFinite(obj[k]), `${key}.${k}: ${String(obj[k])}`).toBe(true);
    }
  });
});
