import { jetstreamManager } from "@nats-io/jetstream";
import type { NatsConnection } from "@nats-io/nats-core";
import { connect } from "@nats-io/transport-node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { jsonCodec } from "../../../lib/codec.js";
import { JetnetError } from "../../../lib/errors.js";
import { Compactor } from "../../../lib/store/compact.js";
import { type KvStore, openStore } from "../../../lib/store/store.js";
import type { KvWatch } from "../../../lib/store/watch.js";
import { type NatsCluster, startNatsCluster } from "../../harness/index.js";
import { collect, type Item } from "./contract.js";

/**
 * KvStore against two nats-server 2.9.10 defects in R3 buckets.
 *
 * Compare-and-swap: the server checks a write's expected subject sequence only on the leader
 * before proposing it, so two writes in flight on the same revision were both stored (a delete
 * undone by a status update racing it). Each trial races three writers, one per server, on the
 * revision just created: exactly one may win, and the stored state must be the winner's.
 *
 * Revisions: a stream leader killed under writes comes back as a follower whose sequences (and
 * some records) differ from the others'. Lists and watches must report the leader's revisions.
 */

const trials = 40;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

let cluster: NatsCluster;
const conns: NatsConnection[] = [];
let stores: KvStore<Item>[] = [];

beforeAll(async () => {
  cluster = await startNatsCluster(3);
  for (const url of cluster.urls) conns.push(await connect({ servers: url }));
  // One after the other: the first creates the bucket, the others bind to it.
  for (const nc of conns) {
    stores.push(
      await openStore<Item>(nc, { bucket: "cas", codec: jsonCodec<Item>(), replicas: 3, history: 5 }),
    );
  }
}, 60_000);

afterAll(async () => {
  await Promise.all(conns.map((nc) => nc.close()));
  await cluster?.stop();
  stores = [];
});

/** "ok" or the error code. */
const outcome = (p: Promise<unknown>) =>
  p.then(
    () => "ok",
    (err: unknown) => (err instanceof JetnetError ? err.code : String(err)),
  );

describe("KvStore in a 3-node cluster", () => {
  it("accepts exactly one of several concurrent writes on the same revision", async () => {
    const [a, b, c] = stores as [KvStore<Item>, KvStore<Item>, KvStore<Item>];
    const seen: string[] = [];
    for (let t = 0; t < trials; t++) {
      const key = `k${t}`;
      const r = await a.create(key, { n: 0, s: "" });
      const results = await Promise.all([
        outcome(a.delete(key, { expectedRevision: r })),
        outcome(b.update(key, { n: 1, s: "b" }, r)),
        outcome(c.update(key, { n: 2, s: "c" }, r)),
      ]);
      seen.push(results.join(","));
      expect(
        results.filter((x) => x === "ok"),
        `trial ${t}: ${results}`,
      ).toHaveLength(1);
      for (const x of results) if (x !== "ok") expect(["CONFLICT", "NOT_FOUND"]).toContain(x);
      const stored = await a.get(key);
      if (results[0] === "ok") expect(stored).toBeUndefined();
      else expect(stored?.value.s).toBe(results[1] === "ok" ? "b" : "c");
    }
    // The race was real: the losers did not all lose to a write that had already landed.
    expect(new Set(seen).size).toBeGreaterThan(1);
  }, 60_000);

  it("re-creates a deleted key once when creates race on its tombstone", async () => {
    const [a, b, c] = stores as [KvStore<Item>, KvStore<Item>, KvStore<Item>];
    for (let t = 0; t < trials; t++) {
      const key = `t${t}`;
      await a.delete(key, { expectedRevision: await a.create(key, { n: 0, s: "" }) });
      const results = await Promise.all([
        outcome(a.create(key, { n: 1, s: "a" })),
        outcome(b.create(key, { n: 2, s: "b" })),
        outcome(c.create(key, { n: 3, s: "c" })),
      ]);
      expect(
        results.filter((x) => x === "ok"),
        `trial ${t}: ${results}`,
      ).toHaveLength(1);
      for (const x of results) if (x !== "ok") expect(x).toBe("ALREADY_EXISTS");
      expect((await a.get(key))?.value.s).toBe(["a", "b", "c"][results.indexOf("ok")]);
    }
  }, 60_000);

  it("a create that loses to one still being replicated answers ALREADY_EXISTS, not CONFLICT", async () => {
    // The leader answers the second create's write as a duplicate of the first while that one
    // waits for a follower; the leader still holds the tombstone meanwhile.
    const key = "in-flight";
    const a = stores[0] as KvStore<Item>;
    await a.delete(key, { expectedRevision: await a.create(key, { n: 0, s: "" }) });
    const jsm = await jetstreamManager(conns[0] as NatsConnection);
    const leader = (await jsm.streams.info("KV_cas")).cluster?.leader ?? "";
    const at = Number(leader.slice(1)) - 1;
    const onLeader = stores[at] as KvStore<Item>;
    const followers = cluster.servers.filter((_, i) => i !== at);
    expect(followers).toHaveLength(2);
    const resume = () => {
      for (const f of followers) process.kill(f.pid, "SIGCONT");
    };
    for (const f of followers) process.kill(f.pid, "SIGSTOP");
    try {
      const first = outcome(onLeader.create(key, { n: 1, s: "first" }));
      await sleep(100);
      const second = outcome(onLeader.create(key, { n: 2, s: "second" }));
      await sleep(400);
      resume();
      expect([await first, await second]).toEqual(["ok", "ALREADY_EXISTS"]);
    } finally {
      resume();
    }
    expect((await a.get(key))?.value.s).toBe("first");
  }, 30_000);

  it("a filtered watch in a steady cluster keeps its consumer: no restarts while only other keys change", async () => {
    const [a, b] = stores as [KvStore<Item>, KvStore<Item>];
    await a.create("steady.in.1", { n: 1, s: "" });
    const w = b.watch({ filter: "steady.in.>", livenessCheckMs: 200 });
    await collect(w, (e) => e.some((x) => x.type === "synced"));
    for (let i = 0; i < 20; i++) await a.create(`steady.out.${i}`, { n: i, s: "" });
    await sleep(1_500); // seven liveness checks
    const r2 = await a.create("steady.in.2", { n: 2, s: "" });
    const ev = await collect(w, (e) => e.some((x) => x.type === "put"), 5_000);
    w.stop();
    expect(ev).toEqual([{ type: "put", key: "steady.in.2", value: { n: 2, s: "" }, revision: r2 }]);
    expect((w as KvWatch<Item>).restarts).toBe(0);
  });

  it("lists and watches with the leader's revisions after the leader was killed under writes and came back", async () => {
    // Readers must never see the restarted replica's records (see consumerOnLeader).
    const connectAll = () =>
      connect({ servers: cluster.urls, maxReconnectAttempts: -1, reconnectTimeWait: 100 });
    const [wc, rc] = [await connectAll(), await connectAll()];
    const open = (nc: NatsConnection) =>
      openStore<Item>(nc, { bucket: "drift", codec: jsonCodec<Item>(), replicas: 3, history: 5 });
    const ws = await open(wc);
    const s = await open(rc);
    const keys = Array.from({ length: 30 }, (_, i) => `d${i}`);
    let writing = true;
    // Three writers, each on its own keys: compare-and-swap writes and deletes, as services do.
    const writers = [0, 1, 2].map(async (id) => {
      const mine = keys.filter((_, i) => i % 3 === id);
      for (let n = 0; writing; n++) {
        const key = mine[n % mine.length]!;
        const cur = await ws.get(key).catch(() => undefined);
        const write = !cur
          ? ws.create(key, { n, s: "" })
          : n % 3 === 0
            ? ws.delete(key, { expectedRevision: cur.revision })
            : ws.update(key, { n, s: "" }, cur.revision);
        await write.catch(() => undefined);
      }
    });
    await sleep(1_000);
    // Watches that follow the bucket through the kill (each starts on the leader that dies).
    const live = Array.from({ length: 4 }, () => {
      const watch = s.watch({ livenessCheckMs: 1_000 });
      const state = new Map<string, number>();
      const done = (async () => {
        for await (const e of watch) {
          if (e.type === "put") state.set(e.key, e.revision);
          else if (e.type === "delete") state.delete(e.key);
        }
      })();
      return { watch, state, done };
    });
    await sleep(1_000);
    const jsm = await jetstreamManager(rc);
    const leader = (await jsm.streams.info("KV_drift")).cluster?.leader ?? "";
    const victim = cluster.servers[Number(leader.slice(1)) - 1]!;
    await victim.kill("SIGKILL");
    await sleep(4_000);
    await victim.restart();
    await sleep(3_000);
    writing = false;
    await Promise.all(writers);

    // Each list and each watch runs its own consumer; every one must report, for every key,
    // the revision the leader answers.
    const wrong: string[] = [];
    const check = async (what: string, items: { key: string; revision: number }[]) => {
      for (const it of items) {
        const rev = (await s.get(it.key))?.revision;
        if (rev !== it.revision) wrong.push(`${what}: ${it.key} at ${it.revision}, the leader has ${rev}`);
      }
    };
    for (let i = 0; i < 12; i++) await check(`list ${i}`, (await s.list()).items);
    for (let i = 0; i < 6; i++) {
      const watch = s.watch();
      const events = await collect(watch, (es) => es.some((e) => e.type === "synced"));
      watch.stop();
      expect(events.at(-1)?.type).toBe("synced");
      await check(
        `watch ${i}`,
        events.flatMap((e) => (e.type === "put" ? [e] : [])),
      );
    }
    expect(wrong.slice(0, 5)).toEqual([]);

    // The watches that lived through it converge on the leader's state.
    const leaderState = new Map<string, number>();
    for (const key of keys) {
      const v = await s.get(key);
      if (v) leaderState.set(key, v.revision);
    }
    const show = (m: Map<string, number>) => JSON.stringify([...m].sort());
    for (let i = 0; i < 50 && live.some((l) => show(l.state) !== show(leaderState)); i++) await sleep(200);
    for (const l of live) {
      expect(show(l.state)).toBe(show(leaderState));
      l.watch.stop();
      await l.done;
    }
    await Promise.all([wc.close(), rc.close()]);
  }, 60_000);

  it("compaction scans the bucket whole after the stream's leader changed, then goes on reading only what is new", async () => {
    const nc = conns[0] as NatsConnection;
    const store = await openStore<Item>(nc, {
      bucket: "compact-leader",
      codec: jsonCodec<Item>(),
      replicas: 3,
      history: 5,
    });
    const jsm = await jetstreamManager(nc);
    const info = () => jsm.streams.info(store.stream);
    for (let i = 0; i < 10; i++) {
      const r = await store.create(`d.${i}`, { n: i, s: "a" });
      await store.update(`d.${i}`, { n: i, s: "b" }, r);
      await store.delete(`d.${i}`);
    }
    for (let i = 0; i < 5; i++) await store.create(`live.${i}`, { n: i, s: "a" });
    let offset = 0;
    const c = await Compactor.open(nc, store.bucket, {
      deletedRetentionMs: 3_600_000,
      tombstoneRetentionMs: 60_000,
      now: () => Date.now() + offset,
    });
    expect(await c.pass()).toMatchObject({ records: 35, fullScan: "start" });
    expect(await c.pass()).toMatchObject({ records: 0, fullScan: false });

    const before = (await info()).cluster?.leader;
    await nc.request(`$JS.API.STREAM.LEADER.STEPDOWN.${store.stream}`, undefined, { timeout: 5_000 });
    for (let i = 0; i < 100; i++) {
      const now = (await info().catch(() => undefined))?.cluster?.leader;
      if (now !== undefined && now !== before) break;
      await sleep(100);
    }
    expect((await info()).cluster?.leader).not.toBe(before);
    await store.create("live.5", { n: 5, s: "a" });
    expect(await c.pass()).toMatchObject({ records: 36, fullScan: "leader" });
    expect(await c.pass()).toMatchObject({ records: 0, fullScan: false });

    offset = 3_600_000;
    expect(await c.pass()).toMatchObject({ fullScan: false, removedRecords: 20 });
    offset += 60_000;
    expect(await c.pass()).toMatchObject({ fullScan: false, removedTombstones: 10 });
    expect((await info()).state.messages).toBe(6);
    expect((await store.list()).items).toHaveLength(6);
  }, 60_000);

  it("a paced scan reads through a pull consumer on the stream leader, and removes what it should", async () => {
    const nc = conns[1] as NatsConnection;
    const store = await openStore<Item>(nc, {
      bucket: "compact-paced",
      codec: jsonCodec<Item>(),
      replicas: 3,
      history: 5,
    });
    const jsm = await jetstreamManager(nc);
    for (let i = 0; i < 8; i++) {
      const r = await store.create(`d.${i}`, { n: i, s: "a" });
      await store.delete(`d.${i}`, { expectedRevision: r });
    }
    for (let i = 0; i < 8; i++) await store.create(`live.${i}`, { n: i, s: "a" });
    let offset = 3_600_000;
    // 24 records at 5 a second: pulled one at a time, for almost five seconds.
    const c = await Compactor.open(nc, store.bucket, {
      deletedRetentionMs: 3_600_000,
      tombstoneRetentionMs: 60_000,
      scanRecordsPerSecond: 5,
      now: () => Date.now() + offset,
    });
    // The pull consumers seen meanwhile: by name, the servers they were on, how often seen.
    const seen = new Map<string, { host: string | undefined; times: number }>();
    let scanning = true;
    const looking = (async () => {
      while (scanning) {
        for await (const ci of jsm.consumers.list(store.stream)) {
          if (ci.config.deliver_subject !== undefined) continue;
          const had = seen.get(ci.name);
          seen.set(ci.name, { host: ci.cluster?.leader, times: (had?.times ?? 0) + 1 });
        }
        await sleep(100);
      }
    })();
    const pass = await c.pass().finally(() => {
      scanning = false;
    });
    await looking;
    expect(pass).toMatchObject({ records: 24, fullScan: "start", removedRecords: 8 });
    const leader = (await jsm.streams.info(store.stream)).cluster?.leader;
    expect(leader).toBeDefined();
    // The one that read was seen on the leader; one placed elsewhere is dropped at once, so a
    // consumer seen more than once (it lasted) is on the leader too. (On a loaded box a listing
    // may take seconds: how often the reader is seen is not asserted.)
    const hosts = [...seen.values()];
    expect(hosts.some((x) => x.host === leader)).toBe(true);
    expect(hosts.filter((x) => x.times > 1 && x.host !== leader)).toEqual([]);
    offset += 60_000;
    expect(await c.pass()).toMatchObject({ records: 0, fullScan: false, removedTombstones: 8 });
    expect((await jsm.streams.info(store.stream)).state.messages).toBe(8);
    expect((await store.list()).items).toHaveLength(8);
  }, 60_000);
});
