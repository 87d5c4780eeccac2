import { headers, type Msg, type NatsConnection } from "@nats-io/nats-core";
import { connect } from "@nats-io/transport-node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { encodeFeedBatch, type FeedEntry } from "../../../lib/api/feed-batch.js";
import { feedSubject } from "../../../lib/api/subjects.js";
import {
  deletesWorkHeader,
  deletesWorkUidHeader,
  reportAgainSubject,
  snapshotSubject,
  ViewDigest,
} from "../../../lib/api/views.js";
import { type Mapping, mappingCodec, type NodeWork, nodeWorkCodec } from "../../../lib/codec.js";
import { previousHeader, revisionHeader } from "../../../lib/store/store.js";
import { jetnet } from "../../../proto/gen/jetnet.js";
import { FollowedView, type ViewOptions } from "../../../services/agent/view.js";
import { FeedAnnouncer } from "../../../services/mapping/projections.js";
import { type NatsServer, startNats } from "../../harness/index.js";
import { HeldLane } from "./held-lane.js";

// A followed view tells a lost feed message from the next one's predecessor, without asking the
// mapping service: that is what lets agents compare digests only when there is a reason to.
let nats: NatsServer;
let nc: NatsConnection;
beforeAll(async () => {
  nats = await startNats({ jetstream: false });
  nc = await connect({ servers: nats.url });
  // The mapping service's snapshot of an empty view.
  nc.subscribe(snapshotSubject("map.7"), {
    callback: (_err, m) => {
      m.respond(jetnet.v1.SnapshotReply.encode({ entries: [] }).finish());
    },
  });
});
afterAll(async () => {
  await nc?.close();
  await nats?.stop();
});

/** A followed VNI view of `map.<vni>` on the test's connection. */
function mapView(vni: number, o: Omit<ViewOptions<Mapping>, "nc" | "view" | "bucket" | "token" | "codec">) {
  return new FollowedView<Mapping>({
    nc,
    view: `map.${vni}`,
    bucket: "jetnet-map",
    token: String(vni),
    codec: mappingCodec,
    ...o,
  });
}

function announce(key: string, revision: number, previous?: number): void {
  const h = headers();
  h.set(revisionHeader, String(revision));
  if (previous !== undefined) h.set(previousHeader, String(previous));
  const value = mappingCodec.encode({ vni: 7, ip: "10.0.0.1", sourceRevision: revision });
  nc.publish(feedSubject("jetnet-map", key), value, { headers: h });
}

describe("FollowedView", () => {
  it("flags a gap when a message names a predecessor newer than anything received; a resync clears it", async () => {
    const changed: string[] = [];
    const view = mapView(7, {
      onChange: (key) => changed.push(key),
    });
    await view.start();
    expect(view.synced).toBe(true);
    // The first message's predecessor may have come before the subscription: not judged.
    announce("7.ns.a", 10, 9);
    announce("7.ns.b", 11, 10);
    announce("7.ns.a", 12, 11);
    await nc.flush();
    await until(() => changed.length === 3);
    expect(view.gap).toBe(false);
    // 13 is lost; 14 names it.
    announce("7.ns.c", 14, 13);
    await nc.flush();
    await until(() => changed.length === 4);
    expect(view.gap).toBe(true);
    await view.resync();
    expect(view.gap).toBe(false);
    view.stop();
  });

  it("starts from announced entries without a snapshot, judges the next message against their revision, and passes on work a delete names", async () => {
    const changed: string[] = [];
    const deletedWork: string[] = [];
    const seedGaps: string[] = [];
    const view = mapView(8, {
      onChange: (key) => changed.push(key),
      onDeletesWork: (key, uid) => deletedWork.push(`${key} ${uid}`),
      onSeedGap: () => seedGaps.push("map.8"),
    });
    // No snapshot responder serves map.8: starting from announced entries must not ask for one.
    view.startFrom(
      [{ vni: 8, ip: "10.0.0.2", namespace: "ns", name: "p", sourceRevision: 3 }],
      (m) => `8.${m.namespace}.${m.name}`,
      20,
    );
    expect(view.synced).toBe(true);
    expect([...view.entries.keys()]).toEqual(["8.ns.p"]);
    await nc.flush();
    // 21 was announced before the subscription took effect; 22 names it.
    const h = headers();
    h.set(revisionHeader, "22");
    h.set(previousHeader, "21");
    h.set("KV-Operation", "DEL");
    h.set(deletesWorkHeader, "n1.ns.p");
    h.set(deletesWorkUidHeader, "u-p");
    nc.publish(feedSubject("jetnet-map", "8.ns.p"), new Uint8Array(), { headers: h });
    await nc.flush();
    await until(() => deletedWork.length === 1);
    expect(deletedWork).toEqual(["n1.ns.p u-p"]);
    expect(view.entries.size).toBe(0);
    expect(view.gap).toBe(true);
    // Lost in the window a snapshot at the start would have covered: it asks for one at once.
    expect(seedGaps).toEqual(["map.8"]);
    view.stop();
  });

  it("started from a VNI with nothing announced yet, judges even its first message", async () => {
    const seedGaps: string[] = [];
    const view = mapView(9, {
      onChange: () => undefined,
      onSeedGap: () => seedGaps.push("map.9"),
    });
    view.startFrom([], (m) => `9.${m.namespace}.${m.name}`, 0);
    await nc.flush();
    const h = headers();
    h.set(revisionHeader, "31");
    h.set(previousHeader, "30");
    nc.publish(
      feedSubject("jetnet-map", "9.ns.q"),
      mappingCodec.encode({ vni: 9, ip: "10.0.0.3", sourceRevision: 5 }),
      {
        headers: h,
      },
    );
    await nc.flush();
    await until(() => view.entries.size === 1);
    expect(view.gap).toBe(true);
    expect(seedGaps).toEqual(["map.9"]);
    view.stop();
  });
});

describe("FollowedView and its writer's tail confirmation", () => {
  it("takes an empty batch naming the last announcement it received for no reason to compare digests; one naming a later one for a gap", async () => {
    const changed: string[] = [];
    const view = mapView(7, { onChange: (key) => changed.push(key) });
    await view.start();
    announce("7.tail.a", 100, 99);
    announce("7.tail.b", 101, 100);
    await nc.flush();
    await until(() => changed.length === 2);
    const later = () => Date.now() + 60_000;
    // Quiet after changes: its last message may have been lost.
    expect(view.digestWanted(later(), 1_000)).toBe(true);
    confirmTail(7, 101);
    await nc.flush();
    await until(() => !view.digestWanted(later(), 1_000));
    expect(view.gap).toBe(false);
    expect(changed).toEqual(["7.tail.a", "7.tail.b"]);
    // A change after it is compared once quiet again.
    announce("7.tail.c", 102, 101);
    await nc.flush();
    await until(() => changed.length === 3);
    expect(view.digestWanted(later(), 1_000)).toBe(true);
    // 103 is lost: the confirmation names it.
    confirmTail(7, 103);
    await nc.flush();
    await until(() => view.gap);
    expect(view.digestWanted(later(), 1_000)).toBe(true);
    view.stop();
  });
});

/** The writer's tail confirmation on map.<vni>: an empty batch naming its last announcement. */
function confirmTail(vni: number, last: number): void {
  const h = headers();
  h.set(revisionHeader, String(last));
  h.set(previousHeader, String(last));
  nc.publish(feedSubject("jetnet-map", `${vni}._batch`), encodeFeedBatch([]), { headers: h });
}

describe("FollowedView of batched announcements", () => {
  it("applies a batch from the mapping service's announcer in order, and judges its predecessor as one message's", async () => {
    const changed: string[] = [];
    const deletedWork: string[] = [];
    const view = mapView(7, {
      onChange: (key) => changed.push(key),
      onDeletesWork: (key, uid) => deletedWork.push(`${key} ${uid}`),
    });
    await view.start();
    const announcer = new FeedAnnouncer(nc);
    const value = (ip: string, sourceRevision: number) =>
      mappingCodec.encode({ vni: 7, ip, namespace: "ns", sourceRevision });
    let batches = 0;
    const watch = nc.subscribe(feedSubject("jetnet-map", "7._batch"), {
      callback: () => {
        batches++;
      },
    });
    await nc.flush();
    // One turn: the first goes at once (map.7 was quiet), as a batch of one (a VNI's feed carries
    // batches only), the next three as one batch, the delete among them.
    announcer.announce("jetnet-map", "7.ns.a", value("10.0.0.1", 1), announcer.next());
    announcer.announce("jetnet-map", "7.ns.b", value("10.0.0.2", 2), announcer.next());
    announcer.announce("jetnet-map", "7.ns.a", undefined, announcer.next());
    const last = announcer.next();
    announcer.announce("jetnet-map", "7.ns.c", value("10.0.0.3", 3), last);
    await until(() => changed.length === 4);
    expect(changed).toEqual(["7.ns.a", "7.ns.b", "7.ns.a", "7.ns.c"]);
    expect([...view.entries.keys()].sort()).toEqual(["7.ns.b", "7.ns.c"]);
    expect(view.entries.get("7.ns.c")?.ip).toBe("10.0.0.3");
    expect(view.gap).toBe(false);
    expect(batches).toBe(2);
    watch.unsubscribe();

    // A batch whose predecessor this view received is no gap; its delete passes the work on,
    // and an entry of another view in it is not taken.
    const batch = (revision: number, previous: number, entries: FeedEntry[]) => {
      const h = headers();
      h.set(revisionHeader, String(revision));
      h.set(previousHeader, String(previous));
      nc.publish(feedSubject("jetnet-map", "7._batch"), encodeFeedBatch(entries), { headers: h });
    };
    batch(last + 2, last, [
      { key: "7.ns.b", value: undefined, deletesWork: "n1.ns.b", deletesWorkUid: "u-b" },
      { key: "8.ns.x", value: value("10.0.0.9", 9) },
      { key: "7.ns.d", value: value("10.0.0.4", 4) },
    ]);
    await until(() => deletedWork.length === 1 && view.entries.has("7.ns.d"));
    expect(deletedWork).toEqual(["n1.ns.b u-b"]);
    expect([...view.entries.keys()].sort()).toEqual(["7.ns.c", "7.ns.d"]);
    expect(view.gap).toBe(false);
    // The next batch names a predecessor never received: a gap, its entries still applied.
    batch(last + 5, last + 4, [
      { key: "7.ns.e", value: value("10.0.0.5", 5) },
      { key: "7.ns.c", value: undefined },
    ]);
    await until(() => view.entries.has("7.ns.e"));
    expect(view.entries.has("7.ns.c")).toBe(false);
    expect(view.gap).toBe(true);
    view.stop();
  });
});

describe("FollowedView of batches that carry their chain in the body", () => {
  it("judges a batch by the revisions in its body and leaves its headers unread; a batch without them by its headers", async () => {
    const changed: string[] = [];
    const view = mapView(7, { onChange: (key) => changed.push(key) });
    await view.start();
    const value = (ip: string, sourceRevision: number) =>
      mappingCodec.encode({ vni: 7, ip, namespace: "ns", sourceRevision });
    // Headers that would say the opposite of the body: whichever the view reads decides.
    const batch = (
      body: { revision: number; previous: number } | undefined,
      header: number,
      entries: FeedEntry[],
    ) => {
      const h = headers();
      h.set(revisionHeader, String(body?.revision ?? header));
      h.set(previousHeader, String(header));
      nc.publish(feedSubject("jetnet-map", "7._batch"), encodeFeedBatch(entries, body), { headers: h });
    };
    batch({ revision: 200, previous: 199 }, 1, [{ key: "7.body.a", value: value("10.0.1.1", 1) }]);
    // Body: 200 came before (no gap); headers: 250, never received (a gap).
    batch({ revision: 201, previous: 200 }, 250, [{ key: "7.body.b", value: value("10.0.1.2", 2) }]);
    await nc.flush();
    await until(() => changed.length === 2);
    expect(view.gap).toBe(false);
    // Body: 203 never received (a gap), headers: 201 (none).
    batch({ revision: 204, previous: 203 }, 201, [{ key: "7.body.c", value: value("10.0.1.3", 3) }]);
    await until(() => changed.length === 3);
    expect(view.gap).toBe(true);
    await view.resync();
    expect(view.gap).toBe(false);
    // A writer older than the body's fields: its headers say where the batch stands.
    batch(undefined, 204, [{ key: "7.body.d", value: value("10.0.1.4", 4) }]);
    batch(undefined, 250, [{ key: "7.body.e", value: value("10.0.1.5", 5) }]);
    await until(() => view.entries.has("7.body.e"));
    expect(view.entries.has("7.body.d")).toBe(true);
    expect(view.gap).toBe(true);
    view.stop();
  });

  it("takes a tail confirmation's revisions from its body", async () => {
    const view = mapView(7, { onChange: () => undefined });
    await view.start();
    const value = mappingCodec.encode({ vni: 7, ip: "10.0.2.1", namespace: "ns", sourceRevision: 1 });
    const send = (body: { revision: number; previous: number }, entries: FeedEntry[]) => {
      // No headers at all: nothing but the body can tell the view anything.
      nc.publish(feedSubject("jetnet-map", "7._batch"), encodeFeedBatch(entries, body));
    };
    send({ revision: 300, previous: 299 }, [{ key: "7.tail2.a", value }]);
    await until(() => view.entries.has("7.tail2.a"));
    const later = () => Date.now() + 60_000;
    expect(view.digestWanted(later(), 1_000)).toBe(true);
    send({ revision: 300, previous: 300 }, []);
    await nc.flush();
    await until(() => !view.digestWanted(later(), 1_000));
    expect(view.gap).toBe(false);
    send({ revision: 302, previous: 302 }, []);
    await until(() => view.gap);
    view.stop();
  });
});

describe("FollowedView of a feed of batches only", () => {
  it("subscribes to the literal batch subject alone, and takes a lone announcement from it", async () => {
    const changed: string[] = [];
    const view = mapView(21, { onChange: (key) => changed.push(key), batchesOnly: true });
    view.startFrom([], (m) => `21.${m.namespace}.${m.name}`, 0);
    await nc.flush();
    const res = await fetch(`${nats.monitorUrl}/connz?cid=${nc.info?.client_id}&subs=1`);
    const body = (await res.json()) as { connections: { subscriptions_list?: string[] }[] };
    const subs = body.connections[0]?.subscriptions_list ?? [];
    expect(subs.filter((s) => s.startsWith("jetnet.feed.v1.jetnet-map.21"))).toEqual([
      "jetnet.feed.v1.jetnet-map.21._batch",
    ]);
    const announcer = new FeedAnnouncer(nc);
    const value = mappingCodec.encode({
      vni: 21,
      ip: "10.0.0.1",
      namespace: "ns",
      name: "a",
      sourceRevision: 1,
    });
    announcer.announce("jetnet-map", "21.ns.a", value, announcer.next());
    await until(() => changed.length === 1);
    expect(changed).toEqual(["21.ns.a"]);
    expect(view.entries.get("21.ns.a")?.ip).toBe("10.0.0.1");
    expect(view.gap).toBe(false);
    view.stop();
  });
});

describe("FollowedView through a lane", () => {
  it("applies nothing until the lane runs, then in arrival order, a snapshot reply after the messages before it", async () => {
    let request: Msg | undefined;
    const responder = nc.subscribe(snapshotSubject("map.12"), {
      callback: (_err, m) => {
        request = m;
      },
    });
    await nc.flush();
    const lane = new HeldLane();
    lane.hold();
    const view = mapView(12, {
      onChange: () => undefined,
      lane,
    });
    const value = (name: string, sourceRevision: number) =>
      mappingCodec.encode({ vni: 12, ip: "10.0.0.1", namespace: "ns", name, sourceRevision });
    const live = (key: string, data: Uint8Array, revision: number, del = false) => {
      const h = headers();
      h.set(revisionHeader, String(revision));
      h.set(previousHeader, String(revision - 1));
      if (del) h.set("KV-Operation", "DEL");
      nc.publish(feedSubject("jetnet-map", key), data, { headers: h });
    };
    try {
      const started = view.start();
      await until(() => request !== undefined);
      // After the request: b at source revision 5, which the snapshot (3) must not undo; c goes.
      live("12.ns.b", value("b", 5), 101);
      live("12.ns.c", value("c", 6), 102);
      live("12.ns.c", new Uint8Array(), 103, true);
      await nc.flush();
      request!.respond(
        jetnet.v1.SnapshotReply.encode({
          entries: [
            { key: "12.ns.a", value: value("a", 1) },
            { key: "12.ns.b", value: value("b", 3) },
            { key: "12.ns.c", value: value("c", 2) },
          ],
        }).finish(),
      );
      await until(() => lane.waiting === 4);
      expect(view.entries.size).toBe(0);
      expect(view.synced).toBe(false);
      lane.release();
      await started;
      expect(view.synced).toBe(true);
      expect([...view.entries.keys()].sort()).toEqual(["12.ns.a", "12.ns.b"]);
      expect(view.entries.get("12.ns.b")?.sourceRevision).toBe(5);
      // Held again: a delete waits in the lane, then applies.
      lane.hold();
      live("12.ns.a", new Uint8Array(), 104, true);
      await nc.flush();
      await until(() => lane.waiting === 1);
      expect(view.entries.has("12.ns.a")).toBe(true);
      lane.release();
      await lane.reached();
      expect([...view.entries.keys()]).toEqual(["12.ns.b"]);
      expect(view.gap).toBe(false);
      // A message that arrived before a snapshot was asked for, applied after it was: the
      // snapshot (newer) is not taken for a change made while it was in flight.
      lane.hold();
      live("12.ns.d", value("d", 7), 105);
      await nc.flush();
      await until(() => lane.waiting === 1);
      request = undefined;
      const resynced = view.resync();
      await until(() => request !== undefined);
      request!.respond(
        jetnet.v1.SnapshotReply.encode({
          entries: [
            { key: "12.ns.b", value: value("b", 5) },
            { key: "12.ns.d", value: value("d", 8) },
          ],
        }).finish(),
      );
      await until(() => lane.waiting === 2);
      lane.release();
      await resynced;
      expect(view.entries.get("12.ns.d")?.sourceRevision).toBe(8);
    } finally {
      responder.unsubscribe();
      view.stop();
    }
  });
});

describe("FollowedView started from announced entries through a lane", () => {
  it("is synced at once and complete once the lane applied them", async () => {
    const lane = new HeldLane();
    lane.hold();
    const view = mapView(13, {
      onChange: () => undefined,
      lane,
    });
    try {
      view.startFrom(
        [{ vni: 13, ip: "10.0.0.7", namespace: "ns", name: "p", sourceRevision: 2 }],
        (m) => `13.${m.namespace}.${m.name}`,
        40,
      );
      // The digest check must not take it for a view whose snapshot failed...
      expect(view.synced).toBe(true);
      // ...nor an orphan check for one whose entries are known.
      expect(view.complete).toBe(false);
      expect(view.entries.size).toBe(0);
      lane.release();
      await lane.reached();
      expect(view.complete).toBe(true);
      expect([...view.entries.keys()]).toEqual(["13.ns.p"]);
    } finally {
      view.stop();
    }
  });
});

describe("FollowedView catching up after a seed gap", () => {
  /** Publishes a mapping of `key` on VNI `vni`'s feed as announcement `revision` after `previous`. */
  const send = (vni: number, key: string, revision: number, previous: number, sourceRevision: number) => {
    const h = headers();
    h.set(revisionHeader, String(revision));
    h.set(previousHeader, String(previous));
    const value = mappingCodec.encode({ vni, ip: "10.0.0.9", node: "n2", sourceRevision });
    nc.publish(feedSubject("jetnet-map", key), value, { headers: h });
  };
  /** Follows VNI `vni`, recording each seed gap as [since, until]. */
  const follow = (vni: number, gaps: [number, number][]) =>
    mapView(vni, {
      onChange: () => undefined,
      onSeedGap: (since, until) => gaps.push([since, until]),
    });
  /** Answers snapshots of `map.<vni>` with `reply(since)`, recording what each asked: [since, until]. */
  const serve = (vni: number, reply: (since: number) => Uint8Array) => {
    const asked: [number, number][] = [];
    const sub = nc.subscribe(snapshotSubject(`map.${vni}`), {
      callback: (_e, m) => {
        const req = jetnet.v1.SnapshotRequest.decode(m.data);
        const since = Number(req.since ?? 0);
        asked.push([since, Number(req.until ?? 0)]);
        m.respond(reply(since));
      },
    });
    return { asked, stop: () => sub.unsubscribe() };
  };
  const entry = (vni: number, name: string, sourceRevision: number) => ({
    key: `${vni}.ns.${name}`,
    value: mappingCodec.encode({ vni, ip: "10.0.0.8", node: "n3", namespace: "ns", name, sourceRevision }),
  });

  it("asks only what changed after the revision it started from up to what it received, applies it, and judges later messages again", async () => {
    const server = serve(10, (since) =>
      jetnet.v1.SnapshotReply.encode(
        since === 20
          ? { partial: true, entries: [entry(10, "b", 30)], removed: ["10.ns.p"], revision: 25 }
          : { entries: [] },
      ).finish(),
    );
    const gaps: [number, number][] = [];
    const view = follow(10, gaps);
    try {
      view.startFrom(
        [{ vni: 10, ip: "10.0.0.2", namespace: "ns", name: "p", node: "n2", sourceRevision: 3 }],
        (m) => `10.${m.namespace}.${m.name}`,
        20,
      );
      await nc.flush();
      // 21..25 were announced before the subscription took effect; 26 names 25.
      send(10, "10.ns.c", 26, 25, 31);
      await nc.flush();
      await until(() => gaps.length === 1);
      // Missed: after 20 (what it started from) up to 25 (26 and what follows arrive here).
      expect(gaps).toEqual([[20, 25]]);
      expect(await view.catchUp(20, 25)).toBe("partial");
      expect(server.asked).toEqual([[20, 25]]);
      expect([...view.entries.keys()].sort()).toEqual(["10.ns.b", "10.ns.c"]);
      expect(view.gap).toBe(false);
      // Judged against what it now holds: 27 follows 26; 29 names a lost 28, and is caught up from 27.
      send(10, "10.ns.d", 27, 26, 32);
      await nc.flush();
      await until(() => view.entries.size === 3);
      expect(view.gap).toBe(false);
      send(10, "10.ns.e", 29, 28, 33);
      await nc.flush();
      await until(() => gaps.length === 2);
      expect(gaps).toEqual([
        [20, 25],
        [27, 28],
      ]);
    } finally {
      view.stop();
      server.stop();
    }
  });

  it("takes a whole snapshot when the mapping service no longer remembers what came since", async () => {
    const server = serve(11, () =>
      jetnet.v1.SnapshotReply.encode({ entries: [entry(11, "c", 31), entry(11, "x", 40)] }).finish(),
    );
    const gaps: [number, number][] = [];
    const view = follow(11, gaps);
    try {
      view.startFrom(
        [{ vni: 11, ip: "10.0.0.2", namespace: "ns", name: "p", node: "n2", sourceRevision: 3 }],
        (m) => `11.${m.namespace}.${m.name}`,
        20,
      );
      await nc.flush();
      send(11, "11.ns.c", 26, 25, 31);
      await nc.flush();
      await until(() => gaps.length === 1);
      expect(await view.catchUp(...gaps[0]!)).toBe("whole");
      // The view is the snapshot: the entry it started from, no longer there, is gone.
      expect(server.asked).toEqual([[20, 25]]);
      expect([...view.entries.keys()].sort()).toEqual(["11.ns.c", "11.ns.x"]);
    } finally {
      view.stop();
      server.stop();
    }
  });
});

describe("FollowedView of a node", () => {
  it("passes a request to the node on its feed on, and takes it for no entry", async () => {
    nc.subscribe(snapshotSubject("node.n1"), {
      callback: (_err, m) => {
        m.respond(jetnet.v1.SnapshotReply.encode({ entries: [] }).finish());
      },
    });
    const requests: string[] = [];
    const changed: string[] = [];
    const view = new FollowedView<NodeWork>({
      nc,
      view: "node.n1",
      bucket: "jetnet-node",
      token: "n1",
      codec: nodeWorkCodec,
      onChange: (key) => changed.push(key),
      onRequest: (name, data) => requests.push(`${name}: ${new TextDecoder().decode(data)}`),
    });
    try {
      await view.start();
      nc.publish(reportAgainSubject("n1"), new TextEncoder().encode("n1.t1.a\nn1.t1.b"));
      await nc.flush();
      await until(() => requests.length === 1);
      expect(requests).toEqual(["_report: n1.t1.a\nn1.t1.b"]);
      expect(view.entries.size).toBe(0);
      expect(changed).toEqual([]);
    } finally {
      view.stop();
    }
  });

  it("removes an entry a VNI delete names only if it is the deleted attachment's", async () => {
    const view = new FollowedView<NodeWork>({
      nc,
      view: "node.n2",
      bucket: "jetnet-node",
      token: "n2",
      codec: nodeWorkCodec,
      onChange: () => undefined,
    });
    const work = (uid: string, sourceRevision: number): NodeWork => ({
      attachment: { meta: { namespace: "t1", name: "a", uid } },
      sourceRevision,
    });
    view.startFrom([work("u2", 5)], () => "n2.t1.a", 0);
    try {
      const of = (uid: string) => (w: NodeWork) => w.attachment?.meta?.uid === uid;
      // The delete of the attachment before (u1) arrives after its successor's work (u2): it stays.
      view.removeEntry("n2.t1.a", of("u1"));
      expect(view.entries.get("n2.t1.a")?.attachment?.meta?.uid).toBe("u2");
      view.removeEntry("n2.t1.a", of("u2"));
      expect(view.entries.has("n2.t1.a")).toBe(false);
      // Without a uid (an older service), whatever is there goes.
      view.startFrom([work("u3", 6)], () => "n2.t1.a", 0);
      view.removeEntry("n2.t1.a");
      expect(view.entries.size).toBe(0);
    } finally {
      view.stop();
    }
  });
});

describe("FollowedView without its own node's mappings", () => {
  it("holds none of them, from snapshots or the feed, and compares with digests that leave them out or count them", async () => {
    const entry = (name: string, node: string, sourceRevision: number) => ({
      key: `12.ns.${name}`,
      value: mappingCodec.encode({ vni: 12, ip: "10.0.0.8", node, namespace: "ns", name, sourceRevision }),
    });
    const sub = nc.subscribe(snapshotSubject("map.12"), {
      callback: (_e, m) => {
        m.respond(
          jetnet.v1.SnapshotReply.encode({ entries: [entry("a", "n1", 5), entry("b", "n2", 6)] }).finish(),
        );
      },
    });
    const changed: string[] = [];
    const view = mapView(12, {
      onChange: (key) => changed.push(key),
      isOwn: (m) => m.node === "n1",
    });
    const digest = (...entries: [string, number][]) => {
      const d = new ViewDigest();
      for (const [key, rev] of entries) d.add(key, rev);
      return { count: d.count, hash: d.hash };
    };
    /** Whether the view agrees with `theirs`: a difference twice in a row asks for a snapshot. */
    const agrees = (theirs: { count: number; hash: number }, withoutOwn: boolean) => {
      const later = Date.now() + 60_000;
      return ![0, 1].some((i) => view.compareDigest(theirs, later + i, 1_000, withoutOwn));
    };
    try {
      await view.start();
      expect([...view.entries.keys()]).toEqual(["12.ns.b"]);
      expect(changed).toEqual(["12.ns.b"]);
      expect(agrees(digest(["12.ns.b", 6]), true)).toBe(true);
      expect(agrees(digest(["12.ns.a", 5], ["12.ns.b", 6]), false)).toBe(true);
      expect(agrees(digest(["12.ns.a", 5], ["12.ns.b", 6]), true)).toBe(false);
      // Live: a newer own mapping is not held either; another node's is; a delete of an own one
      // drops it from what the older digest counts.
      const h = () => {
        const x = headers();
        x.set(revisionHeader, "100");
        return x;
      };
      nc.publish(feedSubject("jetnet-map", "12.ns.a"), entry("a", "n1", 7).value, { headers: h() });
      nc.publish(feedSubject("jetnet-map", "12.ns.c"), entry("c", "n3", 8).value, { headers: h() });
      await nc.flush();
      await until(() => view.entries.size === 2);
      expect([...view.entries.keys()].sort()).toEqual(["12.ns.b", "12.ns.c"]);
      expect(agrees(digest(["12.ns.a", 7], ["12.ns.b", 6], ["12.ns.c", 8]), false)).toBe(true);
      const del = h();
      del.set("KV-Operation", "DEL");
      nc.publish(feedSubject("jetnet-map", "12.ns.a"), new Uint8Array(), { headers: del });
      nc.publish(feedSubject("jetnet-map", "12.ns.d"), entry("d", "n3", 9).value, { headers: h() });
      await nc.flush();
      await until(() => view.entries.size === 3);
      expect(agrees(digest(["12.ns.b", 6], ["12.ns.c", 8], ["12.ns.d", 9]), false)).toBe(true);
      // The attachment moves to this node: another node's entry under the key goes.
      nc.publish(feedSubject("jetnet-map", "12.ns.c"), entry("c", "n1", 10).value, { headers: h() });
      await nc.flush();
      await until(() => view.entries.size === 2);
      expect(changed.filter((k) => k === "12.ns.c")).toHaveLength(2);
      expect(agrees(digest(["12.ns.b", 6], ["12.ns.d", 9]), true)).toBe(true);
    } finally {
      view.stop();
      sub.unsubscribe();
    }
  });
});

async function until(ok: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !ok(); i++) await new Promise((r) => setTimeout(r, 20));
  if (!ok()) throw new Error("condition not reached");
}
