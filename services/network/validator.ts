import { Counter, Histogram, type Registry } from "prom-client";
import { stampSection } from "../../lib/api/objects.js";
import { objectKey, Section } from "../../lib/api/subjects.js";
import { type VniRanges, vniAllowed, vniNotAvailable } from "../../lib/api/vni-ranges.js";
import type { Subnet, VniClaim } from "../../lib/codec.js";
import type { ControllerLogger } from "../../lib/controller/types.js";
import { ErrorCode, hasCode, unavailable } from "../../lib/errors.js";
import type { Lister } from "../../lib/informer/types.js";
import { sameStrings } from "../../lib/lists.js";
import { deleteKey, maxCasAttempts, updateWithRetry } from "../../lib/store/cas.js";
import type { ObjectStore } from "../../lib/store/types.js";
import { secondsSinceUs } from "../../lib/time.js";
import { decideClaim, refOf, withoutEntries } from "./claims.js";

export interface ValidatorDeps {
  readonly subnets: ObjectStore<Subnet>;
  readonly vnis: ObjectStore<VniClaim>;
  /** Cache of the subnets bucket with an index "vni". */
  readonly subnetCache: Lister<Subnet>;
  /**
   * Cache of the claims bucket: the first decision of a reconcile is made on it, saving a read
   * round trip on the way to `validated`. It is only a guess: the claim write is a CAS on the
   * cached revision, and a subnet is marked blocked only on a fresh read.
   */
  readonly claimCache?: Lister<VniClaim>;
  readonly registry: Registry;
  /** Called with a VNI whose claim lost entries, so blocked subnets are re-examined. */
  readonly enqueueSubnet: (key: string) => void;
  /** VNIs each namespace may use (empty: all); a subnet outside them is blocked, never claimed. */
  readonly vniRanges?: VniRanges;
  /** Where refusals are told in full (the subnet's status, which its tenant reads, says less). */
  readonly logger?: ControllerLogger;
}

export class ValidatorMetrics {
  readonly validations: Counter<"result">;
  readonly claimConflicts: Counter;
  readonly createToValidated: Histogram;
  readonly staleClaimEntries: Counter;

  constructor(registry: Registry) {
    this.validations = new Counter({
      name: "jetnet_network_subnet_validations_total",
      help: "Subnet validation decisions by result (validated, blocked).",
      labelNames: ["result"],
      registers: [registry],
    });
    for (const r of ["validated", "blocked"]) this.validations.labels(r).inc(0);
    this.claimConflicts = new Counter({
      name: "jetnet_network_claim_conflicts_total",
      help: "Compare-and-swap conflicts on VNI claims (concurrent writers).",
      registers: [registry],
    });
    this.staleClaimEntries = new Counter({
      name: "jetnet_network_claim_stale_entries_removed_total",
      help: "Claim entries removed because their subnet (uid) is gone.",
      registers: [registry],
    });
    this.createToValidated = new Histogram({
      name: "jetnet_network_subnet_create_to_validated_seconds",
      help: "From the subnet's spec write (server time) to its validated status write.",
      buckets: [0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
      registers: [registry],
    });
  }
}

/**
 * SubnetValidator: makes `status.validated` true for a subnet only after recording it in its
 * VNI's claim with CAS; gives conflicting subnets `status.errors` naming their rivals.
 *
 * Algorithm for one subnet key (level-based; any step may crash and be re-run):
 *  1. Read the subnet from the cache; gone or already validated: nothing to do.
 *  2. Read the VNI's claim and decide: held / claim / blocked. The first read comes from the
 *     claims cache (a stale one only costs a failed CAS); later ones, and any "blocked"
 *     decision, from the store.
 *  3. Blocked: verify each rival against the store; entries whose subnet (uid) is gone are
 *     removed from the claim with CAS and we go back to 2. Otherwise write the errors.
 *  4. Claim: write the claim with CAS (create if absent); on conflict go back to 2.
 *  5. Held or claimed: write `validated = true` with CAS on the subnet, if its uid still matches.
 * `validated` is only ever set, never cleared, so it is monotonic for one uid.
 */
export class SubnetValidator {
  private readonly metrics: ValidatorMetrics;

  constructor(private readonly deps: ValidatorDeps) {
    this.metrics = new ValidatorMetrics(deps.registry);
  }

  async reconcileSubnet(key: string): Promise<void> {
    const cached = this.deps.subnetCache.get(key);
    if (!cached || cached.value.status?.validated) return;
    const meta = cached.value.meta ?? {};
    const spec = cached.value.spec ?? {};
    const cand = {
      vni: spec.vni ?? 0,
      namespace: meta.namespace ?? "",
      name: meta.name ?? "",
      uid: meta.uid ?? "",
      cidr: spec.cidr ?? "",
    };
    const vniKey = String(spec.vni ?? 0);
    // Admission refuses these already; a subnet created before the ranges were set lands here.
    if (!vniAllowed(this.deps.vniRanges ?? new Map(), cand.namespace, cand.vni)) {
      await this.writeStatus(key, cand.uid, {
        validated: false,
        errors: [vniNotAvailable(cand.namespace, cand.vni)],
      });
      this.metrics.validations.labels("blocked").inc();
      return;
    }

    let fresh = this.deps.claimCache === undefined;
    for (let attempt = 0; attempt < maxCasAttempts; attempt++) {
      const claim = fresh ? await this.deps.vnis.get(vniKey) : this.deps.claimCache?.get(vniKey);
      const decision = decideClaim(claim?.value, cand);
      if (!fresh && decision.kind === "blocked") {
        // Blocking writes errors into the subnet: worth a fresh read first.
        fresh = true;
        attempt--;
        continue;
      }
      fresh = true;
      if (decision.kind === "blocked") {
        const dead = await this.deadEntries(decision.rivals);
        if (dead.size > 0 && claim) {
          if (await this.writeClaim(vniKey, withoutEntries(claim.value, dead), claim.revision)) {
            this.metrics.staleClaimEntries.inc(dead.size);
          }
          continue;
        }
        if (await this.writeStatus(key, cand.uid, { validated: false, errors: [...decision.errors] })) {
          this.deps.logger?.info(
            { subnet: key, vni: cand.vni, heldBy: decision.rivals.map((r) => refOf(r)) },
            "subnet blocked",
          );
        }
        this.metrics.validations.labels("blocked").inc();
        return;
      }
      if (decision.kind === "claim" && !(await this.writeClaim(vniKey, decision.next, claim?.revision)))
        continue;
      if (await this.writeStatus(key, cand.uid, { validated: true, errors: [] })) {
        this.metrics.validations.labels("validated").inc();
        this.metrics.createToValidated.observe(secondsSinceUs(meta.writeTimesUs?.[Section.Spec]));
      }
      return;
    }
    // Past the bound the controller's back-off takes over.
    throw unavailable(`VNI ${vniKey} claim kept changing; retrying ${key} later`);
  }

  /**
   * Removes claim entries whose subnet is gone (by uid); then re-examines the VNI's
   * unvalidated subnets, which may have been blocked by those entries.
   */
  async reconcileVni(vniKey: string): Promise<void> {
    let removed = 0;
    const outcome = await updateWithRetry(
      this.deps.vnis,
      vniKey,
      async (claim) => {
        const dead = await this.deadEntries(claim.value.subnets ?? []);
        removed = dead.size;
        if (dead.size === 0) return undefined;
        return withoutEntries(claim.value, dead) ?? deleteKey;
      },
      { onConflict: () => this.metrics.claimConflicts.inc(), what: `VNI ${vniKey} claim` },
    );
    if (outcome === "written") this.metrics.staleClaimEntries.inc(removed);
    for (const s of this.deps.subnetCache.byIndex("vni", vniKey)) {
      if (!s.value.status?.validated) this.deps.enqueueSubnet(s.key);
    }
  }

  /**
   * Whether a claim may hold an entry whose subnet is gone: one the subnet cache shows with
   * another uid, or not at all. The periodic resync reconciles (with a fresh read) only such
   * claims; one whose every entry the cache shows alive has nothing to remove.
   */
  mayHoldDeadEntries(claim: VniClaim): boolean {
    return (claim.subnets ?? []).some(
      (e) => this.deps.subnetCache.get(objectKey(e.namespace ?? "", e.name ?? ""))?.value.meta?.uid !== e.uid,
    );
  }

  /**
   * Uids of claim entries whose subnet no longer exists. The claim was read before this runs,
   * and an entry is only added while its subnet exists, so a fresh read that shows another uid
   * (or nothing) proves that incarnation was deleted.
   */
  private async deadEntries(
    entries: readonly { namespace?: string | null; name?: string | null; uid?: string | null }[],
  ) {
    const dead = new Set<string>();
    for (const e of entries) {
      const key = objectKey(e.namespace ?? "", e.name ?? "");
      const cached = this.deps.subnetCache.get(key);
      if (cached?.value.meta?.uid === e.uid) continue;
      const fresh = await this.deps.subnets.get(key);
      if (fresh?.value.meta?.uid !== e.uid) dead.add(e.uid ?? "");
    }
    return dead;
  }

  /** CAS write of a claim; false on a lost race (the caller re-reads). */
  private async writeClaim(
    vniKey: string,
    next: VniClaim | undefined,
    revision: number | undefined,
  ): Promise<boolean> {
    try {
      if (next === undefined) {
        if (revision !== undefined) await this.deps.vnis.delete(vniKey, { expectedRevision: revision });
      } else if (revision === undefined) {
        await this.deps.vnis.create(vniKey, next);
      } else {
        await this.deps.vnis.update(vniKey, next, revision);
      }
      return true;
    } catch (err) {
      if (
        hasCode(err, ErrorCode.Conflict) ||
        hasCode(err, ErrorCode.AlreadyExists) ||
        hasCode(err, ErrorCode.NotFound)
      ) {
        this.metrics.claimConflicts.inc();
        return false;
      }
      throw err;
    }
  }

  /**
   * Writes the subnet's status with CAS, re-reading on conflict; never touches another
   * incarnation and never clears `validated`. Returns whether this call wrote it.
   */
  private async writeStatus(
    key: string,
    uid: string,
    status: { validated: boolean; errors: string[] },
  ): Promise<boolean> {
    // The first attempt is a CAS on the cached object (one round trip when the cache is
    // current); only a conflict costs a fresh read.
    const outcome = await updateWithRetry(
      this.deps.subnets,
      key,
      (cur): Subnet | undefined => {
        const old = cur.value.status ?? {};
        if (old.validated) return undefined;
        if (!status.validated && sameStrings(old.errors, status.errors)) return undefined;
        return { ...cur.value, meta: stampSection(cur.value.meta, Section.Status), status };
      },
      {
        from: this.deps.subnetCache.get(key),
        matches: (s) => s.meta?.uid === uid,
        what: `the status of subnet ${key}`,
      },
    );
    return outcome === "written";
  }
}
