/**
 * When each bench operation should start (pure, no I/O): arrival offsets, how operations are
 * dealt to worker threads, phases and lateness. Randomness comes from a seeded PRNG so a run's
 * schedule can be reproduced with `--seed`.
 */

import type { Rng } from "../../lib/random.js";

/** A sample of Exp(1), by inversion; 1 − u is in (0, 1], so the log is finite. */
export function sampleExp(rng: Rng): number {
  return -Math.log(1 - rng());
}

export const Arrivals = { Steady: "steady", Poisson: "poisson" } as const;
export type Arrivals = (typeof Arrivals)[keyof typeof Arrivals];

/** Caps one Poisson gap at this many mean gaps, as KOS does, so one unlucky draw cannot stall a run. */
export const maxGapInPeriods = 1000;

/**
 * Start offsets (seconds from the run's start) of `count` operations at `rate` ops/s:
 * steady: `k / rate`; poisson: a sum of independent `Exp(1) / rate` gaps (each capped at
 * `maxGapInPeriods / rate`), the first at 0.
 */
export function arrivalOffsets(count: number, rate: number, arrivals: Arrivals, rng: Rng): Float64Array {
  const period = 1 / rate;
  const out = new Float64Array(count);
  let t = 0;
  for (let k = 0; k < count; k++) {
    if (arrivals === Arrivals.Steady) {
      out[k] = k * period;
    } else {
      if (k > 0) t += Math.min(sampleExp(rng), maxGapInPeriods) * period;
      out[k] = t;
    }
  }
  return out;
}

/** Creates done by thread `thread` (0-based) of `threads`: an even share, the first ones take the rest. */
export function threadCreates(thread: number, threads: number, numCreates: number): number {
  return Math.floor((numCreates + threads - 1 - thread) / threads);
}

/**
 * The global operation index of thread `thread`'s k-th operation (each thread does 2 ops per
 * create: the create and, later, its delete). Threads interleave: op k·T + thread while every
 * thread still has work (`2·⌊N/T⌋` strides), then the threads with one extra create share the
 * remaining `2·(N mod T)` ops. Every index in [0, 2N) is used exactly once.
 */
export function threadOpIndex(k: number, thread: number, threads: number, numCreates: number): number {
  const regularStrides = 2 * Math.floor(numCreates / threads);
  if (k < regularStrides) return k * threads + thread;
  const shortStride = numCreates % threads;
  return regularStrides * threads + (k - regularStrides) * shortStride + thread;
}

/** Fisher-Yates shuffle of [0, n), then dealt round-robin: thread t gets positions t, t+T, t+2T… */
export function dealSlots(numSlots: number, threads: number, rng: Rng): number[][] {
  const order = Array.from({ length: numSlots }, (_, i) => i);
  for (let i = numSlots - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  const dealt: number[][] = Array.from({ length: threads }, () => []);
  order.forEach((slot, i) => {
    dealt[i % threads]!.push(slot);
  });
  return dealt;
}

/**
 * Total creates when `--num-attachments` is not given: enough operations (creates plus their
 * deletes) to keep `rate` busy for the whole warm-up + cruise + cool-down.
 */
export function defaultNumCreates(warmupS: number, cruiseS: number, cooldownS: number, rate: number): number {
  return Math.max(1, Math.ceil(((warmupS + cruiseS + cooldownS) * rate) / 2));
}

/**
 * KOS's minimum nominal lifetime of an attachment: a thread's slots refill once per
 * ⌊min(slots, N)/T⌋·T operations. Under a few seconds, attachments may be deleted before they
 * are ready and the create→ready figures mean little.
 */
export function nominalLifetimeS(
  numSlots: number,
  numCreates: number,
  threads: number,
  rate: number,
): number {
  return (Math.floor(Math.min(numSlots, numCreates) / threads) * threads) / rate;
}

export const Phase = { Warmup: "warmup", Cruise: "cruise", Cooldown: "cooldown" } as const;
export type Phase = (typeof Phase)[keyof typeof Phase];

export interface PhaseBounds {
  /** Operations scheduled before this offset (s) are warm-up. */
  readonly cruiseStartS: number;
  /** Operations scheduled at or after this offset (s) are cool-down. */
  readonly cooldownStartS: number;
}

/**
 * Warm-up is the first `warmupS` of the schedule and cool-down its last `cooldownS`, whatever
 * the schedule's length (with `--num-attachments` it is 2N/rate, not warm-up + cruise + cool-down).
 */
export function phaseBounds(warmupS: number, cooldownS: number, scheduleEndS: number): PhaseBounds {
  return { cruiseStartS: warmupS, cooldownStartS: Math.max(warmupS, scheduleEndS - cooldownS) };
}

export function phaseAt(offsetS: number, b: PhaseBounds): Phase {
  if (offsetS < b.cruiseStartS) return Phase.Warmup;
  if (offsetS >= b.cooldownStartS) return Phase.Cooldown;
  return Phase.Cruise;
}

/** An operation is late when it started more than this after its scheduled time. */
export const lateThresholdMs = 100;

/** How late (ms, ≥ 0) an operation started, and whether that counts as late. */
export function lateness(scheduledMs: number, startedMs: number): { lateMs: number; late: boolean } {
  const lateMs = Math.max(0, startedMs - scheduledMs);
  return { lateMs, late: lateMs > lateThresholdMs };
}
