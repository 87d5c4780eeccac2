import type { Mapping, NetworkAttachment, NodeWork } from "../../lib/codec.js";
import type { EventSource, Lister } from "../../lib/informer/types.js";
import { deleteKey, updateWithRetry } from "../../lib/store/cas.js";
import type { ObjectStore, Versioned } from "../../lib/store/types.js";
import { project, sameMapping, sameNodeWork, sourceOf } from "./project.js";

export interface ProjectorDeps {
  readonly attachmentCache: Lister<NetworkAttachment>;
  readonly nodeStore: ObjectStore<NodeWork>;
  readonly mapStore: ObjectStore<Mapping>;
  /** Caches of the two output buckets, each with an index "source" (the attachment key). */
  readonly nodeCache: Lister<NodeWork>;
  readonly mapCache: Lister<Mapping>;
}

/**
 * Projector: keeps jetnet-node and jetnet-map equal to a pure function of jetnet-attachments.
 *
 * Reconcile of one attachment key: compute the desired projections; delete any projection of
 * this source under another key (the attachment left a condition, or moved VNI); write the
 * desired ones unless equal. Writes are CAS on the projection's cached revision and never
 * replace a projection of a newer source revision, so replicas with lagging caches cannot roll
 * a projection back.
 *
 * A lost CAS is decided again at once on a fresh read of that key (same rules, updateWithRetry),
 * not only on the cache: a cache can hold a revision the store will never accept again (its
 * watch kept the higher of two revisions a key was seen under, e.g. across a stream leader whose
 * sequences shifted), and retrying against it would fail forever.
 */
export class Projector {
  constructor(private readonly deps: ProjectorDeps) {}

  async reconcile(sourceKey: string): Promise<void> {
    const a = this.deps.attachmentCache.get(sourceKey);
    const want = a ? project(a) : {};
    await this.sync(this.deps.nodeStore, this.deps.nodeCache, sourceKey, want.node, sameNodeWork);
    await this.sync(this.deps.mapStore, this.deps.mapCache, sourceKey, want.map, sameMapping);
  }

  private async sync<T extends { sourceRevision?: number | null }>(
    store: ObjectStore<T>,
    cache: Lister<T>,
    sourceKey: string,
    want: { key: string; value: T } | undefined,
    same: (a: T, b: T) => boolean,
  ): Promise<void> {
    for (const have of cache.byIndex("source", sourceKey)) {
      if (have.key !== want?.key) await this.remove(store, have);
    }
    if (!want) return;
    const sourceRevision = want.value.sourceRevision ?? 0;
    await updateWithRetry(
      store,
      want.key,
      // Never over a projection of a newer source revision, and not when it is the same.
      (cur) =>
        (cur.value.sourceRevision ?? 0) >= sourceRevision || same(cur.value, want.value)
          ? undefined
          : want.value,
      { from: cache.get(want.key), create: () => want.value, what: `projection ${want.key}` },
    );
  }

  /** Deletes a projection the source no longer has, unless a newer source wrote it meanwhile. */
  private async remove<T extends { sourceRevision?: number | null }>(
    store: ObjectStore<T>,
    have: Versioned<T>,
  ): Promise<void> {
    const sourceRevision = have.value.sourceRevision ?? 0;
    await updateWithRetry(
      store,
      have.key,
      (cur) => ((cur.value.sourceRevision ?? 0) > sourceRevision ? undefined : deleteKey),
      { from: have, what: `projection ${have.key}` },
    );
  }
}

/**
 * Sends to `enqueue` the attachment keys whose projections may be wrong: every change of an
 * attachment, and every projection that appears, changes or vanishes unless it was derived from
 * the attachment's revision this replica holds (sample-controller's handleObject enqueues the
 * owner of any object it owns the same way).
 *
 * Why projections that appear count too: the projection caches lag the writes, this replica's
 * own and the other replicas'. A reconcile of a deleted attachment that runs before its
 * projection has reached the cache finds nothing to delete (or, on a lost compare-and-swap, a
 * newer projection it leaves to its writer); watches restarting through a NATS failover make
 * that lag seconds long. Without another event for that attachment the projection would outlive
 * it, and agents would keep its entries; its arrival in the cache is that event.
 */
export function enqueueProjectionSources(
  caches: {
    readonly attachmentCache: EventSource<NetworkAttachment> & Lister<NetworkAttachment>;
    readonly nodeCache: EventSource<NodeWork>;
    readonly mapCache: EventSource<Mapping>;
  },
  enqueue: (attachmentKey: string) => void,
): void {
  caches.attachmentCache.addHandlers({
    onAdd: (o) => enqueue(o.key),
    onUpdate: (_old, o) => enqueue(o.key),
    onDelete: (o) => enqueue(o.key),
  });
  const check = (p: Versioned<{ sourceRevision?: number | null }>) => {
    const source = sourceOf(p.key);
    if (caches.attachmentCache.get(source)?.revision !== p.value.sourceRevision) enqueue(source);
  };
  const recheck = {
    onAdd: check,
    onUpdate: (
      _old: Versioned<{ sourceRevision?: number | null }>,
      p: Versioned<{ sourceRevision?: number | null }>,
    ) => check(p),
    onDelete: (p: { key: string }) => enqueue(sourceOf(p.key)),
  };
  caches.nodeCache.addHandlers(recheck);
  caches.mapCache.addHandlers(recheck);
}
