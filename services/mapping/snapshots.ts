import type { Msg, NatsConnection, Subscription } from "@nats-io/nats-core";
import { digestPrefix, snapshotPrefix, ViewDigest, viewOfKey, viewSource } from "../../lib/api/views.js";
import { type Codec, CodecError, type Mapping, type NodeWork, protoCodec } from "../../lib/codec.js";
import { invalid, JetnetError } from "../../lib/errors.js";
import type { InformerHandlers, Lister } from "../../lib/informer/types.js";
import { replyLimit, replyTooLarge } from "../../lib/nats/reply.js";
import type { Versioned } from "../../lib/store/types.js";
import { jetnet } from "../../proto/gen/jetnet.js";

const pb = jetnet.v1;
const digestRequest = protoCodec(pb.DigestRequest);
const snapshotRequest = protoCodec(pb.SnapshotRequest);
/** Requests naming more views than this are refused (an agent follows its node and its VNIs). */
const maxViewsPerRequest = 4096;

export interface ViewServerDeps {
  readonly nc: NatsConnection;
  readonly nodeCache: Lister<NodeWork>;
  readonly mapCache: Lister<Mapping>;
  readonly nodeCodec: Codec<NodeWork>;
  readonly mapCodec: Codec<Mapping>;
  readonly queue: string;
  /** Whether the caches have synced; before that, requests get UNAVAILABLE. */
  readonly ready: () => boolean;
  /**
   * The keys announced on a VNI's feed after a revision `since` (and up to `until`, 0: up to the
   * last) and the last announcement revision that includes, where this replica announces the view
   * and remembers them all (RecentAnnouncements); else undefined.
   */
  readonly changedSince?: (
    view: string,
    since: number,
    until: number,
  ) => { keys: string[]; revision: number } | undefined;
}

/**
 * Serves view snapshots and digests from the mapping service's memory, in one queue group so
 * replicas share the load (the Typha idea: one shared view, many readers). Why not let agents
 * read JetStream directly? A snapshot through JetStream costs the server a consumer per agent
 * and ~33 µs of CPU per entry (reference/measurements.md); from memory it costs neither.
 */
export class ViewServer {
  private subs: Subscription[] = [];
  /** View → digest of its entries, maintained by `track`. */
  private readonly digests = new Map<string, ViewDigest>();
  /**
   * VNI view → node token → digest of that node's mappings there: an agent does not hold its
   * own mappings, so it compares with the view's digest without them (DigestRequest.without_own).
   */
  private readonly ownDigests = new Map<string, Map<string, ViewDigest>>();
  /**
   * VNI view → its encoded snapshot reply, until an entry of the view changes (`track`). When a
   * busy VNI gains members, or agents restart, many ask for the same view at once: encoding
   * it once instead of once per agent was most of this service's CPU in a 1,000-agent run.
   * Node views are asked for by one agent each and are not kept.
   */
  private readonly replies = new Map<string, Uint8Array>();
  /** Snapshot replies served from `replies` (tests). */
  cachedReplies = 0;
  /** Partial snapshot replies served (tests). */
  partialReplies = 0;

  constructor(private readonly deps: ViewServerDeps) {}

  start(): void {
    const { nc, queue } = this.deps;
    this.subs = [
      nc.subscribe(`${snapshotPrefix}.>`, {
        queue,
        callback: (err, m) => {
          if (!err) this.snapshot(m);
        },
      }),
      nc.subscribe(`${digestPrefix}.*`, {
        queue,
        callback: (err, m) => {
          if (!err) this.digest(m);
        },
      }),
    ];
  }

  async stop(): Promise<void> {
    await Promise.all(this.subs.map((s) => s.drain()));
  }

  /**
   * The digest of a view as the caches hold it, for a VNI view without the mappings of the node
   * `withoutOwn` names (a node token) if given; undefined for a malformed view name.
   */
  viewDigest(view: string, withoutOwn?: string): ViewDigest | undefined {
    if (!viewSource(view)) return undefined;
    const whole = this.digests.get(view) ?? new ViewDigest();
    const own = withoutOwn === undefined ? undefined : this.ownDigests.get(view)?.get(withoutOwn);
    if (own === undefined) return whole;
    const d = new ViewDigest();
    d.count = whole.count - own.count;
    d.hash = (whole.hash ^ own.hash) >>> 0;
    return d;
  }

  /**
   * Keeps one digest per view up to date from a cache's events, so answering a digest request
   * costs O(views asked), not O(entries): every agent asks every couple of seconds.
   */
  track<T extends { sourceRevision?: number | null }>(
    informer: { addHandlers(h: InformerHandlers<T>): void },
    bucket: "jetnet-map" | "jetnet-node",
    /** The node token an entry belongs to (VNI views: its mapping's node), for digests without it. */
    ownerOf?: (value: T) => string,
  ): void {
    // Every change of a view's entries goes through here: its digest is updated and its kept
    // snapshot reply dropped.
    const digest = (key: string) => {
      const view = viewOfKey(bucket, key);
      this.replies.delete(view);
      let d = this.digests.get(view);
      if (!d) {
        d = new ViewDigest();
        this.digests.set(view, d);
      }
      return { view, d };
    };
    const own = (view: string, o: Versioned<T>) => {
      if (ownerOf === undefined) return undefined;
      let byNode = this.ownDigests.get(view);
      if (!byNode) {
        byNode = new Map();
        this.ownDigests.set(view, byNode);
      }
      const token = ownerOf(o.value);
      let d = byNode.get(token);
      if (!d) {
        d = new ViewDigest();
        byNode.set(token, d);
      }
      return { byNode, token, d };
    };
    const add = (o: Versioned<T>) => {
      const { view, d } = digest(o.key);
      d.add(o.key, o.value.sourceRevision ?? 0);
      own(view, o)?.d.add(o.key, o.value.sourceRevision ?? 0);
    };
    const remove = (o: Versioned<T>) => {
      const { view, d } = digest(o.key);
      d.remove(o.key, o.value.sourceRevision ?? 0);
      if (d.count === 0) this.digests.delete(view);
      const mine = own(view, o);
      if (mine === undefined) return;
      mine.d.remove(o.key, o.value.sourceRevision ?? 0);
      if (mine.d.count === 0) mine.byNode.delete(mine.token);
      if (mine.byNode.size === 0) this.ownDigests.delete(view);
    };
    informer.addHandlers({
      onAdd: add,
      onUpdate: (old, o) => {
        remove(old);
        add(o);
      },
      onDelete: remove,
    });
  }

  /** The encoded entries of a view, from the caches; undefined for a malformed view name. */
  private entries(view: string): { key: string; value: Uint8Array }[] | undefined {
    const src = viewSource(view);
    if (!src) return undefined;
    if (src.bucket === "jetnet-map") {
      return this.deps.mapCache
        .byIndex("view", view)
        .map((e) => ({ key: e.key, value: this.deps.mapCodec.encode(e.value) }));
    }
    return this.deps.nodeCache
      .byIndex("view", view)
      .map((e) => ({ key: e.key, value: this.deps.nodeCodec.encode(e.value) }));
  }

  private snapshot(m: Msg): void {
    try {
      if (!this.deps.ready())
        return void m.respond(encodeSnapshotError("UNAVAILABLE", "mapping service is syncing"));
      // The view is the subject's tail (permissions can pin an agent to its own node view).
      const view = m.subject.slice(snapshotPrefix.length + 1);
      const partial = this.partial(view, m.data);
      if (partial) return void m.respond(partial);
      let reply = this.replies.get(view);
      if (reply) {
        this.cachedReplies++;
      } else {
        const entries = this.entries(view);
        if (!entries)
          return void m.respond(encodeSnapshotError("INVALID", `unknown view "${view}"`, "subject"));
        reply = pb.SnapshotReply.encode({ entries }).finish();
        if (view.startsWith("map.")) this.replies.set(view, reply);
      }
      // Too large for one message (it could not be sent at all): say so; the agent then reads
      // the view from JetStream.
      const limit = replyLimit(this.deps.nc);
      if (reply.length > limit) {
        const err = replyTooLarge(reply.length, limit, `view ${view} is read from the bucket instead`);
        return void m.respond(encodeSnapshotError(err.code, err.message));
      }
      m.respond(reply);
    } catch {
      m.respond(encodeSnapshotError("INVALID", "malformed snapshot request", "subject"));
    }
  }

  /**
   * A partial reply (SnapshotRequest.since) when one was asked for and this replica remembers
   * every announcement on the VNI's feed since; undefined for a whole snapshot instead.
   */
  private partial(view: string, body: Uint8Array): Uint8Array | undefined {
    if (!body?.length || !view.startsWith("map.") || this.deps.changedSince === undefined) return undefined;
    const req = snapshotRequest.decode(body);
    const since = req.since ?? 0;
    if (since <= 0) return undefined;
    const changed = this.deps.changedSince(view, since, req.until ?? 0);
    if (changed === undefined) return undefined;
    const entries: { key: string; value: Uint8Array }[] = [];
    const removed: string[] = [];
    for (const key of changed.keys) {
      const e = this.deps.mapCache.get(key);
      if (e) entries.push({ key, value: this.deps.mapCodec.encode(e.value) });
      else removed.push(key);
    }
    this.partialReplies++;
    return pb.SnapshotReply.encode({ entries, removed, partial: true, revision: changed.revision }).finish();
  }

  private digest(m: Msg): void {
    try {
      if (!this.deps.ready()) {
        return void m.respond(
          pb.DigestReply.encode({ error: { code: "UNAVAILABLE", message: "syncing" } }).finish(),
        );
      }
      const { views, withoutOwn } = digestRequest.decode(m.data);
      if ((views ?? []).length > maxViewsPerRequest)
        throw invalid("views", `more than ${maxViewsPerRequest}`);
      // A node may only learn about its own node view (and any VNI view).
      const token = m.subject.slice(digestPrefix.length + 1);
      const own = `node.${token}`;
      const allowed = (views ?? []).filter((v) => v === own || v.startsWith("map."));
      const digests = allowed.map((view) => {
        const d = this.viewDigest(view, withoutOwn ? token : undefined) ?? new ViewDigest();
        return { view, count: d.count, hash: d.hash };
      });
      m.respond(pb.DigestReply.encode({ digests, withoutOwn: withoutOwn === true }).finish());
    } catch (err) {
      // The field at fault, as the API names it: "views[2]" for invalid UTF-8 in it, "body" if none.
      const field = ((err instanceof CodecError || err instanceof JetnetError) && err.field) || "body";
      const error = { code: "INVALID", message: `${field}: malformed digest request`, field };
      m.respond(pb.DigestReply.encode({ error }).finish());
    }
  }
}

function encodeSnapshotError(code: string, message: string, field = ""): Uint8Array {
  return pb.SnapshotReply.encode({ error: { code, message, field } }).finish();
}
