import type { ControllerLogger } from "../controller/types.js";
import type { Informer } from "../informer/informer.js";
import type { SharedCache } from "../informer/types.js";
import { aborted, sleep } from "../time.js";

/**
 * The life of a controller-style service, in the order sample-controller's main.go runs it:
 * start the informers and the controllers (controllers wait for their caches themselves), wait
 * for every informer's first sync, start what depends on a complete cache (serving, recovery,
 * periodic re-drives), report ready, and on abort stop serving, drain, and wait for everything
 * to finish. A service's run function then only builds its parts and hands them over.
 */

/** Something that follows a bucket into memory: an Informer or a list source's informer. */
export interface Runnable {
  run(signal: AbortSignal): Promise<void>;
}

export interface Syncable extends Runnable {
  waitForSync(signal?: AbortSignal): Promise<void>;
}

/**
 * A cache to read: `shared`, run by the process's host service (a companion's, see
 * companion.ts), which the lifecycle then only waits for; else one of the service's own, which
 * the lifecycle runs.
 */
export function sharedOrOwn<T>(
  shared: SharedCache<T> | undefined,
  own: () => Informer<T>,
): { readonly cache: SharedCache<T>; readonly informer: Syncable } {
  if (shared) return { cache: shared, informer: { run: aborted, waitForSync: (s) => shared.waitForSync(s) } };
  const informer = own();
  return { cache: informer, informer };
}

/** Work repeated every `ms` while the service runs; a failure is logged and the next round comes. */
export interface Periodic {
  readonly what: string;
  readonly ms: number;
  readonly run: () => Promise<unknown>;
}

export interface Lifecycle {
  readonly signal: AbortSignal;
  readonly logger: ControllerLogger;
  readonly informers: readonly Syncable[];
  readonly controllers: readonly Runnable[];
  /**
   * Runs once every informer has synced, before ready: start serving, recover, re-drive. Its
   * result, if any, is called on abort (stop serving, drain what is in flight), and the lifecycle
   * resolves only after it has.
   */
  readonly start?: () => Promise<(() => Promise<void>) | undefined>;
  /** Started after `start`, stopped on abort (a round in progress finishes first). */
  readonly periodic?: readonly Periodic[];
  /** Called once the service is serving. */
  readonly onReady?: () => void;
}

/** Runs the lifecycle above; resolves after `signal` aborts and everything has finished. */
export async function runLifecycle(l: Lifecycle): Promise<void> {
  const { signal } = l;
  const informers = Promise.all(l.informers.map((i) => i.run(signal)));
  const controllers = Promise.all(l.controllers.map((c) => c.run(signal)));
  // Rejects only when the signal aborts first.
  await Promise.all(l.informers.map((i) => i.waitForSync(signal))).catch(() => undefined);
  if (signal.aborted) {
    await Promise.all([informers, controllers]);
    return;
  }
  const stop = await l.start?.();
  const loops = (l.periodic ?? []).map((p) => repeat(p, signal, l.logger));
  if (!signal.aborted) l.onReady?.();
  await aborted(signal);
  await stop?.();
  await Promise.all([...loops, informers, controllers]);
}

async function repeat(p: Periodic, signal: AbortSignal, logger: ControllerLogger): Promise<void> {
  while (!signal.aborted) {
    await sleep(p.ms, signal);
    if (signal.aborted) break;
    await p.run().catch((err: unknown) => logger.warn({ err }, `${p.what} failed`));
  }
}
