import type { NatsConnection } from "@nats-io/nats-core";
import protobuf from "protobufjs/minimal.js";
import { openStoredBytes } from "../../lib/api/buckets.js";
import { labelsMatch } from "../../lib/api/objects.js";
import type { BucketName } from "../../lib/api/subjects.js";
import type { Codec } from "../../lib/codec.js";
import { ErrorCode, invalid, JetnetError } from "../../lib/errors.js";
import { Informer } from "../../lib/informer/informer.js";
import { ListCache } from "../../lib/listcache/cache.js";
import type { ListCacheOptions } from "../../lib/listcache/types.js";
import type { RecordRelay } from "../../lib/store/compact.js";

/**
 * Paginated lists, served from a ListCache: a page holds at most `limit` objects and at most
 * what one NATS message carries, in key order, and every page of a list is consistent at the
 * revision of its first page. The continue token is the list's revision and the last key sent,
 * so it needs no state in the service: any replica whose cache still holds that revision
 * serves the next page.
 */

/**
 * One kind's cache, and how to learn the bucket's latest revision. The cache holds values as
 * stored: a page is the stored bytes framed (no decoding or encoding per object), and a write
 * costs the service no decoding, which matters since every replica takes every write.
 */
export interface ListSource {
  readonly cache: ListCache<Uint8Array>;
  /** The bucket's last revision (its stream's last sequence). */
  latestRevision(): Promise<number>;
  /** The labels of a stored object (decoded only for lists with a label selector). */
  labelsOf(stored: Uint8Array): Record<string, string> | null | undefined;
}

/** A list source over `bucket` (which must exist) and the informer that feeds it; run the informer. */
export async function openListSource<T extends { meta?: { labels?: Record<string, string> | null } | null }>(
  nc: NatsConnection,
  bucket: BucketName,
  codec: Codec<T>,
  window: ListCacheOptions,
  /** Receives the headers of every record the informer's watch reads (its bucket's compaction takes them). */
  relay?: RecordRelay,
): Promise<{ source: ListSource; informer: Informer<Uint8Array> }> {
  const store = await openStoredBytes(nc, bucket);
  const cache = new ListCache<Uint8Array>(window);
  const informer = new Informer<Uint8Array>({ store, ...(relay ? { onRecord: relay.push } : {}) });
  informer.addHandlers(cache.handlers());
  return {
    source: {
      cache,
      latestRevision: () => store.lastRevision(),
      labelsOf: (b) => codec.decode(b).meta?.labels,
    },
    informer,
  };
}

export interface PageRequest {
  /** undefined: every namespace. */
  readonly namespace: string | undefined;
  readonly labelSelector: Record<string, string>;
  /** 0: everything in one reply. */
  readonly limit: number;
  readonly token: string;
  /** The client's deadline (ms since the epoch); waits end before it. */
  readonly deadlineMs: number | undefined;
  /** The largest reply the connection can send. */
  readonly maxReplyBytes: number;
}

/** How long a first page waits for the cache to catch up with the bucket before serving anyway. */
const freshWaitMs = 2_000;
/** Used when a request carries no deadline. */
const defaultWaitMs = 5_000;
/** Room kept in a reply for its framing, revision and continue token. */
const replyOverheadBytes = 1024;

interface Token {
  readonly revision: number;
  readonly after: string;
}

export function encodeToken(t: Token): string {
  return Buffer.from(JSON.stringify({ v: 1, rev: t.revision, after: t.after })).toString("base64url");
}

export function decodeToken(token: string, namespace: string | undefined): Token {
  let parsed: { v?: unknown; rev?: unknown; after?: unknown };
  try {
    parsed = JSON.parse(Buffer.from(token, "base64url").toString("utf8"));
  } catch {
    throw invalid("continue", "not a continue token of this API");
  }
  const { v, rev, after } = parsed ?? {};
  if (v !== 1 || !Number.isSafeInteger(rev) || (rev as number) < 1 || typeof after !== "string") {
    throw invalid("continue", "not a continue token of this API");
  }
  if (namespace !== undefined && !after.startsWith(`${namespace}.`)) {
    throw invalid("continue", `the continue token belongs to a list of another namespace, not ${namespace}`);
  }
  return { revision: rev as number, after };
}

/**
 * One page of a list as its encoded reply. Both kinds share the layout: `SubnetListReply` and
 * `AttachmentListReply` put the list in field 1, the list its items, revision and continue token
 * in fields 1-3, and an item (`VersionedSubnet` / `VersionedAttachment`) the object and its
 * revision in fields 1-2; so the stored bytes are framed as they are, and the page stops at
 * the size limit.
 */
export async function servePage(src: ListSource, req: PageRequest): Promise<Uint8Array> {
  const { cache } = src;
  const waitMs = () => Math.max(0, (req.deadlineMs ?? Date.now() + defaultWaitMs) - Date.now() - 50);
  let revision: number;
  let after: string | undefined;
  if (req.token === "") {
    // A list reflects every write acknowledged before it was asked for (as a read of the bucket
    // would): wait until the cache has applied the bucket's last revision. If the cache cannot
    // get there (the last record is one it does not show), the page is consistent at the
    // revision it has reached, a little older.
    const latest = await src.latestRevision();
    await cache.waitFor(latest, Math.min(freshWaitMs, waitMs()));
    revision = cache.revision;
  } else {
    const t = decodeToken(req.token, req.namespace);
    revision = t.revision;
    after = t.after;
    // Another replica served the previous page and is ahead of this one.
    if (revision > cache.revision && !(await cache.waitFor(revision, waitMs()))) {
      if ((await src.latestRevision()) < revision) throw expired(revision, cache.revision);
      throw new JetnetError(
        ErrorCode.Unavailable,
        `this service has not caught up with revision ${revision}`,
      );
    }
  }
  const servable = cache.servable(revision);
  if (!servable.ok) {
    if (servable.reason === "expired") throw expired(revision, servable.oldest);
    throw new JetnetError(ErrorCode.Unavailable, `this service has not caught up with revision ${revision}`);
  }

  // From here on nothing awaits: the page is read from the cache in one turn.
  const budget = req.maxReplyBytes - replyOverheadBytes;
  const selective = Object.keys(req.labelSelector).length > 0;
  const w = protobuf.Writer.create();
  let count = 0;
  let bytes = 0;
  let last: string | undefined;
  let more = false;
  for (const v of cache.page({ revision, firstToken: req.namespace, after })) {
    if (selective && !labelsMatch(src.labelsOf(v.value), req.labelSelector)) continue;
    if (req.limit > 0 && count === req.limit) {
      more = true;
      break;
    }
    const item = 1 + varintLength(v.value.length) + v.value.length + 1 + varintLength(v.revision);
    const size = 1 + varintLength(item) + item;
    if (bytes + size > budget) {
      if (req.limit === 0 || count === 0) throw tooLarge(req.maxReplyBytes, req.limit);
      more = true;
      break;
    }
    w.uint32(10).fork().uint32(10).bytes(v.value).uint32(16).uint64(v.revision).ldelim();
    count++;
    bytes += size;
    last = v.key;
  }
  w.uint32(16).uint64(revision);
  if (more && last !== undefined) w.uint32(26).string(encodeToken({ revision, after: last }));
  return protobuf.Writer.create().uint32(10).bytes(w.finish()).finish();
}

function expired(revision: number, oldest: number): JetnetError {
  return new JetnetError(
    ErrorCode.Expired,
    `the list's revision ${revision} is no longer kept (the oldest is ${oldest}): ` +
      "start the list again without a continue token",
    "continue",
    { revision: oldest },
  );
}

export function tooLarge(maxReplyBytes: number, limit: number): JetnetError {
  const what = limit === 0 ? "the list" : "one object";
  return new JetnetError(
    ErrorCode.ResourceExhausted,
    `${what} does not fit in one reply (max_payload ${maxReplyBytes} B): ` +
      "ask for pages with ListRequest.limit and continue (the SDK and the CLI do)",
  );
}

function varintLength(n: number): number {
  let len = 1;
  while (n >= 0x80) {
    n = Math.floor(n / 128);
    len++;
  }
  return len;
}
