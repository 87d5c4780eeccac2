import { describe, expect, it } from "vitest";
import { eventually, startSystem } from "./ipam/system.js";

/**
 * The services without membership: `--divide-work=false`, and ipam's deprecated static split
 * (`--shard-count` above 1, which overrides membership). Each must start and do its work.
 */
describe("replicas not dividing by membership", () => {
  for (const [what, ipam, network] of [
    ["--divide-work=false", { divideWork: false }, { divideWork: false }],
    ["ipam --shard-count 2 --shard-index 0", { shardCount: 2, shardIndex: 0 }, {}],
  ] as const) {
    it(`validate subnets and address attachments with ${what}`, async () => {
      const sys = await startSystem(ipam, network);
      try {
        // VNI 7 hashes to shard 0 of 2 (fnv1a("7") is even), so the static case has work to do.
        await sys.client
          .subnets("t1")
          .create({ meta: { name: "n1" }, spec: { vni: 7, cidr: "10.1.0.0/24" } });
        await sys.client
          .attachments("t1")
          .create({ meta: { name: "a1" }, spec: { node: "n", subnet: "n1" } });
        const a = await eventually(async () => {
          const got = await sys.client.attachments("t1").get("a1");
          return got.value.status?.ip ? got : undefined;
        });
        expect(a.value.status?.vni).toBe(7);
        expect((await sys.client.subnets("t1").get("n1")).value.status?.validated).toBe(true);
      } finally {
        await sys.stop();
      }
    });
  }
});
