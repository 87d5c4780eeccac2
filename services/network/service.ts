import { setMaxListeners } from "node:events";
import type { NatsConnection } from "@nats-io/nats-core";
import { Gauge, type Registry } from "prom-client";
import { openNetworkStores } from "../../lib/api/buckets.js";
import { apiPrefix, Bucket, Kind, Verb } from "../../lib/api/subjects.js";
import type { VniRanges } from "../../lib/api/vni-ranges.js";
import { attachmentCodec, type Subnet, subnetCodec, type VniClaim } from "../../lib/codec.js";
import { Controller } from "../../lib/controller/controller.js";
import type { ControllerLogger } from "../../lib/controller/types.js";
import { Informer } from "../../lib/informer/informer.js";
import type { Lister } from "../../lib/informer/types.js";
import { NodeHosts } from "../../lib/ipam/node-hosts.js";
import { replyLimit } from "../../lib/nats/reply.js";
import type { Companion } from "../../lib/service/companion.js";
import { runLifecycle } from "../../lib/service/lifecycle.js";
import { defaultMemberIntervalMs, Membership } from "../../lib/service/membership.js";
import { type RetentionOptions, runRetention } from "../../lib/service/retention.js";
import { RecordRelay } from "../../lib/store/compact.js";
import { type CreateLeaseOptions, CreateLeases } from "./address.js";
import { IntentApi } from "./api.js";
import { CreateBacklog } from "./backlog.js";
import { startCompanions } from "./companion.js";
import { Endpoints, type Handle } from "./endpoints.js";
import { openListSource } from "./lists.js";
import { StatusReports } from "./status.js";
import { SubnetValidator } from "./validator.js";

export const serviceName = "jetnet-network";
export const serviceVersion = "0.1.0";

export interface NetworkOptions {
  readonly nc: NatsConnection;
  readonly registry: Registry;
  readonly logger: ControllerLogger;
  readonly signal: AbortSignal;
  /** JetStream replicas for buckets this service creates. */
  readonly replicas?: number;
  /** Revisions kept per object in the subnets and attachments buckets (`jetnet history`). */
  readonly history?: number;
  /** Validator workers. */
  readonly workers?: number;
  /** Period of the full re-drive of unvalidated subnets and claims (crash recovery). */
  readonly resyncMs?: number;
  /** VNIs each namespace may use (`--vni-ranges`); empty or absent: every VNI is open. */
  readonly vniRanges?: VniRanges;
  /**
   * How long a version replaced by a write stays in the list caches, so that later pages of a
   * list started before the write are served at the list's revision (continue tokens).
   */
  readonly listWindowMs?: number;
  /** At most this many replaced versions per kind are kept (the oldest go first). */
  readonly listMaxVersions?: number;
  /**
   * Attachment creates are refused (UNAVAILABLE, with a retry hint) while this many attachments
   * wait for ipam to examine them; 0: never (default: defaultMaxPending).
   */
  readonly maxPending?: number;
  /** Retention of deleted subnets, attachments and VNI claims (default: 1 h, tombstones 1 min). */
  readonly retention?: RetentionOptions;
  /**
   * Divide the subnet validator's VNIs between the live network replicas (default true): a
   * subnet and its VNI's claim are worked by the replica that owns the VNI
   * (lib/service/membership.ts). The API is served by every replica either way.
   */
  readonly divideWork?: boolean;
  /** Membership announcement period (default 1 s; tests shorten it). */
  readonly memberIntervalMs?: number;
  /**
   * Redis, to lease attachments' addresses within their creates (address.ts); without it ipam
   * leases every address after the create.
   */
  readonly leases?: CreateLeaseOptions;
  /**
   * Work run in this process on this service's caches of the subnets and attachments buckets
   * (companion.ts): ipam and mapping, with `jetnet network --ipam --mapping`. They follow neither
   * bucket themselves, so each write to them is delivered to one process fewer per companion.
   */
  readonly companions?: readonly Companion[];
  /** What this replica does (default "full"); see NetworkRole. */
  readonly role?: NetworkRole;
  /** Called once the informers have synced and the API is serving. */
  readonly onReady?: () => void;
}

/**
 * What a network replica does. "full" (the default) does everything: the whole API, agents'
 * status reports, and work on its caches of both buckets (ipam and mapping inside, leases in
 * creates, back-pressure, compaction of the attachments bucket). A "writer" serves the API's
 * writes and reads by key (attachment create, get, update, delete and batch; everything on
 * subnets) and validates its share of the VNIs, but does not follow the attachments bucket: each
 * attachment write costs it neither a delivery nor a copy, which is what lets replicas add
 * throughput where following every write is most of a replica's work (docs/design.md, "What
 * replicas add"). Lists of attachments and status reports are served by the full replicas only
 * (they subscribe to those subjects, writers do not), so a deployment with writers runs at least
 * one full replica. A writer takes no companions and refuses no create for back-pressure: those
 * need the attachments (checkRole says so). A delete that names no revision reads the key first
 * (a full replica compares-and-swaps on its cache's revision: one round trip fewer). With Redis it leases addresses in creates as a full
 * replica does, but without the node's host address (learnt from agents' reports, which it does
 * not take): peers get such an attachment's mapping once its agent reports, not at once.
 */
export type NetworkRole = "full" | "writer";
export const networkRoles: readonly NetworkRole[] = ["full", "writer"];

/** Why these options cannot run together (undefined: they can). */
export function checkRole(
  opts: Pick<NetworkOptions, "role" | "companions" | "maxPending">,
): string | undefined {
  if (opts.role !== "writer") return undefined;
  const needAttachments = [
    ...(opts.companions?.length ? ["work run inside (ipam, mapping)"] : []),
    ...((opts.maxPending ?? defaultMaxPending) > 0 ? ["back-pressure (max pending)"] : []),
  ];
  if (needAttachments.length === 0) return undefined;
  return `a writer replica holds no attachments, which ${needAttachments.join(", ")} need: run it on a full replica`;
}

/**
 * The network service: the intent API (a NATS micro service in one queue group, so replicas
 * share the load), the subnet validator, and agents' status reports. Resolves after `signal`
 * aborts and in-flight requests and reconciles have finished.
 */
export async function runNetwork(opts: NetworkOptions): Promise<void> {
  const { nc, registry, logger } = opts;
  // The service's own stop: the caller's signal, or a failure of its companion.
  const stop = new AbortController();
  const onAbort = () => stop.abort(opts.signal.reason);
  const conflict = checkRole(opts);
  if (conflict) throw new Error(conflict);
  const writer = opts.role === "writer";
  if (opts.signal.aborted) onAbort();
  else opts.signal.addEventListener("abort", onAbort, { once: true });
  const signal = stop.signal;
  setMaxListeners(0, signal); // every informer, controller and loop of the service listens
  const stores = await openNetworkStores(nc, opts.replicas ?? 1, opts.history ?? 5);
  const subnetCache = new Informer<Subnet>({
    store: stores.subnets,
    indexes: { vni: (o) => [String(o.value.spec?.vni ?? 0)] },
  });

  const claimCache = new Informer<VniClaim>({ store: stores.vnis });
  // Lists are served from memory (lib/listcache), each kind fed by a watch of its bucket.
  const window = {
    windowMs: opts.listWindowMs ?? defaultListWindowMs,
    maxVersions: opts.listMaxVersions ?? defaultListMaxVersions,
  };
  // The list caches' watches read every record of their buckets: compaction takes the records
  // from them instead of reading each one again (RecordRelay).
  const relays = { subnets: new RecordRelay(), attachments: new RecordRelay() };
  const [subnetList, attachmentList] = await Promise.all([
    openListSource(nc, Bucket.Subnets, subnetCodec, window, relays.subnets),
    writer ? undefined : openListSource(nc, Bucket.Attachments, attachmentCodec, window, relays.attachments),
  ]);

  // Built before the caches run, so that the companion's view sees their first snapshot.
  const companions =
    opts.companions?.length &&
    attachmentList &&
    startCompanions(
      opts.companions,
      { nc, registry, logger, signal },
      { subnets: subnetCache, attachments: attachmentList.informer },
      (err) => {
        logger.error({ err }, "work run in this process (ipam or mapping) failed; the network service stops");
        stop.abort(err);
      },
    );

  const backlog = new CreateBacklog(opts.maxPending ?? defaultMaxPending, registry);
  if (backlog.maxPending > 0) attachmentList?.informer.addHandlers(backlog.handlers());

  // Which replica validates a VNI's subnets: its owner (every replica if work is not divided).
  const members =
    opts.divideWork === false
      ? undefined
      : new Membership({
          nc,
          service: "network",
          logger,
          registry,
          intervalMs: opts.memberIntervalMs,
          role: opts.role ?? "full",
        });
  // Replicas that answer lists and reports: those announcing "full", or no role (older ones).
  const fullReplicas = () => members?.liveRoles().filter((r) => r === "full" || r === "").length;
  if (members) {
    new Gauge({
      name: "jetnet_network_full_replicas",
      help: "Live full network replicas (those that serve attachment lists and agents' status reports) as this replica hears them; 0 on a writer means nobody answers those.",
      registers: [registry],
      collect() {
        this.set(fullReplicas() ?? 0);
      },
    });
  }
  // A writer says when no replica answers lists and reports (a deployment of writers only).
  let fullSeen: boolean | undefined;
  const checkFull = async () => {
    const n = fullReplicas();
    if (n === undefined) return;
    if (n === 0 && fullSeen !== false)
      logger.warn(
        {},
        "no full network replica is live: attachment lists and agents' status reports go unanswered until one runs",
      );
    else if (n > 0 && fullSeen === false) logger.info({ full: n }, "a full network replica is live again");
    fullSeen = n > 0;
  };
  const ownsVni = (vni: number | null | undefined) => members?.owns(vni ?? 0) ?? true;
  const ownsSubnet = (o: { value: Subnet }) => ownsVni(o.value.spec?.vni);

  let subnetController: Controller | undefined;
  const validator = new SubnetValidator({
    subnets: stores.subnets,
    vnis: stores.vnis,
    subnetCache,
    claimCache,
    registry,
    enqueueSubnet: (key) => subnetController?.enqueue(key),
    ...(opts.vniRanges !== undefined && { vniRanges: opts.vniRanges }),
    logger,
  });
  subnetController = new Controller({
    name: "subnet_validator",
    reconciler: {
      // Checked again when a key comes up: a VNI given away since is the new owner's, which
      // re-drove it on gaining it.
      reconcile: async (key) => {
        const cached = subnetCache.get(key);
        if (!cached || ownsSubnet(cached)) await validator.reconcileSubnet(key);
      },
    },
    workers: opts.workers ?? 4,
    registry,
    logger,
    waitForSync: async (s) => {
      await Promise.all([subnetCache.waitForSync(s), claimCache.waitForSync(s)]);
    },
  });
  const claimController = new Controller({
    name: "vni_claims",
    reconciler: {
      reconcile: async (key) => {
        if (ownsVni(Number(key))) await validator.reconcileVni(key);
      },
    },
    workers: 2,
    registry,
    logger,
    waitForSync: (s) => subnetCache.waitForSync(s),
  });
  const subnets = subnetController;
  subnetCache.addHandlers({
    onAdd: (o) => {
      if (!o.value.status?.validated && ownsSubnet(o)) subnets.enqueue(o.key);
    },
    onUpdate: (_old, o) => {
      if (!o.value.status?.validated && ownsSubnet(o)) subnets.enqueue(o.key);
    },
    // A deleted subnet may have held a claim that blocks others: let the claim controller look.
    onDelete: (o) => {
      if (ownsSubnet(o)) claimController.enqueue(String(o.value.spec?.vni ?? 0));
    },
  });
  // Gaining VNIs (a replica left or died): re-drive their unvalidated subnets and their claims,
  // events included that arrived while another replica was believed to own them.
  members?.onChange((change) => {
    for (const o of subnetCache.list())
      if (!o.value.status?.validated && change.gained(o.value.spec?.vni ?? 0)) subnets.enqueue(o.key);
    for (const c of claimCache.list()) if (change.gained(Number(c.key))) claimController.enqueue(c.key);
  });

  // Re-drive everything periodically: a crash between claim and status, or a claim entry whose
  // subnet vanished while no replica was running, converges without any event. Claims from the
  // claim cache, and only those naming a subnet the subnet cache does not show alive: reading
  // every claim afresh cost a list of the bucket and a read per VNI every resync.
  const resyncAll = async () => {
    for (const o of subnetCache.list())
      if (!o.value.status?.validated && ownsSubnet(o)) subnets.enqueue(o.key);
    for (const c of claimCache.list())
      if (ownsVni(Number(c.key)) && validator.mayHoldDeadEntries(c.value)) claimController.enqueue(c.key);
  };

  registerGauges(registry, subnetCache, [
    ["subnets", subnetList.source.cache],
    ...(attachmentList ? [["attachments", attachmentList.source.cache] as const] : []),
  ]);

  const maxReplyBytes = () => replyLimit(nc);
  const hosts = new NodeHosts();
  const createLeases =
    opts.leases &&
    new CreateLeases({
      options: opts.leases,
      subnetCache,
      // Without a cache (a writer) every create leases: one over a taken name is refused by the
      // stream and gives its lease back.
      exists: (key) => attachmentList?.source.cache.current(key) !== undefined,
      // Hosts are learnt from reports, which a writer does not take (see NetworkRole).
      ...(attachmentList && { hostOf: (node: string) => hosts.get(node) }),
      registry,
      logger,
    });
  const api = new IntentApi({
    subnets: stores.subnets,
    attachments: stores.attachments,
    lists: { subnets: subnetList.source, attachments: attachmentList?.source },
    maxReplyBytes,
    registry,
    ...(opts.vniRanges !== undefined && { vniRanges: opts.vniRanges }),
    backlog,
    ...(createLeases && { createLeases }),
  });
  const reports =
    attachmentList &&
    new StatusReports(stores.attachments, registry, (key) => attachmentList.source.cache.current(key), hosts);
  const handle: Handle = (s, b, d) => api.handle(s, b, d);
  const endpoints = new Endpoints(nc, logger);
  const start = async () => {
    await endpoints.serve({
      name: serviceName,
      version: serviceVersion,
      description: "jetnet intent API: subnets and network attachments",
      // One queue group: a request matching a full replica's subscription and a writer's goes to
      // one of them.
      endpoints: reports
        ? [
            { name: "api", subject: `${apiPrefix}.>`, handle },
            { name: "status", subject: "jetnet.agent.>", handle: (s, b) => reports.handle(s, b) },
          ]
        : [
            { name: "subnets", subject: `${apiPrefix}.*.${Kind.Subnets}.>`, handle },
            ...writerVerbs.map((verb) => ({
              name: `attachments-${verb}`,
              subject: `${apiPrefix}.*.${Kind.Attachments}.${verb}`,
              handle,
            })),
          ],
    });
    await resyncAll().catch((err: unknown) => logger.warn({ err }, "initial resync failed"));
    cachesComplete();
    const retentionRun = runRetention({
      nc,
      // A writer would read every attachment record to compact the bucket: the full replicas do.
      targets: [
        { bucket: Bucket.Subnets, history: true, relay: relays.subnets },
        ...(attachmentList ? [{ bucket: Bucket.Attachments, history: true, relay: relays.attachments }] : []),
        { bucket: Bucket.Vnis, history: false },
      ],
      retention: opts.retention,
      registry,
      logger,
      signal,
    });
    return async () => {
      await Promise.all([endpoints.drain(), retentionRun]);
    };
  };

  // Listens from now on, announces once the caches are complete (until this replica is heard
  // the others keep its share); resolves after the abort, once its departure is announced.
  let cachesComplete!: () => void;
  const complete = new Promise<void>((resolve) => (cachesComplete = resolve));
  const membership = members?.run(signal, complete);
  await runLifecycle({
    signal,
    logger,
    informers: [
      subnetCache,
      claimCache,
      subnetList.informer,
      ...(attachmentList ? [attachmentList.informer] : []),
    ],
    controllers: [subnets, claimController],
    start,
    periodic: [
      { what: "resync", ms: opts.resyncMs ?? 30_000, run: resyncAll },
      ...(writer
        ? [
            {
              what: "full replica check",
              ms: fullCheckIntervals * (opts.memberIntervalMs ?? defaultMemberIntervalMs),
              run: checkFull,
            },
          ]
        : []),
    ],
    onReady: opts.onReady,
  });
  await membership;
  opts.signal.removeEventListener("abort", onAbort);
  if (companions) await companions.done;
}

/** A writer looks for a live full replica every this many membership intervals (see checkFull). */
const fullCheckIntervals = 5;
/** The attachment verbs a writer serves: all but list (see NetworkRole). */
const writerVerbs = [Verb.Create, Verb.Get, Verb.Update, Verb.Delete, Verb.Batch] as const;

export const defaultListWindowMs = 60_000;
export const defaultListMaxVersions = 50_000;
/**
 * Off by default: a refused create is an error to every client that does not retry it (SDK
 * callers not using retryRefused; `jetnet apply` does retry), and each replica
 * counts its own backlog. Operators who want back-pressure set a bound (a few hundred ms of creates
 * at the knee, e.g. 200–2,000) once their clients retry.
 */
export const defaultMaxPending = 0;

/** The service's own gauges, read from its caches at scrape time. */
function registerGauges(
  registry: Registry,
  subnetCache: Lister<Subnet>,
  lists: readonly (readonly [string, { readonly keptVersions: number }])[],
): void {
  // Unvalidated subnets, by why: "unexamined" ones (no errors yet) should not stay for long.
  new Gauge({
    name: "jetnet_network_subnets_unvalidated",
    help: "Subnets not validated, by state: blocked (errors name rivals) or unexamined.",
    labelNames: ["state"],
    registers: [registry],
    collect() {
      let blocked = 0;
      let unexamined = 0;
      for (const o of subnetCache.list()) {
        if (o.value.status?.validated) continue;
        if (o.value.status?.errors?.length) blocked++;
        else unexamined++;
      }
      this.labels("blocked").set(blocked);
      this.labels("unexamined").set(unexamined);
    },
  });

  // What the list caches hold beyond the present: the memory the list window costs.
  new Gauge({
    name: "jetnet_network_list_versions_kept",
    help: "Versions replaced by writes that the list cache keeps for paginated lists, by kind.",
    labelNames: ["kind"],
    registers: [registry],
    collect() {
      for (const [kind, cache] of lists) this.labels(kind).set(cache.keptVersions);
    },
  });
}
