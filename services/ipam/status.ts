import { stampSection } from "../../lib/api/objects.js";
import { Section } from "../../lib/api/subjects.js";
import type { AttachmentStatus, NetworkAttachment } from "../../lib/codec.js";
import { type CasOutcome, updateWithRetry } from "../../lib/store/cas.js";
import type { ObjectStore, Versioned } from "../../lib/store/types.js";

export type WriteOutcome = CasOutcome;

/**
 * Rewrites the address section of one attachment incarnation with CAS. `mutate` derives the new
 * status from the current one (so fields other writers own, like the agent's, are kept) and
 * returns undefined when nothing needs to change. Starts from `base` (usually the cached
 * object) and re-reads only on conflict.
 */
export async function writeAddressStatus(
  store: ObjectStore<NetworkAttachment>,
  base: Versioned<NetworkAttachment>,
  uid: string,
  mutate: (s: AttachmentStatus) => AttachmentStatus | undefined,
): Promise<WriteOutcome> {
  return updateWithRetry(
    store,
    base.key,
    (cur) => {
      const next = mutate(cur.value.status ?? {});
      if (!next) return undefined;
      return { ...cur.value, meta: stampSection(cur.value.meta, Section.Address), status: next };
    },
    { from: base, matches: (a) => a.meta?.uid === uid, what: `the address of attachment ${base.key}` },
  );
}

/** The status without an address, carrying `reason` as the IPAM error. */
export function withoutAddress(s: AttachmentStatus, reason: string): AttachmentStatus {
  return { ...s, ip: "", vni: 0, leaseSeq: 0, mac: "", subnetUid: "", ipamErrors: [reason] };
}
