import { headers, type MsgHdrs, type NatsConnection } from "@nats-io/nats-core";
import { afterEach, describe, expect, it, vi } from "vitest";
import { decodeFeedBatch, decodeFeedBatchChain, maxBatchEntries } from "../../../lib/api/feed-batch.js";
import {
  deletesWorkHeader,
  deletesWorkUidHeader,
  reportAgainSubject,
  resyncHeader,
  resyncSubject,
} from "../../../lib/api/views.js";
import {
  type Mapping,
  mappingCodec,
  type NetworkAttachment,
  type NodeWork,
  nodeWorkCodec,
} from "../../../lib/codec.js";
import { previousHeader, revisionHeader } from "../../../lib/store/store.js";
import type { Versioned } from "../../../lib/store/types.js";
import {
  batchAfterUs,
  FeedAnnouncer,
  MemoryProjector,
  PendingReports,
  ProjectionTable,
  RecentAnnouncements,
  recentAnnouncementsMs,
} from "../../../services/mapping/projections.js";

interface Sent {
  readonly subject: string;
  readonly data: Uint8Array;
  readonly headers: MsgHdrs;
}

/**
 * The announcements a feed message carries, each as the message that would carry it alone: a
 * VNI's feed sends batches only (a lone announcement as a batch of one), and the projector's
 * tests are about which keys are announced, in which order, not about the form.
 */
function unbatched(subject: string, data: Uint8Array, h: MsgHdrs): Sent[] {
  if (!subject.endsWith("._batch")) return [{ subject, data, headers: h }];
  const prefix = subject.slice(0, subject.lastIndexOf(".", subject.length - "._batch".length - 1) + 1);
  return decodeFeedBatch(data).map((e) => {
    const one = headers();
    for (const name of [revisionHeader, previousHeader]) if (h.has(name)) one.set(name, h.get(name));
    if (e.value === undefined) one.set("KV-Operation", "DEL");
    if (e.deletesWork !== undefined) one.set(deletesWorkHeader, e.deletesWork);
    if (e.deletesWorkUid) one.set(deletesWorkUidHeader, e.deletesWorkUid);
    return { subject: `${prefix}${e.key}`, data: e.value ?? new Uint8Array(), headers: one };
  });
}

function attachment(
  revision: number,
  o: {
    node?: string;
    vni?: number;
    implemented?: boolean;
    mac?: string;
    addressed?: boolean;
    /** status.node_host_ip: the node's host as the leasing service knew it. */
    nodeHostIp?: string;
    /** An impl write without an interface (the agent reported host errors). */
    failed?: boolean;
  } = {},
): Versioned<NetworkAttachment> {
  return {
    key: "ns.a",
    revision,
    value: {
      meta: {
        namespace: "ns",
        name: "a",
        uid: "u1",
        writeTimesUs: { spec: 1, ...(o.implemented || o.failed ? { "status.impl": 2 } : {}) },
      },
      spec: { node: o.node ?? "n1", subnet: "s" },
      status:
        o.addressed === false
          ? {}
          : {
              ip: "10.0.0.5",
              vni: o.vni ?? 7,
              mac: o.mac ?? "02:00:00:00:00:05",
              ...(o.implemented ? { hostIp: "100.64.0.1", ifName: "eth-x" } : {}),
              ...(o.failed ? { hostErrors: ["no veth"] } : {}),
              ...(o.nodeHostIp !== undefined ? { nodeHostIp: o.nodeHostIp } : {}),
            },
    },
  };
}

/** Another attachment, `ns.<name>` on `node`. */
function named(
  name: string,
  node: string,
  revision: number,
  o: { vni?: number; implemented?: boolean; failed?: boolean } = {},
): Versioned<NetworkAttachment> {
  const a = attachment(revision, { ...o, node });
  return {
    ...a,
    key: `ns.${name}`,
    value: {
      ...a.value,
      meta: { ...a.value.meta, name, uid: name },
      status: { ...a.value.status, ip: `10.0.0.${revision}` },
    },
  };
}

/**
 * An attachment of node n9 in each of these VNIs, applied before anything is announced: a node
 * other than n1 and n2 follows those VNIs, so their mappings are announced (see `alone`).
 */
const listenedVnis = [7, 8, 9];

function setup(owns: (view: string) => boolean = () => true, o: { alone?: boolean } = {}) {
  const sent: Sent[] = [];
  const nc = {
    publish: (subject: string, data: Uint8Array, o: { headers: MsgHdrs }) =>
      sent.push(...unbatched(subject, data, o.headers)),
  } as unknown as NatsConnection;
  const node = new ProjectionTable<NodeWork>("jetnet-node", () => true);
  const map = new ProjectionTable<Mapping>("jetnet-map", () => true);
  const announcer = new FeedAnnouncer(nc, owns, { defer: (send) => send() });
  const projector = new MemoryProjector({
    node,
    map,
    nodeCodec: nodeWorkCodec,
    mapCodec: mappingCodec,
    announcer,
  });
  for (const vni of o.alone ? [] : listenedVnis)
    projector.apply(`ns.l${vni}`, {
      key: `ns.l${vni}`,
      revision: 1,
      value: {
        meta: { namespace: "ns", name: `l${vni}`, uid: `l${vni}` },
        spec: { node: "n9", subnet: "s" },
        status: { ip: `10.9.0.${vni}`, vni },
      },
    });
  projector.announcing = true;
  const subjects = () => sent.map((m) => `${m.subject}${m.headers.get("KV-Operation") ? " DEL" : ""}`);
  return { sent, node, map, announcer, projector, subjects };
}

describe("MemoryProjector", () => {
  it("holds and announces node work once addressed, the mapping once implemented, and deletes both", () => {
    const { node, map, projector, subjects, sent } = setup();
    projector.apply("ns.a", attachment(3, { addressed: false }));
    expect(sent).toHaveLength(0);
    projector.apply("ns.a", attachment(4));
    projector.apply("ns.a", attachment(5, { implemented: true }));
    expect(node.byIndex("view", "node.n1").map((e) => e.key)).toEqual(["n1.ns.a"]);
    expect(map.get("7.ns.a")?.value).toMatchObject({
      ip: "10.0.0.5",
      hostIp: "100.64.0.1",
      sourceRevision: 5,
    });
    projector.apply("ns.a", undefined);
    // The delete of an implemented attachment goes out once, on its VNI's feed (its node follows
    // that VNI), naming the node work it deletes too.
    expect(subjects()).toEqual([
      "jetnet.feed.v1.jetnet-node.n1.ns.a",
      "jetnet.feed.v1.jetnet-map.7.ns.a",
      "jetnet.feed.v1.jetnet-map.7.ns.a DEL",
    ]);
    expect(sent.at(-1)?.headers.get(deletesWorkHeader)).toBe("n1.ns.a");
    expect(sent.at(-1)?.headers.get(deletesWorkUidHeader)).toBe("u1");
    expect(nodeWorkCodec.decode(sent[0]!.data).attachment?.status?.ip).toBe("10.0.0.5");
    expect(node.size + map.size).toBe(listenedVnis.length);
    expect(node.indexValues("view")).toEqual(["node.n9"]);
  });

  it("does not announce a status change agents do not use, and never goes back to an older source", () => {
    const { projector, sent, map } = setup();
    projector.apply("ns.a", attachment(5, { implemented: true }));
    const before = sent.length;
    // Same projections at a newer source revision (a status report agents ignore): nothing sent.
    projector.apply("ns.a", attachment(6, { implemented: true }));
    expect(sent.length).toBe(before);
    projector.apply("ns.a", attachment(8, { implemented: true, mac: "02:00:00:00:00:99" }));
    expect(map.get("7.ns.a")?.value.sourceRevision).toBe(8);
    projector.apply("ns.a", attachment(7, { implemented: true, mac: "02:00:00:00:00:42" }));
    expect(map.get("7.ns.a")?.value.mac).toBe("02:00:00:00:00:99");
  });

  it("moves an attachment between nodes and VNIs: the old entries are deleted first", () => {
    const { projector, subjects, node, map } = setup();
    projector.apply("ns.a", attachment(5, { implemented: true }));
    projector.apply("ns.a", attachment(9, { node: "n2", vni: 8, implemented: true }));
    expect(subjects().slice(2)).toEqual([
      "jetnet.feed.v1.jetnet-map.7.ns.a DEL",
      "jetnet.feed.v1.jetnet-map.8.ns.a",
      "jetnet.feed.v1.jetnet-node.n1.ns.a DEL",
      "jetnet.feed.v1.jetnet-node.n2.ns.a",
    ]);
    expect(node.byIndex("source", "ns.a").map((e) => e.key)).toEqual(["n2.ns.a"]);
    expect(map.list().map((e) => e.key)).toEqual(["8.ns.a"]);
  });

  it("chains each view's announcements with rising revisions, and announces nothing before it is told to", () => {
    const { projector, sent, announcer } = setup();
    projector.announcing = false;
    projector.apply("ns.a", attachment(4));
    expect(sent).toHaveLength(0);
    projector.announcing = true;
    projector.apply("ns.a", attachment(5, { implemented: true }));
    projector.apply("ns.a", attachment(6, { implemented: true, mac: "02:00:00:00:00:06" }));
    const onMap = sent.filter((m) => m.subject.includes("jetnet-map"));
    expect(onMap).toHaveLength(2);
    const [first, second] = onMap.map((m) => Number(m.headers.get("Jetnet-Revision")));
    expect(second).toBeGreaterThan(first!);
    expect(onMap[0]!.headers.has("Jetnet-Previous")).toBe(false);
    expect(Number(onMap[1]!.headers.get("Jetnet-Previous"))).toBe(first);
    // Revisions start at the clock, so a restarted process's chain is above the old one's.
    expect(first).toBeGreaterThanOrEqual((Date.now() - 60_000) * 1000);
    announcer.askResync();
    expect(sent.at(-1)?.subject).toBe(resyncSubject);
    expect(sent.at(-1)?.headers.get(resyncHeader)).toBe("1");
  });

  it("holds every view but announces only those this replica owns", () => {
    const { projector, subjects, map } = setup((view) => view.startsWith("map."));
    projector.apply("ns.a", attachment(5, { implemented: true }));
    expect(subjects()).toEqual(["jetnet.feed.v1.jetnet-map.7.ns.a"]);
    expect(map.size).toBe(1);
  });

  it("gives a node's first work in a VNI the VNI's mappings and their last announcement, and later work none", () => {
    const { projector, sent } = setup();
    projector.apply("ns.p1", named("p1", "n2", 11, { implemented: true }));
    const lastOnMap = Number(
      sent
        .filter((m) => m.subject.includes("jetnet-map"))
        .at(-1)
        ?.headers.get("Jetnet-Revision"),
    );
    projector.apply("ns.a", attachment(12));
    const first = nodeWorkCodec.decode(sent.at(-1)!.data);
    expect(sent.at(-1)?.subject).toBe("jetnet.feed.v1.jetnet-node.n1.ns.a");
    expect(first.peersComplete).toBe(true);
    expect(first.peers?.map((p) => p.name)).toEqual(["p1"]);
    expect(Number(first.peersRevision)).toBe(lastOnMap);
    // The second work of n1 in VNI 7: n1 follows the VNI already.
    projector.apply("ns.p2", named("p2", "n1", 13, { implemented: true }));
    const second = nodeWorkCodec.decode(
      sent.filter((m) => m.subject.startsWith("jetnet.feed.v1.jetnet-node.n1.ns.p2"))[0]!.data,
    );
    expect(second.peersComplete).toBe(false);
    expect(second.peers).toEqual([]);
  });

  it("announces an attachment's mapping before its node's first work in the VNI, which names that announcement as the VNI's last", () => {
    const { projector, sent } = setup();
    projector.apply("ns.p1", named("p1", "n2", 11, { implemented: true }));
    // a.'s mapping is announced at once (its node's host is known), and n2 follows VNI 7.
    projector.apply("ns.a", attachment(12, { nodeHostIp: "100.64.0.1" }));
    const [own, work] = sent.slice(-2);
    expect(own?.subject).toBe("jetnet.feed.v1.jetnet-map.7.ns.a");
    expect(work?.subject).toBe("jetnet.feed.v1.jetnet-node.n1.ns.a");
    const first = nodeWorkCodec.decode(work!.data);
    expect(first.peersComplete).toBe(true);
    // n1's agent starts following VNI 7 after this; a view seeded before a.'s own announcement
    // would take the next one, which names it, for a gap and ask for what it missed.
    expect(Number(first.peersRevision)).toBe(Number(own!.headers.get("Jetnet-Revision")));
    expect(first.peers?.map((p) => p.name).sort()).toEqual(["a", "p1"]);
  });

  it("starts a VNI with nothing announced at a revision of its own, which the first announcement names, so a follower that missed it catches up from there", () => {
    const { projector, announcer, sent } = setup();
    projector.apply("ns.a", attachment(12, { vni: 9 }));
    const work = nodeWorkCodec.decode(sent.at(-1)!.data);
    expect(work.peersComplete).toBe(true);
    expect(work.peers).toEqual([]);
    const start = Number(work.peersRevision);
    expect(start).toBeGreaterThan(0);
    // The VNI's first announcement (a.'s mapping, once implemented) names that revision.
    projector.apply("ns.a", attachment(13, { vni: 9, implemented: true }));
    const first = sent.at(-1)!;
    expect(first.subject).toBe("jetnet.feed.v1.jetnet-map.9.ns.a");
    expect(Number(first.headers.get("Jetnet-Previous"))).toBe(start);
    expect(announcer.recent.since("map.9", start)).toEqual({
      keys: ["9.ns.a"],
      revision: Number(first.headers.get("Jetnet-Revision")),
    });
  });

  it("sends no mappings with node work when another replica announces the VNI", () => {
    const { projector, sent } = setup((view) => !view.startsWith("map."));
    projector.apply("ns.a", attachment(4));
    expect(nodeWorkCodec.decode(sent[0]!.data).peersComplete).toBe(false);
  });

  it("deletes node work on the node's own feed when the attachment was never implemented, or the views are announced apart", () => {
    const first = setup();
    first.projector.apply("ns.a", attachment(4));
    first.projector.apply("ns.a", undefined);
    expect(first.subjects()).toEqual([
      "jetnet.feed.v1.jetnet-node.n1.ns.a",
      "jetnet.feed.v1.jetnet-node.n1.ns.a DEL",
    ]);
    // This replica announces the VNI but another one the node: each view's delete is its announcer's.
    const apart = setup((view) => view.startsWith("map."));
    apart.projector.apply("ns.a", attachment(5, { implemented: true }));
    apart.projector.apply("ns.a", undefined);
    expect(apart.subjects()).toEqual([
      "jetnet.feed.v1.jetnet-map.7.ns.a",
      "jetnet.feed.v1.jetnet-map.7.ns.a DEL",
    ]);
    expect(apart.sent.at(-1)?.headers.has(deletesWorkHeader)).toBe(false);
    expect(apart.node.size + apart.map.size).toBe(listenedVnis.length);
  });
});

describe("MemoryProjector: mappings and their own node", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it("announces no mapping that only its own node would receive; a node joining the VNI gets it with its first work, and later changes", () => {
    const { projector, subjects, sent, map } = setup(() => true, { alone: true });
    projector.apply("ns.a", attachment(4));
    projector.apply("ns.a", attachment(5, { implemented: true }));
    expect(subjects()).toEqual(["jetnet.feed.v1.jetnet-node.n1.ns.a"]);
    expect(map.get("7.ns.a")?.value).toMatchObject({ hostIp: "100.64.0.1", sourceRevision: 5 });
    expect(projector.unheard).toBe(1);
    // n2 joins VNI 7: its first work there carries a.'s mapping, unannounced as it was.
    projector.apply("ns.b", named("b", "n2", 6));
    expect(sent.at(-1)?.subject).toBe("jetnet.feed.v1.jetnet-node.n2.ns.b");
    expect(nodeWorkCodec.decode(sent.at(-1)!.data).peers?.map((p) => p.name)).toEqual(["a"]);
    projector.apply("ns.a", attachment(7, { implemented: true, mac: "02:00:00:00:00:07" }));
    expect(subjects().slice(-2)).toEqual([
      "jetnet.feed.v1.jetnet-map.7.ns.a",
      "jetnet.feed.v1.jetnet-node.n1.ns.a",
    ]);
    // n2 leaves; a.'s delete still goes out once, on the VNI's feed: it deletes n1's work too.
    projector.apply("ns.b", undefined);
    projector.apply("ns.a", undefined);
    expect(subjects().slice(-2)).toEqual([
      "jetnet.feed.v1.jetnet-node.n2.ns.b DEL",
      "jetnet.feed.v1.jetnet-map.7.ns.a DEL",
    ]);
    expect(sent.at(-1)?.headers.get(deletesWorkHeader)).toBe("n1.ns.a");
    expect(projector.unheard).toBe(1);
  });

  it("asks a node again for a report a later one of its overtook, or that did not come in 10 s, and stops once it is applied", () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    const { projector, sent } = setup(() => true, { alone: true });
    const body = () => new TextDecoder().decode(sent.at(-1)!.data);
    projector.apply("ns.a", attachment(4));
    projector.apply("ns.b", named("b", "n1", 5));
    projector.apply("ns.c", named("c", "n2", 6));
    expect(projector.reports.size).toBe(3);
    vi.advanceTimersByTime(500);
    // b.'s report arrives before a.'s: a.'s was lost, if it is not in 2 s.
    projector.apply("ns.b", named("b", "n1", 7, { implemented: true }));
    expect(projector.reports.size).toBe(2);
    vi.advanceTimersByTime(1_999);
    expect(projector.askForReports()).toBe(0);
    vi.advanceTimersByTime(1);
    expect(projector.askForReports()).toBe(1);
    expect(sent.at(-1)?.subject).toBe(reportAgainSubject("n1"));
    expect(body()).toBe("n1.ns.a");
    projector.apply("ns.a", attachment(8, { implemented: true }));
    // Nothing came from n2 at all: its agent may be busy; c. is asked for after 10 s.
    vi.advanceTimersByTime(10_000 - 2_500 - 1);
    expect(projector.askForReports()).toBe(0);
    vi.advanceTimersByTime(1);
    expect(projector.askForReports()).toBe(1);
    expect(sent.at(-1)?.subject).toBe(reportAgainSubject("n2"));
    expect(body()).toBe("n2.ns.c");
    projector.apply("ns.c", named("c", "n2", 9, { implemented: true }));
    vi.advanceTimersByTime(60_000);
    expect(projector.askForReports()).toBe(0);
    expect(projector.reports.size).toBe(0);
    // Gone before it was reported: nothing is awaited.
    projector.apply("ns.d", named("d", "n2", 10));
    projector.apply("ns.d", undefined);
    expect(projector.reports.size).toBe(0);
  });

  it("announces a mapping with the node's known host at once, still awaits the report, and sends nothing more when the report names that host", () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    const { projector, subjects, map } = setup();
    projector.apply("ns.a", attachment(4, { nodeHostIp: "100.64.0.1" }));
    // Node work and mapping together, before the agent has reported anything.
    expect(subjects()).toEqual(["jetnet.feed.v1.jetnet-map.7.ns.a", "jetnet.feed.v1.jetnet-node.n1.ns.a"]);
    expect(map.get("7.ns.a")?.value).toMatchObject({ hostIp: "100.64.0.1", sourceRevision: 4 });
    // The mapping is no report: a lost one is still asked for (n9's unreported work as well).
    expect(projector.reports.size).toBe(listenedVnis.length + 1);
    vi.advanceTimersByTime(10_000);
    expect(projector.askForReports()).toBe(listenedVnis.length + 1);
    expect(subjects()).toContain(reportAgainSubject("n1"));
    const asked = subjects().length;
    projector.apply("ns.a", attachment(5, { implemented: true, nodeHostIp: "100.64.0.1" }));
    expect(projector.reports.size).toBe(listenedVnis.length);
    expect(subjects()).toHaveLength(asked);
    expect(map.get("7.ns.a")?.value.sourceRevision).toBe(4);
  });

  it("takes the host the agent reports over the one known before, and drops the mapping if the agent reports no interface", () => {
    const { projector, subjects, map } = setup();
    projector.apply("ns.a", attachment(4, { nodeHostIp: "100.64.0.9" }));
    expect(map.get("7.ns.a")?.value.hostIp).toBe("100.64.0.9");
    projector.apply("ns.a", attachment(5, { implemented: true, nodeHostIp: "100.64.0.9" }));
    expect(map.get("7.ns.a")?.value).toMatchObject({ hostIp: "100.64.0.1", sourceRevision: 5 });
    projector.apply("ns.a", attachment(6, { failed: true, nodeHostIp: "100.64.0.9" }));
    expect(map.get("7.ns.a")).toBeUndefined();
    expect(subjects().filter((s) => s.includes("jetnet-map"))).toEqual([
      "jetnet.feed.v1.jetnet-map.7.ns.a",
      "jetnet.feed.v1.jetnet-map.7.ns.a",
      "jetnet.feed.v1.jetnet-map.7.ns.a DEL",
    ]);
    // Without a known host, nothing is announced to peers before the report (as before).
    projector.apply("ns.b", named("b", "n2", 7));
    expect(map.get("7.ns.b")).toBeUndefined();
  });

  it("announces an attachment created without a host with the host its node's implemented attachments name, and drops it on a failed report", () => {
    const { projector, subjects, map } = setup();
    // Created through a replica that knew no host for n2 (a writer): nothing to tell peers yet.
    projector.apply("ns.b", named("b", "n2", 5));
    expect(map.get("7.ns.b")).toBeUndefined();
    // n2's agent reports b implemented on 100.64.0.1: n2's host from now on.
    projector.apply("ns.b", named("b", "n2", 6, { implemented: true }));
    expect(map.get("7.ns.b")?.value.hostIp).toBe("100.64.0.1");
    // The next attachment on n2, again without a host stamped: its mapping goes out at once.
    projector.apply("ns.c", named("c", "n2", 7, { vni: 8 }));
    expect(map.get("8.ns.c")?.value).toMatchObject({ hostIp: "100.64.0.1", node: "n2", sourceRevision: 7 });
    expect(subjects()).toContain("jetnet.feed.v1.jetnet-map.8.ns.c");
    // Still a hint: the report is awaited, and a report of no interface takes the mapping back.
    expect(projector.reports.size).toBe(listenedVnis.length + 1);
    projector.apply("ns.c", named("c", "n2", 8, { vni: 8, failed: true }));
    expect(map.get("8.ns.c")).toBeUndefined();
    expect(subjects().filter((x) => x.includes("jetnet-map.8.ns.c"))).toEqual([
      "jetnet.feed.v1.jetnet-map.8.ns.c",
      "jetnet.feed.v1.jetnet-map.8.ns.c DEL",
    ]);
    // A node no implemented attachment has named yet still waits for the report.
    projector.apply("ns.d", named("d", "n3", 9));
    expect(map.get("7.ns.d")).toBeUndefined();
  });

  it("after its first listing, maps an unreported attachment to its node's host learnt from one listed after it", () => {
    const { projector, map, subjects } = setup();
    projector.announcing = false;
    const sent = subjects().length;
    // Listed in stream order: c (unreported) before b, whose report was its latest write.
    const c = named("c", "n2", 5, { vni: 8 });
    const b = named("b", "n2", 6, { implemented: true });
    projector.apply("ns.c", c);
    projector.apply("ns.b", b);
    expect(map.get("8.ns.c")).toBeUndefined();
    projector.reproject([c, b]);
    expect(map.get("8.ns.c")?.value).toMatchObject({ hostIp: "100.64.0.1", sourceRevision: 5 });
    expect(map.get("7.ns.b")?.value.sourceRevision).toBe(6);
    // Nothing announced while listing: agents are asked to resync after it.
    expect(subjects()).toHaveLength(sent);
  });

  it("leaves the asking to the replica announcing the node's view", () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    const { projector, sent } = setup((view) => view.startsWith("map."), { alone: true });
    projector.apply("ns.a", attachment(4));
    vi.advanceTimersByTime(2_000);
    expect(projector.askForReports()).toBe(0);
    expect(sent).toHaveLength(0);
  });
});

describe("PendingReports", () => {
  it("asks each node for its overdue reports in one message: overtaken after 2 s, else after 10 s, then at 4, 8, 16 and 30 s", () => {
    let now = 0;
    const reports = new PendingReports(() => now);
    const asked: string[] = [];
    let answer = true;
    const ask = (token: string, keys: string[]) => {
      if (answer) asked.push(`${token}: ${keys.join(" ")}`);
      return answer;
    };
    const at = (t: number) => {
      now = t;
      return reports.askDue(ask);
    };
    reports.expect("ns.a", "n1.ns.a");
    reports.expect("ns.b", "n1.ns.b");
    reports.expect("ns.x", "n1.ns.x");
    reports.expect("ns.c", "n2.ns.c");
    now = 1_000;
    reports.settle("ns.b", true);
    // x. came after b.: not overtaken. A node's work that is gone is no progress of its agent.
    reports.settle("ns.x", false);
    expect(at(2_999)).toBe(0);
    expect(at(3_000)).toBe(1);
    expect(asked).toEqual(["n1: n1.ns.a"]);
    expect(at(6_999)).toBe(0);
    expect(at(7_000)).toBe(1);
    // c. waited 10 s; a. is due again only at 7 s + 8 s.
    expect(at(10_000)).toBe(1);
    expect(asked.at(-1)).toBe("n2: n2.ns.c");
    // Expected again under the same node work: its schedule stands; under another: it starts over.
    reports.expect("ns.a", "n1.ns.a");
    reports.expect("ns.c", "n3.ns.c");
    expect(at(15_000)).toBe(1);
    expect(asked.at(-1)).toBe("n1: n1.ns.a");
    // Not sent (another replica announces the node): still due at the next round.
    answer = false;
    expect(at(20_000)).toBe(0);
    answer = true;
    expect(at(20_000)).toBe(1);
    expect(asked.at(-1)).toBe("n3: n3.ns.c");
    for (let i = 1; i <= 10; i++) at(20_000 + i * 30_000);
    expect(asked.filter((a) => a.startsWith("n1"))).toHaveLength(3 + 10);
    expect(reports.size).toBe(2);
  });
});

describe("RecentAnnouncements", () => {
  it("tells the keys announced after a revision while it remembers every announcement since, each once", () => {
    const now = 0;
    const recent = new RecentAnnouncements(() => now);
    recent.add("map.7", "7.ns.a", 100, 90);
    recent.add("map.7", "7.ns.b", 101, 100);
    recent.add("map.7", "7.ns.a", 102, 101);
    expect(recent.since("map.7", 100)).toEqual({ keys: ["7.ns.a", "7.ns.b"], revision: 102 });
    expect(recent.since("map.7", 102)).toEqual({ keys: [], revision: 102 });
    // 90 came before the first one remembered, which named it: covered; 89 is not.
    expect(recent.since("map.7", 90)?.keys.sort()).toEqual(["7.ns.a", "7.ns.b"]);
    expect(recent.since("map.7", 89)).toBeUndefined();
    expect(recent.since("map.8", 100)).toBeUndefined();
  });

  it("up to a revision, tells only the keys announced between the two", () => {
    const recent = new RecentAnnouncements(() => 0);
    recent.add("map.7", "7.ns.a", 100, 90);
    recent.add("map.7", "7.ns.b", 101, 100);
    recent.add("map.7", "7.ns.c", 102, 101);
    recent.add("map.7", "7.ns.b", 103, 102);
    recent.add("map.7", "7.ns.d", 104, 103);
    // The requester received 102 on: it missed 101 and 102 only (b's later change reached it).
    expect(recent.since("map.7", 100, 102)).toEqual({ keys: ["7.ns.c", "7.ns.b"], revision: 102 });
    expect(recent.since("map.7", 100, 100)).toEqual({ keys: [], revision: 100 });
    // Up to a revision past the last one (or 0): everything after `since`.
    expect(recent.since("map.7", 102, 200)?.keys.sort()).toEqual(["7.ns.b", "7.ns.d"]);
    expect(recent.since("map.7", 102, 200)?.revision).toBe(104);
    expect(recent.since("map.7", 102, 0)).toEqual(recent.since("map.7", 102, 200));
    // Forgotten before `since`: still unknown, whatever the bound.
    expect(recent.since("map.7", 80, 101)).toBeUndefined();
  });

  it("without a previous announcement named, covers nothing before the first one", () => {
    const recent = new RecentAnnouncements(() => 0);
    recent.add("map.7", "7.ns.a", 500, undefined);
    expect(recent.since("map.7", 499)).toEqual({ keys: ["7.ns.a"], revision: 500 });
    expect(recent.since("map.7", 300)).toBeUndefined();
  });

  it("forgets announcements past their time, then the view", () => {
    let now = 0;
    const recent = new RecentAnnouncements(() => now);
    recent.add("map.7", "7.ns.a", 100, 90);
    now = 5_000;
    recent.add("map.7", "7.ns.b", 101, 100);
    now = recentAnnouncementsMs + 1;
    // The first is forgotten: from 100 on still known, from 90 no longer.
    expect(recent.since("map.7", 90)).toBeUndefined();
    expect(recent.since("map.7", 100)).toEqual({ keys: ["7.ns.b"], revision: 101 });
    now = 5_000 + recentAnnouncementsMs + 1;
    recent.sweep();
    expect(recent.size).toBe(0);
    expect(recent.since("map.7", 101)).toBeUndefined();
  });

  it("is fed by the announcer for VNI views only", () => {
    const sent: Sent[] = [];
    const nc = {
      publish: (subject: string, data: Uint8Array, o: { headers: MsgHdrs }) =>
        sent.push({ subject, data, headers: o.headers }),
    } as unknown as NatsConnection;
    const announcer = new FeedAnnouncer(nc, undefined, { defer: (send) => send() });
    const r1 = announcer.next();
    announcer.announce("jetnet-map", "7.ns.a", new Uint8Array([1]), r1);
    announcer.announce("jetnet-node", "n1.ns.a", new Uint8Array([1]), announcer.next());
    const r3 = announcer.next();
    announcer.announce("jetnet-map", "7.ns.a", undefined, r3);
    expect(announcer.recent.since("map.7", r1)).toEqual({ keys: ["7.ns.a"], revision: r3 });
    expect(announcer.recent.since("node.n1", 0)).toBeUndefined();
    expect(announcer.recent.size).toBe(1);
  });
});

describe("FeedAnnouncer batches", () => {
  /** An announcer whose end-of-turn sends run when the test says. */
  function batching(o: { batches?: boolean } = {}) {
    const sent: Sent[] = [];
    const nc = {
      publish: (subject: string, data: Uint8Array, o: { headers: MsgHdrs }) =>
        sent.push({ subject, data, headers: o.headers }),
    } as unknown as NatsConnection;
    const turns: Array<() => void> = [];
    const counted: number[] = [];
    const announcer = new FeedAnnouncer(nc, undefined, {
      batches: o.batches,
      defer: (send) => turns.push(send),
      sent: (n) => counted.push(n),
    });
    const endTurn = () => {
      for (const send of turns.splice(0)) send();
    };
    const bytes = (s: string) => new TextEncoder().encode(s);
    /** Revisions follow the clock in µs: `gapUs` after the last one. */
    let clock = 1_000_000_000_000;
    const put = (bucket: "jetnet-map" | "jetnet-node", key: string, deletesWork?: string, gapUs = 10) => {
      clock += gapUs;
      const work = deletesWork ? { key: deletesWork, uid: "u1" } : undefined;
      announcer.announce(bucket, key, deletesWork ? undefined : bytes(key), clock, work);
      return clock;
    };
    const described = () =>
      sent.map((m) => {
        const h = `${m.headers.get(revisionHeader)}<${m.headers.get(previousHeader) || "-"}`;
        if (!m.subject.endsWith("._batch")) return `${m.subject} ${h}`;
        const { entries, chain } = decodeFeedBatchChain(m.data);
        const keys = entries.map((e) => `${e.key}${e.value ? "" : ` DEL ${e.deletesWork}`}`);
        // The body names the batch's place as its headers do (shown only if it differs).
        const body = `${chain?.revision}<${chain?.previous ?? "-"}`;
        return `${m.subject} ${h} [${keys.join(" ")}]${body === h ? "" : ` body ${body}`}`;
      });
    return { sent, announcer, endTurn, put, described, counted };
  }

  it("sends at once on a quiet view; a busy view's announcements of one turn as one batch at its end", () => {
    const { sent, endTurn, put, described, counted } = batching();
    const a = put("jetnet-map", "7.ns.a");
    const w = put("jetnet-node", "n1.ns.a");
    // A VNI's feed carries batches only (a batch of one here); a node's, a lone one alone.
    expect(described()).toEqual([
      `jetnet.feed.v1.jetnet-map.7._batch ${a}<- [7.ns.a]`,
      `jetnet.feed.v1.jetnet-node.n1.ns.a ${w}<-`,
    ]);
    // 7 announced 20 µs ago: busy, these wait for the end of the turn.
    const b = put("jetnet-map", "7.ns.b");
    const c = put("jetnet-map", "7.ns.c");
    const e = put("jetnet-map", "8.ns.e");
    const w2 = put("jetnet-node", "n1.ns.b");
    expect(sent).toHaveLength(3);
    endTurn();
    expect(described().slice(3)).toEqual([
      `jetnet.feed.v1.jetnet-map.7._batch ${c}<${a} [7.ns.b 7.ns.c]`,
      `jetnet.feed.v1.jetnet-node.n1.ns.b ${w2}<${w}`,
    ]);
    expect(described()[2]).toBe(`jetnet.feed.v1.jetnet-map.8._batch ${e}<- [8.ns.e]`);
    const entries = decodeFeedBatch(sent[3]!.data);
    expect(new TextDecoder().decode(entries[1]!.value)).toBe("7.ns.c");
    expect(counted).toEqual([1, 1, 1, 2, 1]);
    expect(b < c).toBe(true);
    // Quiet again: at once, naming the batch's last announcement as its predecessor.
    const d = put("jetnet-map", "7.ns.d", undefined, batchAfterUs);
    expect(described()[5]).toBe(`jetnet.feed.v1.jetnet-map.7._batch ${d}<${c} [7.ns.d]`);
  });

  it("sends everything pending before a delete that deletes node work, so later work is not overtaken", () => {
    const { endTurn, put, described } = batching();
    const w0 = put("jetnet-node", "n1.ns.a");
    const m0 = put("jetnet-map", "7.ns.a");
    const w1 = put("jetnet-node", "n1.ns.a");
    const m1 = put("jetnet-map", "7.ns.a");
    // The attachment is deleted and created again under the same name, within the turn.
    const del = put("jetnet-map", "7.ns.a", "n1.ns.a");
    const w2 = put("jetnet-node", "n1.ns.a");
    endTurn();
    expect(described()).toEqual([
      `jetnet.feed.v1.jetnet-node.n1.ns.a ${w0}<-`,
      `jetnet.feed.v1.jetnet-map.7._batch ${m0}<- [7.ns.a]`,
      `jetnet.feed.v1.jetnet-node.n1.ns.a ${w1}<${w0}`,
      `jetnet.feed.v1.jetnet-map.7._batch ${m1}<${m0} [7.ns.a]`,
      `jetnet.feed.v1.jetnet-map.7._batch ${del}<${m1} [7.ns.a DEL n1.ns.a]`,
      `jetnet.feed.v1.jetnet-node.n1.ns.a ${w2}<${w1}`,
    ]);
  });

  it(`sends a batch at once when it reaches ${maxBatchEntries} announcements`, () => {
    const { sent, endTurn, put, counted } = batching();
    for (let i = 0; i <= maxBatchEntries + 1; i++) put("jetnet-map", `7.ns.a${i}`);
    // The first at once (7 was quiet), then a full batch.
    expect(counted).toEqual([1, maxBatchEntries]);
    expect(decodeFeedBatch(sent[1]!.data)).toHaveLength(maxBatchEntries);
    endTurn();
    expect(counted).toEqual([1, maxBatchEntries, 1]);
    expect(sent[2]!.subject).toBe("jetnet.feed.v1.jetnet-map.7._batch");
    expect(decodeFeedBatch(sent[2]!.data).map((e) => e.key)).toEqual([`7.ns.a${maxBatchEntries + 1}`]);
    expect(sent[2]!.headers.get(previousHeader)).toBe(sent[1]!.headers.get(revisionHeader));
  });

  it("sends pending announcements before asking for reports or a resync", () => {
    const { sent, announcer, put } = batching();
    put("jetnet-node", "n1.ns.a");
    put("jetnet-node", "n1.ns.b");
    announcer.askReports("n1", ["n1.ns.b"]);
    announcer.askResync();
    expect(sent.map((m) => m.subject)).toEqual([
      "jetnet.feed.v1.jetnet-node.n1.ns.a",
      "jetnet.feed.v1.jetnet-node.n1.ns.b",
      reportAgainSubject("n1"),
      resyncSubject,
    ]);
  });

  it("sends every announcement alone, at once, with batches off", () => {
    const { sent, put, counted } = batching({ batches: false });
    put("jetnet-map", "7.ns.a");
    put("jetnet-map", "7.ns.b");
    expect(sent.map((m) => m.subject)).toEqual([
      "jetnet.feed.v1.jetnet-map.7.ns.a",
      "jetnet.feed.v1.jetnet-map.7.ns.b",
    ]);
    expect(counted).toEqual([1, 1]);
  });

  it("confirms the tail of a view quiet since its last announcement, once, naming that announcement", () => {
    const { sent, announcer, endTurn, put, described } = batching();
    const a = put("jetnet-map", "7.ns.a");
    const b = put("jetnet-map", "7.ns.b");
    endTurn();
    const w = put("jetnet-node", "n1.ns.a", undefined, 10_000);
    const now = Date.now();
    sent.length = 0;
    // Not quiet long enough yet.
    expect(announcer.confirmTails(now, 60_000)).toBe(0);
    expect(sent).toEqual([]);
    expect(announcer.confirmTails(now + 60_000, 60_000)).toBe(2);
    // An empty batch on each view's batch subject, its revision and predecessor the last sent.
    expect(described()).toEqual([
      `jetnet.feed.v1.jetnet-map.7._batch ${b}<${b} []`,
      `jetnet.feed.v1.jetnet-node.n1._batch ${w}<${w} []`,
    ]);
    // The body says the same (followers read it there) and carries no entry.
    expect(sent.map((m) => decodeFeedBatchChain(m.data))).toEqual([
      { entries: [], chain: { revision: b, previous: b } },
      { entries: [], chain: { revision: w, previous: w } },
    ]);
    expect(b).toBeGreaterThan(a);
    // Once per quiet spell: nothing more until the view announces again.
    expect(announcer.confirmTails(now + 120_000, 60_000)).toBe(0);
    const c = put("jetnet-map", "7.ns.c", undefined, 10_000);
    sent.length = 0;
    expect(announcer.confirmTails(Date.now() + 60_000, 60_000)).toBe(1);
    expect(described()).toEqual([`jetnet.feed.v1.jetnet-map.7._batch ${c}<${c} []`]);
  });

  it("confirms no tail of an announcement still pending, nor any with batches off", () => {
    const pending = batching();
    put2(pending.put);
    // 7.ns.b waits for the end of the turn: the view's last announcement is not sent yet.
    expect(pending.announcer.confirmTails(Date.now() + 60_000, 0)).toBe(0);
    pending.endTurn();
    expect(pending.announcer.confirmTails(Date.now() + 60_000, 0)).toBe(1);

    const unbatched = batching({ batches: false });
    put2(unbatched.put);
    expect(unbatched.announcer.confirmTails(Date.now() + 60_000, 0)).toBe(0);
    expect(unbatched.sent.map((m) => m.subject)).toEqual([
      "jetnet.feed.v1.jetnet-map.7.ns.a",
      "jetnet.feed.v1.jetnet-map.7.ns.b",
    ]);

    function put2(put: (bucket: "jetnet-map" | "jetnet-node", key: string) => number): void {
      put("jetnet-map", "7.ns.a");
      put("jetnet-map", "7.ns.b");
    }
  });
});
