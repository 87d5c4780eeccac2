import { describe, expect, it } from "vitest";
import { seededInts } from "../../lib/random.js";
import { faultyField, schemaType } from "../../lib/wire.js";
import { jetnet } from "../../proto/gen/jetnet.js";

const pb = jetnet.v1;

const bodies = [
  {
    type: "jetnet.v1.CreateSubnetRequest",
    decode: (b: Uint8Array) => pb.CreateSubnetRequest.decode(b),
    bytes: pb.CreateSubnetRequest.encode({
      subnet: {
        meta: { name: "web", labels: { tier: "web", zone: "z1" } },
        spec: {
          vni: 300,
          cidr: "10.0.0.0/24",
          exclude: ["10.0.0.5", "10.0.0.8-10.0.0.9"],
          gateway: "10.0.0.9",
        },
      },
    }).finish(),
  },
  {
    type: "jetnet.v1.UpdateAttachmentRequest",
    decode: (b: Uint8Array) => pb.UpdateAttachmentRequest.decode(b),
    bytes: pb.UpdateAttachmentRequest.encode({
      attachment: {
        meta: { name: "a1", labels: { k: "v" } },
        spec: { node: "worker-1", subnet: "web", ip: "10.0.0.7", postCreateExec: ["/bin/echo", "up"] },
      },
      expectedRevision: 123_456,
    }).finish(),
  },
];

describe("faultyField", () => {
  it("finds a fault in every mutated body the generated decoder rejects, and none in a valid one", () => {
    const seed = Number(process.env.JETNET_FUZZ_SEED ?? 7);
    const rand = seededInts(seed);
    let rejected = 0;
    const missed: string[] = [];
    for (const b of bodies) {
      const type = schemaType(b.type)!;
      expect(faultyField(type, b.bytes)).toBeUndefined();
      for (let i = 0; i < 3000; i++) {
        const bytes = Uint8Array.from(b.bytes);
        for (let k = 1 + rand(3); k > 0; k--) bytes[rand(bytes.length)] = rand(256);
        const cut = rand(4) === 0 ? bytes.subarray(0, rand(bytes.length)) : bytes;
        let failed = false;
        try {
          b.decode(cut);
        } catch {
          failed = true;
        }
        if (!failed) continue;
        rejected++;
        if (faultyField(type, cut) === undefined) missed.push(Buffer.from(cut).toString("hex"));
      }
    }
    console.log(`faultyField seed ${seed}: ${rejected} rejected bodies`);
    expect(rejected).toBeGreaterThan(1000);
    expect(missed.slice(0, 5)).toEqual([]);
  });

  it("names nested, repeated and map fields by their proto path", () => {
    const type = schemaType("jetnet.v1.CreateSubnetRequest")!;
    const bytes = Buffer.from(bodies[0]!.bytes);
    const at = (s: string) => bytes.indexOf(Buffer.from(s));
    const broken = (s: string) => {
      const b = Buffer.from(bytes);
      b[at(s)] = 0xff;
      return faultyField(type, b);
    };
    expect(broken("10.0.0.8-")).toBe("subnet.spec.exclude[1]");
    expect(broken("zone")).toBe("subnet.meta.labels");
    expect(broken("10.0.0.0/24")).toBe("subnet.spec.cidr");
    expect(faultyField(type, bytes.subarray(0, 5))).toBe("subnet");
  });
});
