import { afterEach, describe, expect } from "vitest";
import { JetnetClient } from "../../../lib/api/client.js";
import { ErrorCode, hasCode } from "../../../lib/errors.js";
import { seededRng } from "../../../lib/random.js";
import { type JetnetProcess, startJetnet } from "../../harness/index.js";
import { itWithSeed, testSeed } from "../../harness/seed.js";
import { waitExact } from "./exactness.js";
import { type AgentSystem, counterValue, runBounded, startAgentSystem, startHollowAgents } from "./system.js";

// Core NATS delivery is at-most-once, so agents must detect and repair loss (docs/design.md,
// "Dissemination"): live messages dropped on purpose, a NATS server killed and
// restarted, the mapping service killed mid-run. Each time every fabric ends exact.
const ns = "loss";
const seed = testSeed();
const random = seededRng(seed);
const it = itWithSeed(seed);
const nodes = 6;

let sys: AgentSystem | undefined;
let mapping: JetnetProcess | undefined;
afterEach(async () => {
  await sys?.stop();
  await mapping?.stop();
  sys = undefined;
  mapping = undefined;
}, 60_000);

const nodeName = () => `node-${1 + Math.floor(random() * nodes)}`;

async function subnets(s: AgentSystem): Promise<void> {
  await s.client.subnets(ns).create({ meta: { name: "a" }, spec: { vni: 500, cidr: "10.50.0.0/22" } });
  await s.client.subnets(ns).create({ meta: { name: "b" }, spec: { vni: 501, cidr: "10.51.0.0/22" } });
  await s.client.subnets(ns).create({ meta: { name: "c" }, spec: { vni: 502, cidr: "10.52.0.0/22" } });
}

/**
 * Requests made while a connection is down time out rather than fail: a short timeout (the
 * system's client waits 20 s) lets retryUnavailable go on as soon as NATS is back.
 */
const attachments = (s: AgentSystem) => new JetnetClient(s.nc, { timeoutMs: 3_000 }).attachments(ns);

/** Creates `count` attachments `<prefix>-<i>` on random nodes and subnets, 16 in flight. */
async function createSome(s: AgentSystem, prefix: string, count: number): Promise<string[]> {
  const names = Array.from({ length: count }, (_, i) => `${prefix}-${i}`);
  await runBounded(names, 16, async (name) => {
    const subnet = ["a", "a", "b", "c"][Math.floor(random() * 4)] ?? "a";
    await retryUnavailable(() =>
      attachments(s).create({ meta: { name }, spec: { node: nodeName(), subnet } }),
    );
  });
  return names;
}

async function deleteSome(s: AgentSystem, names: readonly string[]): Promise<void> {
  await runBounded(names, 16, async (name) => {
    await retryUnavailable(() => attachments(s).delete(name));
  });
}

/**
 * While NATS restarts, a request may time out after the write was applied: a retried create then
 * finds ALREADY_EXISTS, a retried delete NOT_FOUND; both mean the change happened.
 */
async function retryUnavailable(op: () => Promise<unknown>): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await op();
      return;
    } catch (err) {
      if (attempt > 0 && (hasCode(err, ErrorCode.AlreadyExists) || hasCode(err, ErrorCode.NotFound))) return;
      if (!hasCode(err, ErrorCode.Unavailable) || attempt >= 40) throw err;
      await new Promise((r) => setTimeout(r, 250));
    }
  }
}

describe(`loss repair (seed ${seed})`, () => {
  it("repairs 30 % of live messages dropped, by digest comparison", async () => {
    let seen = 0;
    let dropped = 0;
    const s = await startAgentSystem(nodes, {
      digestIntervalMs: 500,
      dropLive: () => {
        seen++;
        const drop = random() < 0.3;
        if (drop) dropped++;
        return drop;
      },
    });
    sys = s;
    await subnets(s);
    const first = await createSome(s, "a", 120);
    const doomed = first.filter(() => random() < 0.5);
    await deleteSome(s, doomed);
    await createSome(s, "b", 60);
    const items = await waitExact(s.nc, s.fabrics, 15_000, "exact after the churn");
    expect(items.length).toBe(120 - doomed.length + 60);
    expect(dropped).toBeGreaterThan(0.2 * seen);
    // Repair came from digest mismatches (drops cause no reconnects or slow-consumer events).
    const resyncs = await counterValue(s.agentRegistry, "jetnet_agent_view_resyncs_total", {
      reason: "digest",
    });
    expect(resyncs).toBeGreaterThan(0);
    // A re-snapshot by digest follows a digest request.
    expect(await counterValue(s.agentRegistry, "jetnet_agent_digest_checks_total", {})).toBeGreaterThan(0);
  }, 90_000);

  it("gets every report lost on the way: the mapping service asks the agents for them again", async () => {
    let sent = 0;
    let dropped = 0;
    const seen = new Set<string>();
    const s = await startAgentSystem(nodes, {
      // Half the first reports are lost (a report lost again waits twice as long, and so on).
      dropReports: (r) => {
        sent++;
        const first = !seen.has(r.name);
        seen.add(r.name);
        const drop = first && random() < 0.5;
        if (drop) dropped++;
        return drop;
      },
    });
    sys = s;
    await subnets(s);
    await createSome(s, "r", 40);
    // Exact means every attachment implemented too: each lost report came again, asked for.
    const items = await waitExact(s.nc, s.fabrics, 30_000, "exact with half the reports lost");
    expect(items.length).toBe(40);
    expect(dropped).toBeGreaterThan(5);
    expect(sent).toBeGreaterThanOrEqual(40 + dropped);
  }, 90_000);

  it("recovers from a NATS server killed with -9 and restarted amid changes", async () => {
    const s = await startAgentSystem(nodes, { digestIntervalMs: 1_000 });
    sys = s;
    await subnets(s);
    await createSome(s, "a", 40);
    await waitExact(s.nc, s.fabrics, 20_000, "exact before the kill");
    // Changes acknowledged just before the kill are still being disseminated when it hits.
    await createSome(s, "b", 20);
    await s.nats.kill("SIGKILL");
    await new Promise((r) => setTimeout(r, 2_000));
    await s.nats.restart();
    await createSome(s, "c", 20);
    await deleteSome(
      s,
      Array.from({ length: 10 }, (_, i) => `a-${i}`),
    );
    const items = await waitExact(s.nc, s.fabrics, 30_000, "exact after the NATS restart");
    expect(items.length).toBe(40 + 20 + 20 - 10);
    expect(
      await counterValue(s.agentRegistry, "jetnet_agent_view_resyncs_total", { reason: "reconnect" }),
    ).toBeGreaterThanOrEqual(nodes);
  }, 90_000);

  it("converges after the mapping process is killed with -9 mid-churn; fresh agents wait for it", async () => {
    const s = await startAgentSystem(nodes, {
      withMapping: false,
      digestIntervalMs: 1_000,
      beforeAgents: async (base) => {
        mapping = await startJetnet(["mapping", "--nats", base.nats.url, "--metrics-addr", "off"]);
      },
    });
    sys = s;
    const proc = mapping;
    if (!proc) throw new Error("mapping process not started");
    await subnets(s);
    const churn = (async () => {
      const names = await createSome(s, "a", 60);
      await deleteSome(s, names.slice(0, 20));
      await createSome(s, "b", 40);
    })();
    await new Promise((r) => setTimeout(r, 1_500));
    await proc.kill("SIGKILL");
    await new Promise((r) => setTimeout(r, 2_000));
    await proc.restart();
    await churn;
    let items = await waitExact(s.nc, s.fabrics, 20_000, "exact 20 s after the churn");
    expect(items.length).toBe(80);

    // Agents starting from empty fabrics while no mapping replica runs wait for one (nothing
    // else holds the projections), then converge once it is back.
    await proc.kill("SIGKILL");
    expect(proc.running).toBe(false);
    await s.stopAgents();
    const fresh = startHollowAgents(s.nats.url, nodes, { digestIntervalMs: 1_000 });
    await new Promise((r) => setTimeout(r, 1_500));
    await proc.restart();
    const agents = await fresh;
    try {
      items = await waitExact(
        s.nc,
        agents.fabrics,
        15_000,
        "fresh agents exact once the mapping service is back",
      );
      expect(items.length).toBe(80);
      const total = [...agents.fabrics.values()].reduce((n, f) => n + f.localCount(), 0);
      expect(total).toBe(80);
    } finally {
      await agents.stop();
    }
  }, 90_000);

  it("agents started before the mapping service ever ran wait for it, then converge", async () => {
    // No mapping service yet, so no projection buckets: neither snapshot path can answer.
    const s = await startAgentSystem(0, { withMapping: false });
    sys = s;
    const early = startHollowAgents(s.nats.url, 2, { digestIntervalMs: 1_000 });
    await new Promise((r) => setTimeout(r, 1_500));
    await s.startMapping();
    const agents = await early;
    try {
      await s.client.subnets(ns).create({ meta: { name: "a" }, spec: { vni: 500, cidr: "10.50.0.0/22" } });
      await s.client.attachments(ns).create({ meta: { name: "x" }, spec: { node: "node-1", subnet: "a" } });
      await s.client.attachments(ns).create({ meta: { name: "y" }, spec: { node: "node-2", subnet: "a" } });
      await waitExact(s.nc, agents.fabrics, 15_000, "exact once the mapping service started");
      expect(agents.fabrics.get("node-1")?.remoteCount()).toBe(1);
    } finally {
      await agents.stop();
    }
  }, 60_000);
});
