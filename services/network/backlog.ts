import { Gauge, type Registry } from "prom-client";
import { attachmentCodec } from "../../lib/codec.js";
import { ErrorCode, JetnetError } from "../../lib/errors.js";
import type { InformerHandlers } from "../../lib/informer/types.js";
import type { Versioned } from "../../lib/store/types.js";

/**
 * Back-pressure on attachment creates. The backlog is the attachments that ipam has not looked
 * at yet: no address, no ipam error and no contention mark. An attachment ipam has examined and
 * parked (its subnet missing or full, its static address taken) is not backlog: it waits for
 * the tenant, not for the plane, and counting it would let one tenant's mistakes stop everyone.
 *
 * While the backlog is at or over the bound, a create is refused with UNAVAILABLE and a retry
 * hint before anything is written, rather than accepted into a queue the plane cannot drain in
 * time. Updates and deletes are never refused: they do not grow the backlog, and a delete
 * shrinks it. Every replica sees every write (the list cache's watch), so each counts the same
 * backlog; the bound is approximate across replicas by the writes in flight, no more.
 */
export class CreateBacklog {
  private readonly pending = new Set<string>();
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
      help: "Attachments ipam has not examined yet (the backlog creates are refused over).",
      registers: [registry],
      collect() {
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
    const s = attachmentCodec.decode(o.value).status;
    if (!s?.ip && !s?.ipamErrors?.length && !s?.addressContention) this.pending.add(o.key);
    else this.leave(o.key);
  }

  private leave(key: string): void {
    if (this.pending.delete(key)) this.drained++;
  }
}

const minHintMs = 50;
const maxHintMs = 2_000;
