import { fnv1a, mix32 } from "../hash.js";

/**
 * Which live replica owns a VNI: rendezvous (highest-random-weight) hashing. Every replica
 * computes the same answer from the same member list, with no coordination, and a change of the
 * list moves only the VNIs of the member that came or went: a VNI's owner is the member with the
 * highest weight for it, and adding or removing another member does not change the weights of
 * the rest. Why not `hash(vni) % members.length`? Because one member more or less then moves
 * almost every VNI, and each moved VNI is re-driven by its new owner.
 */

/** A member's weight for a VNI; the member with the highest weight owns the VNI. */
export function weight(member: string, vni: number): number {
  return mix32(fnv1a(`${member}/${vni}`));
}

/**
 * The owner of `vni` among `members` (undefined when there are none). Ties, which need two
 * members with equal 32-bit weights, go to the smaller id, so every replica still agrees.
 */
export function ownerOf(vni: number, members: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestWeight = -1;
  for (const m of members) {
    const w = weight(m, vni);
    if (w > bestWeight || (w === bestWeight && best !== undefined && m < best)) {
      best = m;
      bestWeight = w;
    }
  }
  return best;
}

/**
 * One replica's view of who shares the work: its own id and the members it believes live
 * (itself included). Answers "is this VNI mine?" and remembers the answers until the view is
 * replaced (a view is immutable; a membership change makes a new one).
 */
export class OwnershipView {
  /** The live members, self included, sorted (so two views compare by their lists). */
  readonly members: readonly string[];
  /** VNI → whether `self` owns it: the answers computed so far. */
  private readonly memo = new Map<number, boolean>();

  constructor(
    readonly self: string,
    members: Iterable<string>,
    /** Own every VNI whatever the members say (alone, warming up, or dividing is off). */
    private readonly ownsAll = false,
  ) {
    this.members = [...new Set([self, ...members])].sort();
  }

  owns(vni: number): boolean {
    if (this.ownsAll || this.members.length === 1) return true;
    let mine = this.memo.get(vni);
    if (mine === undefined) {
      mine = ownerOf(vni, this.members) === this.self;
      // VNIs are at most 2^21, but one replica only ever asks about those it has objects in.
      this.memo.set(vni, mine);
    }
    return mine;
  }

  /** Whether `other` describes the same ownership (same members, same all-owning). */
  sameAs(other: OwnershipView): boolean {
    return (
      this.ownsAll === other.ownsAll &&
      this.members.length === other.members.length &&
      this.members.every((m, i) => m === other.members[i])
    );
  }
}
