/**
 * Rate limiters for `WorkQueue.addRateLimited`, after client-go `util/workqueue/default_rate_limiters.go`.
 * Each answers "how long should this key wait before it is queued again?". Pure arithmetic over an
 * injected clock, so fake timers (or a test clock) make every delay exact.
 */

/** Decides the delay of one `addRateLimited` call and remembers per-key failures. */
export interface RateLimiter {
  /** The delay, in ms, before `key` may be queued again; counts one more failure for `key`. */
  when(key: string): number;
  /** Failures counted for `key` since it was last forgotten. */
  numRequeues(key: string): number;
  /** Clears the failure count of `key` (it succeeded, or it was given up on). */
  forget(key: string): void;
}

/**
 * Per-key exponential back-off: the n-th failure in a row (n from 0) waits `base * 2^n` ms, capped
 * at `max`. A key's count is kept until `forget`, so a key that keeps failing settles at the cap.
 */
export class ItemExponentialRateLimiter implements RateLimiter {
  /** Failures in a row per key; a key is absent once forgotten. */
  private readonly failures = new Map<string, number>();

  constructor(
    /** Delay of the first retry, ms. */
    private readonly baseDelayMs: number,
    /** Ceiling of any single delay, ms. */
    private readonly maxDelayMs: number,
  ) {}

  when(key: string): number {
    const n = this.failures.get(key) ?? 0;
    this.failures.set(key, n + 1);
    // 2^n overflows to Infinity long after it passes any sane cap; Math.min keeps it finite.
    return Math.min(this.baseDelayMs * 2 ** n, this.maxDelayMs);
  }

  numRequeues(key: string): number {
    return this.failures.get(key) ?? 0;
  }

  forget(key: string): void {
    this.failures.delete(key);
  }
}

/**
 * An overall token bucket shared by all keys (golang.org/x/time/rate `Reserve().Delay()`): it holds
 * at most `burst` tokens and refills at `qps` per second; every call takes a token, and a call that
 * finds none is told how long until its token will exist. Tokens may go negative, which is what
 * spaces a herd of retries `1/qps` apart instead of releasing them together.
 */
export class TokenBucketRateLimiter implements RateLimiter {
  /** Tokens available at `lastMs`; negative when reservations are waiting on the refill. */
  private tokens: number;
  /** Clock reading at which `tokens` was last brought up to date. */
  private lastMs: number;

  constructor(
    /** Refill rate, tokens per second. */
    private readonly qps: number,
    /** Bucket size: how many calls may pass at once after a quiet period. */
    private readonly burst: number,
    /** Clock in ms; `Date.now` so that fake timers drive it. */
    private readonly now: () => number = Date.now,
  ) {
    this.tokens = burst;
    this.lastMs = now();
  }

  when(_key: string): number {
    const now = this.now();
    this.tokens = Math.min(this.burst, this.tokens + ((now - this.lastMs) / 1000) * this.qps);
    this.lastMs = now;
    this.tokens -= 1;
    if (this.tokens >= 0) return 0;
    // The epsilon keeps float noise in the refill sum (100.0000000001 ms) from costing a whole ms.
    return Math.ceil((-this.tokens / this.qps) * 1000 - 1e-6);
  }

  numRequeues(_key: string): number {
    // The bucket has no per-key memory; the back-off limiter beside it does.
    return 0;
  }

  forget(_key: string): void {}
}

/**
 * The strictest of several limiters (client-go `MaxOfRateLimiter`): every limiter is consulted on
 * each call, so each keeps its own account, and the longest delay wins.
 */
export class MaxOfRateLimiter implements RateLimiter {
  constructor(private readonly limiters: readonly RateLimiter[]) {}

  when(key: string): number {
    let delay = 0;
    for (const limiter of this.limiters) delay = Math.max(delay, limiter.when(key));
    return delay;
  }

  numRequeues(key: string): number {
    let n = 0;
    for (const limiter of this.limiters) n = Math.max(n, limiter.numRequeues(key));
    return n;
  }

  forget(key: string): void {
    for (const limiter of this.limiters) limiter.forget(key);
  }
}
