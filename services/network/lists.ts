import protobuf from "protobufjs/minimal.js";
import { ErrorCode, invalid, JetnetError } from "../../lib/errors.js";
import type { ListCache } from "../../lib/listcache/cache.js";
import type { Versioned } from "../../lib/store/types.js";
import { labelsMatch } from "./objects.js";

/**
 * Paginated lists, served from a ListCache: a page holds at most `limit` objects and at most
 * what one NATS message carries, in key order, and every page of a list is consistent at the
 * revision of its first page. The continue token is the list's revision and the last key sent,
 * so it needs no state in the service: any replica whose cache still holds that revision
 * serves the next page.
 */

/** One kind's cache, and how to learn the bucket's latest revision. */
export interface ListSource<T> {
  readonly cache: ListCache<T>;
  /** The bucket's last revision (its stream's last sequence). */
  latestRevision(): Promise<number>;
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
 * One page of a list as its encoded reply (`SubnetListReply` / `AttachmentListReply`: both put
 * the list in field 1, and the list its items, revision and continue token in fields 1-3), from
 * items encoded one by one (`VersionedSubnet` / `VersionedAttachment`) so the page can stop at
 * the size limit.
 */
export async function servePage<T>(
  src: ListSource<T>,
  req: PageRequest,
  encodeItem: (v: Versioned<T>) => Uint8Array,
): Promise<Uint8Array> {
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
  const items: Uint8Array[] = [];
  let bytes = 0;
  let last: string | undefined;
  let more = false;
  for (const v of cache.page({ revision, firstToken: req.namespace, after })) {
    const labels = (v.value as { meta?: { labels?: Record<string, string> | null } | null }).meta?.labels;
    if (!labelsMatch(labels, req.labelSelector)) continue;
    if (req.limit > 0 && items.length === req.limit) {
      more = true;
      break;
    }
    const b = encodeItem(v);
    const size = b.length + 1 + varintLength(b.length);
    if (bytes + size > budget) {
      if (req.limit === 0 || items.length === 0) throw tooLarge(req.maxReplyBytes, req.limit);
      more = true;
      break;
    }
    items.push(b);
    bytes += size;
    last = v.key;
  }
  const w = protobuf.Writer.create();
  for (const b of items) w.uint32(10).bytes(b);
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
