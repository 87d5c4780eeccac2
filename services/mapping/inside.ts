import type { Companion, MappingInsideOptions } from "../../lib/service/companion.js";
import { runMapping } from "./service.js";

/**
 * mapping inside the network service (`jetnet network --mapping`): the projections derived from
 * the network service's attachments cache instead of a watch of its own (three deliveries fewer
 * per attachment lifecycle). The same code, membership and announcements as the standalone
 * service; replicas of either kind divide the views between them.
 */
export function mappingInside(opts: MappingInsideOptions): Companion {
  return async (ctx) => {
    ctx.logger.info({}, "mapping runs in this process, on the network service's caches");
    await runMapping({
      ...opts,
      nc: ctx.nc,
      registry: ctx.registry,
      logger: ctx.logger,
      signal: ctx.signal,
      caches: ctx.caches,
    });
  };
}
