import { stampSection } from "../../lib/api/objects.js";
import { Section } from "../../lib/api/subjects.js";
import type { AttachmentStatus, NetworkAttachment } from "../../lib/codec.js";
import { ErrorCode, hasCode } from "../../lib/errors.js";
import type { ObjectStore, Versioned } from "../../lib/store/types.js";

const maxCasAttempts = 8;

export type WriteOutcome = "written" | "unchanged" | "gone";

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
  let cur: Versioned<NetworkAttachment> | undefined = base;
  for (let attempt = 0; attempt < maxCasAttempts; attempt++) {
    if (!cur || cur.value.meta?.uid !== uid) return "gone";
    const next = mutate(cur.value.status ?? {});
    if (!next) return "unchanged";
    const obj: NetworkAttachment = {
      ...cur.value,
      meta: stampSection(cur.value.meta, Section.Address),
      status: next,
    };
    try {
      await store.update(cur.key, obj, cur.revision);
      return "written";
    } catch (err) {
      if (hasCode(err, ErrorCode.NotFound)) return "gone";
      if (!hasCode(err, ErrorCode.Conflict)) throw err;
      cur = await store.get(cur.key);
    }
  }
  throw new Error(`attachment ${base.key} kept changing while its address was written`);
}

/** The status without an address, carrying `reason` as the IPAM error. */
export function withoutAddress(s: AttachmentStatus, reason: string): AttachmentStatus {
  return { ...s, ip: "", vni: 0, leaseSeq: 0, mac: "", subnetUid: "", ipamErrors: [reason] };
}

export function sameList(a: readonly string[] | null | undefined, b: readonly string[]): boolean {
  const x = a ?? [];
  return x.length === b.length && x.every((v, i) => v === b[i]);
}
