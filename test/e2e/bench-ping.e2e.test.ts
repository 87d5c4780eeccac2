import { readFile, rm } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pingAllowList } from "../../cli/bench/ping.js";
import type { RunSummary } from "../../cli/bench/report.js";
import { ip, type Testbed } from "../../lib/servers/netns.js";
import { makeTempDir } from "../../lib/servers/start.js";
import { runJetnet } from "../harness/index.js";
import { eventually, type TestSystem } from "../services/ipam/system.js";
import { type DatapathSystem, startDatapathSystem } from "./system.js";

const root = fileURLToPath(new URL("../..", import.meta.url));

let bed: Testbed;
let sys: TestSystem | undefined;
let system: DatapathSystem | undefined;
let dir: string;
/** The bench's API namespace prefix; the guest namespaces start with `bed.guestPrefix`. */
let prefix: string;

/** Namespaces of this test (host and guest), as `ip netns list` shows them. */
async function ourNamespaces(): Promise<string[]> {
  const out = await ip("netns", "list");
  return out
    .split("\n")
    .map((line) => line.split(" ")[0] ?? "")
    .filter((ns) => ns !== "" && (ns.startsWith(prefix) || ns.includes(bed.tag)));
}

async function stopAll(): Promise<void> {
  await system?.stop();
  system = undefined;
  sys = undefined;
  // Guests a failed run left behind (their post_delete_exec never ran).
  if (prefix) {
    for (const ns of await ourNamespaces().catch(() => [])) {
      await ip("netns", "del", ns).catch(() => undefined);
    }
  }
}

beforeAll(async () => {
  dir = await makeTempDir("bench-ping");
  system = await startDatapathSystem({
    hosts: 3,
    agentArgs: () => ["--metrics-addr", "off", "--allowed-programs", pingAllowList(join(root, "hooks"))],
  });
  ({ bed, sys } = system);
  prefix = `jb${bed.tag}`;
}, 60_000);

afterAll(async () => {
  await stopAll();
  if (dir) await rm(dir, { recursive: true, force: true });
}, 60_000);

const bench = (args: string[]) => runJetnet(["bench", ...args]);

describe("jetnet bench --ping on the linux fabric", () => {
  it("tests every attachment by ping from its guest and measures ready→tested", async () => {
    const out = join(dir, "run");
    const r = await bench([
      ...["--nats", sys!.nats.url, "--nodes", bed.hosts.map((h) => h.name).join(",")],
      ...["--ping", "--namespace-prefix", prefix],
      ...["--num-nets", "2", "--top-net-size", "4", "--rate", "4"],
      ...["--warmup", "1", "--cruise", "6", "--cooldown", "1", "--seed", "7", "--out", out],
    ]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^ready_to_tested\s+\d+/m);

    const json = JSON.parse(await readFile(`${out}.json`, "utf8")) as { summary: RunSummary };
    const s = json.summary;
    const row = s.latencies.ready_to_tested!;
    expect(row.count, r.stdout).toBeGreaterThan(0);
    expect(row.p50).toBeGreaterThan(0);
    expect(s.failures.ping, r.stderr).toBeUndefined();
    expect(s.failures["host errors in status"], r.stderr).toBeUndefined();
    // A test whose peer was deleted under it (lifetimes here are ~2 s) is not the datapath's fault.
    const peerLost = s.failures["ping (peer deleted during the test)"] ?? 0;
    expect(s.tests?.fullPassed).toBeGreaterThan(0);
    expect(s.tests?.fullPassed).toBe((s.tests?.full ?? 0) - peerLost);
    expect(s.tests?.halfPassed).toBe(s.tests?.half);

    // The CSV names each test's peer and result; peers come from other nodes first.
    const [header, ...lines] = (await readFile(`${out}.csv`, "utf8")).trimEnd().split("\n");
    const col = (name: string) => header!.split(",").indexOf(name);
    const rows = lines.map((l) => l.split(","));
    const creates = rows.filter((f) => f[col("kind")] === "create");
    const nodeOf = new Map(creates.map((f) => [f[col("name")], f[col("node")]]));
    const full = creates.filter((f) => f[col("test_peer")] !== "" && f[col("test_exit")] !== "");
    expect(full.length).toBeGreaterThanOrEqual(row.count);
    for (const f of full) {
      if (f[col("test_peer_lost")] === "") expect(f[col("test_exit")], f.join(",")).toBe("0");
      expect(Number(f[col("ready_to_tested_s")])).toBeGreaterThan(0);
    }
    expect(full.some((f) => nodeOf.get(f[col("test_peer")]) !== f[col("node")])).toBe(true);

    // post_delete_exec removed every guest namespace of the run.
    const guests = async () => (await ourNamespaces()).filter((ns) => ns.startsWith(bed.guestPrefix));
    await eventually(
      async () => ((await guests()).length === 0 ? true : undefined),
      15_000,
      "guests removed",
    );

    // And nothing of the test is left once the testbed is gone.
    await stopAll();
    expect(await ourNamespaces()).toEqual([]);
  }, 80_000);
});
