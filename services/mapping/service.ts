import type { NatsConnection } from "@nats-io/nats-core";
import { Counter, type Registry } from "prom-client";
import { openNetworkStores } from "../../lib/api/buckets.js";
import { nodeToken, viewSource } from "../../lib/api/views.js";
import {
  type Mapping,
  mappingCodec,
  memoCodec,
  type NetworkAttachment,
  type NodeWork,
  nodeWorkCodec,
} from "../../lib/codec.js";
import type { ControllerLogger } from "../../lib/controller/types.js";
import { fnv1a } from "../../lib/hash.js";
import { Informer } from "../../lib/informer/informer.js";
import type { NetworkCaches } from "../../lib/service/companion.js";
import { runLifecycle, sharedOrOwn } from "../../lib/service/lifecycle.js";
import { Membership } from "../../lib/service/membership.js";
import {
  batchedMapFeedCodec,
  FeedAnnouncer,
  MemoryProjector,
  ProjectionTable,
  tailQuietMs,
} from "./projections.js";
import { ViewServer } from "./snapshots.js";

export interface MappingOptions {
  readonly nc: NatsConnection;
  readonly registry: Registry;
  readonly logger: ControllerLogger;
  readonly signal: AbortSignal;
  /** JetStream replicas of the network buckets, if this service is the first to create them. */
  readonly replicas?: number;
  /**
   * Replicas divide the views whose changes they announce (each view to one live replica, see
   * lib/service/membership.ts); every replica still holds and serves all of them. Default on.
   */
  readonly divideWork?: boolean;
  /** Membership announcement period (default 1 s; tests shorten it). */
  readonly memberIntervalMs?: number;
  /**
   * The attachments cache of the process this runs in (mapping inside the network service, on
   * that service's watch): mapping then follows no bucket itself. Absent: it runs its own.
   */
  readonly caches?: Pick<NetworkCaches, "attachments">;
  readonly onReady?: () => void;
  /**
   * Announcements a view makes within one event-loop turn leave as one message (default on; see
   * FeedAnnouncer). Off while agents older than batches still run.
   */
  readonly feedBatches?: boolean;
  /** How often overdue agent reports are asked for again (default 1 s; tests shorten it). */
  readonly reportCheckMs?: number;
}

/**
 * The mapping service: projects attachments into per-node work and per-VNI mappings, held in
 * memory, announces every change on the jetnet-node and jetnet-map feeds, and serves snapshots
 * and digests of them. Nothing is stored: the projections are a pure function of the
 * attachments, so a restart derives them again (and asks agents to compare digests, which
 * repairs what changed while no replica announced).
 *
 * Why not keep them in KV buckets, as before? Each lifecycle wrote four projection records (put
 * and delete of each) and announced them, and this service read its own writes back through two
 * more watches: eight messages into nats-server of the twenty a lifecycle cost, and the costliest
 * kind (a KV put costs nats-server about twice a core publish). Agents never read the buckets
 * (they have no JetStream permissions); only the announcements and this service's memory.
 */
export async function runMapping(opts: MappingOptions): Promise<void> {
  const { nc, registry, logger, signal } = opts;
  const { attachments } = await openNetworkStores(nc, opts.replicas ?? 1);
  const { cache: attachmentCache, informer } = sharedOrOwn(
    opts.caches?.attachments,
    () => new Informer<NetworkAttachment>({ store: attachments }),
  );
  const synced = () => attachmentCache.hasSynced();
  const node = new ProjectionTable<NodeWork>("jetnet-node", synced);
  const map = new ProjectionTable<Mapping>("jetnet-map", synced);

  const members =
    opts.divideWork !== false
      ? new Membership({ nc, service: "mapping", logger, registry, intervalMs: opts.memberIntervalMs })
      : undefined;
  const feedMessages = new Counter({
    name: "jetnet_mapping_feed_messages_total",
    help: "Messages announcing projection changes on the jetnet-node and jetnet-map feeds",
    registers: [registry],
  });
  const feedAnnouncements = new Counter({
    name: "jetnet_mapping_feed_announcements_total",
    help: "Projection changes announced (a message carries one, or a batch of those of one view and event-loop turn)",
    registers: [registry],
  });
  const announcer = new FeedAnnouncer(nc, (view) => !members || members.owns(ownershipToken(view)), {
    batches: opts.feedBatches,
    sent: (n) => {
      feedMessages.inc();
      feedAnnouncements.inc(n);
    },
  });
  // The projections' mappings are made once and never changed: each is encoded once, however
  // often it is announced, sent with a joining node's work or in a snapshot.
  const mapCodec = memoCodec(mappingCodec);
  // With batches, VNI feeds carry nothing else, and node work tells agents so.
  const nodeCodec = opts.feedBatches === false ? nodeWorkCodec : batchedMapFeedCodec(nodeWorkCodec);
  const projector = new MemoryProjector({
    node,
    map,
    nodeCodec,
    mapCodec,
    announcer,
  });
  attachmentCache.addHandlers({
    onAdd: (o) => projector.apply(o.key, o),
    onUpdate: (_old, o) => projector.apply(o.key, o),
    onDelete: (o) => projector.apply(o.key, undefined),
  });
  // Another replica left or died (its views come to this one), or this one joined: changes may
  // have gone unannounced meanwhile; agents compare digests and take snapshots where they differ.
  members?.onChange(() => {
    if (projector.announcing) announcer.askResync();
  });

  const reportsAsked = new Counter({
    name: "jetnet_mapping_reports_asked_total",
    help: "Agent reports asked for again: node work announced, its report not applied in time (lost, or the agent is down)",
    registers: [registry],
  });

  const tailsConfirmed = new Counter({
    name: "jetnet_mapping_tail_confirmations_total",
    help: "Views gone quiet whose last announcement was confirmed on their feed (each spares their agents a digest comparison)",
    registers: [registry],
  });

  const views = new ViewServer({
    nc,
    nodeCache: node,
    mapCache: map,
    nodeCodec,
    mapCodec,
    queue: "jetnet-mapping",
    ready: synced,
    changedSince: (view, since, until) =>
      announcer.announces(view) ? announcer.recent.since(view, since, until) : undefined,
  });
  views.track(node, "jetnet-node");
  views.track(map, "jetnet-map", (m) => nodeToken(m.node ?? ""));

  let cachesComplete!: () => void;
  const complete = new Promise<void>((resolve) => (cachesComplete = resolve));
  const membership = members?.run(signal, complete);
  await runLifecycle({
    signal,
    logger,
    informers: [informer],
    controllers: [],
    start: async () => {
      // The projections are complete: announce from now on, and have agents check what they
      // hold against them (they may hold entries of attachments deleted while none ran).
      projector.reproject(attachmentCache.list());
      projector.announcing = true;
      views.start();
      announcer.askResync();
      cachesComplete();
      logger.info({ nodeWork: node.size, mappings: map.size }, "projections derived");
      const asking = setInterval(() => {
        reportsAsked.inc(projector.askForReports());
        tailsConfirmed.inc(announcer.confirmTails(Date.now(), tailQuietMs));
      }, opts.reportCheckMs ?? 1_000);
      return async () => {
        clearInterval(asking);
        await views.stop();
      };
    },
    onReady: opts.onReady,
  });
  await membership;
}

/** The number a view is divided among replicas by: its VNI, or a hash of its node token. */
function ownershipToken(view: string): number {
  const src = viewSource(view);
  if (src?.bucket === "jetnet-map") return Number(src.token);
  return fnv1a(view);
}
