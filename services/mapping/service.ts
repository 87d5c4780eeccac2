import type { NatsConnection } from "@nats-io/nats-core";
import type { Registry } from "prom-client";
import { openNetworkStores, openProjectionStores } from "../../lib/api/buckets.js";
import { Bucket } from "../../lib/api/subjects.js";
import { viewOfKey } from "../../lib/api/views.js";
import {
  type Mapping,
  mappingCodec,
  type NetworkAttachment,
  type NodeWork,
  nodeWorkCodec,
} from "../../lib/codec.js";
import { Controller } from "../../lib/controller/controller.js";
import type { ControllerLogger } from "../../lib/controller/types.js";
import { Informer } from "../../lib/informer/informer.js";
import { runLifecycle } from "../../lib/service/lifecycle.js";
import { type RetentionOptions, runRetention } from "../../lib/service/retention.js";
import { enqueueProjectionSources, Projector } from "./controller.js";
import { sourceOf } from "./project.js";
import { ViewServer } from "./snapshots.js";

export interface MappingOptions {
  readonly nc: NatsConnection;
  readonly registry: Registry;
  readonly logger: ControllerLogger;
  readonly signal: AbortSignal;
  readonly replicas?: number;
  readonly workers?: number;
  /** Retention of projection tombstones (deleted retention does not apply: no history). */
  readonly retention?: RetentionOptions;
  readonly onReady?: () => void;
}

/**
 * The mapping service: projects attachments into the per-node and per-VNI buckets agents follow,
 * and serves snapshots and digests of them from memory. Stateless: a restart re-derives
 * everything and removes stale projections; replicas are safe (see Projector).
 */
export async function runMapping(opts: MappingOptions): Promise<void> {
  const { nc, registry, logger, signal } = opts;
  const { attachments } = await openNetworkStores(nc, opts.replicas ?? 1);
  const out = await openProjectionStores(nc, opts.replicas ?? 1);
  const attachmentCache = new Informer<NetworkAttachment>({ store: attachments });
  const bySource = { source: (o: { key: string }) => [sourceOf(o.key)] };
  const nodeCache = new Informer<NodeWork>({
    store: out.node,
    indexes: { ...bySource, view: (o) => [viewOfKey("jetnet-node", o.key)] },
  });
  const mapCache = new Informer<Mapping>({
    store: out.map,
    indexes: { ...bySource, view: (o) => [viewOfKey("jetnet-map", o.key)] },
  });
  const caches = [attachmentCache, nodeCache, mapCache];
  const synced = async (s: AbortSignal) => {
    await Promise.all(caches.map((c) => c.waitForSync(s)));
  };
  const projector = new Projector({
    attachmentCache,
    nodeStore: out.node,
    mapStore: out.map,
    nodeCache,
    mapCache,
  });
  const controller = new Controller({
    name: "mapping",
    reconciler: { reconcile: (key) => projector.reconcile(key) },
    workers: opts.workers ?? 8,
    registry,
    logger,
    waitForSync: synced,
  });
  enqueueProjectionSources({ attachmentCache, nodeCache, mapCache }, (key) => controller.enqueue(key));

  const views = new ViewServer({
    nc,
    nodeCache,
    mapCache,
    nodeCodec: nodeWorkCodec,
    mapCodec: mappingCodec,
    queue: "jetnet-mapping",
    ready: () => caches.every((c) => c.hasSynced()),
  });

  views.track(nodeCache, "jetnet-node");
  views.track(mapCache, "jetnet-map");
  await runLifecycle({
    signal,
    logger,
    informers: caches,
    controllers: [controller],
    start: async () => {
      // Re-derive everything: every attachment, and every source a projection still names.
      for (const a of attachmentCache.list()) controller.enqueue(a.key);
      for (const c of [nodeCache, mapCache]) for (const p of c.list()) controller.enqueue(sourceOf(p.key));
      views.start();
      const retentionRun = runRetention({
        nc,
        targets: [
          { bucket: Bucket.Node, history: false },
          { bucket: Bucket.Map, history: false },
        ],
        retention: opts.retention,
        registry,
        logger,
        signal,
      });
      return async () => {
        await Promise.all([views.stop(), retentionRun]);
      };
    },
    onReady: opts.onReady,
  });
}
