import type { NatsConnection } from "@nats-io/nats-core";
import { Bucket } from "../../../lib/api/subjects.js";
import { vniNotAvailable } from "../../../lib/api/vni-ranges.js";
import { type Subnet, subnetCodec } from "../../../lib/codec.js";
import { cidrsOverlap, parseCidr } from "../../../lib/net/cidr.js";
import type { Versioned } from "../../../lib/store/types.js";
import { BucketHistory, type BucketRecord } from "../../harness/history.js";

const ref = (s: Subnet) => `${s.meta?.namespace}/${s.meta?.name}`;

/**
 * Invariant 1 (docs/design.md) plus the validator's promise to blocked subnets. Returns the list of
 * violations (empty when all hold); `settled` is false while some subnet is still unexamined.
 */
export function checkSubnetInvariants(items: readonly Versioned<Subnet>[]): {
  violations: string[];
  settled: boolean;
} {
  const violations: string[] = [];
  let settled = true;
  const byVni = new Map<number, Subnet[]>();
  for (const { value: s } of items) {
    const list = byVni.get(s.spec?.vni ?? 0) ?? [];
    list.push(s);
    byVni.set(s.spec?.vni ?? 0, list);
  }
  for (const [vni, subnets] of byVni) {
    const validated = subnets.filter((s) => s.status?.validated);
    const namespaces = new Set(validated.map((s) => s.meta?.namespace));
    if (namespaces.size > 1)
      violations.push(`VNI ${vni}: validated subnets in namespaces ${[...namespaces]}`);
    for (let i = 0; i < validated.length; i++) {
      for (let j = i + 1; j < validated.length; j++) {
        const a = validated[i]!;
        const b = validated[j]!;
        if (cidrsOverlap(parseCidr(a.spec?.cidr ?? ""), parseCidr(b.spec?.cidr ?? ""))) {
          violations.push(
            `VNI ${vni}: validated ${ref(a)} ${a.spec?.cidr} overlaps validated ${ref(b)} ${b.spec?.cidr}`,
          );
        }
      }
    }
    const validatedRefs = new Set(validated.map(ref));
    for (const s of subnets) {
      if (s.status?.validated) continue;
      const errors = s.status?.errors ?? [];
      if (errors.length === 0) {
        settled = false;
        continue;
      }
      const named = errors.flatMap((e) =>
        [...e.matchAll(/subnet ([a-z0-9-]+\/[a-z0-9-]+)/g)].map((m) => m[1]),
      );
      // A VNI held by another namespace is refused without naming the holder (tenants must not
      // learn of one another): then some validated subnet of another namespace must hold it.
      const heldElsewhere =
        errors.includes(vniNotAvailable(s.meta?.namespace ?? "", vni)) &&
        validated.some((v) => v.meta?.namespace !== s.meta?.namespace);
      if (!heldElsewhere && !named.some((n) => validatedRefs.has(n ?? ""))) {
        settled = false; // a rival may still be between claim and status write
        violations.push(`${ref(s)} is blocked by no validated rival: ${errors.join("; ")}`);
      }
    }
  }
  return { violations, settled };
}

/**
 * Invariant 1 and the monotonic `validated` (docs/design.md) at every revision of the subnets
 * bucket: after each write, the validated subnets of the written one's VNI are pairwise disjoint
 * and in one namespace, and no uid that was ever validated is seen unvalidated. Two overlapping
 * subnets validated for one revision, then one of them revoked, fail here; a check of the final
 * state (or one polled until clean) cannot tell.
 */
export class SubnetHistoryCheck {
  /** Each violation, with the revision it appeared at; empty while both hold. */
  readonly violations: string[] = [];
  /** Key → the subnet it holds now. */
  private readonly live = new Map<string, Subnet>();
  /** Every uid ever seen validated. */
  private readonly validated = new Set<string>();

  apply(r: BucketRecord<Subnet>): void {
    if (r.value === undefined) {
      this.live.delete(r.key);
      return;
    }
    const s = r.value;
    const uid = s.meta?.uid ?? "";
    this.live.set(r.key, s);
    if (!s.status?.validated) {
      if (this.validated.has(uid))
        this.report(`revision ${r.seq}: ${ref(s)} (uid ${uid}) was validated and is not any more`);
      return;
    }
    this.validated.add(uid);
    const mine = parseCidr(s.spec?.cidr ?? "");
    for (const [key, o] of this.live) {
      if (key === r.key || !o.status?.validated || o.spec?.vni !== s.spec?.vni) continue;
      if (o.meta?.namespace !== s.meta?.namespace)
        this.report(
          `revision ${r.seq}: VNI ${s.spec?.vni} validated in namespaces ${o.meta?.namespace} and ${s.meta?.namespace} (${ref(o)}, ${ref(s)})`,
        );
      else if (cidrsOverlap(mine, parseCidr(o.spec?.cidr ?? "")))
        this.report(
          `revision ${r.seq}: VNI ${s.spec?.vni}: validated ${ref(s)} ${s.spec?.cidr} overlaps validated ${ref(o)} ${o.spec?.cidr}`,
        );
    }
  }

  private report(v: string): void {
    if (this.violations.length < 20) this.violations.push(v);
  }
}

/** Follows the subnets bucket from its start and checks every state it passes through. */
export function watchSubnets(
  nc: NatsConnection,
  pollMs?: number,
): {
  readonly check: SubnetHistoryCheck;
  readonly history: BucketHistory<Subnet>;
} {
  const check = new SubnetHistoryCheck();
  const history = BucketHistory.follow(nc, Bucket.Subnets, subnetCodec, (r) => check.apply(r), pollMs);
  return { check, history };
}

/** A random valid RFC 1918 subnet inside 10.0.0.0/16, so that overlaps are frequent. */
export function randomCidr(rand: (n: number) => number): string {
  const prefix = 18 + rand(10); // /18 … /27
  const blocks = 2 ** (prefix - 16);
  const base = (10 << 24) + rand(blocks) * 2 ** (32 - prefix);
  const b = base >>> 0;
  return `${b >>> 24}.${(b >>> 16) & 255}.${(b >>> 8) & 255}.${b & 255}/${prefix}`;
}
