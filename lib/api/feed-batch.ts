import type { Msg } from "@nats-io/nats-core";
import { jetnet } from "../../proto/gen/jetnet.js";
import { deletesWorkHeader, deletesWorkUidHeader } from "./views.js";

const pb = jetnet.v1;

/**
 * The last token of a view's batch subject, `jetnet.feed.v1.<bucket>.<view token>._batch`
 * (FeedBatch): under the view's feed, so every follower of the view receives it, and no entry's
 * subject (namespaces never start with `_`).
 */
export const feedBatchToken = "_batch";

/** Entries and bytes one batch carries at most; a longer turn's announcements leave as several. */
export const maxBatchEntries = 512;
export const maxBatchBytes = 256 * 1024;

/** One announcement: a value, or a delete (value undefined) that may also delete node work. */
export interface FeedEntry {
  readonly key: string;
  readonly value: Uint8Array | undefined;
  readonly deletesWork?: string;
  /** The uid of the attachment whose node work deletesWork names. */
  readonly deletesWorkUid?: string;
}

export function encodeFeedBatch(entries: readonly FeedEntry[], chain?: FeedChain): Uint8Array {
  return pb.FeedBatch.encode({
    entries: entries.map((e) => ({
      key: e.key,
      value: e.value,
      deleted: e.value === undefined,
      deletesWork: e.deletesWork,
      deletesWorkUid: e.deletesWorkUid,
    })),
    ...(chain && { revision: chain.revision, previous: chain.previous ?? 0 }),
  }).finish();
}

/**
 * Where a batch stands in its writer's announcements on the view: the revision of its last
 * entry and the announcement before its first (undefined: none), as the headers Jetnet-Revision
 * and Jetnet-Previous say them.
 */
export interface FeedChain {
  readonly revision: number;
  readonly previous: number | undefined;
}

/** The entries of a FeedBatch, in order; throws on malformed bytes. */
export function decodeFeedBatch(bytes: Uint8Array): FeedEntry[] {
  return decodeFeedBatchChain(bytes).entries;
}

/**
 * A FeedBatch's entries and, if the writer put it in the body (FeedBatch.revision set), its place
 * in the writer's chain; throws on malformed bytes.
 */
export function decodeFeedBatchChain(bytes: Uint8Array): {
  entries: FeedEntry[];
  chain: FeedChain | undefined;
} {
  const b = pb.FeedBatch.decode(bytes);
  const entries = b.entries.map((e) => ({
    key: e.key ?? "",
    value: e.deleted ? undefined : (e.value ?? new Uint8Array()),
    deletesWork: e.deletesWork || undefined,
    deletesWorkUid: e.deletesWorkUid || undefined,
  }));
  const revision = uint64(b.revision);
  if (!revision) return { entries, chain: undefined };
  return { entries, chain: { revision, previous: uint64(b.previous) || undefined } };
}

/**
 * A decoded uint64 as a number (revisions are µs timestamps, far below 2^53). protobufjs gives a
 * Long object when it does not fit 32 bits; Number() of one goes through its decimal string,
 * which cost more than the rest of a batch's decoding.
 */
function uint64(v: number | { toNumber(): number } | null | undefined): number {
  if (v === null || v === undefined) return 0;
  return typeof v === "number" ? v : v.toNumber();
}

/**
 * The announcements one feed message carries: a batch's entries, or the one its subject names
 * (after `prefixLen` characters of feed prefix), a delete when its KV-Operation says so.
 */
export function feedEntries(m: Msg, prefixLen: number): FeedEntry[] {
  const key = m.subject.substring(prefixLen);
  if (key.endsWith(`.${feedBatchToken}`)) return decodeFeedBatch(m.data);
  const op = m.headers?.get("KV-Operation");
  const deleted = m.data.length === 0 && (op === "DEL" || op === "PURGE");
  if (!deleted) return [{ key, value: m.data }];
  return [
    {
      key,
      value: undefined,
      deletesWork: m.headers?.get(deletesWorkHeader) || undefined,
      deletesWorkUid: m.headers?.get(deletesWorkUidHeader) || undefined,
    },
  ];
}
