import type { Msg } from "@nats-io/nats-core";
import $protobuf from "protobufjs/minimal.js";
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

export function encodeFeedBatch(entries: readonly FeedEntry[]): Uint8Array {
  return pb.FeedBatch.encode({
    entries: entries.map((e) => ({
      key: e.key,
      value: e.value,
      deleted: e.value === undefined,
      deletesWork: e.deletesWork,
      deletesWorkUid: e.deletesWorkUid,
    })),
  }).finish();
}

/**
 * The entries of a FeedBatch, in order; throws on malformed bytes. Read straight from the wire
 * (as pb.FeedBatch.decode would, unknown fields skipped) into FeedEntry objects: every agent reads
 * every batch of its VNIs, and the generated decoder built a message object per entry only for it
 * to be copied into another.
 */
export function decodeFeedBatch(bytes: Uint8Array): FeedEntry[] {
  const r = $protobuf.Reader.create(bytes);
  const entries: FeedEntry[] = [];
  while (r.pos < r.len) {
    const tag = r.uint32();
    if (tag === batchEntriesTag) entries.push(readEntry(r, r.uint32() + r.pos));
    else r.skipType(tag & 7);
  }
  return entries;
}

/** FeedBatch.entries: field 1, length-delimited. */
const batchEntriesTag = (1 << 3) | 2;

/** One FeedEntry, ending at `end`. */
function readEntry(r: $protobuf.Reader, end: number): FeedEntry {
  if (end > r.len) throw new RangeError("feed entry past the end of the batch");
  let key = "";
  let value: Uint8Array | undefined;
  let deleted = false;
  let deletesWork = "";
  let deletesWorkUid = "";
  while (r.pos < end) {
    const tag = r.uint32();
    switch (tag) {
      case (1 << 3) | 2:
        key = r.string();
        continue;
      case (2 << 3) | 2:
        value = r.bytes();
        continue;
      case 3 << 3:
        deleted = r.bool();
        continue;
      case (4 << 3) | 2:
        deletesWork = r.string();
        continue;
      case (5 << 3) | 2:
        deletesWorkUid = r.string();
        continue;
    }
    r.skipType(tag & 7);
  }
  if (r.pos !== end) throw new RangeError("feed entry overruns its length");
  return {
    key,
    value: deleted ? undefined : (value ?? new Uint8Array()),
    deletesWork: deletesWork || undefined,
    deletesWorkUid: deletesWorkUid || undefined,
  };
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
