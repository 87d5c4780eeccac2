import { Gauge, type Registry } from "prom-client";
import { attachmentCodec } from "../../lib/codec.js";
import { ErrorCode, JetnetError } from "../../lib/errors.js";
import type { InformerHandlers } from "../../lib/informer/types.js";
import type { Versioned } from "../../lib/store/types.js";

/**
 * Back-pressure on attachment creates. The backlog is the attachments created in the last
 * `stuckAfterMs` that are not ready yet (no host address reported by their node) and that
 * nothing has parked: no ipam error, no contention mark, no host error. A parked attachment
 * waits for its tenant (a missing or full subnet, a taken static address), and one older than
 * the horizon waits for its node (down, or never there), not for the plane: counting either
 * would let one tenant's mistakes or one dead node stop every create for good.
 *
 * While the backlog is at or over the bound, a create is refused with UNAVAILABLE and a retry
 * hint before anything is read or written, rather than accepted into a queue the plane cannot
 * drain in time. Updates and deletes are never refused: they do not grow the backlog, and a
 * delete shrinks it. Every replica sees every write (the list cache's watch), so each counts the
 * same backlog; across replicas the bound is exceeded by at most the creates in flight.
 */
export class CreateBacklog {
  /** Pending attachments and their create times (ms since the epoch). */
  private readonly pending = new Map<string, number>();
  private prunedAt = 0;
  /** Attachments that left the backlog (addressed, examined or deleted) since `sampledAt`. */
  private drained = 0;
  private sampledAt = performance.now();
  /** Drained per ms, smoothed; 0 until something drains. */
  private rate = 0;
  private refused = 0;

  constructor(
    /** Creates are refused while this many attachments are pending; 0: never. */
    readonly maxPending: number,
    registry?: Registry,
  ) {
    if (!registry) return;
    const self = this;
    new Gauge({
      name: "jetnet_network_attachments_pending",
      help: "Attachments created in the last 30 s and not ready yet (the backlog creates are refused over).",
      registers: [registry],
      collect() {
        self.prune();
        this.set(self.pending.size);
      },
    });
    new Gauge({
      name: "jetnet_network_creates_refused",
      help: "Attachment creates refused with UNAVAILABLE because the backlog was over --max-pending.",
      registers: [registry],
      collect() {
        this.set(self.refused);
      },
    });
  }

  get size(): number {
    return this.pending.size;
  }

  /** Handlers for the attachments' list informer (values as stored). */
  handlers(): InformerHandlers<Uint8Array> {
    return {
      onAdd: (o) => this.observe(o),
      onUpdate: (_old, o) => this.observe(o),
      onDelete: (o) => this.leave(o.key),
    };
  }

  /** Throws UNAVAILABLE with a retry hint while the backlog is at or over the bound. */
  admit(): void {
    if (this.maxPending <= 0 || this.pending.size < this.maxPending) return;
    this.prune();
    if (this.pending.size < this.maxPending) return;
    this.refused++;
    const retryAfterMs = this.hintMs();
    throw new JetnetError(
      ErrorCode.Unavailable,
      `${this.pending.size} attachments wait for an address (bound ${this.maxPending}): ` +
        `create refused, retry in ${retryAfterMs} ms`,
      undefined,
      { retryAfterMs },
    );
  }

  /** How long the part of the backlog over the bound takes to drain at the recent rate. */
  private hintMs(): number {
    const now = performance.now();
    const elapsed = now - this.sampledAt;
    if (elapsed >= 250) {
      const sample = this.drained / elapsed;
      this.rate = this.rate === 0 ? sample : 0.5 * this.rate + 0.5 * sample;
      this.drained = 0;
      this.sampledAt = now;
    }
    if (this.rate <= 0) return maxHintMs;
    const excess = this.pending.size - this.maxPending + 1;
    return Math.round(Math.min(maxHintMs, Math.max(minHintMs, excess / this.rate)));
  }

  private observe(o: Versioned<Uint8Array>): void {
    if (this.maxPending <= 0) return;
    const a = attachmentCodec.decode(o.value);
    const s = a.status;
    const parked = s?.ipamErrors?.length || s?.addressContention || s?.hostErrors?.length;
    if (s?.hostIp || parked) {
      this.leave(o.key);
      return;
    }
    const createdMs = Number(a.meta?.createTimeUs ?? 0) / 1000;
    if (createdMs > Date.now() - stuckAfterMs) this.pending.set(o.key, createdMs);
  }

  /** Drops what has waited past the horizon (it waits for its node): at most every 100 ms. */
  private prune(): void {
    const now = Date.now();
    if (now - this.prunedAt < 100) return;
    this.prunedAt = now;
    for (const [key, createdMs] of this.pending)
      if (createdMs <= now - stuckAfterMs) this.pending.delete(key);
  }

  private leave(key: string): void {
    if (this.pending.delete(key)) this.drained++;
  }
}

/** Past this an unready attachment waits for its node, not for the plane: it is not backlog. */
export const stuckAfterMs = 30_000;
const minHintMs = 50;
const maxHintMs = 2_000;
