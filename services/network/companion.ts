import { attachmentCodec, type NetworkAttachment, type Subnet } from "../../lib/codec.js";
import type { ControllerLogger } from "../../lib/controller/types.js";
import { attachmentIndexes } from "../../lib/informer/indexes.js";
import { DerivedInformer, type Informer } from "../../lib/informer/informer.js";
import type { Companion, CompanionContext } from "../../lib/service/companion.js";

/**
 * Starts `companion` (ipam, given by the CLI) on the service's caches: the subnet cache as it is,
 * the attachments decoded from the list cache's watch (DerivedInformer: the bucket is followed
 * once for both). Build it before the caches run, so the decoded view sees their first snapshot.
 * `done` resolves once the companion has stopped after the signal and rejects if it failed;
 * `fail` is called at once then (the service stops: a restart is the recovery, as for a
 * standalone ipam).
 */
export function startCompanion(
  companion: Companion,
  ctx: Omit<CompanionContext, "caches" | "logger"> & {
    readonly logger: ControllerLogger;
    readonly subnets: Informer<Subnet>;
    /** The informer of the service's attachment list cache (values as stored). */
    readonly attachments: Informer<Uint8Array>;
  },
  fail: (err: unknown) => void,
): { readonly done: Promise<void> } {
  const attachments = new DerivedInformer<Uint8Array, NetworkAttachment>(
    ctx.attachments,
    (b) => attachmentCodec.decode(b),
    attachmentIndexes,
  );
  const { subnets, attachments: _bytes, ...rest } = ctx;
  const done = companion({ ...rest, caches: { subnets, attachments } }).catch((err: unknown) => {
    fail(err);
    throw err;
  });
  // Observed by `fail` meanwhile; the caller awaits it at the end.
  done.catch(() => undefined);
  return { done };
}
