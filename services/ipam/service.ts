import type { NatsConnection } from "@nats-io/nats-core";
import type { Registry } from "prom-client";
import { openNetworkStores } from "../../lib/api/buckets.js";
import { objectKey } from "../../lib/api/subjects.js";
import type { NetworkAttachment, Subnet } from "../../lib/codec.js";
import { Controller } from "../../lib/controller/controller.js";
import type { ControllerLogger } from "../../lib/controller/types.js";
import { fnv1a } from "../../lib/hash.js";
import { attachmentIndexes } from "../../lib/informer/indexes.js";
import { Informer } from "../../lib/informer/informer.js";
import { abandonMs } from "../../lib/ipam/abandon.js";
import { LeaseStore } from "../../lib/ipam/leases.js";
import { learnNodeHosts, NodeHosts } from "../../lib/ipam/node-hosts.js";
import { defaultIpamWorkers } from "../../lib/ipam/workers.js";
import type { NetworkCaches } from "../../lib/service/companion.js";
import type { RedisClient } from "../../lib/service/index.js";
import { runLifecycle, sharedOrOwn } from "../../lib/service/lifecycle.js";
import { Membership } from "../../lib/service/membership.js";
import { nextTurn } from "../../lib/time.js";
import { SubnetStateCollector } from "./cleanup.js";
import { AddressController, enqueueAddressWork } from "./controller.js";
import { LeaseCollector } from "./gc.js";
import { IpamMetrics } from "./metrics.js";
import type { LeaseRecords } from "./records.js";
import { LeaseRecovery } from "./recovery.js";

export interface IpamOptions {
  readonly nc: NatsConnection;
  readonly redis: RedisClient;
  /** Replicas that must hold a new lease before it is recorded (see LeaseStoreOptions). */
  readonly redisWaitReplicas?: number;
  readonly registry: Registry;
  readonly logger: ControllerLogger;
  readonly signal: AbortSignal;
  /** Reconcile workers (default defaultIpamWorkers). */
  readonly workers?: number;
  /**
   * JetStream replicas for the network buckets should this replica be the first to open them:
   * services start in any order, and a bucket keeps the replica count it was created with.
   */
  readonly replicas?: number;
  /** Grace before an orphaned lease is released. */
  readonly gcGraceMs?: number;
  readonly gcIntervalMs?: number;
  /** How often Redis is checked for lost data. */
  readonly recoveryCheckMs?: number;
  /** Wait before re-reading statuses after data loss (must exceed abandonMs). */
  readonly recoveryGraceMs?: number;
  /** Period of the re-drive of attachments that still need an address. */
  readonly resyncMs?: number;
  /**
   * Divide the VNIs between the live ipam replicas (default true): each attachment is worked by
   * the replica that owns its VNI (lib/service/membership.ts). Off, or with shardCount > 1,
   * every replica works every VNI it is given.
   */
  readonly divideWork?: boolean;
  /** Membership announcement period (default 1 s; tests shorten it). */
  readonly memberIntervalMs?: number;
  /**
   * A static split instead: this replica handles only VNIs with fnv1a(vni) % shardCount ===
   * shardIndex. Deprecated by divideWork (a dead static shard's VNIs wait for it to return);
   * when shardCount > 1 it overrides divideWork.
   */
  readonly shardIndex?: number;
  readonly shardCount?: number;
  /**
   * Caches of the subnets and attachments buckets run by the caller (ipam inside the network
   * service, on that service's watches): ipam then follows neither bucket itself. The attachments
   * cache must carry `attachmentIndexes`. Absent: ipam opens and runs its own.
   */
  readonly caches?: NetworkCaches;
  readonly onReady?: () => void;
}

// The limit is shared with the network service, which may lease within a create.
export { abandonMs, minRecoveryGraceMs } from "../../lib/ipam/abandon.js";
export { defaultIpamWorkers } from "../../lib/ipam/workers.js";

/**
 * The ipam service: leases addresses in Redis for attachments and records them in status.
 * Safe with any number of replicas: every lease step is an atomic script and every status
 * write a CAS; replicas divide the VNIs between them (divideWork) only for throughput.
 */
export async function runIpam(opts: IpamOptions): Promise<void> {
  const { nc, redis, registry, logger, signal } = opts;
  const metrics = new IpamMetrics(registry);
  const stores = await openNetworkStores(nc, opts.replicas ?? 1);
  const leases = new LeaseStore(redis, { waitReplicas: opts.redisWaitReplicas ?? 0 });
  const shardCount = opts.shardCount ?? 1;
  const shardIndex = opts.shardIndex ?? 0;
  const subnets = sharedOrOwn(opts.caches?.subnets, () => new Informer<Subnet>({ store: stores.subnets }));
  const attachments = sharedOrOwn(
    opts.caches?.attachments,
    () => new Informer<NetworkAttachment>({ store: stores.attachments, indexes: attachmentIndexes }),
  );
  const subnetCache = subnets.cache;
  const attachmentCache = attachments.cache;

  // Which replica handles an attachment: the owner of its VNI (its subnet's, else the one its
  // status names); with no VNI known, every replica (an overlap is safe, a gap is not).
  const members =
    shardCount <= 1 && opts.divideWork !== false
      ? new Membership({
          nc,
          service: "ipam",
          logger,
          registry,
          intervalMs: opts.memberIntervalMs,
          // A replica whose Redis connection is down leaves its VNIs to the others meanwhile.
          healthy: () => redis.status === "ready",
        })
      : undefined;
  const vniOf = (a: NetworkAttachment): number | undefined =>
    subnetCache.get(objectKey(a.meta?.namespace ?? "", a.spec?.subnet ?? ""))?.value.spec?.vni ??
    (a.status?.vni || undefined);
  const ownsVni = (vni: number): boolean =>
    members ? members.owns(vni) : shardCount <= 1 || fnv1a(String(vni)) % shardCount === shardIndex;
  const mine = (a: NetworkAttachment): boolean => {
    if (members) {
      const vni = vniOf(a);
      return vni === undefined || members.owns(vni);
    }
    if (shardCount <= 1) return true;
    const subnet = subnetCache.get(objectKey(a.meta?.namespace ?? "", a.spec?.subnet ?? ""));
    const token = subnet ? String(subnet.value.spec?.vni) : `${a.meta?.namespace}.${a.spec?.subnet}`;
    return fnv1a(token) % shardCount === shardIndex;
  };

  const records: LeaseRecords = {
    leases,
    attachments: stores.attachments,
    attachmentCache,
    subnetCache,
    metrics,
  };
  // The three refer to each other only through callbacks, called once the lifecycle runs.
  const recovery: LeaseRecovery = new LeaseRecovery({
    ...records,
    logger,
    graceMs: opts.recoveryGraceMs ?? 8_000,
    onRecovered: (vni) => addresses.wakeWaiters(vni),
    signal,
  });
  const hosts = new NodeHosts();
  learnNodeHosts(attachmentCache, hosts);
  const addresses: AddressController = new AddressController({
    ...records,
    enqueue: (key) => controller.enqueue(key),
    recoverVni: (vni) => recovery.recoverVni(vni),
    abandonMs,
    subnets: stores.subnets,
    hostOf: (node) => hosts.get(node),
  });
  const controller = new Controller({
    name: "ipam",
    reconciler: {
      // Checked again when a key comes up: queued work of a VNI given away since is the new
      // owner's (which re-drove that VNI on gaining it).
      reconcile: async (key) => {
        const cached = key.startsWith("release/") ? undefined : attachmentCache.get(key);
        return cached && !mine(cached.value) ? undefined : addresses.reconcile(key);
      },
    },
    workers: opts.workers ?? defaultIpamWorkers,
    registry,
    logger,
    waitForSync: async (s) => {
      await Promise.all([subnetCache.waitForSync(s), attachmentCache.waitForSync(s)]);
    },
  });
  enqueueAddressWork({ attachmentCache, subnetCache }, mine, (key) => controller.enqueue(key));
  subnetCache.addHandlers({
    onUpdate: (old, o) => {
      const vni = o.value.spec?.vni;
      if (vni && o.value.status?.validated && !old.value.status?.validated && ownsVni(vni))
        recovery.prepareVni(vni);
    },
  });
  // Gaining VNIs (a replica left or died): re-drive their attachments from the cache, events
  // included that arrived while another replica was believed to own them.
  members?.onChange((change) => {
    for (const a of attachmentCache.list()) {
      const vni = vniOf(a.value);
      if (vni !== undefined && change.gained(vni)) controller.enqueue(a.key);
    }
  });

  const gcGraceMs = opts.gcGraceMs ?? 30_000;
  const subnetStates = new SubnetStateCollector({ redis, subnetCache, graceMs: gcGraceMs });
  // Each replica collects its own VNIs' leases: one scan and one judgement per lease, not one
  // per replica (a release is fenced by the lease's seq either way).
  const collector = new LeaseCollector({
    ...records,
    graceMs: gcGraceMs,
    onReleased: (vni) => addresses.wakeWaiters(vni),
    owns: ownsVni,
  });
  // Every attachment, a few thousand between two turns of the event loop.
  const resync = async () => {
    let seen = 0;
    for (const a of attachmentCache.list()) {
      if (++seen % 4_096 === 0) await nextTurn();
      if (!a.value.status?.ip && mine(a.value)) controller.enqueue(a.key);
    }
  };

  const gcIntervalMs = opts.gcIntervalMs ?? 10_000;
  // Listens from now on, announces once the caches are complete (until this replica is heard
  // the others keep its share); resolves after the abort, once its departure is announced.
  let cachesComplete!: () => void;
  const complete = new Promise<void>((resolve) => (cachesComplete = resolve));
  const membership = members?.run(signal, complete);
  await runLifecycle({
    signal,
    logger,
    informers: [subnets.informer, attachments.informer],
    controllers: [controller],
    start: async () => {
      await recovery.init();
      await recovery.recoverUnmarked();
      cachesComplete();
      return undefined;
    },
    periodic: [
      { what: "Redis data-loss check", ms: opts.recoveryCheckMs ?? 1_000, run: () => recovery.check() },
      { what: "lease garbage collection", ms: gcIntervalMs, run: () => collector.sweep(signal) },
      { what: "subnet state cleanup", ms: gcIntervalMs, run: () => subnetStates.sweep(signal) },
      { what: "resync", ms: opts.resyncMs ?? 30_000, run: resync },
    ],
    onReady: opts.onReady,
  });
  await membership;
}
