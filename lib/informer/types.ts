import type { Versioned } from "../store/types.js";

/**
 * Change notifications from an informer. Handlers run synchronously on the informer's single
 * event loop and must only enqueue keys (a work queue is the usual target): they must not block,
 * write, or keep references to the objects, which belong to the cache.
 */
export interface InformerHandlers<T> {
  onAdd?(obj: Versioned<T>): void;
  onUpdate?(oldObj: Versioned<T>, newObj: Versioned<T>): void;
  /** `revision`: that of the delete (or of the re-list that found the object gone); the informer always passes it. */
  onDelete?(oldObj: Versioned<T>, revision?: number): void;
  /** The cache is complete (first time) or was re-listed after a gap. */
  onSynced?(revision: number): void;
}

/** An informer as far as wiring goes: something that calls handlers. */
export interface EventSource<T> {
  addHandlers(h: InformerHandlers<T>): void;
}

/** A secondary index: the index values an object is filed under (e.g. its VNI, its node). */
export type IndexFunc<T> = (obj: Versioned<T>) => readonly string[];

/** The read side of an informer, which is all a reconciler needs. */
export interface Lister<T> {
  get(key: string): Versioned<T> | undefined;
  list(): Versioned<T>[];
  byIndex(index: string, value: string): Versioned<T>[];
  /** Index values that currently have at least one object. */
  indexValues(index: string): string[];
  hasSynced(): boolean;
}

/** A cache someone else runs: a reader uses it, handles its events and waits for its sync. */
export type SharedCache<T> = Lister<T> &
  EventSource<T> & { waitForSync(signal?: AbortSignal): Promise<void> };
