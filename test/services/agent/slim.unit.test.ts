import { describe, expect, it } from "vitest";
import { type Mapping, mappingCodec } from "../../../lib/codec.js";
import { decodeSlimMapping, slimMapping } from "../../../services/agent/slim.js";

describe("decodeSlimMapping", () => {
  it("equals slimMapping of the full decode, for every field combination and 64-bit values", () => {
    const samples: Mapping[] = [
      {},
      { ip: "10.0.0.2" },
      {
        vni: 2_097_151,
        ip: "10.255.255.254",
        mac: "06:1e:00:02:01:2c",
        hostIp: "192.168.10.7",
        namespace: "tenant-a",
        name: "a-001",
        uid: "4b1f6a2e-8c1d-4e57-9a3b-2f6d0c9e7a15",
        sourceRevision: 2 ** 40 + 3,
        node: "worker-17.example",
        clientWriteUs: 1_795_000_000_000_000,
      },
      { sourceRevision: 1, clientWriteUs: 127, node: "ü-node", hostIp: "100.64.0.1" },
      { sourceRevision: 128, clientWriteUs: 2 ** 53 - 1 },
    ];
    for (const m of samples) {
      const bytes = mappingCodec.encode(m);
      expect(decodeSlimMapping(bytes)).toEqual(slimMapping(mappingCodec.decode(bytes)));
    }
  });

  it("skips fields it does not know and refuses truncated input", () => {
    const bytes = mappingCodec.encode({ ip: "10.0.0.9", sourceRevision: 300, node: "n1" });
    // field 15 (unknown), length-delimited "xyz", then field 14 (unknown) varint 5
    const extra = new Uint8Array([...bytes, (15 << 3) | 2, 3, 120, 121, 122, (14 << 3) | 0, 5]);
    expect(decodeSlimMapping(extra)).toMatchObject({ ip: "10.0.0.9", sourceRevision: 300, node: "n1" });
    expect(() => decodeSlimMapping(bytes.subarray(0, bytes.length - 1))).toThrow();
    expect(() => decodeSlimMapping(new Uint8Array([(8 << 3) | 0, 0x80, 0x80]))).toThrow(RangeError);
  });
});
