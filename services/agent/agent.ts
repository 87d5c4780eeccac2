import type { NatsConnection } from "@nats-io/nats-core";
import type { Registry } from "prom-client";
import { type AttachmentReport, announceStatus, reportStatus } from "../../lib/api/status.js";
import { Projection } from "../../lib/api/subjects.js";
import {
  digestSubject,
  mapKey,
  mapView,
  nodeToken,
  nodeView,
  reportAgainToken,
  resyncSubject,
} from "../../lib/api/views.js";
import { type Mapping, mappingCodec, type NodeWork, nodeWorkCodec, protoCodec } from "../../lib/codec.js";
import { Controller } from "../../lib/controller/controller.js";
import type { ControllerLogger } from "../../lib/controller/types.js";
import type { Lane } from "../../lib/lane.js";
import { requesterFor } from "../../lib/nats/requester.js";
import { nowUs, sleep } from "../../lib/time.js";
import { jetnet } from "../../proto/gen/jetnet.js";
import type { AllowList } from "./allowlist.js";
import type { Fabric } from "./fabric/types.js";
import type { AgentMetrics } from "./metrics.js";
import { FabricReconciler } from "./reconcile.js";
import { decodeSlimMapping, slimMapping } from "./slim.js";
import { FollowedView } from "./view.js";

const pb = jetnet.v1;
/** Every view is compared at least once in this many digest intervals (a lost lone message). */
const backstopIntervals = 15;
const digestReply = protoCodec(pb.DigestReply);
/** After a reconnect, reports sent without a reply this recently are sent again (any may be lost). */
const reportsResentOnReconnectMs = 30_000;

export interface AgentOptions {
  readonly nc: NatsConnection;
  readonly node: string;
  readonly hostIp: string;
  readonly fabric: Fabric;
  /** What exec hooks may run (--allowed-programs). */
  readonly allowedPrograms: AllowList;
  readonly execTimeoutMs: number;
  /** Guest namespaces of hooks are `<prefix><attachment uid>`. */
  readonly guestNetnsPrefix?: string;
  /** The namespace the fabric programs (agent --netns), handed to hooks; default: the agent's own. */
  readonly hostNetns?: string;
  readonly metrics: AgentMetrics;
  readonly registry: Registry;
  readonly logger: ControllerLogger;
  /** How often views are compared with the mapping service's digests. */
  readonly digestIntervalMs?: number;
  readonly workers?: number;
  /**
   * Where the VNI views apply what they receive (shared by the agents of a process); absent: at
   * once. The node view never waits there: the node's own interfaces come first.
   */
  readonly remoteLane?: Lane;
  /** Test hook: drop live view messages on purpose. */
  readonly dropLive?: () => boolean;
  /** Test hook: drop reports sent without a reply on purpose. */
  readonly dropReports?: (r: AttachmentReport) => boolean;
}

/**
 * NodeAgent: one node's agent. Follows its node view (local work) and, for every VNI with at
 * least one local attachment, that VNI's mappings; drives the fabric to exactly what those say
 * (FabricReconciler) and reports each local attachment's state to the network service.
 *
 * Loss repair: after a reconnect or a slow-consumer event every view re-snapshots. Digests are
 * compared with the mapping service's (one request for all views) only when there is reason to:
 * some view has one (its DigestPolicy: a gap in its feed, quiet after changes, a difference at
 * the last comparison; or no snapshot yet), or `digestIntervalMs × backstopIntervals` passed
 * without any comparison. A quiet agent sends nothing, and a busy one is checked by its feed.
 * Each view's policy then says whether its difference calls for a snapshot (a view behind a
 * burst catches up by itself; re-snapshotting it would only add load).
 */
export class NodeAgent {
  readonly nodeView: FollowedView<NodeWork>;
  /** VNI → followed mapping view. */
  readonly vniViews = new Map<number, FollowedView<Mapping>>();
  readonly reconciler: FabricReconciler;
  /**
   * VNI → how many of this node's works are in it: the VNIs with a local attachment, the only
   * ones whose mappings this node needs. Kept per change of a work (workVni), not recounted.
   */
  private readonly localsPerVni = new Map<number, number>();
  /** Node work key → the VNI of its attachment as last applied (absent: none). */
  private readonly workVni = new Map<string, number>();
  /** VNI → when (µs) this node came to need it (see ReconcilerDeps.relevantSinceUs). */
  private readonly relevantSince = new Map<number, number>();
  /** When (µs) this agent was made: nothing could have been programmed by it before. */
  private readonly startUs = nowUs();
  private readonly controller: Controller;
  /** The VNI mappings carried by the node work announcement being applied (see takePeers). */
  private announcedPeers: { vni: number; peers: Mapping[]; revision: number } | undefined;
  /** Snapshots started in the background (a newly followed VNI, a resync): run waits for them. */
  private readonly background = new Set<Promise<unknown>>();

  constructor(private readonly opts: AgentOptions) {
    this.nodeView = new FollowedView<NodeWork>({
      nc: opts.nc,
      view: nodeView(opts.node),
      bucket: Projection.Node,
      token: nodeToken(opts.node),
      codec: nodeWorkCodec,
      onChange: (key) => this.onNodeChange(key),
      slim: (w) => this.takePeers(w),
      onRequest: (name, data) => {
        // The mapping service never got these reports (sent without a reply): send them again.
        if (name !== reportAgainToken) return;
        const own = `${nodeToken(opts.node)}.`;
        for (const key of new TextDecoder().decode(data).split("\n"))
          if (key.startsWith(own)) this.reconciler.reportAgain(`L:${key}`);
      },
      dropLive: opts.dropLive,
    });
    this.reconciler = new FabricReconciler({
      node: opts.node,
      hostIp: opts.hostIp,
      fabric: opts.fabric,
      metrics: opts.metrics,
      logger: opts.logger,
      allowedPrograms: opts.allowedPrograms,
      execTimeoutMs: opts.execTimeoutMs,
      guestNetnsPrefix: opts.guestNetnsPrefix,
      hostNetns: opts.hostNetns,
      localWork: (key) => this.nodeView.entries.get(key),
      mapping: (vni, key) => this.vniViews.get(vni)?.entries.get(key),
      desiredAt: (id) => this.desiredAt(id),
      relevantSinceUs: (vni) => this.relevantSince.get(vni) ?? this.startUs,
      report: (r) => this.report(r),
      announceReport: (r) => {
        if (!opts.dropReports?.(r)) announceStatus(opts.nc, opts.node, opts.hostIp, r);
      },
      enqueue: (key) => this.controller.enqueue(key),
    });
    this.controller = new Controller({
      name: "agent",
      reconciler: { reconcile: (key) => this.reconciler.reconcile(key) },
      workers: opts.workers ?? 2,
      registry: opts.registry,
      logger: opts.logger,
      // The node's own attachments first: a pod waits for its interface, and in a burst the
      // remote entries of the VNIs it joins would otherwise queue ahead of it.
      queue: { maxDelayMs: 10_000, urgent: (key) => key.startsWith("L:") },
    });
  }

  get node(): string {
    return this.opts.node;
  }

  /** Runs until the signal aborts; the fabric is left as it is (a restart adopts it). */
  async run(outer: AbortSignal): Promise<void> {
    // A hollow process runs many agents on one signal; every listener added to a signal makes the
    // next add and remove cost more (the list is searched), so the sleeps below listen to a
    // signal of this agent's own.
    const own = new AbortController();
    const forward = () => own.abort();
    outer.addEventListener("abort", forward, { once: true });
    try {
      await this.runUntil(own.signal);
    } finally {
      outer.removeEventListener("abort", forward);
    }
  }

  private async runUntil(signal: AbortSignal): Promise<void> {
    await this.reconciler.loadFabric();
    const running = this.controller.run(signal);
    this.opts.metrics.resyncs.labels("start").inc();
    // The first snapshot can fail (no mapping service and the buckets not created yet, or
    // JetStream unavailable): retry it rather than leave this node without an agent.
    for (let delay = 250; !signal.aborted; delay = Math.min(delay * 2, 5_000)) {
      try {
        await this.nodeView.start();
        break;
      } catch (err) {
        this.opts.logger.warn({ err, retryInMs: delay }, "first snapshot of the node view failed");
        await sleep(delay, signal);
      }
    }
    // Stopped before the first snapshot: every fabric entry would look like an orphan.
    if (!this.nodeView.synced) return void (await Promise.all([running, this.settled()]));
    // A failure here is retried by the digest check (unsynced views re-snapshot).
    await Promise.all([...this.vniViews.values()].map((v) => v.resync().catch(() => undefined)));
    // Everything is known now: entries nobody wants are orphans.
    this.reconciler.enqueueOrphanChecks();
    // A mapping replica that started or took over views asks for a digest check of everything.
    const resyncAsked = this.opts.nc.subscribe(resyncSubject, {
      callback: (err) => {
        if (err) return;
        for (const v of [this.nodeView, ...this.vniViews.values()]) v.markGap();
      },
    });
    const status = this.opts.nc.status();
    const watchStatus = (async () => {
      for await (const s of status) {
        if (s.type === "reconnect") {
          this.resyncAll("reconnect");
          this.reconciler.reportRecentAgain(reportsResentOnReconnectMs);
        }
        if (s.type === "slowConsumer") this.resyncAll("slow_consumer");
      }
    })();
    const interval = this.opts.digestIntervalMs ?? 2000;
    let lastCheckMs = Date.now();
    while (!signal.aborted) {
      await sleep(interval / 2 + Math.random() * interval, signal);
      if (signal.aborted) break;
      const now = Date.now();
      if (!this.digestsWanted(now, interval) && now - lastCheckMs < interval * backstopIntervals) continue;
      lastCheckMs = now;
      await this.checkDigests(interval).catch(() => undefined);
    }
    resyncAsked.unsubscribe();
    (status as { stop?: () => void }).stop?.();
    await watchStatus.catch(() => undefined);
    await Promise.all([running, this.settled()]);
  }

  /** Runs `p` in the background, failures handled by `onError`; run() waits for it before returning. */
  private inBackground(p: Promise<unknown>, onError: (err: unknown) => void): void {
    const tracked = p.catch(onError).finally(() => this.background.delete(tracked));
    this.background.add(tracked);
  }

  private async settled(): Promise<void> {
    await Promise.allSettled([...this.background]);
  }

  /** Stops following everything (the caller closes the connection). */
  stopViews(): void {
    this.nodeView.stop();
    for (const v of this.vniViews.values()) v.stop();
  }

  /**
   * Keeps the VNI mappings a node work announcement carries (the node's first work in that VNI)
   * for followVnis, which runs right after the entry is applied, and drops them from the entry.
   */
  private takePeers(w: NodeWork): NodeWork {
    this.announcedPeers = undefined;
    if (!w.peersComplete) return w;
    const vni = w.attachment?.status?.vni;
    if (vni) this.announcedPeers = { vni, peers: w.peers ?? [], revision: Number(w.peersRevision ?? 0) };
    return { ...w, peers: [], peersRevision: 0, peersComplete: false };
  }

  private onNodeChange(key: string): void {
    this.controller.enqueue(`L:${key}`);
    this.followVnis(key);
    this.announcedPeers = undefined;
  }

  /**
   * After a change of node work `key`: starts following the VNI it brought the node's first work
   * in, stops following the one it took the last away from. O(1) per change, however many
   * attachments the node has.
   */
  private followVnis(key: string): void {
    const w = this.nodeView.entries.get(key);
    const vni = w?.attachment?.status?.vni || undefined;
    const before = this.workVni.get(key);
    if (vni === before) return;
    if (vni === undefined) this.workVni.delete(key);
    else this.workVni.set(key, vni);
    if (before !== undefined) {
      const left = (this.localsPerVni.get(before) ?? 1) - 1;
      if (left > 0) this.localsPerVni.set(before, left);
      else {
        this.localsPerVni.delete(before);
        this.unfollow(before);
      }
    }
    if (vni === undefined || w === undefined) return;
    const works = (this.localsPerVni.get(vni) ?? 0) + 1;
    this.localsPerVni.set(vni, works);
    // The VNI's first work here: its client write is the earliest, and it says whether the
    // VNI's feed carries batches only.
    if (works === 1)
      this.follow(vni, Number(w.attachment?.meta?.writeTimesUs?.spec ?? 0), w.mapFeedBatched === true);
  }

  /** Starts following a VNI that gained the node's first local attachment. */
  private follow(vni: number, firstWriteUs: number, batched: boolean): void {
    if (this.vniViews.has(vni)) return;
    const view = new FollowedView<Mapping>({
      nc: this.opts.nc,
      view: mapView(vni),
      bucket: Projection.Map,
      token: String(vni),
      codec: mappingCodec,
      onChange: (key) => {
        if (!this.localsPerVni.has(vni)) this.opts.metrics.irrelevant.inc();
        this.reconciler.remoteChanged(vni, key);
      },
      slim: slimMapping,
      decodeSlim: decodeSlimMapping,
      isOwn: (m) => m.node === this.opts.node,
      onSeedGap: (since, until) => {
        this.inBackground(
          view.catchUp(since, until).then((how) => {
            this.opts.metrics.resyncs.labels(how === "partial" ? "gap_partial" : "gap").inc();
          }),
          () => undefined,
        );
      },
      onDeletesWork: (key, uid) => {
        // Only this node's work (a node view holds keys under its own token), and only the
        // deleted attachment's: one created since under the same name stays.
        if (!key.startsWith(`${nodeToken(this.opts.node)}.`)) return;
        this.nodeView.removeEntry(key, uid ? (w) => w.attachment?.meta?.uid === uid : undefined);
      },
      batchesOnly: batched,
      dropLive: this.opts.dropLive,
      lane: this.opts.remoteLane,
    });
    this.relevantSince.set(vni, Math.max(firstWriteUs, this.startUs));
    this.vniViews.set(vni, view);
    this.opts.metrics.followedVnis.inc();
    const announced = this.announcedPeers;
    if (announced?.vni === vni) {
      view.startFrom(
        announced.peers,
        (m) => mapKey(vni, m.namespace ?? "", m.name ?? ""),
        announced.revision,
      );
      return;
    }
    this.inBackground(view.start(), (err) =>
      this.opts.logger.warn({ err, vni }, "following VNI failed; digest check retries"),
    );
  }

  /** Stops following a VNI that lost the node's last local attachment. */
  private unfollow(vni: number): void {
    const view = this.vniViews.get(vni);
    if (view === undefined) return;
    this.relevantSince.delete(vni);
    this.vniViews.delete(vni);
    this.opts.metrics.followedVnis.dec();
    view.stop(); // removes its entries: their remote entries are deleted
  }

  private desiredAt(id: string): boolean {
    const [vniText, ip] = id.split("/");
    const vni = Number(vniText);
    for (const w of this.nodeView.entries.values()) {
      if (w.attachment?.status?.vni === vni && w.attachment.status.ip === ip) return true;
    }
    const view = this.vniViews.get(vni);
    // Not known yet whether a peer needs it: the orphan check is retried (with back-off).
    if (view && !view.complete) throw new Error(`view ${view.view} has no snapshot yet`);
    for (const m of view?.entries.values() ?? []) {
      if (m.ip === ip && m.node !== this.opts.node) return true;
    }
    return false;
  }

  private resyncAll(reason: string): void {
    this.opts.metrics.resyncs.labels(reason).inc();
    // A failed resync is retried by the digest check.
    for (const v of [this.nodeView, ...this.vniViews.values()])
      this.inBackground(v.resync(), () => undefined);
  }

  /** Whether some view has a reason to be compared with the mapping service now. */
  private digestsWanted(now: number, interval: number): boolean {
    for (const v of [this.nodeView, ...this.vniViews.values()])
      if (v.digestWanted(now, interval)) return true;
    return false;
  }

  private async checkDigests(interval: number): Promise<void> {
    // Compare what has arrived, applied: a backlog in the lane is no difference.
    await this.opts.remoteLane?.reached();
    const all = [this.nodeView, ...this.vniViews.values()];
    // A view whose first snapshot failed has no digest worth comparing: retry its snapshot.
    await Promise.all(all.filter((v) => !v.synced).map((v) => v.resync().catch(() => undefined)));
    const views = all.filter((v) => v.synced);
    if (views.length === 0) return;
    this.opts.metrics.digestChecks.inc();
    const m = await requesterFor(this.opts.nc).request(
      digestSubject(this.opts.node),
      pb.DigestRequest.encode({ views: views.map((v) => v.view), withoutOwn: true }).finish(),
      { timeoutMs: 5000 },
    );
    const r = digestReply.decode(m.data);
    if (r.error?.code) return;
    const theirs = new Map((r.digests ?? []).map((d) => [d.view ?? "", d]));
    const now = Date.now();
    for (const v of views) {
      if (v.compareDigest(theirs.get(v.view), now, interval, r.withoutOwn === true)) {
        this.opts.metrics.resyncs.labels("digest").inc();
        await v.resync();
      }
    }
  }

  private async report(r: AttachmentReport): Promise<void> {
    // A refusal throws, and every refusal is retried with back-off, NOT_FOUND and CONFLICT
    // included: they may come from a replica that has not caught up yet (after a failover, reads
    // can be served by a lagging follower). If the attachment really is gone or re-created, the
    // node view says so soon and the retry finds nothing left to report.
    await reportStatus(this.opts.nc, this.opts.node, this.opts.hostIp, r);
  }
}
