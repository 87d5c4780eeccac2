import { describe, expect, it } from "vitest";
import type { SubnetClaim, VniClaim } from "../../../lib/codec.js";
import {
  type ClaimCandidate,
  conflictsOf,
  decideClaim,
  withoutEntries,
} from "../../../services/network/claims.js";

// The pure core of the subnet invariants: which subnets may share a VNI. The validator's reads
// and CAS writes around it are covered by claims.int.test.ts.

const entry = (namespace: string, name: string, uid: string, cidr: string): SubnetClaim => ({
  namespace,
  name,
  uid,
  cidr,
});
const cand = (name: string, uid: string, cidr: string, namespace = "t1"): ClaimCandidate => ({
  vni: 100,
  namespace,
  name,
  uid,
  cidr,
});
const claimOf = (...subnets: SubnetClaim[]): VniClaim => ({ namespace: "t1", subnets });

describe("decideClaim", () => {
  it("claims a VNI nobody holds, for the candidate's namespace", () => {
    expect(decideClaim(undefined, cand("web", "u1", "10.0.0.0/24"))).toEqual({
      kind: "claim",
      next: { namespace: "t1", subnets: [entry("t1", "web", "u1", "10.0.0.0/24")] },
    });
    // An empty claim (all entries gone) behaves the same.
    expect(decideClaim({ namespace: "t1", subnets: [] }, cand("web", "u1", "10.0.0.0/24"))).toEqual({
      kind: "claim",
      next: { namespace: "t1", subnets: [entry("t1", "web", "u1", "10.0.0.0/24")] },
    });
  });

  it("adds a disjoint subnet of the same namespace after the entries already there", () => {
    const held = claimOf(entry("t1", "web", "u1", "10.0.0.0/25"));
    const d = decideClaim(held, cand("db", "u2", "10.0.0.128/25"));
    expect(d).toEqual({
      kind: "claim",
      next: {
        namespace: "t1",
        subnets: [entry("t1", "web", "u1", "10.0.0.0/25"), entry("t1", "db", "u2", "10.0.0.128/25")],
      },
    });
    // The claim it was given is left as it was (it may be a cached, shared object).
    expect(held.subnets).toHaveLength(1);
  });

  it("says held when the candidate's uid is in the claim, even beside a rival it overlaps", () => {
    const held = claimOf(entry("t1", "web", "u1", "10.0.0.0/24"), entry("t1", "old", "u0", "10.0.0.0/16"));
    expect(decideClaim(held, cand("web", "u1", "10.0.0.0/24"))).toEqual({ kind: "held" });
  });

  it("blocks an overlapping subnet of the same namespace and names the one it overlaps", () => {
    const rival = entry("t1", "big", "u1", "10.0.0.0/16");
    expect(decideClaim(claimOf(rival), cand("small", "u2", "10.0.5.0/24"))).toEqual({
      kind: "blocked",
      rivals: [rival],
      errors: ["CIDR 10.0.5.0/24 overlaps 10.0.0.0/16 of subnet t1/big"],
    });
  });

  it("blocks another namespace's subnet without naming the holder, however disjoint the CIDRs", () => {
    const rival = entry("t1", "web", "u1", "10.0.0.0/24");
    const d = decideClaim(claimOf(rival), cand("web", "u2", "172.16.0.0/24", "t2"));
    expect(d).toEqual({
      kind: "blocked",
      rivals: [rival],
      errors: ['VNI 100 is not available to namespace "t2"'],
    });
    if (d.kind !== "blocked") throw new Error("unreachable");
    for (const e of d.errors) expect(e).not.toMatch(/t1|10\.0\.0\.0/);
  });

  it("blocks a re-created subnet while its earlier incarnation still holds the claim", () => {
    const old = entry("t1", "web", "u1", "10.0.0.0/24");
    expect(decideClaim(claimOf(old), cand("web", "u2", "10.0.0.0/24"))).toEqual({
      kind: "blocked",
      rivals: [old],
      errors: ["an earlier incarnation of t1/web still holds the VNI claim"],
    });
  });

  it("lists every rival but each distinct reason once", () => {
    const a = entry("t1", "a", "u1", "10.0.0.0/24");
    const b = entry("t1", "b", "u2", "10.0.1.0/24");
    const d = decideClaim(claimOf(a, b), cand("c", "u3", "192.168.0.0/24", "t2"));
    expect(d).toEqual({
      kind: "blocked",
      rivals: [a, b],
      errors: ['VNI 100 is not available to namespace "t2"'],
    });
  });
});

describe("conflictsOf", () => {
  it("is empty for no claim, for the candidate's own entry, and for disjoint neighbours", () => {
    const c = cand("web", "u1", "10.0.0.0/24");
    expect(conflictsOf(undefined, c)).toEqual([]);
    expect(conflictsOf(claimOf(entry("t1", "web", "u1", "10.0.0.0/24")), c)).toEqual([]);
    // Adjacent blocks on both sides share no address.
    const around = claimOf(entry("t1", "lo", "u2", "10.0.1.0/24"), entry("t1", "hi", "u3", "9.255.255.0/24"));
    expect(conflictsOf(around, c)).toEqual([]);
  });

  it("gives each conflicting entry with its own reason, in claim order", () => {
    const overlapping = entry("t1", "big", "u2", "10.0.0.0/8");
    const disjoint = entry("t1", "other", "u3", "192.168.0.0/24");
    const previous = entry("t1", "web", "u4", "172.16.0.0/24");
    const c = cand("web", "u1", "10.1.2.0/24");
    expect(conflictsOf(claimOf(overlapping, disjoint, previous), c)).toEqual([
      { rival: overlapping, why: "CIDR 10.1.2.0/24 overlaps 10.0.0.0/8 of subnet t1/big" },
      { rival: previous, why: "an earlier incarnation of t1/web still holds the VNI claim" },
    ]);
  });

  it("treats a block containing the candidate, and one it contains, as overlapping", () => {
    const c = cand("mid", "u1", "10.0.0.0/16");
    expect(conflictsOf(claimOf(entry("t1", "outer", "u2", "10.0.0.0/8")), c)).toHaveLength(1);
    expect(conflictsOf(claimOf(entry("t1", "inner", "u3", "10.0.255.252/30")), c)).toHaveLength(1);
    expect(conflictsOf(claimOf(entry("t1", "edge", "u4", "10.1.0.0/30")), c)).toEqual([]);
  });
});

describe("withoutEntries", () => {
  it("drops the dead entries and keeps the rest in order; nothing left is no claim", () => {
    const a = entry("t1", "a", "u1", "10.0.0.0/24");
    const b = entry("t1", "b", "u2", "10.0.1.0/24");
    const c = entry("t1", "c", "u3", "10.0.2.0/24");
    expect(withoutEntries(claimOf(a, b, c), new Set(["u2"]))).toEqual(claimOf(a, c));
    expect(withoutEntries(claimOf(a, b), new Set(["u1", "u2"]))).toBeUndefined();
    expect(withoutEntries(claimOf(a), new Set(["nobody"]))).toEqual(claimOf(a));
  });
});
