import type { NatsConnection } from "@nats-io/nats-core";
import type { Registry } from "prom-client";
import { attachmentCodec, type NetworkAttachment, type Subnet } from "../../lib/codec.js";
import type { ControllerLogger } from "../../lib/controller/types.js";
import { DerivedInformer, type Informer } from "../../lib/informer/informer.js";
import type { RedisClient } from "../../lib/service/index.js";
import { attachmentIndexes, type IpamOptions, runIpam } from "../ipam/service.js";

/**
 * ipam inside the network service. Every service that follows a bucket costs nats-server a
 * delivery per write: the network service already follows the subnets and attachments buckets
 * (its validator and list caches), so ipam run here reads them from those caches instead of a
 * watch of its own (three deliveries fewer per attachment lifecycle: its create, ready and
 * delete writes). ipam is the same code as the standalone service, with the same membership
 * (replicas of either kind divide the VNIs between them) and the same Redis leases.
 */

/** ipam's options but those the network service supplies, and how to reach Redis. */
export type EmbeddedIpamOptions = Omit<
  IpamOptions,
  "nc" | "redis" | "registry" | "logger" | "signal" | "caches"
> & {
  /**
   * Resolves with the Redis client ipam leases through, once connected (the network service
   * starts without its Redis); undefined if the service stopped first.
   */
  readonly redis: () => Promise<RedisClient | undefined>;
};

export interface EmbeddingContext {
  readonly nc: NatsConnection;
  readonly registry: Registry;
  readonly logger: ControllerLogger;
  /** The network service's stop: aborted by a failure of ipam too (see `done`). */
  readonly signal: AbortSignal;
  /** The service's subnet cache. */
  readonly subnets: Informer<Subnet>;
  /** The informer of the service's attachment list cache (values as stored). */
  readonly attachments: Informer<Uint8Array>;
}

/**
 * Starts ipam on the network service's caches once Redis is connected. Build it before the
 * caches run. `done` resolves when ipam has stopped after the signal, and rejects if ipam failed
 * (the caller, which runs the API too, stops then: a restart is the recovery, as for a
 * standalone ipam).
 */
export function embedIpam(
  opts: EmbeddedIpamOptions,
  ctx: EmbeddingContext,
  fail: (err: unknown) => void,
): { readonly done: Promise<void> } {
  // Decoded once per write, as ipam's own watch did.
  const attachments = new DerivedInformer<Uint8Array, NetworkAttachment>(
    ctx.attachments,
    (b) => attachmentCodec.decode(b),
    attachmentIndexes,
  );
  const { redis, ...ipamOpts } = opts;
  const done = (async () => {
    const client = await redis();
    if (!client || ctx.signal.aborted) return;
    ctx.logger.info({}, "ipam runs in this process, on the network service's caches");
    await runIpam({
      ...ipamOpts,
      nc: ctx.nc,
      redis: client,
      registry: ctx.registry,
      logger: ctx.logger,
      signal: ctx.signal,
      caches: { subnets: ctx.subnets, attachments },
    });
  })().catch((err: unknown) => {
    fail(err);
    throw err;
  });
  // Observed by `fail` meanwhile; the caller awaits it at the end.
  done.catch(() => undefined);
  return { done };
}
