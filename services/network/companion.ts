import { attachmentCodec, type NetworkAttachment, type Subnet } from "../../lib/codec.js";
import { attachmentIndexes } from "../../lib/informer/indexes.js";
import { DerivedInformer, type Informer } from "../../lib/informer/informer.js";
import type { Companion, CompanionContext } from "../../lib/service/companion.js";

/**
 * Starts `companions` (ipam, mapping: given by the CLI) on the service's caches: the subnet cache
 * as it is, the attachments decoded once from the list cache's watch (DerivedInformer: the bucket
 * is followed once for all). Build it before the caches run, so the decoded view sees their first
 * snapshot. `done` resolves once every companion has stopped after the signal and rejects if one
 * failed; `fail` is called at once then (the service stops: a restart is the recovery, as for a
 * standalone service).
 */
export function startCompanions(
  companions: readonly Companion[],
  ctx: Omit<CompanionContext, "caches">,
  sources: {
    readonly subnets: Informer<Subnet>;
    /** The informer of the service's attachment list cache (values as stored). */
    readonly attachments: Informer<Uint8Array>;
  },
  fail: (err: unknown) => void,
): { readonly done: Promise<void> } {
  const attachments = new DerivedInformer<Uint8Array, NetworkAttachment>(
    sources.attachments,
    (b) => attachmentCodec.decode(b),
    attachmentIndexes,
  );
  const caches = { subnets: sources.subnets, attachments };
  const done = Promise.all(
    companions.map((run) =>
      run({ ...ctx, caches }).catch((err: unknown) => {
        fail(err);
        throw err;
      }),
    ),
  ).then(() => undefined);
  // Observed by `fail` meanwhile; the caller awaits it at the end.
  done.catch(() => undefined);
  return { done };
}
