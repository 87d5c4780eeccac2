import { describe, expect, it } from "vitest";
import { OwnershipView, ownerOf } from "../../../lib/service/rendezvous.js";

const vnis = Array.from({ length: 3_000 }, (_, i) => 100 + i);
const owners = (members: readonly string[]) => new Map(vnis.map((v) => [v, ownerOf(v, members)]));
const ids = (n: number) => Array.from({ length: n }, (_, i) => `r${i}a7f3`);

describe("rendezvous ownership", () => {
  it("gives every VNI exactly one owner, the same whatever the members' order", () => {
    const members = ids(3);
    const a = owners(members);
    const b = owners([...members].reverse());
    for (const v of vnis) {
      expect(members).toContain(a.get(v));
      expect(b.get(v)).toBe(a.get(v));
    }
    const views = members.map((m) => new OwnershipView(m, members));
    for (const v of vnis) expect(views.filter((view) => view.owns(v))).toHaveLength(1);
  });

  it("spreads VNIs evenly: each of 3 and of 5 members owns within 15 % of its share", () => {
    for (const n of [3, 5]) {
      const counts = new Map<string, number>();
      for (const o of owners(ids(n)).values()) counts.set(o!, (counts.get(o!) ?? 0) + 1);
      expect(counts.size).toBe(n);
      for (const c of counts.values()) {
        expect(c).toBeGreaterThan((vnis.length / n) * 0.85);
        expect(c).toBeLessThan((vnis.length / n) * 1.15);
      }
    }
  });

  it("spreads consecutive VNIs of members whose ids differ in one character", () => {
    const members = ["ipam-0", "ipam-1", "ipam-2"];
    const counts = new Map<string, number>();
    for (const o of owners(members).values()) counts.set(o!, (counts.get(o!) ?? 0) + 1);
    for (const m of members) expect(counts.get(m)).toBeGreaterThan(vnis.length / 3 / 1.15);
  });

  it("moves only the VNIs of a member that comes: to it, and from every other", () => {
    const before = owners(ids(3));
    const after = owners(ids(4));
    const newcomer = ids(4)[3]!;
    let moved = 0;
    for (const v of vnis) {
      if (after.get(v) === before.get(v)) continue;
      moved++;
      expect(after.get(v)).toBe(newcomer);
    }
    // About a quarter moves (the newcomer's share), not almost all as with hash % n.
    expect(moved).toBeGreaterThan(vnis.length * 0.2);
    expect(moved).toBeLessThan(vnis.length * 0.3);
  });

  it("gives a member's VNIs to the survivors when it goes, and moves nothing else", () => {
    const members = ids(3);
    const [dead, ...survivors] = members as [string, ...string[]];
    const before = owners(members);
    const after = owners(survivors);
    const gained = new Map<string, number>();
    for (const v of vnis) {
      expect(survivors).toContain(after.get(v));
      if (before.get(v) === dead) gained.set(after.get(v)!, (gained.get(after.get(v)!) ?? 0) + 1);
      else expect(after.get(v)).toBe(before.get(v));
    }
    // The dead member's VNIs are shared by both survivors, not dumped on one.
    for (const s of survivors) expect(gained.get(s)).toBeGreaterThan(vnis.length / 3 / 2 / 1.3);
  });

  it("a view owns every VNI when alone or told to (warm-up), and none of another's", () => {
    const alone = new OwnershipView("a", []);
    const warming = new OwnershipView("a", ["b", "c"], true);
    const settled = new OwnershipView("a", ["b", "c"]);
    for (const v of vnis) {
      expect(alone.owns(v)).toBe(true);
      expect(warming.owns(v)).toBe(true);
      expect(settled.owns(v)).toBe(ownerOf(v, ["a", "b", "c"]) === "a");
    }
    expect(settled.members).toEqual(["a", "b", "c"]);
    expect(settled.sameAs(new OwnershipView("a", ["c", "b", "a"]))).toBe(true);
    expect(settled.sameAs(warming)).toBe(false);
  });

  it("has no owner without members", () => {
    expect(ownerOf(7, [])).toBeUndefined();
  });
});
