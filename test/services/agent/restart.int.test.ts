// biome-ignore-all lint/suspicious/noTemplateCurlyInString: exec hooks spell their variables as literal ${name} text.
import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { NetworkAttachment } from "../../../lib/codec.js";
import { parseIPv4 } from "../../../lib/net/cidr.js";
import { interfaceName, macAddress } from "../../../lib/net/mac.js";
import type { Versioned } from "../../../lib/store/types.js";
import type { LocalEntry, RemoteEntry } from "../../../services/agent/fabric/types.js";
import { type JetnetProcess, startJetnet } from "../../harness/index.js";
import { entriesDiff, inexactness, listAttachments } from "./exactness.js";
import { type AgentSystem, startAgentSystem } from "./system.js";

// An agent restarted after kill -9 adopts what its fabric holds: no duplicate entries, hooks not
// re-run for interfaces that exist, orphans (entries nobody needs, left by a crash or by changes
// made while it was down) removed. The agent is a real `jetnet agent` process with a logger
// fabric persisted to a state file; node-1 is an in-process hollow agent in the same VNIs.
const ns = "restart";
const vni = 300;
const otherVni = 301;
/** Bound on convergence after a start or a restart. */
const exactWithinMs = 20_000;

type FileEntry = ({ kind: "local" } & LocalEntry) | ({ kind: "remote" } & RemoteEntry);

let sys: AgentSystem;
let agent: JetnetProcess;
let dir: string;
let stateFile: string;
let hooksLog: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "jetnet-restart-"));
  stateFile = join(dir, "state.json");
  hooksLog = join(dir, "hooks.log");
  // The hook appends its attachment's interface name to hooks.log, so a re-run shows.
  await writeFile(join(dir, "record-hook"), '#!/bin/sh\necho "$1" >> "$(dirname "$0")/hooks.log"\n', {
    mode: 0o755,
  });
  sys = await startAgentSystem(1, { digestIntervalMs: 500 });
  agent = await startJetnet([
    "agent",
    "--nats",
    sys.nats.url,
    "--metrics-addr",
    "off",
    "--node",
    "n1",
    "--host-ip",
    "100.64.0.1",
    "--fabric",
    "logger",
    "--state-file",
    stateFile,
    "--allowed-programs",
    `${join(dir, "record-hook")} \${ifname}`,
    "--digest-interval",
    "500",
  ]);
  await sys.client.subnets(ns).create({ meta: { name: "a" }, spec: { vni, cidr: "10.30.0.0/24" } });
  await sys.client.subnets(ns).create({ meta: { name: "b" }, spec: { vni: otherVni, cidr: "10.31.0.0/24" } });
}, 60_000);
afterAll(async () => {
  await agent?.stop();
  await sys?.stop();
  if (dir) await rm(dir, { recursive: true, force: true });
}, 60_000);

const hook = () => [join(dir, "record-hook"), "${ifname}"];

async function create(name: string, node: string, subnet: string, withHook = false): Promise<void> {
  await sys.client
    .attachments(ns)
    .create({ meta: { name }, spec: { node, subnet, ...(withHook ? { postCreateExec: hook() } : {}) } });
}

async function readState(): Promise<FileEntry[]> {
  return JSON.parse(await readFile(stateFile, "utf8")) as FileEntry[];
}

async function hookLines(): Promise<string[]> {
  if (!existsSync(hooksLog)) return [];
  return (await readFile(hooksLog, "utf8")).split("\n").filter(Boolean);
}

/** Waits until everything is implemented and both fabrics (n1's file, node-1's memory) are exact. */
async function waitExact(what: string): Promise<Versioned<NetworkAttachment>[]> {
  const end = Date.now() + exactWithinMs;
  let last: string[] = [];
  while (Date.now() < end) {
    const items = await listAttachments(sys.nc);
    const state = existsSync(stateFile) ? await readState() : [];
    const local = state.flatMap((e) => (e.kind === "local" ? [e] : []));
    const remote = state.flatMap((e) => (e.kind === "remote" ? [e] : []));
    last = [...(await inexactness(items, sys.fabrics)), ...entriesDiff(local, remote, items, "n1")];
    if (last.length === 0) return items;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`not ${what} within ${exactWithinMs} ms: ${last.slice(0, 8).join("; ")}`);
}

const statusOf = (items: readonly Versioned<NetworkAttachment>[], name: string) =>
  items.find((i) => i.value.meta?.name === name)?.value.status;

function entry(kind: "local" | "remote", v: number, ip: string, hostIp = ""): FileEntry {
  const n = parseIPv4(ip) ?? 0;
  return kind === "local"
    ? { kind, vni: v, ip, mac: macAddress(v, n), ifName: interfaceName(v, n) }
    : { kind, vni: v, ip, mac: macAddress(v, n), hostIp };
}

describe("agent restart after kill -9", () => {
  it("adopts its fabric: no duplicates, no re-run hooks, orphans and stale entries removed", async () => {
    await create("h1", "n1", "a", true);
    await create("h2", "n1", "a", true);
    await create("h3", "n1", "a", true);
    await create("p1", "n1", "a");
    await create("r1", "node-1", "a");
    await create("r2", "node-1", "a");
    await create("x1", "node-1", "b"); // n1 has nothing in VNI 301: it must never see x1
    let items = await waitExact("exact before the kill");
    const state = await readState();
    expect(state.filter((e) => e.kind === "local")).toHaveLength(4);
    expect(state.filter((e) => e.kind === "remote").map((e) => e.ip)).toEqual(
      expect.arrayContaining([statusOf(items, "r1")?.ip, statusOf(items, "r2")?.ip]),
    );
    expect(state).toHaveLength(6);
    // Hooks ran once each, with the interface name substituted; their reports are recorded.
    const hookIfs = ["h1", "h2", "h3"].map((n) => statusOf(items, n)?.ifName);
    await expect.poll(hookLines, { timeout: 10_000 }).toHaveLength(3);
    expect((await hookLines()).sort()).toEqual([...hookIfs].sort());
    for (const n of ["h1", "h2", "h3"]) {
      await expect
        .poll(
          async () => (await sys.client.attachments(ns).get(n)).value.status?.postCreateReport?.exitStatus,
        )
        .toBe(0);
    }

    await agent.kill("SIGKILL");
    // A crash can leave entries that nothing wants: add an orphan local interface, an orphan
    // remote entry in n1's VNI and one in a VNI n1 has nothing in.
    const used = new Set(items.map((i) => i.value.status?.ip));
    const orphans = [
      entry("local", vni, "10.30.0.200"),
      entry("remote", vni, "10.30.0.201", "100.64.0.99"),
      entry("remote", otherVni, "10.31.0.202", "100.64.0.98"),
    ];
    for (const o of orphans) expect(used.has(o.ip)).toBe(false);
    await writeFile(stateFile, JSON.stringify([...state, ...orphans]));
    // While n1 is down: one new hooked attachment and one new peer arrive, and one of its hooked
    // interfaces and one remote peer go away. (Creates first, so h4 cannot get h2's address.)
    await create("h4", "n1", "a", true);
    await create("r3", "node-1", "a");
    await sys.client.attachments(ns).delete("h2");
    await sys.client.attachments(ns).delete("r1");

    await agent.restart();
    items = await waitExact("exact after the restart");
    const after = await readState();
    const ids = after.map((e) => `${e.vni}/${e.ip}`);
    expect(new Set(ids).size).toBe(ids.length);
    const want = (names: string[]) => names.map((n) => statusOf(items, n)?.ip).sort();
    expect(
      after
        .filter((e) => e.kind === "local")
        .map((e) => e.ip)
        .sort(),
    ).toEqual(want(["h1", "h3", "h4", "p1"]));
    expect(
      after
        .filter((e) => e.kind === "remote")
        .map((e) => e.ip)
        .sort(),
    ).toEqual(want(["r2", "r3"]));
    for (const o of orphans) expect(ids).not.toContain(`${o.vni}/${o.ip}`);
    // Existing interfaces kept their hooks' single run; only h4 ran its hook.
    await expect.poll(hookLines, { timeout: 10_000 }).toHaveLength(4);
    await new Promise((r) => setTimeout(r, 1_000)); // a late re-run would show up by now
    const lines = await hookLines();
    expect(lines).toHaveLength(4);
    expect(lines.slice(0, 3).sort()).toEqual([...hookIfs].sort());
    expect(lines[3]).toBe(statusOf(items, "h4")?.ifName);
    // Re-reporting adopted interfaces keeps the recorded hook reports; h4's report follows its
    // hook, which may finish after the fabric was found exact.
    const exitOf = async (n: string) =>
      (await sys.client.attachments(ns).get(n)).value.status?.postCreateReport?.exitStatus;
    await expect.poll(() => exitOf("h4"), { timeout: 10_000 }).toBe(0);
    expect(await exitOf("h1")).toBe(0);
    // node-1 (never restarted) followed along: r1's interface and h2's remote entry are gone.
    expect(sys.fabrics.get("node-1")?.localCount()).toBe(3); // r2, r3, x1
    expect(sys.fabrics.get("node-1")?.remoteCount()).toBe(4); // h1, h3, h4, p1
  }, 90_000);
});
