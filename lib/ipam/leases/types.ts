import type { AddressRange } from "../range.js";

/** One lease, as read back from Redis. */
export interface Lease {
  vni: number;
  ip: number;
  /** The holder's uid (an attachment uid). */
  owner: string;
  /** The holder's `namespace/name`, for messages and humans. */
  ref: string;
  /** Fencing token: unique per VNI, rises with every lease taken; `release` must present it. */
  seq: number;
  /**
   * When the lease was taken (on the allocating replica's clock) or re-asserted (on the Redis
   * server's clock), ms since the epoch. For people and logs: no decision depends on it.
   */
  since: number;
  /** Subnet id `a.b.c.d/p` the address came from; it decides the queue a release joins. */
  subnet: string;
}

/** A subnet as IPAM sees it: its CIDR and its exclusions (inclusive ranges). */
export interface SubnetRange {
  base: number;
  prefix: number;
  excludes: readonly AddressRange[];
}

export interface AllocateRequest {
  vni: number;
  subnet: SubnetRange;
  /** Attachment uid. */
  owner: string;
  /** Attachment `namespace/name`. */
  ref: string;
  /** A static address; otherwise IPAM picks one. */
  requestedIp?: number;
}

export type AllocateResult =
  | { ok: true; ip: number; seq: number; reused: boolean }
  /** The VNI's leases are not known to be complete (data loss): recover it first. */
  | { ok: false; reason: "recovering" }
  | { ok: false; reason: "exhausted" }
  | { ok: false; reason: "taken"; holder: string }
  | { ok: false; reason: "out_of_range" };

export interface AssertRequest {
  vni: number;
  ip: number;
  owner: string;
  ref: string;
  /** The fencing token the owner recorded; without it a fresh one is drawn. */
  seq?: number;
  /** The subnet the address belongs to (its exclusions do not matter here). */
  subnet: { base: number; prefix: number };
}

export type AssertResult =
  | { ok: true; lease: Lease; created: boolean }
  | { ok: false; reason: "taken"; holder: string }
  | { ok: false; reason: "owner_holds"; ip: number };

export interface LeaseStoreOptions {
  /**
   * Replicas that must have a new lease before `allocate` returns it (Redis WAIT), so a failover
   * to a replica cannot forget a lease whose address is already recorded. 0: do not wait.
   */
  readonly waitReplicas?: number;
  /** How long WAIT may take before the allocation fails (and is retried). */
  readonly waitTimeoutMs?: number;
}
