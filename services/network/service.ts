import type { NatsConnection } from "@nats-io/nats-core";
import { type ServiceMsg, Svcm } from "@nats-io/services";
import { Gauge, type Registry } from "prom-client";
import { openNetworkStores } from "../../lib/api/buckets.js";
import { encodeError, toApiError } from "../../lib/api/errors.js";
import { Bucket, deadlineHeader } from "../../lib/api/subjects.js";
import type { VniRanges } from "../../lib/api/vni-ranges.js";
import { attachmentCodec, type Subnet, subnetCodec, type VniClaim } from "../../lib/codec.js";
import { Controller } from "../../lib/controller/controller.js";
import type { ControllerLogger } from "../../lib/controller/types.js";
import { Informer } from "../../lib/informer/informer.js";
import { replyLimit, replyTooLarge } from "../../lib/nats/reply.js";
import { IntentApi } from "./api.js";
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
  /** Called once the informers have synced and the API is serving. */
  readonly onReady?: () => void;
}

/**
 * The network service: the intent API (a NATS micro service in one queue group, so replicas
 * share the load), the subnet validator, and agents' status reports. Resolves after `signal`
 * aborts and in-flight requests and reconciles have finished.
 */
export async function runNetwork(opts: NetworkOptions): Promise<void> {
  const { nc, registry, logger, signal } = opts;
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
  const [subnetList, attachmentList] = await Promise.all([
    openListSource(nc, Bucket.Subnets, subnetCodec, window),
    openListSource(nc, Bucket.Attachments, attachmentCodec, window),
  ]);

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
    reconciler: { reconcile: (key) => validator.reconcileSubnet(key) },
    workers: opts.workers ?? 4,
    registry,
    logger,
    waitForSync: async (s) => {
      await Promise.all([subnetCache.waitForSync(s), claimCache.waitForSync(s)]);
    },
  });
  const claimController = new Controller({
    name: "vni_claims",
    reconciler: { reconcile: (key) => validator.reconcileVni(key) },
    workers: 2,
    registry,
    logger,
    waitForSync: (s) => subnetCache.waitForSync(s),
  });
  const subnets = subnetController;
  subnetCache.addHandlers({
    onAdd: (o) => {
      if (!o.value.status?.validated) subnets.enqueue(o.key);
    },
    onUpdate: (_old, o) => {
      if (!o.value.status?.validated) subnets.enqueue(o.key);
    },
    // A deleted subnet may have held a claim that blocks others: let the claim controller look.
    onDelete: (o) => claimController.enqueue(String(o.value.spec?.vni ?? 0)),
  });

  // Re-drive everything periodically: a crash between claim and status, or a claim entry whose
  // subnet vanished while no replica was running, converges without any event.
  const resyncAll = async () => {
    for (const o of subnetCache.list()) if (!o.value.status?.validated) subnets.enqueue(o.key);
    const claims = await stores.vnis.list();
    for (const c of claims.items) claimController.enqueue(c.key);
  };

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
      this.labels("subnets").set(subnetList.source.cache.keptVersions);
      this.labels("attachments").set(attachmentList.source.cache.keptVersions);
    },
  });

  const maxReplyBytes = () => replyLimit(nc);
  const api = new IntentApi({
    subnets: stores.subnets,
    attachments: stores.attachments,
    lists: { subnets: subnetList.source, attachments: attachmentList.source },
    maxReplyBytes,
    registry,
    ...(opts.vniRanges !== undefined && { vniRanges: opts.vniRanges }),
  });
  const reports = new StatusReports(stores.attachments, registry);
  const inflight = new Set<Promise<void>>();
  const tallies = new Map<string, EndpointTally>();
  const serve = (
    endpoint: string,
    handle: (
      subject: string,
      body: Uint8Array,
      deadlineMs?: number,
    ) => Promise<{ reply: Uint8Array; code: string }>,
  ) => {
    const tally: EndpointTally = { errors: 0, lastError: undefined, requests: 0, nanos: 0 };
    tallies.set(endpoint, tally);
    return (err: Error | null, msg: ServiceMsg) => {
      if (err) {
        logger.warn({ err }, "endpoint subscription error");
        return;
      }
      const started = performance.now();
      const deadline = Number(msg.headers?.get(deadlineHeader) || Number.NaN);
      const p = handle(msg.subject, msg.data, Number.isFinite(deadline) ? deadline : undefined)
        .then(({ reply, code }) => {
          // A reply over max_payload cannot be sent at all (the client would only time out):
          // it becomes an error the client can act on.
          if (reply.length > maxReplyBytes()) {
            const hint = "ask for less (lists: ListRequest.limit and continue)";
            const tooLarge = toApiError(replyTooLarge(reply.length, maxReplyBytes(), hint));
            reply = encodeError(tooLarge.error);
            code = tooLarge.code;
          }
          tally.requests++;
          tally.nanos += Math.round((performance.now() - started) * 1e6);
          if (code === "OK") {
            msg.respond(reply);
          } else {
            tally.errors++;
            tally.lastError = code;
            msg.respondError(httpish(code), code, reply);
          }
        })
        .catch((e: unknown) => logger.error({ err: e }, "reply failed"))
        .finally(() => inflight.delete(p));
      inflight.add(p);
    };
  };

  const informers = [subnetCache, claimCache, subnetList.informer, attachmentList.informer];
  const informerRun = Promise.all(informers.map((i) => i.run(signal)));
  const controllersRun = Promise.all([subnets.run(signal), claimController.run(signal)]);
  await Promise.all(informers.map((i) => i.waitForSync(signal))).catch(() => undefined);
  if (signal.aborted) {
    await Promise.all([informerRun, controllersRun]);
    return;
  }
  const svc = await new Svcm(nc).add({
    name: serviceName,
    version: serviceVersion,
    description: "jetnet intent API: subnets and network attachments",
    queue: serviceName,
    // The library counts errors and time only for handlers that fail synchronously; ours answer
    // asynchronously, so the stats come from our own tally of completed requests.
    statsHandler: async (ep) => {
      const e = ep as unknown as { name: string; stats?: Record<string, unknown> };
      const t = tallies.get(e.name);
      if (t && e.stats) {
        e.stats.num_errors = t.errors;
        e.stats.last_error = t.lastError;
        e.stats.processing_time = t.nanos;
        e.stats.average_processing_time = t.requests > 0 ? Math.round(t.nanos / t.requests) : 0;
      }
      return null;
    },
  });
  svc.addEndpoint("api", {
    subject: "jetnet.api.v1.>",
    handler: serve("api", (s, b, d) => api.handle(s, b, d)),
  });
  svc.addEndpoint("status", {
    subject: "jetnet.agent.>",
    handler: serve("status", (s, b) => reports.handle(s, b)),
  });
  await resyncAll().catch((err: unknown) => logger.warn({ err }, "initial resync failed"));
  const resyncTimer = setInterval(() => {
    resyncAll().catch((err: unknown) => logger.warn({ err }, "resync failed"));
  }, opts.resyncMs ?? 30_000);
  opts.onReady?.();

  await new Promise<void>((resolve) => {
    if (signal.aborted) resolve();
    else signal.addEventListener("abort", () => resolve(), { once: true });
  });
  clearInterval(resyncTimer);
  await svc.stop().catch(() => undefined);
  await Promise.allSettled([...inflight]);
  await Promise.all([informerRun, controllersRun]);
}

export const defaultListWindowMs = 60_000;
export const defaultListMaxVersions = 50_000;

/** Completed requests of one endpoint, for `nats micro stats`. */
interface EndpointTally {
  errors: number;
  lastError: string | undefined;
  requests: number;
  nanos: number;
}

/** HTTP-like status codes for the micro service's error header (nats micro stats counts them). */
function httpish(code: string): number {
  switch (code) {
    case "INVALID":
      return 400;
    case "FORBIDDEN":
      return 403;
    case "NOT_FOUND":
      return 404;
    case "ALREADY_EXISTS":
    case "CONFLICT":
      return 409;
    case "EXPIRED":
      return 410;
    case "RESOURCE_EXHAUSTED":
      return 413;
    case "UNAVAILABLE":
      return 503;
    default:
      return 500;
  }
}
