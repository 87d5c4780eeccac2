import { describe, expect, it } from "vitest";
import { ListCache } from "../../../lib/listcache/cache.js";
import { seededInts } from "../../../lib/random.js";

/** A cache on a hand-driven clock, synced empty at revision 0. */
function cache(windowMs = 1000, maxVersions = 100) {
  let nowMs = 0;
  const c = new ListCache<string>({ windowMs, maxVersions, now: () => nowMs });
  return { c, tick: (ms: number) => (nowMs += ms) };
}

const keysAt = (c: ListCache<string>, revision: number, firstToken?: string, after?: string) =>
  [...c.page({ revision, firstToken, after })].map((v) => `${v.key}=${v.value}@${v.revision}`);

describe("ListCache", () => {
  it("serves every revision in the window: creates, updates and deletes undone in order", () => {
    const { c } = cache();
    c.sync(0);
    c.put("ns.a", "a1", 1);
    c.put("ns.b", "b1", 2);
    c.put("ns.a", "a2", 3);
    c.delete("ns.b", 4);
    c.put("ns.c", "c1", 5);
    c.put("ns.b", "b2", 6);
    expect(keysAt(c, 0)).toEqual([]);
    expect(keysAt(c, 2)).toEqual(["ns.a=a1@1", "ns.b=b1@2"]);
    expect(keysAt(c, 3)).toEqual(["ns.a=a2@3", "ns.b=b1@2"]);
    expect(keysAt(c, 4)).toEqual(["ns.a=a2@3"]);
    expect(keysAt(c, 6)).toEqual(["ns.a=a2@3", "ns.b=b2@6", "ns.c=c1@5"]);
    expect(keysAt(c, 6, "ns", "ns.a")).toEqual(["ns.b=b2@6", "ns.c=c1@5"]);
  });

  it("orders by namespace, then name, and keeps one namespace's keys together", () => {
    const { c } = cache();
    c.sync(0);
    for (const [i, k] of ["a-b.x", "a.z", "b.a", "a.y", "ab.c"].entries()) c.put(k, "v", i + 1);
    expect([...c.page({ revision: 5 })].map((v) => v.key)).toEqual(["a.y", "a.z", "a-b.x", "ab.c", "b.a"]);
    expect([...c.page({ revision: 5, firstToken: "a" })].map((v) => v.key)).toEqual(["a.y", "a.z"]);
    expect([...c.page({ revision: 5, firstToken: "a", after: "a.y" })].map((v) => v.key)).toEqual(["a.z"]);
  });

  it("keeps key order through any mix of creates, deletes, re-creates and pages", () => {
    const { c, tick } = cache(50);
    c.sync(0);
    const int = seededInts(7);
    const live = new Map<string, string>();
    const name = (k: number) => `ns${k % 7}.a-${k}`;
    let revision = 0;
    const expected = () =>
      [...live.keys()].sort((a, b) => (a.replaceAll(".", "\0") < b.replaceAll(".", "\0") ? -1 : 1));
    for (let op = 0; op < 20_000; op++) {
      const key = name(int(3_000));
      tick(int(20));
      if (live.has(key) && int(2) === 0) {
        c.delete(key, ++revision);
        live.delete(key);
      } else {
        c.put(key, `v${op}`, ++revision);
        live.set(key, `v${op}`);
      }
      if (op % 997 === 0 || op === 19_999) {
        expect([...c.page({ revision })].map((v) => v.key)).toEqual(expected());
        const ns3 = expected().filter((k) => k.startsWith("ns3."));
        expect([...c.page({ revision, firstToken: "ns3", after: ns3[5] })].map((v) => v.key)).toEqual(
          ns3.slice(6),
        );
      }
    }
    expect(c.heldSortKeys).toBeLessThanOrEqual(live.size + 1024 + live.size / 4 + 1);
  });

  it("holds sort keys for the live keys, not for every key ever created, when nothing lists", () => {
    const { c, tick } = cache(10);
    c.sync(0);
    let revision = 0;
    for (let i = 0; i < 50_000; i++) {
      c.put(`ns.k${i}`, "v", ++revision);
      tick(20);
      c.delete(`ns.k${i}`, ++revision);
    }
    tick(20);
    c.put("ns.last", "v", ++revision);
    expect(c.heldSortKeys).toBeLessThanOrEqual(1024 + 2);
    expect([...c.page({ revision })].map((v) => v.key)).toEqual(["ns.last"]);
  });

  it("expires a revision once a version it needs leaves the window, and forgets old absences", () => {
    const { c, tick } = cache(1000);
    c.put("ns.a", "a1", 7); // initial snapshot
    c.sync(10);
    expect(c.servable(9)).toEqual({ ok: false, reason: "expired", oldest: 10 });
    expect(c.servable(11)).toEqual({ ok: false, reason: "ahead", applied: 10 });
    c.put("ns.a", "a2", 11);
    tick(500);
    c.delete("ns.a", 12);
    expect(keysAt(c, 10)).toEqual(["ns.a=a1@7"]);
    tick(600); // the replacement at 11 is 1,100 ms old, the one at 12 600 ms
    expect(c.servable(10)).toEqual({ ok: false, reason: "expired", oldest: 11 });
    expect(c.servable(11)).toEqual({ ok: true });
    expect(keysAt(c, 11)).toEqual(["ns.a=a2@11"]);
    tick(500);
    expect(c.servable(11)).toEqual({ ok: false, reason: "expired", oldest: 12 });
    expect(keysAt(c, 12)).toEqual([]);
    expect(c.keptVersions).toBe(0);
    // Unchanged data never expires a revision, however old.
    c.put("ns.b", "b1", 13);
    tick(10_000);
    expect(c.servable(13)).toEqual({ ok: true });
  });

  it("keeps at most maxVersions replaced versions", () => {
    const { c } = cache(60_000, 3);
    c.sync(0);
    for (let r = 1; r <= 10; r++) c.put("ns.a", `v${r}`, r);
    expect(c.keptVersions).toBe(3);
    expect(c.oldest).toBe(7);
    expect(keysAt(c, 7)).toEqual(["ns.a=v7@7"]);
  });

  it("a later sync (a re-list after a gap) hides the gap; revisions going back reset history", () => {
    const { c } = cache();
    c.sync(0);
    c.put("ns.a", "a1", 1);
    c.put("ns.a", "a2", 5);
    c.sync(8);
    expect(c.servable(4)).toMatchObject({ ok: false, reason: "expired", oldest: 8 });
    // The stream was recreated: the re-list brings the keys under their new revisions.
    c.put("ns.a", "a3", 2);
    c.sync(3);
    expect(c.revision).toBe(3);
    expect(c.servable(3)).toEqual({ ok: true });
    expect(keysAt(c, 3)).toEqual(["ns.a=a3@2"]);
  });

  it("waitFor resolves when the revision is applied, false on timeout", async () => {
    const c = new ListCache<string>({ windowMs: 1000, maxVersions: 10 });
    c.sync(0);
    const reached = c.waitFor(2, 5_000);
    c.put("ns.a", "a", 1);
    c.put("ns.b", "b", 2);
    expect(await reached).toBe(true);
    expect(await c.waitFor(3, 1)).toBe(false);
  });
});
