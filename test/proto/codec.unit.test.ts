import { describe, expect, it } from "vitest";
import {
  attachmentCodec,
  type Codec,
  CodecError,
  jsonCodec,
  type Mapping,
  mappingCodec,
  type NetworkAttachment,
  type NodeWork,
  nodeWorkCodec,
  type Subnet,
  subnetCodec,
  type VniClaim,
  vniClaimCodec,
} from "../../lib/codec.js";

const T0 = 1_764_000_000_000_000; // µs since the epoch, late 2025: needs 51 bits

const subnet: Subnet = {
  meta: {
    namespace: "tenant-a",
    name: "blue",
    uid: "0f8b2c1e-6a55-4c8e-9d2a-1b7f00c0ffee",
    createTimeUs: T0,
    writeTimesUs: { spec: T0 + 17, status: T0 + 2_345 },
    generation: 3,
    labels: { app: "web", tier: "front" },
  },
  spec: {
    vni: 2 ** 21 - 1,
    cidr: "10.1.0.0/24",
    exclude: ["10.1.0.1", "10.1.0.200-10.1.0.210"],
    gateway: "10.1.0.1",
  },
  status: { validated: true, errors: [] },
};

const attachment: NetworkAttachment = {
  meta: {
    namespace: "tenant-a",
    name: "vm-7-eth0",
    uid: "5d1c6f0a-9f0e-4b0b-8d77-4a3e2b1c0d9e",
    createTimeUs: T0,
    writeTimesUs: {
      spec: T0,
      "status.address": T0 + 900,
      "status.impl": T0 + 52_000,
      "status.exec": T0 + 61_000,
    },
    generation: 1,
    labels: {},
  },
  spec: {
    node: "node-12",
    subnet: "blue",
    ip: "10.1.0.7",
    postCreateExec: ["/bin/sh", "-c", "echo up"],
    postDeleteExec: ["/bin/true"],
  },
  status: {
    ip: "10.1.0.7",
    vni: 2 ** 21 - 1,
    leaseSeq: 2 ** 40 + 5,
    mac: "da:1f:ff:0a:01:00:07",
    ifName: "jn1fffff0a010007",
    hostIp: "192.168.10.12",
    addressContention: false,
    ipamErrors: [],
    hostErrors: ["fdb: busy, retried"],
    postCreateReport: {
      command: ["/bin/sh", "-c", "echo up"],
      exitStatus: -1,
      startTimeUs: T0 + 60_000,
      stopTimeUs: T0 + 60_500,
      stdout: "up\n",
      stderr: "",
      timedOut: true,
    },
    subnetUid: "0f8b2c1e-6a55-4c8e-9d2a-1b7f00c0ffee",
    nodeHostIp: "192.168.10.12",
  },
};

const claim: VniClaim = {
  namespace: "tenant-a",
  subnets: [
    { namespace: "tenant-a", name: "blue", uid: "u1", cidr: "10.1.0.0/24" },
    { namespace: "tenant-a", name: "green", uid: "u2", cidr: "10.1.1.0/24" },
  ],
};

const mapping: Mapping = {
  vni: 4097,
  ip: "10.1.0.7",
  mac: "da:1f:00:10:01:0a:01:00:07",
  hostIp: "192.168.10.12",
  namespace: "tenant-a",
  name: "vm-7-eth0",
  uid: "5d1c6f0a",
  sourceRevision: 9_007_199_254_740_991, // 2^53 - 1: the largest exact number
  clientWriteUs: 1_764_000_000_123_456,
  node: "node-12",
};

const nodeWork: NodeWork = {
  attachment,
  sourceRevision: 123_456_789,
  peers: [mapping],
  peersRevision: 1_733_400_000_000_000,
  peersComplete: true,
  mapFeedBatched: true,
};

describe("protobuf codecs", () => {
  // Each case pairs a value with its codec, so the value is type-checked against the codec's type.
  const roundTrip = <T>(codec: Codec<T>, value: T) => ({ value, back: codec.decode(codec.encode(value)) });
  const cases = [
    ["subnet", () => roundTrip(subnetCodec, subnet)],
    ["attachment", () => roundTrip(attachmentCodec, attachment)],
    ["vniClaim", () => roundTrip(vniClaimCodec, claim)],
    ["mapping", () => roundTrip(mappingCodec, mapping)],
    ["nodeWork", () => roundTrip(nodeWorkCodec, nodeWork)],
  ] as const;

  it.each(cases)("%s round-trips to an equal plain object", (_name, run) => {
    const { value, back } = run();
    expect(back).toStrictEqual(value);
    expect(Object.getPrototypeOf(back)).toBe(Object.prototype);
  });

  it("decodes 64-bit fields as exact numbers, not Long objects", () => {
    const back = attachmentCodec.decode(attachmentCodec.encode(attachment));
    expect(back.meta?.createTimeUs).toBe(1_764_000_000_000_000);
    expect(back.meta?.writeTimesUs?.["status.impl"]).toBe(1_764_000_000_052_000);
    expect(back.status?.leaseSeq).toBe(1_099_511_627_781);
    expect(back.status?.postCreateReport?.stopTimeUs).toBe(1_764_000_000_060_500);
    expect(mappingCodec.decode(mappingCodec.encode(mapping)).sourceRevision).toBe(Number.MAX_SAFE_INTEGER);
  });

  it("fills proto3 defaults for absent fields, and null for absent sub-messages", () => {
    const back = subnetCodec.decode(subnetCodec.encode({ meta: { name: "bare" } }));
    expect(back).toStrictEqual({
      meta: {
        namespace: "",
        name: "bare",
        uid: "",
        createTimeUs: 0,
        writeTimesUs: {},
        generation: 0,
        labels: {},
      },
      spec: null,
      status: null,
    });
    expect(subnetCodec.encode({}).length).toBe(0);
  });

  it.each([
    ["a truncated length-delimited field", [0x0a, 0x05, 0x61], /index out of range/],
    ["an unterminated varint", [0x10, 0xff, 0xff, 0xff], /index out of range/],
    ["field number 0", [0x00, 0x01], /field number 0/],
    ["an invalid wire type", [0x0f, 0x01], /invalid wire type 7/],
    // spec { cidr: <0xc3 0x28> }: a lone lead byte
    ["invalid UTF-8 in a string", [0x12, 0x04, 0x12, 0x02, 0xc3, 0x28], /utf-8/i],
  ])("throws a CodecError on %s", (_what, bytes, reason) => {
    const decode = () => subnetCodec.decode(new Uint8Array(bytes));
    expect(decode).toThrow(CodecError);
    expect(decode).toThrow(reason);
  });

  it("decodes the valid neighbour of the UTF-8 case, so that case fails for its stated reason", () => {
    expect(subnetCodec.decode(new Uint8Array([0x12, 0x04, 0x12, 0x02, 0x61, 0x62])).spec?.cidr).toBe("ab");
  });
});

describe("jsonCodec", () => {
  it("round-trips and rejects malformed input", () => {
    const codec = jsonCodec<Subnet>();
    expect(codec.decode(codec.encode(subnet))).toStrictEqual(subnet);
    expect(() => codec.decode(new TextEncoder().encode("{nope"))).toThrow(CodecError);
    expect(() => codec.decode(new Uint8Array([0x22, 0xff, 0x22]))).toThrow(CodecError);
  });
});
