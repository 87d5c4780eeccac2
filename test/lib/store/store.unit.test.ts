import { describe } from "vitest";
import { MemoryStore } from "../../../lib/store/memory.js";
import { type Item, storeContract } from "./contract.js";

let n = 0;
describe("MemoryStore (contract)", () => {
  storeContract({
    fresh: async () =>
      new MemoryStore<Item>(`test-${++n}`, 256 * 1024, (v) => Buffer.byteLength(JSON.stringify(v))),
  });
});
