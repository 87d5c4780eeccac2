import { vniNotAvailable } from "../../lib/api/vni-ranges.js";
import type { SubnetClaim, VniClaim } from "../../lib/codec.js";
import { cidrsOverlap, parseCidr } from "../../lib/net/cidr.js";

/**
 * Per-VNI claims: the arbiter of the subnet invariants. A VNI's claim lists the subnets that
 * hold part of its address space; a subnet is validated only after it is in the claim, and the
 * claim is written with compare-and-swap, so two conflicting subnets can never both be in it.
 * Everything here is pure; the validator does the reads and the CAS writes.
 */

export interface ClaimCandidate {
  readonly vni: number;
  readonly namespace: string;
  readonly name: string;
  readonly uid: string;
  readonly cidr: string;
}

export type ClaimDecision =
  /** The candidate is already in the claim (e.g. a crash came between claim and status). */
  | { readonly kind: "held" }
  /** The candidate fits: write `next` with CAS, then mark the subnet validated. */
  | { readonly kind: "claim"; readonly next: VniClaim }
  /** The candidate conflicts with these entries, described by `errors`. */
  | { readonly kind: "blocked"; readonly rivals: readonly SubnetClaim[]; readonly errors: readonly string[] };

export const refOf = (c: { namespace?: string | null; name?: string | null }) => `${c.namespace}/${c.name}`;

/** The entries that stop `cand` from joining the claim, each with the reason. */
export function conflictsOf(
  claim: VniClaim | undefined,
  cand: ClaimCandidate,
): { rival: SubnetClaim; why: string }[] {
  const subnets = claim?.subnets ?? [];
  const out: { rival: SubnetClaim; why: string }[] = [];
  const mine = parseCidr(cand.cidr);
  for (const s of subnets) {
    if (s.uid === cand.uid) continue;
    if (s.namespace !== cand.namespace) {
      // The reason lands in the subnet's status, which its tenant reads: it must not name the
      // other namespace or its subnets (the validator logs those for operators).
      out.push({ rival: s, why: vniNotAvailable(cand.namespace, cand.vni) });
    } else if (s.name === cand.name) {
      out.push({ rival: s, why: `an earlier incarnation of ${refOf(s)} still holds the VNI claim` });
    } else if (cidrsOverlap(mine, parseCidr(s.cidr ?? ""))) {
      out.push({ rival: s, why: `CIDR ${cand.cidr} overlaps ${s.cidr} of subnet ${refOf(s)}` });
    }
  }
  return out;
}

export function decideClaim(claim: VniClaim | undefined, cand: ClaimCandidate): ClaimDecision {
  if (claim?.subnets?.some((s) => s.uid === cand.uid)) return { kind: "held" };
  const conflicts = conflictsOf(claim, cand);
  if (conflicts.length > 0) {
    const errors = [...new Set(conflicts.map((c) => c.why))];
    return { kind: "blocked", rivals: conflicts.map((c) => c.rival), errors };
  }
  const entry: SubnetClaim = { namespace: cand.namespace, name: cand.name, uid: cand.uid, cidr: cand.cidr };
  return {
    kind: "claim",
    next: { namespace: cand.namespace, subnets: [...(claim?.subnets ?? []), entry] },
  };
}

/** The claim without the entries whose uid is in `dead`; undefined when nothing is left. */
export function withoutEntries(claim: VniClaim, dead: ReadonlySet<string>): VniClaim | undefined {
  const subnets = (claim.subnets ?? []).filter((s) => !dead.has(s.uid ?? ""));
  if (subnets.length === 0) return undefined;
  return { namespace: claim.namespace, subnets };
}
