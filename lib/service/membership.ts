import { randomBytes } from "node:crypto";
import type { NatsConnection, Subscription } from "@nats-io/nats-core";
import { Counter, Gauge, type Registry } from "prom-client";
import { membersSubject } from "../api/subjects.js";
import type { ControllerLogger } from "../controller/types.js";
import { reuse } from "../metrics/reuse.js";
import { sleep } from "../time.js";
import { OwnershipView } from "./rendezvous.js";

/**
 * Membership: the live replicas of one service, so that they divide per-VNI work between them
 * (each VNI to one replica, by rendezvous hashing: rendezvous.ts) instead of all doing all of it.
 *
 * Dividing work is a throughput measure only. Every write jetnet makes is a compare-and-swap on
 * a revision or an atomic Redis script, so two replicas working one VNI (an overlap) are as safe
 * as one; what must not last is a VNI nobody works (a gap). So every choice here errs towards
 * overlap:
 *  1. Each replica announces `{id, state: "alive"}` on `jetnet.members.<service>` (core NATS; no
 *     JetStream, so nats-server 2.9 serves it) every `intervalMs`, with an id drawn at start.
 *  2. A member is live while heard within `livenessMs` (3 intervals). A replica that cannot hear
 *     the others (alone, or cut off) owns every VNI.
 *  3. A replica listens from the start but announces only once ready (its caches complete). For
 *     its first interval of listening it owns every VNI: it may not have heard the others yet,
 *     and owning too much is safe where owning too little is not.
 *  4. On abort a replica announces `{id, state: "leaving"}`, so the others take its VNIs at once;
 *     a replica that dies without it is dropped at the first tick after `livenessMs` unheard:
 *     a gap lasts at most `livenessMs` plus one interval.
 *  5. Whenever this replica's view changes it tells its listeners, with `gained(vni)`: the service
 *     re-drives (re-enqueues from its informer caches) every object of the VNIs it gained, which
 *     covers events that arrived while another replica was believed to own them.
 * A replica that stalls (its own event loop late by more than two intervals) expires nobody on
 * that tick: the announcements it has not yet read are likely waiting behind the stall.
 */

export interface MembershipOptions {
  readonly nc: NatsConnection;
  /** The service whose replicas share work (`ipam`, `network`): the subject's last token. */
  readonly service: string;
  /** Announcement period (default 1 s). */
  readonly intervalMs?: number;
  /** A member unheard for this long is dropped (default 3 intervals). */
  readonly livenessMs?: number;
  /** This replica's id (default: random; a restarted process is a new member). */
  readonly id?: string;
  readonly logger?: ControllerLogger;
  /** Where to register the membership gauges (`jetnet_replica_members`, …), if anywhere. */
  readonly registry?: Registry;
  /**
   * Whether this replica can do its work now (ipam: its Redis connection is ready). While it
   * cannot, it announces its departure and then stays silent, so the others take its share at
   * once instead of leaving that share to a replica that only fails; it announces again when it
   * can. Checked every interval; default: always.
   */
  readonly healthy?: () => boolean;
  /**
   * What this replica does, when its replicas differ (network: "full" or "writer"): sent with
   * every announcement, so each replica knows the roles of the live ones (liveRoles). Division
   * of the work does not look at it.
   */
  readonly role?: string;
}

/** What a listener learns when this replica's view of the members changes. */
export interface OwnershipChange {
  readonly previous: OwnershipView;
  readonly current: OwnershipView;
  /** This replica owns `vni` now and did not before: the VNI's objects need a re-drive. */
  gained(vni: number): boolean;
}

interface Announcement {
  readonly id: string;
  readonly state: "alive" | "leaving";
  /** Absent from replicas that have no role (or predate roles). */
  readonly role?: string;
}

export const defaultMemberIntervalMs = 1_000;

export class Membership {
  readonly id: string;
  readonly subject: string;
  private readonly intervalMs: number;
  private readonly livenessMs: number;
  /** The current view; before run() (and after it ends) this replica is alone and owns all. */
  private view: OwnershipView;
  /** Other members → when they were last heard (ms, this process's clock). */
  private readonly lastHeard = new Map<string, number>();
  /** Other members → the role they announced ("" for none). */
  private readonly roles = new Map<string, string>();
  /** Until when (ms) this replica owns every VNI because it may not have heard everyone yet. */
  private warmUntil = Number.POSITIVE_INFINITY;
  private readonly listeners: ((change: OwnershipChange) => void)[] = [];
  /** The members this replica sees (itself included), and how often that view changed. */
  private readonly metrics?: { members: Gauge; changes: Counter };

  constructor(private readonly opts: MembershipOptions) {
    this.id = opts.id ?? randomBytes(6).toString("hex");
    this.subject = membersSubject(opts.service);
    this.intervalMs = opts.intervalMs ?? defaultMemberIntervalMs;
    this.livenessMs = opts.livenessMs ?? 3 * this.intervalMs;
    this.view = new OwnershipView(this.id, [], true);
    if (opts.registry) {
      const labels = { service: opts.service };
      // Several replicas may share one registry (tests run them in one process): one metric each.
      const registry = opts.registry;
      const members = reuse(
        registry,
        "jetnet_replica_members",
        Gauge,
        (name) =>
          new Gauge({
            name,
            help: "Live replicas of this service as this replica sees them, itself included (they divide per-VNI work).",
            labelNames: ["service"],
            registers: [registry],
          }),
      );
      const changes = reuse(
        registry,
        "jetnet_replica_membership_changes_total",
        Counter,
        (name) =>
          new Counter({
            name,
            help: "Changes of this replica's view of the live replicas (each moves VNIs between them).",
            labelNames: ["service"],
            registers: [registry],
          }),
      );
      this.metrics = { members, changes };
      this.metrics.members.set(labels, 1);
      this.metrics.changes.inc(labels, 0);
    }
  }

  /** Whether this replica should work on `vni` now. */
  owns(vni: number): boolean {
    return this.view.owns(vni);
  }

  /** The live members as this replica sees them, itself included, sorted. */
  get members(): readonly string[] {
    return this.view.members;
  }

  /**
   * The roles of the live members as this replica hears them, itself included (while it runs),
   * one entry per member: "" for a member that announced none. Before run() only its own.
   */
  liveRoles(): string[] {
    const others = [...this.lastHeard.keys()].map((id) => this.roles.get(id) ?? "");
    return [this.opts.role ?? "", ...others];
  }

  /** Called (synchronously, in order) on every change of this replica's view. */
  onChange(listener: (change: OwnershipChange) => void): void {
    this.listeners.push(listener);
  }

  /**
   * Follows the others at once and announces this replica from when `ready` resolves (its caches
   * complete: until it is heard, the others keep its share), until `signal` aborts; then announces
   * its departure and resolves. Listening while the caches fill means a replica that took longer
   * than an interval to become ready has heard everyone by then and owns only its share from the
   * start. Publishing errors (a closed or reconnecting connection) are logged and the loop goes
   * on: the others then drop this replica, which only makes them own more.
   */
  async run(signal: AbortSignal, ready: Promise<void> = Promise.resolve()): Promise<void> {
    const sub: Subscription = this.opts.nc.subscribe(this.subject, {
      callback: (err, msg) => {
        if (err) return;
        try {
          this.heard(msg.json<Announcement>());
        } catch {
          // Not an announcement (nothing but the services may publish here): ignored.
        }
      },
    });
    let announcing = false;
    // Settles with `ready` (or never, if it never does: then nothing waits on it).
    const readyNow = ready.then(() => {
      announcing = true;
    });
    let wasHealthy = true;
    try {
      this.warmUntil = Date.now() + this.intervalMs;
      let lastTick = Date.now();
      while (!signal.aborted) {
        const wasAnnouncing = announcing;
        const healthy = this.opts.healthy?.() ?? true;
        if (announcing && healthy) this.announce("alive");
        else if (announcing && wasHealthy) {
          this.opts.logger?.warn(
            { service: this.opts.service, id: this.id },
            "replica cannot work; leaving its share to the others",
          );
          this.announce("leaving");
        }
        wasHealthy = healthy;
        await Promise.race([sleep(this.intervalMs, signal), ...(wasAnnouncing ? [] : [readyNow])]);
        if (signal.aborted) break;
        const now = Date.now();
        if (!wasAnnouncing && announcing && now - lastTick < this.intervalMs) continue;
        const stalled = now - lastTick > 2 * this.intervalMs;
        lastTick = now;
        if (!stalled)
          for (const [id, at] of this.lastHeard)
            if (now - at > this.livenessMs) {
              this.lastHeard.delete(id);
              this.roles.delete(id);
            }
        this.recompute();
      }
    } finally {
      if (announcing && wasHealthy) this.announce("leaving");
      await this.opts.nc.flush().catch(() => undefined);
      sub.unsubscribe();
      this.lastHeard.clear();
      this.roles.clear();
      this.warmUntil = Number.POSITIVE_INFINITY;
      this.recompute();
    }
  }

  private heard(a: Announcement): void {
    if (typeof a?.id !== "string" || a.id === this.id) return;
    if (a.state === "leaving") {
      this.roles.delete(a.id);
      if (this.lastHeard.delete(a.id)) this.recompute();
      return;
    }
    const known = this.lastHeard.has(a.id);
    this.lastHeard.set(a.id, Date.now());
    this.roles.set(a.id, typeof a.role === "string" ? a.role : "");
    if (!known) this.recompute();
  }

  private announce(state: Announcement["state"]): void {
    try {
      const a: Announcement = {
        id: this.id,
        state,
        ...(this.opts.role !== undefined && { role: this.opts.role }),
      };
      this.opts.nc.publish(this.subject, JSON.stringify(a));
    } catch (err) {
      this.opts.logger?.warn({ err, subject: this.subject }, "membership announcement not sent");
    }
  }

  private recompute(): void {
    const warming = Date.now() < this.warmUntil;
    const next = new OwnershipView(this.id, this.lastHeard.keys(), warming);
    const previous = this.view;
    if (next.sameAs(previous)) return;
    this.view = next;
    this.metrics?.members.set({ service: this.opts.service }, next.members.length);
    this.metrics?.changes.inc({ service: this.opts.service });
    this.opts.logger?.info(
      { service: this.opts.service, id: this.id, members: next.members, ownsAll: warming },
      "replica membership changed",
    );
    const change: OwnershipChange = {
      previous,
      current: next,
      gained: (vni) => next.owns(vni) && !previous.owns(vni),
    };
    for (const l of this.listeners) {
      try {
        l(change);
      } catch (err) {
        this.opts.logger?.warn({ err }, "membership listener failed");
      }
    }
  }
}
