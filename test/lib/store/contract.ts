import { expect, it } from "vitest";
import { ErrorCode, JetnetError } from "../../../lib/errors.js";
import { deleteKey, updateWithRetry } from "../../../lib/store/cas.js";
import type { ObjectStore, Versioned, WatchEvent } from "../../../lib/store/types.js";

/** The value type the contract suite stores. */
export interface Item {
  readonly n: number;
  readonly s: string;
}

export interface ContractTarget {
  /** A fresh, empty store per test. */
  fresh(): Promise<ObjectStore<Item> & { purgeAll(): Promise<void> }>;
}

async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (err) {
    expect(err).toBeInstanceOf(JetnetError);
    return (err as JetnetError).code;
  }
  return "resolved";
}

const iterators = new WeakMap<object, AsyncIterator<unknown>>();

/**
 * Collects events from a watch until `until` says stop (or the timeout passes). The watch stays
 * open: calls on one watch share its iterator (leaving a for-await loop would stop the watch).
 */
export async function collect<T>(
  watch: AsyncIterable<WatchEvent<T>> & { stop(): void },
  until: (events: WatchEvent<T>[]) => boolean,
  timeoutMs = 10_000,
): Promise<WatchEvent<T>[]> {
  let it = iterators.get(watch) as AsyncIterator<WatchEvent<T>> | undefined;
  if (!it) {
    it = watch[Symbol.asyncIterator]();
    iterators.set(watch, it);
  }
  const events: WatchEvent<T>[] = [];
  const deadline = Date.now() + timeoutMs;
  while (!until(events)) {
    const left = deadline - Date.now();
    if (left <= 0) break;
    let timer: NodeJS.Timeout | undefined;
    const r = await Promise.race([
      it.next(),
      new Promise<"timeout">((res) => {
        timer = setTimeout(() => res("timeout"), left);
      }),
    ]);
    clearTimeout(timer);
    if (r === "timeout" || r.done) break;
    events.push(r.value);
  }
  return events;
}

/** The behaviour every ObjectStore must have, run against the real store and the in-memory fake. */
export function storeContract(target: ContractTarget): void {
  it("create fails with ALREADY_EXISTS when the key is live, and succeeds again after a delete", async () => {
    const s = await target.fresh();
    const r1 = await s.create("ns.a", { n: 1, s: "x" });
    expect(r1).toBeGreaterThan(0);
    expect(await codeOf(s.create("ns.a", { n: 2, s: "y" }))).toBe(ErrorCode.AlreadyExists);
    expect((await s.get("ns.a"))?.value.n).toBe(1);
    await s.delete("ns.a");
    const r2 = await s.create("ns.a", { n: 3, s: "z" });
    expect(r2).toBeGreaterThan(r1);
    expect(await s.get("ns.a")).toEqual({ key: "ns.a", value: { n: 3, s: "z" }, revision: r2 });
  });

  it("create writes what valueAt returns right before each write attempt", async () => {
    const s = await target.fresh();
    await s.create("ns.v", { n: 1, s: "given" }, { valueAt: () => ({ n: 2, s: "asked" }) });
    expect((await s.get("ns.v"))?.value).toEqual({ n: 2, s: "asked" });
    // Over a tombstone the real store writes twice (the first attempt expects no record): the
    // value is asked for again before the second, and the last one asked for is stored.
    await s.delete("ns.v");
    let asked = 0;
    const r = await s.create("ns.v", { n: 0, s: "" }, { valueAt: () => ({ n: 10 + ++asked, s: "" }) });
    expect(asked).toBeGreaterThan(0);
    expect(await s.get("ns.v")).toEqual({ key: "ns.v", value: { n: 10 + asked, s: "" }, revision: r });
  });

  it("update is a compare-and-swap on the revision", async () => {
    const s = await target.fresh();
    const r1 = await s.create("k", { n: 1, s: "" });
    const r2 = await s.update("k", { n: 2, s: "" }, r1);
    expect(r2).toBeGreaterThan(r1);
    expect(await codeOf(s.update("k", { n: 3, s: "" }, r1))).toBe(ErrorCode.Conflict);
    expect((await s.get("k"))?.value.n).toBe(2);
    expect(await codeOf(s.update("missing", { n: 1, s: "" }, 1))).toBe(ErrorCode.NotFound);
  });

  it("delete honours an expected revision and reports NOT_FOUND", async () => {
    const s = await target.fresh();
    const r1 = await s.create("k", { n: 1, s: "" });
    const r2 = await s.update("k", { n: 2, s: "" }, r1);
    expect(await codeOf(s.delete("k", { expectedRevision: r1 }))).toBe(ErrorCode.Conflict);
    expect(await s.get("k")).toBeDefined();
    await s.delete("k", { expectedRevision: r2 });
    expect(await s.get("k")).toBeUndefined();
    expect(await codeOf(s.delete("k"))).toBe(ErrorCode.NotFound);
  });

  it("list returns live items consistent at its revision, and filters by key", async () => {
    const s = await target.fresh();
    await s.create("a.1", { n: 1, s: "" });
    await s.create("a.2", { n: 2, s: "" });
    const r3 = await s.create("b.1", { n: 3, s: "" });
    await s.delete("a.2");
    const all = await s.list();
    expect(all.items.map((i) => i.key).sort()).toEqual(["a.1", "b.1"]);
    expect(all.revision).toBeGreaterThan(r3);
    const a = await s.list("a.>");
    expect(a.items.map((i) => i.key)).toEqual(["a.1"]);
    // Nothing written after the listing's revision is missing from a watch resumed there.
    const r4 = await s.create("a.3", { n: 4, s: "" });
    const w = s.watch({ fromRevision: all.revision });
    const ev = await collect(w, (e) => e.some((x) => x.type === "put" && x.key === "a.3"));
    w.stop();
    expect(ev).toEqual([{ type: "put", key: "a.3", value: { n: 4, s: "" }, revision: r4 }]);
  });

  it("an empty bucket lists nothing and its watch reports synced", async () => {
    const s = await target.fresh();
    expect((await s.list()).items).toEqual([]);
    const w = s.watch();
    const ev = await collect(w, (e) => e.length >= 1);
    w.stop();
    expect(ev).toEqual([{ type: "synced", revision: expect.any(Number) }]);
  });

  it("watch: snapshot, synced, then changes in order", async () => {
    const s = await target.fresh();
    const r1 = await s.create("x.1", { n: 1, s: "" });
    const w = s.watch({ filter: "x.>" });
    const first = await collect(w, (e) => e.some((x) => x.type === "synced"));
    expect(first).toEqual([
      { type: "put", key: "x.1", value: { n: 1, s: "" }, revision: r1 },
      { type: "synced", revision: expect.any(Number) },
    ]);
    const r2 = await s.update("x.1", { n: 2, s: "" }, r1);
    await s.create("y.1", { n: 9, s: "" }); // outside the filter
    const r3 = await s.create("x.2", { n: 3, s: "" });
    // A bucket keeps one record per key: a delete written before the watch read the put would
    // replace it (see Watch). Delete once the put has been seen, so that both are events.
    const puts = await collect(w, (e) => e.some((x) => x.type === "put" && x.key === "x.2"));
    await s.delete("x.2");
    const more = await collect(w, (e) => e.some((x) => x.type === "delete"));
    w.stop();
    expect([...puts, ...more].map((e) => [e.type, "key" in e ? e.key : "", e.revision])).toEqual([
      ["put", "x.1", r2],
      ["put", "x.2", r3],
      ["delete", "x.2", expect.any(Number)],
    ]);
  });

  it("watch: a value replaced before the watch read it may be skipped, never the latest state", async () => {
    const s = await target.fresh();
    const w = s.watch({ filter: "z.>" });
    await collect(w, (e) => e.some((x) => x.type === "synced"));
    // Bursts the watch may not keep up with: each key is written three times, one is deleted.
    const last = new Map<string, number>();
    for (let round = 0; round < 3; round++) {
      for (let k = 0; k < 20; k++) {
        const key = `z.${k}`;
        const prev = last.get(key);
        last.set(
          key,
          prev === undefined
            ? await s.create(key, { n: round, s: "" })
            : await s.update(key, { n: round, s: "" }, prev),
        );
      }
    }
    await s.delete("z.7");
    const ev = await collect(w, (e) => e.some((x) => x.type === "delete" && x.key === "z.7"), 10_000);
    w.stop();
    const revisions = ev.map((e) => e.revision);
    expect(revisions).toEqual([...revisions].sort((a, b) => a - b));
    // Applying the events leaves every key at its latest value.
    const state = new Map<string, number>();
    for (const e of ev) {
      if (e.type === "put") state.set(e.key, e.value.n);
      if (e.type === "delete") state.delete(e.key);
    }
    expect([...state].sort()).toEqual(
      Array.from({ length: 20 }, (_, k) => `z.${k}`)
        .filter((k) => k !== "z.7")
        .map((k) => [k, 2] as [string, number])
        .sort(),
    );
  });

  it("a watch whose revisions are ahead of the stream takes the stream's revisions, older or not", async () => {
    // As after following a replica whose sequences shifted, or a stream that was recreated: the
    // watch holds k.1 at 900 and has seen up to 1000, while the stream's k.1 is at revision 1.
    const s = await target.fresh();
    const r1 = await s.create("k.1", { n: 1, s: "" });
    const w = s.watch({ fromRevision: 1000, known: [["k.1", 900]] });
    const first = await collect(w, (e) => e.some((x) => x.type === "synced"));
    expect(first).toEqual([
      { type: "put", key: "k.1", value: { n: 1, s: "" }, revision: r1 },
      { type: "synced", revision: r1 },
    ]);
    // Later writes are not mistaken for stale ones.
    const r2 = await s.update("k.1", { n: 2, s: "" }, r1);
    const later = await collect(w, (e) => e.some((x) => x.type === "put"), 5_000);
    w.stop();
    expect(later).toEqual([{ type: "put", key: "k.1", value: { n: 2, s: "" }, revision: r2 }]);
  }, 30_000);

  it("a resumed watch that missed a purge synthesizes deletes for vanished keys", async () => {
    const s = await target.fresh();
    await s.create("k.1", { n: 1, s: "" });
    await s.create("k.2", { n: 2, s: "" });
    const w = s.watch();
    const ev = await collect(w, (e) => e.some((x) => x.type === "synced"));
    w.stop();
    const known = ev.flatMap((e) => (e.type === "put" ? [[e.key, e.revision] as const] : []));
    const rev = ev.find((e) => e.type === "synced")?.revision ?? 0;
    await s.purgeAll();
    const r3 = await s.create("k.3", { n: 3, s: "" });
    const w2 = s.watch({ fromRevision: rev, known });
    const after = await collect(w2, (e) => e.some((x) => x.type === "synced"));
    w2.stop();
    const deletes = after.filter((e) => e.type === "delete");
    expect(deletes.map((e) => (e.type === "delete" ? [e.key, e.synthetic] : [])).sort()).toEqual([
      ["k.1", true],
      ["k.2", true],
    ]);
    expect(after).toContainEqual({ type: "put", key: "k.3", value: { n: 3, s: "" }, revision: r3 });
  });

  it("rejects invalid keys, filters and revisions with INVALID before writing", async () => {
    const s = await target.fresh();
    for (const bad of ["", ".a", "a.", "a..b", "a b", "a.*", "a.>", "ü", "x".repeat(600)]) {
      expect(await codeOf(s.create(bad, { n: 1, s: "" })), `key ${JSON.stringify(bad)}`).toBe(
        ErrorCode.Invalid,
      );
    }
    expect(await codeOf(s.list("a.>.b"))).toBe(ErrorCode.Invalid);
    expect(await codeOf(s.update("k", { n: 1, s: "" }, 0))).toBe(ErrorCode.Invalid);
    expect(() => s.watch({ filter: "a..b" })).toThrow(JetnetError);
    expect((await s.list()).items).toEqual([]);
  });

  it("rejects oversized values with INVALID", async () => {
    const s = await target.fresh();
    expect(await codeOf(s.create("big", { n: 1, s: "x".repeat(300 * 1024) }))).toBe(ErrorCode.Invalid);
    expect(await s.get("big")).toBeUndefined();
  });

  casContract(target);
}

/** updateWithRetry (lib/store/cas.ts) on the same store: its outcomes, retries and limits. */
function casContract(target: ContractTarget): void {
  const bump = (v: Versioned<Item>): Item => ({ n: v.value.n + 1, s: v.value.s });

  it("updateWithRetry writes mutate's value, and reports unchanged and gone without writing", async () => {
    const s = await target.fresh();
    const rev = await s.create("k", { n: 1, s: "a" });
    expect(await updateWithRetry(s, "k", bump)).toBe("written");
    expect((await s.get("k"))?.value).toEqual({ n: 2, s: "a" });
    const now = (await s.get("k"))?.revision;
    expect(now).toBeGreaterThan(rev);
    expect(await updateWithRetry(s, "k", () => undefined)).toBe("unchanged");
    expect(await updateWithRetry(s, "k", bump, { matches: (v) => v.s === "b" })).toBe("gone");
    expect(await updateWithRetry(s, "missing", bump)).toBe("gone");
    // A start version given as undefined means "known absent": no read, nothing to update.
    expect(await updateWithRetry(s, "k", bump, { from: undefined })).toBe("gone");
    expect((await s.get("k"))?.revision).toBe(now);
    expect(await s.get("missing")).toBeUndefined();
  });

  it("updateWithRetry re-reads and re-derives after a lost race, and starts from a given version", async () => {
    const s = await target.fresh();
    await s.create("k", { n: 1, s: "a" });
    const stale = await s.get("k");
    await s.put("k", { n: 10, s: "a" });
    let calls = 0;
    let conflicts = 0;
    const outcome = await updateWithRetry(
      s,
      "k",
      async (cur) => {
        calls++;
        // A rival writes between our read and our write, once.
        if (calls === 2) await s.put("k", { n: 100, s: "a" });
        return bump(cur);
      },
      { from: stale, onConflict: () => conflicts++ },
    );
    expect(outcome).toBe("written");
    // 1: the stale version; 2: the fresh one, lost to the rival; 3: the rival's.
    expect(calls).toBe(3);
    expect(conflicts).toBe(2);
    expect((await s.get("k"))?.value).toEqual({ n: 101, s: "a" });
  });

  it("updateWithRetry gives up with UNAVAILABLE when every attempt loses", async () => {
    const s = await target.fresh();
    await s.create("k", { n: 1, s: "a" });
    let calls = 0;
    const losing = updateWithRetry(
      s,
      "k",
      async (cur) => {
        calls++;
        await s.put("k", { n: cur.value.n + 1, s: "rival" });
        return bump(cur);
      },
      { attempts: 3 },
    );
    expect(await codeOf(losing)).toBe(ErrorCode.Unavailable);
    expect(calls).toBe(3);
    expect((await s.get("k"))?.value.s).toBe("rival");
  });

  it("updateWithRetry retries on CONFLICT only: mutate's refusal and other errors are the caller's", async () => {
    const s = await target.fresh();
    await s.create("k", { n: 1, s: "a" });
    let calls = 0;
    const refused = updateWithRetry(s, "k", () => {
      calls++;
      throw new JetnetError(ErrorCode.Conflict, "not this incarnation");
    });
    expect(await codeOf(refused)).toBe(ErrorCode.Conflict);
    expect(calls).toBe(1);
    const tooBig = updateWithRetry(s, "k", () => ({ n: 1, s: "x".repeat(300 * 1024) }));
    expect(await codeOf(tooBig)).toBe(ErrorCode.Invalid);
    expect((await s.get("k"))?.value).toEqual({ n: 1, s: "a" });
  });

  it("updateWithRetry deletes on deleteKey, creates a missing key, and mutates a rival's create", async () => {
    const s = await target.fresh();
    await s.create("k", { n: 1, s: "a" });
    expect(await updateWithRetry(s, "k", () => deleteKey)).toBe("written");
    expect(await s.get("k")).toBeUndefined();

    expect(await updateWithRetry(s, "k", bump, { create: () => ({ n: 0, s: "new" }) })).toBe("written");
    expect((await s.get("k"))?.value).toEqual({ n: 0, s: "new" });

    // Another creator gets there first: the create loses, and the rival's object is mutated.
    let rivals = 0;
    const racing = new Proxy(s, {
      get(store, prop) {
        if (prop === "create") {
          return async (key: string, value: Item) => {
            if (rivals++ === 0) await store.create(key, { n: 5, s: "rival" });
            return store.create(key, value);
          };
        }
        const v = Reflect.get(store, prop);
        return typeof v === "function" ? v.bind(store) : v;
      },
    });
    expect(await updateWithRetry(racing, "r", bump, { create: () => ({ n: 0, s: "mine" }) })).toBe("written");
    expect((await s.get("r"))?.value).toEqual({ n: 6, s: "rival" });
  });
}
