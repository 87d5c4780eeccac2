import { describe, expect, it } from "vitest";
import { seededRng } from "../../../lib/random.js";
import { atLeast210 } from "../../../lib/store/compact.js";
import {
  planRemovals,
  planWholeRemovals,
  type RecordHeader,
  RecordIndex,
} from "../../../lib/store/record-index.js";

const put = (seq: number, key: string, at = seq): RecordHeader => ({ seq, key, tombstone: false, at });
const del = (seq: number, key: string, at = seq): RecordHeader => ({ seq, key, tombstone: true, at });
const seqs = (index: RecordIndex) => new Map([...index.keys].map(([k, v]) => [k, v.seqs]));

describe("RecordIndex", () => {
  it("keeps a key's newest records up to the history, as the server does", () => {
    const index = new RecordIndex(3);
    for (let s = 1; s <= 10; s++) index.add(put(s, "a"));
    index.add(del(11, "a"));
    expect(seqs(index)).toEqual(new Map([["a", [9, 10, 11]]]));
    expect(index.keys.get("a")).toMatchObject({ deleted: true, at: 11 });
  });

  it("treats a history of 0 or less as unlimited", () => {
    const index = new RecordIndex(-1);
    for (let s = 1; s <= 100; s++) index.add(put(s, "a"));
    expect(index.records).toBe(100);
  });

  it("ignores a record at or below the key's latest (read twice)", () => {
    const index = new RecordIndex(5);
    index.add(put(1, "a"));
    index.add(del(2, "a"));
    index.add(put(2, "a"));
    index.add(put(1, "a"));
    expect(seqs(index)).toEqual(new Map([["a", [1, 2]]]));
    expect(index.keys.get("a")?.deleted).toBe(true);
  });

  it("applies rollups: sub clears the key's earlier records, all every earlier record", () => {
    const index = new RecordIndex(5);
    index.add(put(1, "a"));
    index.add(put(2, "b"));
    index.add(put(3, "a"));
    index.add({ seq: 4, key: "a", tombstone: true, rollup: "sub", at: 4 });
    expect(seqs(index)).toEqual(
      new Map([
        ["a", [4]],
        ["b", [2]],
      ]),
    );
    index.add({ seq: 5, key: "c", tombstone: false, rollup: "all", at: 5 });
    expect(seqs(index)).toEqual(new Map([["c", [5]]]));
  });

  it("drops records below the stream's first sequence, and keys left with none", () => {
    const index = new RecordIndex(5);
    for (const r of [put(1, "a"), put(2, "b"), put(3, "a"), del(4, "b"), put(5, "c")]) index.add(r);
    index.dropBelow(3);
    expect(seqs(index)).toEqual(
      new Map([
        ["a", [3]],
        ["b", [4]],
        ["c", [5]],
      ]),
    );
    index.dropBelow(5);
    expect(seqs(index)).toEqual(new Map([["c", [5]]]));
  });

  it("forgets removed records: a deleted key's older ones, then the key with its tombstone", () => {
    const index = new RecordIndex(5);
    for (const r of [put(1, "a"), put(2, "a"), del(3, "a"), put(4, "b")]) index.add(r);
    index.removedOlder("a");
    expect(seqs(index).get("a")).toEqual([3]);
    index.removedOlder("b");
    expect(seqs(index).get("b")).toEqual([4]);
    index.removedTombstone("a", 3);
    expect(seqs(index)).toEqual(new Map([["b", [4]]]));
  });
});

describe("RecordIndex's running counts", () => {
  it("agree with its keys after any mix of records, removals and drops (20,000 random steps)", () => {
    const rng = seededRng(11);
    for (const history of [1, 3, -1]) {
      const index = new RecordIndex(history);
      let seq = 0;
      let first = 1;
      for (let step = 0; step < 20_000; step++) {
        const key = `k${Math.floor(rng() * 300)}`;
        const roll = rng();
        if (roll < 0.55) index.add(put(++seq, key));
        else if (roll < 0.75) index.add(del(++seq, key));
        else if (roll < 0.77) index.add({ ...put(++seq, key), rollup: "sub" });
        else if (roll < 0.775) index.add({ ...put(++seq, key), rollup: "all" });
        else if (roll < 0.85) index.removedOlder(key);
        else if (roll < 0.92) {
          const last = index.keys.get(key)?.seqs.at(-1);
          if (last !== undefined) index.removedTombstone(key, last);
        } else {
          first = Math.min(seq + 1, first + Math.floor(rng() * 40));
          index.dropBelow(first);
        }
        if (step % 97 !== 0) continue;
        let records = 0;
        const deleted: string[] = [];
        for (const [k, r] of index.keys) {
          records += r.seqs.length;
          if (r.deleted) deleted.push(k);
          expect(r.seqs.length).toBeGreaterThan(0);
          expect(r.seqs[0]).toBeGreaterThanOrEqual(first);
        }
        expect(index.records).toBe(records);
        expect([...index.deleted.keys()].sort()).toEqual(deleted.sort());
      }
    }
  });

  it("a drop below what every key holds changes nothing; one above it drops exactly what lies below", () => {
    const index = new RecordIndex(-1);
    for (let s = 10; s < 20; s++) index.add(put(s, s % 2 ? "odd" : "even"));
    index.dropBelow(5);
    expect(index.records).toBe(10);
    index.dropBelow(15);
    expect(seqs(index)).toEqual(
      new Map([
        ["even", [16, 18]],
        ["odd", [15, 17, 19]],
      ]),
    );
    index.dropBelow(19);
    expect(seqs(index)).toEqual(new Map([["odd", [19]]]));
    expect(index.records).toBe(1);
    index.dropBelow(30);
    expect(index.keys.size).toBe(0);
    expect(index.records).toBe(0);
  });
});

describe("planRemovals", () => {
  const retention = { deletedRetentionMs: 100, tombstoneRetentionMs: 10 };

  it("removes a deleted key's older records after the deleted retention, its tombstone once alone for the tombstone retention", () => {
    const index = new RecordIndex(5);
    for (const r of [put(1, "a", 0), put(2, "a", 0), del(3, "a", 0), put(4, "live", 0)]) index.add(r);
    const alone = new Map<string, number>();
    expect(planRemovals(index.keys, 99, retention, alone)).toEqual({ older: [], tombstones: [] });
    const p = planRemovals(index.keys, 100, retention, alone);
    expect(p.older.map((r) => r.seq)).toEqual([1, 2]);
    expect(p.tombstones).toEqual([]);
    index.removedOlder("a");
    alone.set("a@3", 100);
    expect(planRemovals(index.keys, 109, retention, alone).tombstones).toEqual([]);
    expect(planRemovals(index.keys, 110, retention, alone).tombstones).toEqual([
      { seq: 3, id: "a@3", key: "a" },
    ]);
  });

  it("starts a tombstone's wait when first seen alone, and forgets it once the key lives again", () => {
    const index = new RecordIndex(5);
    index.add(del(1, "a", 0));
    const alone = new Map<string, number>();
    expect(planRemovals(index.keys, 500, retention, alone).tombstones).toEqual([]);
    expect(alone).toEqual(new Map([["a@1", 500]]));
    index.add(put(2, "a", 501));
    expect(planRemovals(index.keys, 1000, retention, alone)).toEqual({ older: [], tombstones: [] });
    expect(alone.size).toBe(0);
  });
});

describe("planWholeRemovals", () => {
  const retention = { deletedRetentionMs: 100, tombstoneRetentionMs: 10 };

  it("takes a deleted key whole, up to its tombstone, once both retentions passed; nothing of a live key", () => {
    const index = new RecordIndex(5);
    for (const r of [put(1, "a", 0), put(2, "a", 0), del(3, "a", 0), put(4, "live", 0), del(5, "b", 50)])
      index.add(r);
    expect(planWholeRemovals(index.keys, 109, retention)).toEqual([]);
    expect(planWholeRemovals(index.keys, 110, retention)).toEqual([{ key: "a", seq: 3, records: 3 }]);
    expect(planWholeRemovals(index.keys, 160, retention)).toEqual([
      { key: "a", seq: 3, records: 3 },
      { key: "b", seq: 5, records: 1 },
    ]);
    index.removedTombstone("a", 3);
    index.add(put(6, "b", 155));
    expect(planWholeRemovals(index.keys, 1000, retention)).toEqual([]);
  });
});

describe("atLeast210", () => {
  it("reads the server's major and minor version", () => {
    expect(atLeast210("2.9.10")).toBe(false);
    expect(atLeast210("2.9.25")).toBe(false);
    expect(atLeast210("2.10.0")).toBe(true);
    expect(atLeast210("2.10.27")).toBe(true);
    expect(atLeast210("2.11.0-beta.2")).toBe(true);
    expect(atLeast210("3.0.0")).toBe(true);
    expect(atLeast210("")).toBe(false);
  });
});
