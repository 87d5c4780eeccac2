import type { Companion, IpamInsideOptions } from "../../lib/service/companion.js";
import { runIpam } from "./service.js";

/**
 * ipam inside the network service (`jetnet network --ipam`). Every service that follows a bucket
 * costs nats-server a delivery per write: the network service already follows the subnets and
 * attachments buckets (its validator and list caches), so ipam run there reads them from its
 * caches instead of a watch of its own (three deliveries fewer per attachment lifecycle: the
 * create, ready and delete writes). It is the same code as the standalone service, with the same
 * membership (replicas of either kind divide the VNIs between them) and the same Redis leases,
 * and it starts once the network service's Redis connection is up.
 */
export function ipamInside(opts: IpamInsideOptions): Companion {
  const { redis, ...ipamOpts } = opts;
  return async (ctx) => {
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
      caches: ctx.caches,
    });
  };
}
