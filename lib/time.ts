/** Wall-clock time in microseconds since the epoch (server write stamps, latency metrics). */
export function nowUs(): number {
  // performance.timeOrigin + now() has sub-millisecond resolution, unlike Date.now().
  return Math.round((performance.timeOrigin + performance.now()) * 1000);
}

/** Seconds elapsed since a µs stamp (0 for a missing stamp, never negative). */
export function secondsSinceUs(us: number | null | undefined): number {
  if (!us) return 0;
  return Math.max(0, (nowUs() - us) / 1e6);
}

/**
 * Resolves after `ms`, or as soon as `signal` aborts, whichever comes first; never rejects, so a
 * loop that sleeps between tries checks `signal.aborted` after it. The timer and the listener are
 * both removed when it resolves: an aborted sleep leaves nothing behind that would hold the
 * process open. (A timer that fired is not cleared again: clearing one costs a search of the
 * timer lists, and a hollow process's thousand agents sleep hundreds of times a second.)
 */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  if (signal?.aborted) return Promise.resolve();
  return new Promise((resolve) => {
    if (signal === undefined) {
      setTimeout(resolve, ms);
      return;
    }
    const aborted = () => {
      clearTimeout(timer);
      resolve();
    };
    const timer = setTimeout(() => {
      signal.removeEventListener("abort", aborted);
      resolve();
    }, ms);
    signal.addEventListener("abort", aborted, { once: true });
  });
}

/** Resolves once `signal` aborts (at once if it has). */
export function aborted(signal: AbortSignal): Promise<void> {
  if (signal.aborted) return Promise.resolve();
  return new Promise((resolve) => signal.addEventListener("abort", () => resolve(), { once: true }));
}

/**
 * Resolves after the event loop has served the I/O waiting now (setImmediate): a long loop over
 * memory awaits it every few hundred items, so requests are not held up behind it.
 */
export function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
