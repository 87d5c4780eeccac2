import type { NatsConnection } from "@nats-io/nats-core";
import { connect } from "@nats-io/transport-node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { jsonCodec } from "../../../lib/codec.js";
import { openStore, previousHeader, revisionHeader, streamSequenceHeader } from "../../../lib/store/store.js";
import type { WatchEvent } from "../../../lib/store/types.js";
import type { KvWatch } from "../../../lib/store/watch.js";
import { type NatsServer, startNats } from "../../harness/index.js";
import { collect, type Item, storeContract } from "./contract.js";

let server: NatsServer;
let nc: NatsConnection;
let n = 0;

beforeAll(async () => {
  server = await startNats();
  nc = await connect({ servers: server.url, maxReconnectAttempts: -1, reconnectTimeWait: 100 });
});
afterAll(async () => {
  await nc?.close();
  await server?.stop();
});

const fresh = () => openStore<Item>(nc, { bucket: `contract-${++n}`, codec: jsonCodec<Item>() });

describe("KvStore (contract, real nats-server)", () => {
  storeContract({ fresh });
});

describe("KvStore across a nats-server crash", () => {
  it("a live watch and a watch resumed from revision N deliver every later change once, in order", async () => {
    const s = await fresh();
    const w = s.watch();
    await collect(w, (e) => e.some((x) => x.type === "synced"));
    const before: number[] = [];
    for (let i = 0; i < 20; i++) before.push(await s.create(`pre.${i}`, { n: i, s: "" }));
    const resumeAt = before[9] ?? 0;

    await server.kill("SIGKILL");
    await server.restart();

    const after: number[] = [];
    for (let i = 0; i < 20; i++) {
      for (;;) {
        try {
          after.push(await s.create(`post.${i}`, { n: i, s: "" }));
          break;
        } catch {
          await new Promise((r) => setTimeout(r, 100)); // reconnecting
        }
      }
    }
    const live = await collect(w, (e) => e.filter((x) => x.type === "put").length >= 40, 30_000);
    w.stop();
    const livePuts = live.filter((e) => e.type === "put").map((e) => e.revision);
    expect(livePuts).toEqual([...before, ...after]);

    const resumed = s.watch({ fromRevision: resumeAt });
    const ev = await collect(resumed, (e) => e.filter((x) => x.type === "put").length >= 30, 15_000);
    resumed.stop();
    const puts = ev.filter((e): e is Extract<WatchEvent<Item>, { type: "put" }> => e.type === "put");
    expect(puts.map((e) => e.revision)).toEqual([...before.slice(10), ...after]);
    expect(puts.map((e) => e.key)).toEqual([
      ...Array.from({ length: 10 }, (_, i) => `pre.${i + 10}`),
      ...Array.from({ length: 20 }, (_, i) => `post.${i}`),
    ]);
  }, 60_000);

  it("a live watch notices a purge it got no message for and synthesizes the deletes", async () => {
    const s = await fresh();
    await s.create("gone.1", { n: 1, s: "" });
    await s.create("gone.2", { n: 2, s: "" });
    const w = s.watch({ gapCheckMs: 200 });
    await collect(w, (e) => e.some((x) => x.type === "synced"));
    await s.purgeAll();
    const r3 = await s.create("new.1", { n: 3, s: "" });
    const ev = await collect(w, (e) => e.filter((x) => x.type === "delete").length >= 2, 10_000);
    const rest = await collect(w, (e) => e.some((x) => x.type === "put"), 5_000);
    w.stop();
    const deletes = ev.filter((e) => e.type === "delete");
    expect(deletes.map((e) => (e.type === "delete" ? [e.key, e.synthetic] : [])).sort()).toEqual([
      ["gone.1", true],
      ["gone.2", true],
    ]);
    expect([...ev, ...rest]).toContainEqual({
      type: "put",
      key: "new.1",
      value: { n: 3, s: "" },
      revision: r3,
    });
  }, 30_000);
  it("a live watch gets back the last records of a burst that the server sent and it never received", async () => {
    const s = await fresh();
    const w = s.watch({ filter: "t.>", livenessCheckMs: 300, dropForTest: (rev) => lost.has(rev) });
    const lost = new Set<number>();
    await collect(w, (e) => e.some((x) => x.type === "synced"));
    const r1 = await s.create("t.1", { n: 1, s: "" });
    await collect(w, (e) => e.some((x) => x.type === "put"));
    // Drop the next two records once each; nothing is written after them, so no later record
    // reveals the gap: only the watch's own check can.
    const r2 = r1 + 1;
    lost.add(r2).add(r2 + 1);
    const w2 = await s.create("t.2", { n: 2, s: "" });
    const w3 = await s.update("t.1", { n: 3, s: "" }, r1);
    expect([w2, w3]).toEqual([r2, r2 + 1]);
    await new Promise((r) => setTimeout(r, 200));
    lost.clear();
    const ev = await collect(w, (e) => e.filter((x) => x.type === "put").length >= 2, 10_000);
    w.stop();
    expect(ev.map((e) => [e.type, "key" in e ? e.key : "", e.revision])).toEqual([
      ["put", "t.2", w2],
      ["put", "t.1", w3],
    ]);
    expect((w as KvWatch<Item>).restarts).toBeGreaterThanOrEqual(1);
  }, 30_000);

  it("a filtered watch does not start over while only keys outside its filter change", async () => {
    const s = await fresh();
    await s.create("in.1", { n: 1, s: "" });
    const w = s.watch({ filter: "in.>", livenessCheckMs: 200 });
    await collect(w, (e) => e.some((x) => x.type === "synced"));
    for (let i = 0; i < 20; i++) await s.create(`out.${i}`, { n: i, s: "" });
    await new Promise((r) => setTimeout(r, 1_500)); // seven checks
    const r2 = await s.create("in.2", { n: 2, s: "" });
    const ev = await collect(w, (e) => e.some((x) => x.type === "put"), 5_000);
    w.stop();
    expect(ev).toEqual([{ type: "put", key: "in.2", value: { n: 2, s: "" }, revision: r2 }]);
    expect((w as KvWatch<Item>).restarts).toBe(0);
  }, 30_000);

  it("the liveness check of a watch on a stream of one replica asks for the consumer's info only", async () => {
    const s = await openStore<Item>(nc, { bucket: `quiet-${++n}`, codec: jsonCodec<Item>() });
    const w = s.watch({ livenessCheckMs: 100, gapCheckMs: 0 });
    await collect(w, (e) => e.some((x) => x.type === "synced"));
    // Counted after the session started (placing its consumer reads the stream's info once).
    const asked = { stream: 0, consumer: 0 };
    const subs = [
      nc.subscribe(`$JS.API.STREAM.INFO.KV_quiet-${n}`, { callback: () => void asked.stream++ }),
      nc.subscribe(`$JS.API.CONSUMER.INFO.KV_quiet-${n}.>`, { callback: () => void asked.consumer++ }),
    ];
    await nc.flush();
    await new Promise((r) => setTimeout(r, 1_000)); // ten quiet checks
    for (const sub of subs) sub.unsubscribe();
    w.stop();
    expect((w as KvWatch<Item>).restarts).toBe(0);
    expect(asked.stream).toBe(0);
    expect(asked.consumer).toBeGreaterThan(0);
  }, 30_000);

  it("the gap check of a watch behind a writer takes no key's superseded record for a purge", async () => {
    // One record per key: a key the watch holds at r, rewritten meanwhile, has lost r while its
    // new record is on its way. Checked every 30 ms during 2 s of rewrites, the watch must not
    // resync (a whole read of the bucket), and must end with every key's last value.
    const s = await fresh();
    const keys = Array.from({ length: 20 }, (_, i) => `k.${i}`);
    for (const k of keys) await s.put(k, { n: 0, s: "" });
    const w = s.watch({ gapCheckMs: 30 });
    await collect(w, (e) => e.some((x) => x.type === "synced"));
    const last = new Map<string, number>();
    const events: WatchEvent<Item>[] = [];
    const reading = (async () => {
      for await (const e of w) events.push(e);
    })();
    const stopAt = Date.now() + 2_000;
    for (let n = 1; Date.now() < stopAt; n++)
      await Promise.all(keys.map(async (k) => last.set(k, await s.put(k, { n, s: "" }))));
    await new Promise((r) => setTimeout(r, 500));
    w.stop();
    await reading;
    expect((w as KvWatch<Item>).restarts).toBe(0);
    expect(events.filter((e) => e.type === "delete")).toEqual([]);
    const seen = new Map<string, number>();
    for (const e of events) if (e.type === "put") seen.set(e.key, e.revision);
    expect(seen).toEqual(last);
  }, 30_000);
});

describe("KvStore feed", () => {
  it("announces each committed write with its revision and its predecessor under the same first token", async () => {
    const feed = `jetnet.feed.v1.feedtest-${++n}`;
    const s = await openStore<Item>(nc, { bucket: `feed-${n}`, codec: jsonCodec<Item>(), feed });
    const got: string[] = [];
    const sub = nc.subscribe(`${feed}.>`, {
      callback: (_err, m) => {
        const h = m.headers;
        const op = h?.get("KV-Operation") ? ` ${h.get("KV-Operation")}` : "";
        const prev = h?.get(previousHeader) || "-";
        got.push(`${m.subject.slice(feed.length + 1)}@${h?.get(revisionHeader)} after ${prev}${op}`);
      },
    });
    await nc.flush();
    const a1 = await s.create("a.x", { n: 1, s: "" });
    const b1 = await s.create("b.x", { n: 1, s: "" });
    const a2 = await s.update("a.x", { n: 2, s: "" }, a1);
    // A lost compare-and-swap is stored nowhere and announced to nobody.
    await expect(s.update("a.x", { n: 3, s: "" }, a1)).rejects.toThrow();
    const a3 = await s.create("a.y", { n: 1, s: "" });
    await s.delete("a.x", { expectedRevision: a2 });
    const a4 = a3 + 1;
    for (let i = 0; i < 100 && got.length < 5; i++) await new Promise((r) => setTimeout(r, 20));
    sub.unsubscribe();
    expect(got).toEqual([
      `a.x@${a1} after -`,
      `b.x@${b1} after -`,
      `a.x@${a2} after ${a1}`,
      `a.y@${a3} after ${a2}`,
      `a.x@${a4} after ${a3} DEL`,
    ]);
  });
});

describe("KvStore feed announced by the stream", () => {
  /** Every announcement on `feed` as `key@revision op by writer|stream`. */
  function tap(feed: string): { got: string[]; stop: () => void } {
    const got: string[] = [];
    const sub = nc.subscribe(`${feed}.>`, {
      callback: (_err, m) => {
        const h = m.headers;
        const by = h?.get(revisionHeader) ? "writer" : "stream";
        const rev = h?.get(revisionHeader) || h?.get(streamSequenceHeader);
        const op = h?.get("KV-Operation") ? ` ${h.get("KV-Operation")}` : "";
        got.push(`${m.subject.slice(feed.length + 1)}@${rev}${op} by ${by}`);
      },
    });
    return { got, stop: () => sub.unsubscribe() };
  }

  async function until(ok: () => boolean): Promise<void> {
    for (let i = 0; i < 100 && !ok(); i++) await new Promise((r) => setTimeout(r, 20));
  }

  it("a bucket created so is announced once per write, by its stream, with the revision", async () => {
    const feed = `jetnet.feed.v1.feedtest-${++n}`;
    const bucket = `feed-${n}`;
    const s = await openStore<Item>(nc, { bucket, codec: jsonCodec<Item>(), feed, feedByStream: true });
    // A second writer opened without the option follows the stream's configuration too.
    const other = await openStore<Item>(nc, { bucket, codec: jsonCodec<Item>(), feed });
    const t = tap(feed);
    await nc.flush();
    const r1 = await s.create("a.x", { n: 1, s: "" });
    const r2 = await other.update("a.x", { n: 2, s: "" }, r1);
    await expect(s.update("a.x", { n: 3, s: "" }, r1)).rejects.toThrow();
    await s.delete("a.x", { expectedRevision: r2 });
    await until(() => t.got.length >= 3);
    await new Promise((r) => setTimeout(r, 100));
    t.stop();
    expect(t.got).toEqual([`a.x@${r1} by stream`, `a.x@${r2} by stream`, `a.x@${r2 + 1} DEL by stream`]);
  });

  it("a bucket that exists without it stays announced by its writers", async () => {
    const feed = `jetnet.feed.v1.feedtest-${++n}`;
    const bucket = `feed-${n}`;
    await openStore<Item>(nc, { bucket, codec: jsonCodec<Item>(), feed });
    const s = await openStore<Item>(nc, { bucket, codec: jsonCodec<Item>(), feed, feedByStream: true });
    const t = tap(feed);
    await nc.flush();
    const r1 = await s.create("a.x", { n: 1, s: "" });
    await until(() => t.got.length >= 1);
    await new Promise((r) => setTimeout(r, 100));
    t.stop();
    expect(t.got).toEqual([`a.x@${r1} by writer`]);
  });
});
