import type { Mapping, NetworkAttachment, NodeWork } from "../../lib/codec.js";
import { ErrorCode, hasCode } from "../../lib/errors.js";
import type { Lister } from "../../lib/informer/types.js";
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
 * A lost CAS is decided again at once on a fresh read of that key (same rules), not only on
 * the cache: a cache can hold a revision the store will never accept again (its watch kept the
 * higher of two revisions a key was seen under, e.g. across a stream leader whose sequences
 * shifted), and retrying against it would fail forever. A second loss is left to the retry.
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
    try {
      await this.write(store, want, cache.get(want.key), same);
    } catch (err) {
      if (!hasCode(err, ErrorCode.Conflict) && !hasCode(err, ErrorCode.AlreadyExists)) throw err;
      await this.write(store, want, await store.get(want.key), same);
    }
  }

  /** Writes `want` over `cur` (absent: create), unless `cur` is as new or the same. */
  private async write<T extends { sourceRevision?: number | null }>(
    store: ObjectStore<T>,
    want: { key: string; value: T },
    cur: Versioned<T> | undefined,
    same: (a: T, b: T) => boolean,
  ): Promise<void> {
    if (!cur) {
      await store.create(want.key, want.value);
      return;
    }
    if ((cur.value.sourceRevision ?? 0) >= (want.value.sourceRevision ?? 0)) return;
    if (same(cur.value, want.value)) return;
    await store.update(want.key, want.value, cur.revision);
  }

  /** Deletes a projection the source no longer has, unless a newer source wrote it meanwhile. */
  private async remove<T extends { sourceRevision?: number | null }>(
    store: ObjectStore<T>,
    have: Versioned<T>,
  ): Promise<void> {
    try {
      await store.delete(have.key, { expectedRevision: have.revision });
    } catch (err) {
      if (hasCode(err, ErrorCode.NotFound)) return;
      if (!hasCode(err, ErrorCode.Conflict)) throw err;
      const fresh = await store.get(have.key);
      if (!fresh || (fresh.value.sourceRevision ?? 0) > (have.value.sourceRevision ?? 0)) return;
      try {
        await store.delete(fresh.key, { expectedRevision: fresh.revision });
      } catch (err2) {
        if (!hasCode(err2, ErrorCode.NotFound)) throw err2;
      }
    }
  }
}
