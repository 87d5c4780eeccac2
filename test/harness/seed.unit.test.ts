import { afterEach, describe, expect, it } from "vitest";
import { testSeed, withSeed } from "./seed.js";

const saved = process.env.JETNET_TEST_SEED;
afterEach(() => {
  if (saved === undefined) delete process.env.JETNET_TEST_SEED;
  else process.env.JETNET_TEST_SEED = saved;
});

describe("test seeds", () => {
  it("takes JETNET_TEST_SEED when set and refuses one that is not a non-negative integer", () => {
    process.env.JETNET_TEST_SEED = "1234";
    expect(testSeed()).toBe(1234);
    process.env.JETNET_TEST_SEED = "-3";
    expect(() => testSeed()).toThrow(/JETNET_TEST_SEED=-3/);
    delete process.env.JETNET_TEST_SEED;
    expect(Number.isSafeInteger(testSeed())).toBe(true);
  });

  it("puts the seed at the head of a failure's message, once", async () => {
    const failure = withSeed(77, () =>
      withSeed(77, async () => {
        expect(1).toBe(2);
      }),
    );
    await expect(failure).rejects.toThrow(/^\[seed 77: replay with JETNET_TEST_SEED=77\] expected 1 to be 2/);
    await expect(withSeed(77, async () => 5)).resolves.toBe(5);
  });
});
