import { it } from "vitest";

/**
 * Seeds of randomized tests. A run draws a fresh seed unless JETNET_TEST_SEED names one, and a
 * failure's message starts with the seed, so a failure seen only in CI's output can be replayed:
 * `JETNET_TEST_SEED=<seed> npx vitest run <file>`.
 */

/** JETNET_TEST_SEED if set (a non-negative integer), otherwise a fresh seed. */
export function testSeed(): number {
  const given = process.env.JETNET_TEST_SEED;
  if (given === undefined || given === "") return Math.floor(Math.random() * 1_000_000_000);
  const seed = Number(given);
  if (!Number.isSafeInteger(seed) || seed < 0)
    throw new Error(`JETNET_TEST_SEED=${given}: not a non-negative integer`);
  return seed;
}

/** How to replay a run with `seed`: the prefix of every failure's message. */
export function replayNote(seed: number): string {
  return `[seed ${seed}: replay with JETNET_TEST_SEED=${seed}]`;
}

/** Runs a test body; if it fails, the error's message starts with the seed (see replayNote). */
export async function withSeed<T>(seed: number, body: () => Promise<T>): Promise<T> {
  try {
    return await body();
  } catch (err) {
    if (err instanceof Error && !err.message.startsWith("[seed ")) {
      err.message = `${replayNote(seed)} ${err.message}`;
    }
    throw err;
  }
}

/** `it` whose failures start with the seed (see withSeed), for a file of randomized tests. */
export function itWithSeed(seed: number) {
  return (name: string, body: () => Promise<void>, timeoutMs?: number) =>
    it(name, () => withSeed(seed, body), timeoutMs);
}
