import type { Msg, NatsConnection } from "@nats-io/nats-core";
import { describe, expect, it } from "vitest";
import { digestSubject, nodeToken, snapshotSubject, ViewDigest, viewOfKey } from "../../../lib/api/views.js";
import { type Mapping, mappingCodec, type NodeWork, nodeWorkCodec } from "../../../lib/codec.js";
import type { InformerHandlers, Lister } from "../../../lib/informer/types.js";
import type { Versioned } from "../../../lib/store/types.js";
import { jetnet } from "../../../proto/gen/jetnet.js";
import { ViewServer, type ViewServerDeps } from "../../../services/mapping/snapshots.js";

/** A cache of the map bucket with the "view" index, and the handlers the informer would call. */
function fakeMapInformer() {
  const items = new Map<string, Versioned<Mapping>>();
  const handlers: InformerHandlers<Mapping>[] = [];
  const lister: Lister<Mapping> = {
    get: (k) => items.get(k),
    list: () => [...items.values()],
    byIndex: (_i, view) => [...items.values()].filter((v) => viewOfKey("jetnet-map", v.key) === view),
    indexValues: () => [],
    hasSynced: () => true,
  };
  let rev = 0;
  const put = (key: string, ip: string, node = "n1") => {
    const old = items.get(key);
    const o = { key, revision: ++rev, value: { ip, node, sourceRevision: rev } };
    items.set(key, o);
    for (const h of handlers) old ? h.onUpdate?.(old, o) : h.onAdd?.(o);
  };
  const del = (key: string) => {
    const old = items.get(key);
    items.delete(key);
    if (old) for (const h of handlers) h.onDelete?.(old);
  };
  return { lister, put, del, informer: { addHandlers: (h: InformerHandlers<Mapping>) => handlers.push(h) } };
}

const none: Lister<NodeWork> = {
  get: () => undefined,
  list: () => [],
  byIndex: () => [],
  indexValues: () => [],
  hasSynced: () => true,
};

/** A view server over `mapCache` (and no node work), with its other dependencies as given. */
function viewServer(mapCache: Lister<Mapping>, o: Partial<ViewServerDeps> = {}): ViewServer {
  return new ViewServer({
    nc: { info: { max_payload: 1 << 20 } } as unknown as NatsConnection,
    nodeCache: none,
    mapCache,
    nodeCodec: nodeWorkCodec,
    mapCodec: mappingCodec,
    queue: "q",
    ready: () => true,
    ...o,
  });
}

describe("ViewServer snapshots", () => {
  it("encodes a VNI view once until one of its entries changes", async () => {
    const map = fakeMapInformer();
    const server = viewServer(map.lister);
    server.track(map.informer, "jetnet-map");
    const ask = (view: string) => {
      let reply: Uint8Array | undefined;
      const respond = (b: Uint8Array) => {
        reply = b;
        return true;
      };
      const m = { subject: snapshotSubject(view), respond };
      (server as unknown as { snapshot(m: Msg): void }).snapshot(m as unknown as Msg);
      const r = jetnet.v1.SnapshotReply.decode(reply ?? new Uint8Array());
      return (r.entries ?? [])
        .map((e) => `${e.key}=${mappingCodec.decode(e.value ?? new Uint8Array()).ip}`)
        .sort();
    };
    map.put("7.ns.a", "10.0.0.1");
    map.put("7.ns.b", "10.0.0.2");
    map.put("8.ns.c", "10.0.1.1");
    expect(ask("map.7")).toEqual(["7.ns.a=10.0.0.1", "7.ns.b=10.0.0.2"]);
    expect(ask("map.7")).toEqual(["7.ns.a=10.0.0.1", "7.ns.b=10.0.0.2"]);
    expect(server.cachedReplies).toBe(1);
    map.put("8.ns.d", "10.0.1.2"); // another view: map.7's reply stays
    expect(ask("map.7")).toHaveLength(2);
    expect(server.cachedReplies).toBe(2);
    map.put("7.ns.c", "10.0.0.3"); // added
    expect(ask("map.7")).toEqual(["7.ns.a=10.0.0.1", "7.ns.b=10.0.0.2", "7.ns.c=10.0.0.3"]);
    map.put("7.ns.a", "10.0.0.9"); // updated
    expect(ask("map.7")).toEqual(["7.ns.a=10.0.0.9", "7.ns.b=10.0.0.2", "7.ns.c=10.0.0.3"]);
    map.del("7.ns.b"); // deleted
    expect(ask("map.7")).toEqual(["7.ns.a=10.0.0.9", "7.ns.c=10.0.0.3"]);
    expect(ask("map.8")).toEqual(["8.ns.c=10.0.1.1", "8.ns.d=10.0.1.2"]);
    expect(server.cachedReplies).toBe(2);
  });

  it("answers what changed after a revision when the announcer remembers every announcement since, else the whole view", () => {
    const map = fakeMapInformer();
    const server = viewServer(map.lister, {
      // Remembers the announcements on map.7 after revision 40: 7.ns.a changed (at 45), 7.ns.b
      // deleted (at 50).
      changedSince: (view, since, until) => {
        if (view !== "map.7" || since < 40) return undefined;
        return until > 0 && until < 50
          ? { keys: ["7.ns.a"], revision: until }
          : { keys: ["7.ns.a", "7.ns.b"], revision: 50 };
      },
    });
    server.track(map.informer, "jetnet-map");
    map.put("7.ns.a", "10.0.0.1");
    map.put("7.ns.c", "10.0.0.3");
    const ask = (since?: number, until?: number) => {
      let reply: Uint8Array | undefined;
      const data =
        since === undefined
          ? new Uint8Array()
          : jetnet.v1.SnapshotRequest.encode({ view: "map.7", since, until }).finish();
      const m = {
        subject: snapshotSubject("map.7"),
        data,
        respond: (b: Uint8Array) => {
          reply = b;
          return true;
        },
      };
      (server as unknown as { snapshot(m: Msg): void }).snapshot(m as unknown as Msg);
      const r = jetnet.v1.SnapshotReply.decode(reply ?? new Uint8Array());
      return {
        partial: r.partial,
        entries: (r.entries ?? []).map((e) => e.key).sort(),
        removed: r.removed,
        revision: Number(r.revision),
      };
    };
    expect(ask(45)).toEqual({ partial: true, entries: ["7.ns.a"], removed: ["7.ns.b"], revision: 50 });
    // Up to what the requester says it received live from: the bound reaches the announcer.
    expect(ask(44, 48)).toEqual({ partial: true, entries: ["7.ns.a"], removed: [], revision: 48 });
    expect(server.partialReplies).toBe(2);
    // Forgotten, not asked, or asked from 0: the whole view.
    for (const since of [39, undefined, 0])
      expect(ask(since)).toEqual({ partial: false, entries: ["7.ns.a", "7.ns.c"], removed: [], revision: 0 });
    expect(server.partialReplies).toBe(2);
  });

  it("answers a view too large for one message with RESOURCE_EXHAUSTED, not silence", () => {
    const map = fakeMapInformer();
    const server = viewServer(map.lister, {
      // max_payload less the room kept for headers leaves 200 B for a reply.
      nc: { info: { max_payload: 1024 + 200 } } as unknown as NatsConnection,
    });
    server.track(map.informer, "jetnet-map");
    for (let i = 0; i < 20; i++) map.put(`7.ns.a${i}`, `10.0.0.${i}`);
    let reply: Uint8Array | undefined;
    const m = {
      subject: snapshotSubject("map.7"),
      respond: (b: Uint8Array) => {
        reply = b;
        return true;
      },
    };
    (server as unknown as { snapshot(m: Msg): void }).snapshot(m as unknown as Msg);
    const r = jetnet.v1.SnapshotReply.decode(reply ?? new Uint8Array());
    expect(r.error?.code).toBe("RESOURCE_EXHAUSTED");
    expect(r.error?.message).toMatch(/does not fit in one message \(at most 200 B/);
    expect(r.entries).toEqual([]);
  });
});

describe("ViewServer digests", () => {
  it("leave the asking node's own mappings out of a VNI view's digest when it asks so, and say so", () => {
    const map = fakeMapInformer();
    const server = viewServer(map.lister);
    server.track(map.informer, "jetnet-map", (m) => nodeToken(m.node ?? ""));
    const digest = (node: string, withoutOwn: boolean) => {
      let reply: Uint8Array = new Uint8Array();
      const m = {
        subject: digestSubject(node),
        data: jetnet.v1.DigestRequest.encode({ views: ["map.7"], withoutOwn }).finish(),
        respond: (b: Uint8Array) => {
          reply = b;
          return true;
        },
      };
      (server as unknown as Record<string, (m: Msg) => void>).digest!(m as unknown as Msg);
      const r = jetnet.v1.DigestReply.decode(reply);
      return { withoutOwn: r.withoutOwn, count: r.digests[0]?.count, hash: r.digests[0]?.hash };
    };
    const of = (...entries: [string, number][]) => {
      const d = new ViewDigest();
      for (const [key, rev] of entries) d.add(key, rev);
      return { count: d.count, hash: d.hash };
    };
    map.put("7.ns.a", "10.0.0.1", "n1"); // source revision 1
    map.put("7.ns.b", "10.0.0.2", "n2.example"); // 2
    map.put("7.ns.c", "10.0.0.3", "n1"); // 3
    expect(digest("n1", true)).toEqual({ withoutOwn: true, ...of(["7.ns.b", 2]) });
    expect(digest("n2.example", true)).toEqual({ withoutOwn: true, ...of(["7.ns.a", 1], ["7.ns.c", 3]) });
    expect(digest("n1", false)).toEqual({
      withoutOwn: false,
      ...of(["7.ns.a", 1], ["7.ns.b", 2], ["7.ns.c", 3]),
    });
    map.put("7.ns.a", "10.0.0.9", "n1"); // 4
    map.del("7.ns.b");
    expect(digest("n1", true)).toEqual({ withoutOwn: true, count: 0, hash: 0 });
    expect(digest("n3", true)).toEqual({ withoutOwn: true, ...of(["7.ns.a", 4], ["7.ns.c", 3]) });
  });
});

describe("ViewServer errors name the field at fault", () => {
  const server = viewServer(fakeMapInformer().lister);
  const call = (method: "snapshot" | "digest", subject: string, data: Uint8Array = new Uint8Array()) => {
    let reply: Uint8Array = new Uint8Array();
    const respond = (b: Uint8Array) => {
      reply = b;
      return true;
    };
    const m = { subject, data, respond };
    (server as unknown as Record<string, (m: Msg) => void>)[method]!(m as unknown as Msg);
    return reply;
  };

  it("an unknown view is the subject's fault", () => {
    const e = jetnet.v1.SnapshotReply.decode(call("snapshot", snapshotSubject("nope.1"))).error;
    expect([e?.code, e?.field]).toEqual(["INVALID", "subject"]);
  });

  it("a malformed digest request names the view, or the body", () => {
    const body = Buffer.from(jetnet.v1.DigestRequest.encode({ views: ["map.7", "map.zz"] }).finish());
    body[body.indexOf(Buffer.from("zz"))] = 0xff;
    const bad = jetnet.v1.DigestReply.decode(call("digest", digestSubject("n1"), body)).error;
    expect([bad?.code, bad?.field]).toEqual(["INVALID", "views[1]"]);
    const many = jetnet.v1.DigestRequest.encode({
      views: Array.from({ length: 100_000 }, () => "map.7"),
    }).finish();
    const tooMany = jetnet.v1.DigestReply.decode(call("digest", digestSubject("n1"), many)).error;
    expect([tooMany?.code, tooMany?.field]).toEqual(["INVALID", "views"]);
    const framing = jetnet.v1.DigestReply.decode(call("digest", digestSubject("n1"), Uint8Array.of(0))).error;
    expect([framing?.code, framing?.field]).toEqual(["INVALID", "body"]);
  });
});
