import type { Mapping, NetworkAttachment, NodeWork } from "../../lib/codec.js";
import type { Lister } from "../../lib/informer/types.js";
import { deleteKey, updateWithRetry } from "../../lib/store/cas.js";
import type { ObjectStore, Versioned } from "../../lib/store/types.js";
import { project, sameMapping, sameNodeWork } from "./project.js";

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
