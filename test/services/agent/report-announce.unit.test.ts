import { afterEach, describe, expect, it, vi } from "vitest";
import type { AttachmentReport } from "../../../lib/api/status.js";
import type { Mapping, NodeWork } from "../../../lib/codec.js";
import { macAddress } from "../../../lib/net/mac.js";
import { LoggerFabric } from "../../../services/agent/fabric/logger.js";
import { testReconciler } from "./reconciler.js";

// The first report of an interface the agent created goes out without a reply, once; the
// mapping service, which waits for it, asks again for it if it never arrives.
const ip = 0x0a000005; // 10.0.0.5
const work: NodeWork = {
  attachment: {
    meta: { namespace: "ns", name: "a", uid: "u1", writeTimesUs: { spec: 1 } },
    spec: { node: "n1", subnet: "s" },
    status: { ip: "10.0.0.5", vni: 7, mac: macAddress(7, ip) },
  },
  sourceRevision: 10,
};

async function setup(spec: { postCreateExec?: string[] } = {}) {
  const local: NodeWork = {
    ...work,
    attachment: { ...work.attachment, spec: { ...work.attachment?.spec, ...spec } },
  };
  const fabric = await LoggerFabric.open();
  const announced: AttachmentReport[] = [];
  const replied: AttachmentReport[] = [];
  const enqueued: string[] = [];
  let own: Mapping | undefined;
  const r = testReconciler({
    fabric,
    localWork: () => local,
    mapping: (vni, key) => (vni === 7 && key === "7.ns.a" ? own : undefined),
    report: async (x) => {
      replied.push(x);
    },
    announceReport: (x) => announced.push(x),
    enqueue: (k) => enqueued.push(k),
  });
  await r.loadFabric();
  return { r, announced, replied, enqueued, setOwn: (m: Mapping | undefined) => (own = m) };
}

afterEach(() => {
  vi.useRealTimers();
});

describe("a report sent without a reply", () => {
  it("goes once, is sent again only when the mapping service asks for it, and the agent's own mapping changes nothing", async () => {
    const { r, announced, replied, enqueued, setOwn } = await setup();
    expect(await r.reconcile("L:n1.ns.a")).toBeUndefined();
    expect(announced).toEqual([expect.objectContaining({ uid: "u1", implemented: true, hostErrors: [] })]);
    // Woken again (another change): nothing is sent again.
    expect(await r.reconcile("L:n1.ns.a")).toBeUndefined();
    expect(announced).toHaveLength(1);
    // The node's own mapping is no confirmation any more, and wakes nothing.
    setOwn({ ip: "10.0.0.5", mac: macAddress(7, ip), hostIp: "100.64.0.1", node: "n1", sourceRevision: 11 });
    await r.reconcile("R:7.ns.a");
    expect(enqueued).toEqual([]);
    // The mapping service never got it and asks: the key is woken and the report goes again.
    r.reportAgain("L:n1.ns.a");
    expect(enqueued).toEqual(["L:n1.ns.a"]);
    expect(await r.reconcile("L:n1.ns.a")).toBeUndefined();
    expect(announced).toHaveLength(2);
    expect(announced[1]).toEqual(announced[0]);
    // Asking about a key this agent has nothing for does nothing.
    r.reportAgain("L:n1.ns.zz");
    expect(enqueued).toEqual(["L:n1.ns.a"]);
    expect(replied).toEqual([]);
  });

  it("after a reconnect, is sent again if sent in the last 30 s", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    const { r, announced, enqueued } = await setup();
    await r.reconcile("L:n1.ns.a");
    vi.advanceTimersByTime(29_000);
    expect(r.reportRecentAgain(30_000)).toBe(1);
    expect(enqueued).toEqual(["L:n1.ns.a"]);
    await r.reconcile("L:n1.ns.a");
    expect(announced).toHaveLength(2);
    vi.advanceTimersByTime(30_001);
    expect(r.reportRecentAgain(30_000)).toBe(0);
    expect(enqueued).toHaveLength(1);
  });

  it("is not sent again for a report the network service answered", async () => {
    const { r, announced, replied, enqueued } = await setup({ postCreateExec: ["true"] });
    await r.reconcile("L:n1.ns.a");
    expect(announced).toEqual([]);
    expect(replied).toHaveLength(1);
    r.reportAgain("L:n1.ns.a");
    expect(enqueued).toEqual([]);
  });
});
