import type { Versioned } from "../store/types.js";

/**
 * The list cache contract: a bucket's objects kept in memory with the versions recent writes
 * replaced, so that a list can be served page by page, every page at the revision of the first
 * (what Kubernetes gets from etcd's multi-version store, and its API server's watch cache
 * serves from memory).
 */

export interface ListCacheOptions {
  /** How long a replaced version is kept after the write that replaced it. */
  readonly windowMs: number;
  /** At most this many replaced versions are kept; the oldest go first. */
  readonly maxVersions: number;
  /** Clock (ms); tests pass their own. */
  readonly now?: () => number;
}

/** Where a page starts and which keys it covers. */
export interface PageCursor {
  /** The revision every page of the list is served at. */
  readonly revision: number;
  /** Only keys whose first token is this (a namespace); undefined = every key. */
  readonly firstToken?: string | undefined;
  /** Start after this key (the last key of the previous page); undefined = from the start. */
  readonly after?: string | undefined;
}

/** Why a cursor cannot be served, and from which revision a list can be served again. */
export type Servable =
  | { readonly ok: true }
  /** A version the revision needs was dropped (window passed, or the cache resynced after it). */
  | { readonly ok: false; readonly reason: "expired"; readonly oldest: number }
  /** The cache has not applied the revision yet. */
  | { readonly ok: false; readonly reason: "ahead"; readonly applied: number };

export type { Versioned };
