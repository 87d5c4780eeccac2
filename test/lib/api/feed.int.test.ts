import { headers, type NatsConnection } from "@nats-io/nats-core";
import { connect } from "@nats-io/transport-node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FeedWatch } from "../../../lib/api/feed.js";
import { previousHeader, revisionHeader, streamSequenceHeader } from "../../../lib/store/store.js";
import type { Listing, WatchEvent } from "../../../lib/store/types.js";
import { type NatsServer, startNats } from "../../harness/index.js";

const prefix = "jetnet.feed.v1.test";
let nats: NatsServer;
let nc: NatsConnection;

beforeAll(async () => {
  nats = await startNats({ jetstream: false });
  nc = await connect({ servers: nats.url, reconnectTimeWait: 100, maxReconnectAttempts: -1 });
});
afterAll(async () => {
  await nc?.close();
  await nats?.stop();
});

/** A feed message as a store announces it (with the revision of its previous one, if given). */
function announce(key: string, revision: number, value?: string, previous?: number): void {
  const h = headers();
  h.set(revisionHeader, String(revision));
  if (previous !== undefined) h.set(previousHeader, String(previous));
  if (value === undefined) h.set("KV-Operation", "DEL");
  nc.publish(`${prefix}.${key}`, new TextEncoder().encode(value ?? ""), { headers: h });
}

const listing = (items: [string, number, string][], revision: number): Listing<string> => ({
  items: items.map(([key, rev, value]) => ({ key, revision: rev, value })),
  revision,
});

const show = (e: WatchEvent<string>) =>
  e.type === "synced"
    ? `synced ${e.revision}`
    : e.type === "put"
      ? `put ${e.key}@${e.revision}=${e.value}`
      : `delete ${e.key}@${e.revision}${e.synthetic ? " (synthetic)" : ""}`;

function watch(list: () => Promise<Listing<string>>): { w: FeedWatch<string>; events: string[] } {
  const w = new FeedWatch<string>({
    nc,
    subject: `${prefix}.ns.>`,
    prefixLen: prefix.length + 1,
    includes: (key) => key.startsWith("ns."),
    decode: (b) => new TextDecoder().decode(b),
    list,
  });
  const events: string[] = [];
  void (async () => {
    for await (const e of w) events.push(show(e));
  })();
  return { w, events };
}

async function until(what: string, ok: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !ok(); i++) await new Promise((r) => setTimeout(r, 50));
  if (!ok()) throw new Error(`timed out waiting for ${what}`);
}

describe("FeedWatch", () => {
  it("merges what the feed brought during the list by revision, then follows the feed", async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => {
      release = r;
    });
    const { w, events } = watch(async () => {
      await gate;
      return listing(
        [
          ["ns.a", 5, "a5"],
          ["ns.b", 7, "b7"],
        ],
        8,
      );
    });
    await nc.flush();
    announce("ns.a", 4, "a4"); // older than the list: skipped
    announce("ns.c", 3, "c3"); // at or below the list's revision: already reflected (c is gone)
    announce("ns.a", 9, "a9"); // newer: applied after the list
    await nc.flush();
    release();
    await until("synced", () => events.includes("synced 8"));
    announce("ns.b", 10);
    announce("ns.b", 6, "b6"); // stale
    announce("ns.d", 11, "d11");
    await until("d", () => events.some((e) => e.startsWith("put ns.d")));
    w.stop();
    await w.closed;
    expect(events).toEqual([
      "put ns.a@5=a5",
      "put ns.b@7=b7",
      "synced 8",
      "put ns.a@9=a9",
      "delete ns.b@10",
      "put ns.d@11=d11",
    ]);
  });

  it("re-lists when a message names a predecessor it never received, and only then", async () => {
    let lists = 0;
    let state = listing([["ns.a", 1, "a1"]], 1);
    const { w, events } = watch(async () => {
      lists++;
      return state;
    });
    await until("synced", () => events.includes("synced 1"));
    announce("ns.b", 2, "b2", 1);
    announce("ns.a", 3, "a3", 2);
    await until("a3", () => events.some((e) => e.startsWith("put ns.a@3")));
    expect(lists).toBe(1);
    // Revision 4 (ns.c) never arrives; 5 names it as its predecessor.
    state = listing(
      [
        ["ns.a", 3, "a3"],
        ["ns.b", 2, "b2"],
        ["ns.c", 4, "c4"],
        ["ns.d", 5, "d5"],
      ],
      5,
    );
    announce("ns.d", 5, "d5", 4);
    await until("resynced", () => events.includes("synced 5"));
    w.stop();
    expect(lists).toBe(2);
    expect(events).toEqual([
      "put ns.a@1=a1",
      "synced 1",
      "put ns.b@2=b2",
      "put ns.a@3=a3",
      "put ns.d@5=d5",
      "put ns.c@4=c4",
      "synced 5",
    ]);
  });

  it("follows announcements made by the bucket's stream (revision in Nats-Sequence)", async () => {
    const { w, events } = watch(async () => listing([["ns.a", 1, "a1"]], 1));
    await until("synced", () => events.includes("synced 1"));
    const byStream = (key: string, seq: number, value?: string) => {
      const h = headers();
      h.set(streamSequenceHeader, String(seq));
      if (value === undefined) h.set("KV-Operation", "DEL");
      nc.publish(`${prefix}.${key}`, new TextEncoder().encode(value ?? ""), { headers: h });
    };
    byStream("ns.b", 2, "b2");
    byStream("ns.a", 3);
    await until("a deleted", () => events.includes("delete ns.a@3"));
    w.stop();
    expect(events).toEqual(["put ns.a@1=a1", "synced 1", "put ns.b@2=b2", "delete ns.a@3"]);
  });

  it("re-lists after a reconnect and reports what it missed, deletes included", async () => {
    let state = listing(
      [
        ["ns.a", 1, "a1"],
        ["ns.b", 2, "b2"],
      ],
      2,
    );
    const { w, events } = watch(async () => state);
    await until("synced", () => events.includes("synced 2"));
    // While the connection is down the bucket moves on: b deleted, a changed, c created.
    await nats.kill("SIGKILL");
    state = listing(
      [
        ["ns.a", 5, "a5"],
        ["ns.c", 4, "c4"],
      ],
      6,
    );
    await nats.restart();
    await until("resynced", () => events.includes("synced 6"));
    w.stop();
    expect(events).toEqual([
      "put ns.a@1=a1",
      "put ns.b@2=b2",
      "synced 2",
      "put ns.c@4=c4",
      "put ns.a@5=a5",
      "delete ns.b@6 (synthetic)",
      "synced 6",
    ]);
  });
});
