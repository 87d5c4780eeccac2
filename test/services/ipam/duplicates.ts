import type { NatsConnection } from "@nats-io/nats-core";
import { Bucket } from "../../../lib/api/subjects.js";
import { attachmentCodec, type NetworkAttachment } from "../../../lib/codec.js";
import { BucketHistory, type BucketRecord } from "../../harness/history.js";

/**
 * Invariant 2 (docs/design.md) at every instant: after each write of the attachments bucket, no
 * (VNI, IP) is named by the statuses of two live attachments. A duplicate that lasted one
 * revision fails the test as surely as one that never went away.
 */
export class DuplicateAddresses {
  /** Each violation, with the revision it appeared at; empty while the invariant holds. */
  readonly violations: string[] = [];
  /** `vni/ip` → keys of the live attachments whose status names it. */
  private readonly holders = new Map<string, Set<string>>();
  /** Key → the `vni/ip` its status names. */
  private readonly named = new Map<string, string>();

  apply(r: BucketRecord<NetworkAttachment>): void {
    const before = this.named.get(r.key);
    if (before !== undefined) {
      this.named.delete(r.key);
      this.holders.get(before)?.delete(r.key);
    }
    const s = r.value?.status;
    if (!s?.ip) return;
    const address = `${s.vni}/${s.ip}`;
    const keys = this.holders.get(address) ?? new Set<string>();
    this.holders.set(address, keys);
    if (keys.size > 0 && this.violations.length < 20)
      this.violations.push(
        `revision ${r.seq}: ${address} named by ${r.key} (uid ${r.value?.meta?.uid}) while ${[...keys].join(", ")} still names it`,
      );
    keys.add(r.key);
    this.named.set(r.key, address);
  }
}

/**
 * Follows the attachments bucket from its start and checks every state it passes through;
 * `pollMs` between reads to the tail (each read places a consumer: a cluster pays for it).
 */
export function watchDuplicates(
  nc: NatsConnection,
  pollMs?: number,
): {
  readonly check: DuplicateAddresses;
  readonly history: BucketHistory<NetworkAttachment>;
} {
  const check = new DuplicateAddresses();
  const history = BucketHistory.follow(
    nc,
    Bucket.Attachments,
    attachmentCodec,
    (r) => check.apply(r),
    pollMs,
  );
  return { check, history };
}
