import { describe, expect, it } from "vitest";
import { type Codec, type Mapping, mappingCodec, memoCodec, nodeWorkCodec } from "../../../lib/codec.js";
import { appendRepeated, batchedMapFeedCodec } from "../../../services/mapping/projections.js";

const mapping = (i: number): Mapping => ({
  namespace: "ns",
  name: `peer-${i}-${"x".repeat(i * 40)}`, // past 127 bytes: multi-byte lengths too
  vni: 7,
  ip: `10.0.0.${i}`,
  mac: "02:00:0a:00:00:01",
  node: `node-${i}`,
  hostIp: "100.64.0.2",
  sourceRevision: 10 + i,
  clientWriteUs: 1_700_000_000_000_000 + i,
});

describe("node work with its VNI's peers, spliced from their encodings", () => {
  it("decodes as the same node work encoded whole", () => {
    const peers = [1, 2, 5].map(mapping);
    const work = {
      attachment: { meta: { namespace: "ns", name: "a", uid: "u" }, status: { vni: 7, ip: "10.0.0.9" } },
      sourceRevision: 42,
      peersRevision: 17,
      peersComplete: true,
    };
    const spliced = appendRepeated(
      nodeWorkCodec.encode(work),
      3,
      peers.map((p) => mappingCodec.encode(p)),
    );
    const whole = nodeWorkCodec.encode({ ...work, peers });
    expect(spliced.length).toBe(whole.length);
    expect(nodeWorkCodec.decode(spliced)).toEqual(nodeWorkCodec.decode(whole));
    expect(nodeWorkCodec.decode(spliced).peers?.map((p) => p.name)).toEqual(peers.map((p) => p.name));
  });

  it("carries map_feed_batched from a batching service's codec, before spliced peers too", () => {
    const work = {
      attachment: { meta: { namespace: "ns", name: "a", uid: "u" }, status: { vni: 7, ip: "10.0.0.9" } },
      sourceRevision: 42,
      peersRevision: 17,
      peersComplete: true,
    };
    const flagged = batchedMapFeedCodec(nodeWorkCodec);
    expect(nodeWorkCodec.decode(flagged.encode(work))).toEqual(
      nodeWorkCodec.decode(nodeWorkCodec.encode({ ...work, mapFeedBatched: true })),
    );
    expect(nodeWorkCodec.decode(nodeWorkCodec.encode(work)).mapFeedBatched).toBe(false);
    const peers = [1, 2].map(mapping);
    const spliced = appendRepeated(
      flagged.encode(work),
      3,
      peers.map((p) => mappingCodec.encode(p)),
    );
    const decoded = nodeWorkCodec.decode(spliced);
    expect(decoded.mapFeedBatched).toBe(true);
    expect(decoded.peers?.map((p) => p.name)).toEqual(peers.map((p) => p.name));
  });

  it("with no peers is the message itself", () => {
    const head = nodeWorkCodec.encode({ sourceRevision: 1, peersComplete: true });
    expect(appendRepeated(head, 3, [])).toBe(head);
  });
});

describe("memoCodec", () => {
  it("encodes a value once while it lives, and each distinct value on its own", () => {
    let calls = 0;
    const counting: Codec<Mapping> = {
      encode: (v) => {
        calls++;
        return mappingCodec.encode(v);
      },
      decode: (b) => mappingCodec.decode(b),
    };
    const codec = memoCodec(counting);
    const [a, b] = [mapping(1), mapping(2)];
    const first = codec.encode(a);
    expect(codec.encode(a)).toBe(first);
    expect(codec.encode(b)).toEqual(mappingCodec.encode(b));
    expect(calls).toBe(2);
    // An equal but distinct object is another value.
    codec.encode({ ...a });
    expect(calls).toBe(3);
    expect(codec.decode(first)).toEqual(mappingCodec.decode(first));
  });
});
