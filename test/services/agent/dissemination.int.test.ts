import { afterAll, beforeAll, describe, expect } from "vitest";
import type { NetworkAttachment } from "../../../lib/codec.js";
import { seededRng } from "../../../lib/random.js";
import type { Versioned } from "../../../lib/store/types.js";
import { itWithSeed, testSeed } from "../../harness/seed.js";
import { localVnis, waitExact } from "./exactness.js";
import { type AgentSystem, runBounded, startAgentSystem, zipfSizes } from "./system.js";

// Invariant 4 (docs/design.md) at scale: 50 hollow agents, 20 VNIs of Zipf-like sizes, each VNI on a
// subset of the nodes (the big ones everywhere, the small ones on a few), 2,000 attachments,
// then half deleted and 500 more created. Every fabric must end exact: its local attachments,
// the remote ones of exactly its VNIs, nothing else.
const nodes = 50;
const vniCount = 20;
const firstVni = 1000;
const ns = "dissem";
const seed = testSeed();
const random = seededRng(seed);
const it = itWithSeed(seed);
/** Creates and deletes in flight at once, through the SDK. */
const concurrency = 32;
/** Bound on convergence after the last write was acknowledged. */
const exactWithinMs = 60_000;

/** Hollow agents are named node-1 … node-50 (hollowSpecs). */
const nodeName = (i: number) => `node-${i + 1}`;
const sizes = zipfSizes(2000, vniCount);
/** VNI rank k spans about 50 / (k+1)^0.8 nodes (at least 3): rank 0 on all 50, rank 19 on 4. */
const spans = sizes.map((_, k) => Math.max(3, Math.min(nodes, Math.round(nodes / (k + 1) ** 0.8))));
/** The nodes each VNI rank may place attachments on, a random subset of `spans[k]` nodes. */
const homes = spans.map((span) =>
  shuffle(Array.from({ length: nodes }, (_, i) => nodeName(i))).slice(0, span),
);

function shuffle<T>(xs: T[]): T[] {
  for (let i = xs.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [xs[i], xs[j]] = [xs[j] as T, xs[i] as T];
  }
  return xs;
}

function pick<T>(xs: readonly T[]): T {
  return xs[Math.floor(random() * xs.length)] as T;
}

/** `count` new attachments named `<prefix>-<i>`, spread over the VNIs by the Zipf sizes. */
function plan(prefix: string, count: number): { name: string; node: string; subnet: string }[] {
  const total = sizes.reduce((x, y) => x + y, 0);
  const out: { name: string; node: string; subnet: string }[] = [];
  for (let k = 0; k < vniCount; k++) {
    const n = Math.round(((sizes[k] ?? 0) * count) / total);
    for (let i = 0; i < n; i++) out.push({ name: "", node: pick(homes[k] ?? []), subnet: `s${k}` });
  }
  return shuffle(out).map((p, i) => ({ ...p, name: `${prefix}-${i}` }));
}

let sys: AgentSystem;
beforeAll(async () => {
  sys = await startAgentSystem(nodes, { digestIntervalMs: 2_000 });
  expect([...sys.fabrics.keys()].sort()).toEqual(Array.from({ length: nodes }, (_, i) => nodeName(i)).sort());
  for (let k = 0; k < vniCount; k++) {
    // Distinct /20s: room for 4,094 addresses, far more than the biggest VNI needs.
    await sys.client
      .subnets(ns)
      .create({ meta: { name: `s${k}` }, spec: { vni: firstVni + k, cidr: `10.${16 + k}.0.0/20` } });
  }
}, 60_000);
afterAll(async () => {
  await sys?.stop();
}, 60_000);

/** Asserts the exactness properties beyond fabricDiff: VNI-scoped entries and followed views. */
async function assertScoped(items: readonly Versioned<NetworkAttachment>[]): Promise<void> {
  for (const agent of sys.agents) {
    const mine = localVnis(items, agent.node);
    const fabric = sys.fabrics.get(agent.node);
    if (!fabric) throw new Error(`no fabric for ${agent.node}`);
    const entries = [...(await fabric.listLocal()), ...(await fabric.listRemote())];
    const foreign = entries.filter((e) => !mine.has(e.vni));
    expect(foreign, `${agent.node} holds entries of VNIs it has no local attachment in`).toEqual([]);
    expect([...agent.vniViews.keys()].sort(), `${agent.node} follows exactly its VNIs`).toEqual(
      [...mine].sort(),
    );
  }
}

describe(`dissemination to 50 hollow agents (seed ${seed})`, () => {
  it("is exact after 2,000 creates, and after 1,000 deletes and 500 more creates", async () => {
    const c = sys.client.attachments(ns);
    const first = plan("a", 2000);
    expect(first.length).toBeGreaterThanOrEqual(1990);
    await runBounded(first, concurrency, async (p) => {
      await c.create({ meta: { name: p.name }, spec: { node: p.node, subnet: p.subnet } });
    });
    let items = await waitExact(sys.nc, sys.fabrics, exactWithinMs, "exact after 2,000 creates");
    expect(items.length).toBe(first.length);
    await assertScoped(items);
    // The skew is real: most nodes lack some VNI, and the big VNI reaches every node.
    const lacking = sys.agents.filter((a) => localVnis(items, a.node).size < vniCount).length;
    expect(lacking).toBeGreaterThanOrEqual(45);
    expect(sys.agents.every((a) => a.vniViews.has(firstVni))).toBe(true);
    const remoteTotal = [...sys.fabrics.values()].reduce((n, f) => n + f.remoteCount(), 0);
    expect(remoteTotal).toBeGreaterThan(10_000); // ~50 nodes × ~550 in the biggest VNI alone

    const doomed = shuffle(items.map((i) => i.value.meta?.name ?? "")).slice(0, 1000);
    const second = plan("b", 500);
    // Deletes and creates interleaved, so freed addresses are re-leased while peers still map them.
    const churn = shuffle([
      ...doomed.map((name) => ({ op: "delete" as const, name, node: "", subnet: "" })),
      ...second.map((p) => ({ op: "create" as const, ...p })),
    ]);
    await runBounded(churn, concurrency, async (w) => {
      if (w.op === "delete") await c.delete(w.name);
      else await c.create({ meta: { name: w.name }, spec: { node: w.node, subnet: w.subnet } });
    });
    items = await waitExact(sys.nc, sys.fabrics, exactWithinMs, "exact after deletes and creates");
    expect(items.length).toBe(first.length - 1000 + second.length);
    const gone = new Set(doomed);
    expect(items.filter((i) => gone.has(i.value.meta?.name ?? ""))).toEqual([]);
    await assertScoped(items);
  }, 200_000);
});
